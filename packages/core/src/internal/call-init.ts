import type { FetchFunction } from '../caller-options.js';
import type { HeaderSource } from './outgoing.js';

/**
 * What a call accepts at run time: its parameters and body, the contract's per-call options
 * (`CallOptions`), and what a call from plain JavaScript may pass besides, checked here.
 */
export interface CallInit extends Omit<RequestInit, 'body' | 'headers' | 'method'> {
  readonly body?: unknown;
  readonly headers?: HeaderSource;
  readonly params?: {
    readonly path?: Readonly<Record<string, unknown>>;
    readonly query?: Readonly<Record<string, unknown>>;
    readonly header?: Readonly<Record<string, unknown>>;
    readonly cookie?: Readonly<Record<string, unknown>>;
  };
  readonly parseAs?: 'json' | 'text' | 'blob' | 'arrayBuffer' | 'stream';
  readonly baseUrl?: string;
  readonly fetch?: FetchFunction;
  /** A function of the query; anything else is refused. */
  readonly querySerializer?: unknown;
  readonly bodySerializer?: (body: unknown, headers: Headers) => BodyInit;
  /** Refused: a path keeps the shape the spec gives it. */
  readonly pathSerializer?: unknown;
  /** Refused: policies wrap the attempt instead. */
  readonly middleware?: readonly unknown[];
}
