// Types of serve-docs.mjs for the TypeScript that imports it (the browser test).
export declare const DOCS_DIRECTORY: string;

export interface DocsServer {
  /** `http://127.0.0.1:<port>/`, with the trailing slash. */
  readonly url: string;
  readonly port: number;
  /** Closes the open connections and stops listening. */
  close(): Promise<void>;
}

/** Serves `root` (generated/docs) read-only on `host:port`; port 0 picks a free one. */
export declare function startDocsServer(options?: { root?: string; host?: string; port?: number }): Promise<DocsServer>;
