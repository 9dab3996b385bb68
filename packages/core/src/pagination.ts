import type { CallResult } from './caller.js';
import { SpecsmithError } from './errors/base.js';
import type { Log } from './logger.js';
import { getPath } from './normalise-error.js';
import type { OperationInfo, PaginationInfo } from './types.js';

export interface PageOptions {
  /**
   * Page size to ask for when the call sets none.
   * @default the operation's maxLimit, else 100
   */
  readonly pageSize?: number;
  /**
   * Stop after this many pages.
   * @default no limit
   */
  readonly maxPages?: number;
}

/** One page of a list operation. */
export interface Page<Data, Item> {
  /** 0 for the first page. */
  readonly index: number;
  readonly data: Data;
  readonly items: readonly Item[];
  readonly response: Response;
}

/** Iterates a list operation: `for await (const item of paginator)`, or page by page with `pages()`. */
export interface Paginator<Data, Item> extends AsyncIterable<Item> {
  pages(): AsyncGenerator<Page<Data, Item>, void, undefined>;
  items(): AsyncGenerator<Item, void, undefined>;
  /** Every item of every page, in order. */
  toArray(): Promise<Item[]>;
}

/** `<https://…?page=2>; rel="next", <…>; rel="prev"` → `{ next: 'https://…?page=2', prev: '…' }`. */
export function parseLinkHeader(value: string | null): Record<string, string> {
  const links: Record<string, string> = {};
  if (!value) return links;
  for (const match of value.matchAll(/<([^>]*)>((?:\s*;\s*[^;,]+)*)/g)) {
    const [, url = '', params = ''] = match;
    const rel = /;\s*rel\s*=\s*"?([^";]+)"?/i.exec(params)?.[1];
    for (const name of rel?.trim().split(/\s+/) ?? []) links[name.toLowerCase()] ??= url;
  }
  return links;
}

/**
 * A full page (as many items as the limit) whose response gives no way to the next one: the
 * spec's `x-pagination` and the API disagree, and ending there would drop items unnoticed.
 */
export class PaginationError extends SpecsmithError {
  override name = 'PaginationError';
  readonly operationId: string;
  /** 0 for the first page. */
  readonly pageIndex: number;
  readonly style: PaginationInfo['style'];

  constructor(details: { readonly operationId: string; readonly pageIndex: number; readonly style: PaginationInfo['style']; readonly message: string }) {
    super(details.message);
    this.operationId = details.operationId;
    this.pageIndex = details.pageIndex;
    this.style = details.style;
  }
}

type Init = Record<string, unknown> & { params?: Record<string, unknown>; body?: unknown };

/** A copy of `init` with one paging parameter set, in the query or in the JSON body. */
function withParam(init: Init, where: PaginationInfo['in'], name: string, value: unknown): Init {
  if (where === 'body') {
    const body = (init.body ?? {}) as Record<string, unknown>;
    return { ...init, body: { ...body, [name]: value } };
  }
  const params = init.params ?? {};
  const query = (params['query'] ?? {}) as Record<string, unknown>;
  return { ...init, params: { ...params, query: { ...query, [name]: value } } };
}

function readParam(init: Init, where: PaginationInfo['in'], name: string): unknown {
  const holder = where === 'body' ? init.body : init.params?.['query'];
  return holder !== null && typeof holder === 'object' ? (holder as Record<string, unknown>)[name] : undefined;
}

/** The query of a `Link` URL as openapi-fetch params (repeated keys become arrays). */
function queryOf(url: URL): Record<string, string | string[]> {
  const query: Record<string, string | string[]> = {};
  for (const key of new Set(url.searchParams.keys())) {
    const values = url.searchParams.getAll(key);
    query[key] = values.length === 1 ? (values[0] ?? '') : values;
  }
  return query;
}

/** Why a full page's response leads nowhere, in the words of its style; undefined when it leads on. */
function deadEnd(p: PaginationInfo, data: unknown, response: Response, current: Init, seen: ReadonlySet<string>): string | undefined {
  switch (p.style) {
    case 'link': {
      const header = response.headers.get('link');
      if (header === null) return 'the response has no Link header';
      const href = parseLinkHeader(header)['next'];
      return href !== undefined && seen.has(href) ? `its rel="next" link repeats an earlier one (${href})` : undefined;
    }
    case 'offset':
      return undefined; // The next offset is always known; an empty page ends the walk.
    case 'cursor': {
      const field = p.nextCursorField ?? '';
      const cursor = getPath(data, field);
      if (cursor === undefined) return `the response has no "${field}"`;
      const repeated = cursor !== null && cursor !== '' && (seen.has(JSON.stringify(cursor)) || cursor === readParam(current, p.in, p.cursorParam ?? ''));
      return repeated ? `its "${field}" repeats an earlier cursor (${JSON.stringify(cursor)})` : undefined;
    }
    case 'skip': {
      const field = p.moreField ?? 'more';
      return typeof getPath(data, field) === 'boolean' ? undefined : `the response has no boolean "${field}"`;
    }
  }
}

