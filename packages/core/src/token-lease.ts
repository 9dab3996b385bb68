// An access token with its replacement time: what an OAuth token provider leases, and what the
// fleet store shares between processes. Its own file, so auth.ts and fleet-store.ts need not import each other.

/** An access token and when to replace it (epoch ms). */
export interface TokenLease {
  readonly token: string;
  readonly refreshAt: number;
}
