import type { PathSerializer, QuerySerializer, QuerySerializerOptions } from 'openapi-fetch';
import type { FetchFunction } from '../caller-options.js';
import type { HeaderSource } from '../outgoing.js';

/** What a Specsmith call accepts: its parameters and body, and per-call options besides. */
export interface CallInit extends Omit<RequestInit, 'body' | 'headers' | 'method'> {
  body?: unknown;
  headers?: HeaderSource;
  params?: { path?: Record<string, unknown>; query?: unknown; header?: HeaderSource; cookie?: unknown };
  pathSerializer?: PathSerializer;
  querySerializer?: QuerySerializer<unknown> | QuerySerializerOptions;
  bodySerializer?: (body: unknown, headers?: Headers) => unknown;
  parseAs?: 'json' | 'text' | 'blob' | 'arrayBuffer' | 'stream';
  fetch?: FetchFunction;
  baseUrl?: string;
  middleware?: readonly unknown[];
}