/**
 * Walks a list operation in the style its `x-pagination` names:
 * - `link`: follow `Link: <…>; rel="next"` (Xurrent); only the link's query is reused, the
 *   request still goes to the client's own base URL, so a link can never redirect credentials.
 * - `offset`: add the page's item count to `offsetParam`; a short page is the last (Xtremepush).
 * - `cursor`: send `nextCursorField` back as `cursorParam`; empty, missing or repeated ends it (Altcraft).
 * - `skip`: add the item count to `skipParam` while `moreField` is true (JourneyApps).
 * A full page whose response gives no way on (no Link header, no cursor or `more` field, a
 * repeated link or cursor) throws a `PaginationError`; where the spec marks the paging
 * `uncertain`, it is a warning through `log` and the walk ends.
 */
export function paginate<Data, Item>(operation: OperationInfo, send: (init: object) => Promise<CallResult>, init: object | undefined, options: PageOptions = {}, log?: Log): Paginator<Data, Item> {
  const pagination = operation.pagination;
  if (!pagination) throw new SpecsmithError(`${operation.operationId} is not a paginated operation (its spec has no x-pagination).`);
  const maxPages = options.maxPages ?? Number.POSITIVE_INFINITY;

  async function* pages(): AsyncGenerator<Page<Data, Item>, void, undefined> {
    const p = pagination as PaginationInfo;
    let current: Init = { ...(init as Init | undefined) };
    const requested = readParam(current, p.in, p.limitParam);
    const limit = typeof requested === 'number' ? requested : (options.pageSize ?? p.maxLimit ?? 100);
    if (requested === undefined) current = withParam(current, p.in, p.limitParam, p.maxLimit ? Math.min(limit, p.maxLimit) : limit);
    const seen = new Set<string>();

    for (let index = 0; index < maxPages; index++) {
      const { data, response } = await send(current);
      const found = p.itemsField ? getPath(data, p.itemsField) : data;
      if (found !== undefined && found !== null && !Array.isArray(found)) {
        throw new SpecsmithError(`${operation.operationId}: expected an array at "${p.itemsField ?? '(body)'}" of the response, got ${typeof found}.`);
      }
      const items = (found ?? []) as Item[];
      yield { index, data: data as Data, items, response };
      if (!items.length && p.style !== 'link') return;

      const pageSize = Number(readParam(current, p.in, p.limitParam) ?? limit);
      const reason = items.length > 0 && items.length >= pageSize ? deadEnd(p, data, response, current, seen) : undefined;
      if (reason !== undefined) {
        const message = `${operation.operationId}: page ${index + 1} is full (${items.length === 1 ? '1 item' : `${items.length} items`}, the page size) but ${reason}, so the next page cannot be asked for; the spec's x-pagination (style "${p.style}") may not match the API. Pass maxPages to read fewer pages on purpose.`;
        if (!p.uncertain) throw new PaginationError({ operationId: operation.operationId, pageIndex: index, style: p.style, message });
        log?.('warn', `${message} The walk ends here (the spec marks this paging uncertain).`);
        return;
      }

      let next: Init | undefined;
      switch (p.style) {
        case 'link': {
          const href = parseLinkHeader(response.headers.get('link'))['next'];
          if (!href || seen.has(href)) return;
          seen.add(href);
          const url = new URL(href, response.url || 'http://localhost/');
          next = { ...current, params: { ...current.params, query: queryOf(url) } };
          break;
        }
        case 'offset': {
          const size = Number(readParam(current, p.in, p.limitParam));
          if (Number.isFinite(size) && items.length < size) return;
          const offset = Number(readParam(current, p.in, p.offsetParam ?? 'offset') ?? 0);
          next = withParam(current, p.in, p.offsetParam ?? 'offset', offset + items.length);
          break;
        }
        case 'cursor': {
          const cursor = getPath(data, p.nextCursorField ?? '');
          if (cursor === undefined || cursor === null || cursor === '') return;
          const key = JSON.stringify(cursor);
          if (seen.has(key) || cursor === readParam(current, p.in, p.cursorParam ?? '')) return;
          seen.add(key);
          next = withParam(current, p.in, p.cursorParam ?? '', cursor);
          break;
        }
        case 'skip': {
          if (getPath(data, p.moreField ?? 'more') !== true) return;
          const skip = Number(readParam(current, p.in, p.skipParam ?? 'skip') ?? 0);
          next = withParam(current, p.in, p.skipParam ?? 'skip', skip + items.length);
          break;
        }
      }
      current = next;
    }
  }

  async function* items(): AsyncGenerator<Item, void, undefined> {
    for await (const page of pages()) yield* page.items;
  }

  return {
    pages,
    items,
    [Symbol.asyncIterator]: items,
    async toArray() {
      const all: Item[] = [];
      for await (const item of items()) all.push(item);
      return all;
    },
  };
}
