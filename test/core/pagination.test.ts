import { ApiError, createCaller, paginate, PaginationError, parseLinkHeader, type SpecsmithError } from '@specsmith/core';
import type { PaginationInfo } from '@specsmith/core';
import { afterAll, describe, expect, it } from 'vitest';
import { expectNoCanary, failure } from '../support/canary.js';
import { listing } from '../support/operations.js';
import { scriptedFetch } from '../support/scripted-fetch.js';
import type { Step } from '../support/scripted-fetch.js';

afterAll(expectNoCanary);

function walk(operation: ReturnType<typeof listing>, steps: readonly Step[] | Parameters<typeof scriptedFetch>[0], init?: object, options?: { pageSize?: number; maxPages?: number }) {
  const fetch = scriptedFetch(steps);
  const caller = createCaller({ baseUrl: 'https://api.acme.test/v1', vendor: 'Acme', fetch });
  return { fetch, paginator: paginate<unknown, { id: number }>(operation, (next) => caller.callOrThrow(operation, next), init, options) };
}

describe('parseLinkHeader', () => {
  it('reads every rel, quoted or not, and several rels on one link', () => {
    expect(parseLinkHeader('<https://api.x.test/v1/requests?search_after=b>; rel="next", <https://api.x.test/v1/requests>; rel="first prev", <https://x/last>; rel=last')).toEqual({
      next: 'https://api.x.test/v1/requests?search_after=b',
      first: 'https://api.x.test/v1/requests',
      prev: 'https://api.x.test/v1/requests',
      last: 'https://x/last',
    });
    expect(parseLinkHeader(null)).toEqual({});
  });
});

describe('paginate', () => {
  it('link style (Xurrent): follows rel="next" until it is gone, asking for the largest page', async () => {
    const link = (cursor: string) => ({ link: `<https://api.acme.test/v1/things?per_page=100&search_after=${cursor}>; rel="next"` });
    const { fetch, paginator } = walk(
      listing({ style: 'link', in: 'query', limitParam: 'per_page', maxLimit: 100 }),
      [{ body: [{ id: 1 }, { id: 2 }], headers: link('c2') }, { body: [{ id: 3 }], headers: link('c3') }, { body: [{ id: 4 }] }],
      { params: { query: { sort: '-id' } } },
    );
    expect((await paginator.toArray()).map((item) => item.id)).toEqual([1, 2, 3, 4]);
    expect(fetch.requests.map((request) => request.path)).toEqual(['/v1/things?sort=-id&per_page=100', '/v1/things?per_page=100&search_after=c2', '/v1/things?per_page=100&search_after=c3']);
  });

  it("link style never sends a request to the link's host: only its query is reused", async () => {
    const { fetch, paginator } = walk(listing({ style: 'link', in: 'query', limitParam: 'per_page' }), [
      { body: [{ id: 1 }], headers: { link: '<https://evil.example.com/steal?cursor=2>; rel="next"' } },
      { body: [{ id: 2 }] },
    ]);
    await paginator.toArray();
    expect(fetch.requests.map((request) => request.url)).toEqual(['https://api.acme.test/v1/things?per_page=100', 'https://api.acme.test/v1/things?cursor=2']);
  });

  it('link style stops when a next link repeats', async () => {
    const { fetch, paginator } = walk(listing({ style: 'link', in: 'query', limitParam: 'per_page' }), [
      { body: [{ id: 1 }], headers: { link: '<https://api.acme.test/v1/things?c=same>; rel="next"' } },
    ]);
    expect(await paginator.toArray()).toHaveLength(2);
    expect(fetch.requests).toHaveLength(2);
  });

  it('offset style in the body (Xtremepush): adds the page size until a short page', async () => {
    const { fetch, paginator } = walk(
      listing({ style: 'offset', in: 'body', limitParam: 'limit', offsetParam: 'offset', itemsField: 'data' }, 'post'),
      [{ body: { data: [{ id: 1 }, { id: 2 }] } }, { body: { data: [{ id: 3 }, { id: 4 }] } }, { body: { data: [{ id: 5 }] } }],
      { body: { select: ['id'] } },
      { pageSize: 2 },
    );
    expect((await paginator.toArray()).map((item) => item.id)).toEqual([1, 2, 3, 4, 5]);
    expect(fetch.requests.map((request) => request.json)).toEqual([
      { select: ['id'], limit: 2 },
      { select: ['id'], limit: 2, offset: 2 },
      { select: ['id'], limit: 2, offset: 4 },
    ]);
  });

  it('offset style stops on an empty page when pages are full to the end', async () => {
    const { fetch, paginator } = walk(
      listing({ style: 'offset', in: 'query', limitParam: 'limit', offsetParam: 'offset', itemsField: 'data' }),
      [{ body: { data: [{ id: 1 }] } }, { body: { data: [] } }],
      { params: { query: { limit: 1 } } },
    );
    expect(await paginator.toArray()).toEqual([{ id: 1 }]);
    expect(fetch.requests.map((request) => request.path)).toEqual(['/v1/things?limit=1', '/v1/things?limit=1&offset=1']);
  });

  it('cursor style (Altcraft from_id): sends next_from_id back until it is empty', async () => {
    const { fetch, paginator } = walk(
      listing({ style: 'cursor', in: 'body', limitParam: 'limit', cursorParam: 'from_id', nextCursorField: 'next_from_id', itemsField: 'data' }, 'post'),
      [
        { body: { error: 0, data: [{ id: 1 }, { id: 2 }], next_from_id: 3 } },
        { body: { error: 0, data: [{ id: 3 }], next_from_id: 4 } },
        { body: { error: 0, data: [{ id: 4 }], next_from_id: null } },
      ],
      { body: { db_id: 9 } },
    );
    expect((await paginator.toArray()).map((item) => item.id)).toEqual([1, 2, 3, 4]);
    expect(fetch.requests.map((request) => request.json)).toEqual([
      { db_id: 9, limit: 100 },
      { db_id: 9, limit: 100, from_id: 3 },
      { db_id: 9, limit: 100, from_id: 4 },
    ]);
  });

  it('cursor style stops on a repeated cursor instead of looping forever', async () => {
    const { fetch, paginator } = walk(listing({ style: 'cursor', in: 'body', limitParam: 'limit', cursorParam: 'from_id', nextCursorField: 'next_from_id', itemsField: 'data' }, 'post'), [
      { body: { data: [{ id: 1 }], next_from_id: 'abc' } },
    ]);
    expect(await paginator.toArray()).toHaveLength(2);
    expect(fetch.requests).toHaveLength(2);
  });

  it('skip style (JourneyApps): adds the item count to skip while `more` is true', async () => {
    const { fetch, paginator } = walk(
      listing({ style: 'skip', in: 'query', limitParam: 'limit', skipParam: 'skip', moreField: 'more', itemsField: 'objects', maxLimit: 1000 }),
      [{ body: { objects: [{ id: 1 }, { id: 2 }], count: 2, more: true } }, { body: { objects: [{ id: 3 }], count: 1, more: false } }],
      { params: { path: {}, query: { limit: 2 } } },
    );
    const pages = [];
    for await (const page of paginator.pages()) pages.push([page.index, page.items.length]);
    expect(pages).toEqual([
      [0, 2],
      [1, 1],
    ]);
    expect(fetch.requests.map((request) => request.path)).toEqual(['/v1/things?limit=2', '/v1/things?limit=2&skip=2']);
  });

  it('clamps the page size to maxLimit and stops after maxPages', async () => {
    const { fetch, paginator } = walk(
      listing({ style: 'skip', in: 'query', limitParam: 'limit', skipParam: 'skip', moreField: 'more', itemsField: 'objects', maxLimit: 1000 }),
      [{ body: { objects: [{ id: 1 }], more: true } }],
      undefined,
      { pageSize: 5000, maxPages: 2 },
    );
    expect(await paginator.toArray()).toHaveLength(2);
    expect(fetch.requests.map((request) => request.path)).toEqual(['/v1/things?limit=1000', '/v1/things?limit=1000&skip=1']);
  });

  it('throws the typed error of a failed page, and a clear error for a body without the list', async () => {
    const failing = walk(listing({ style: 'link', in: 'query', limitParam: 'per_page' }), [{ status: 404, body: { message: 'Not Found' } }]);
    const error = await failure<ApiError>(failing.paginator.toArray());
    expect(error).toBeInstanceOf(ApiError);
    expect(error.message).toBe('Acme listThings failed with HTTP 404: Not Found');

    const shapeless = walk(listing({ style: 'skip', in: 'query', limitParam: 'limit', skipParam: 'skip', moreField: 'more', itemsField: 'objects' }), [{ body: { objects: 'nope' } }]);
    const shapeError = await failure<SpecsmithError>(shapeless.paginator.toArray());
    expect(shapeError.message).toBe('listThings: expected an array at "objects" of the response, got string.');
  });
});

// A full page whose response gives no way on would end the walk with items missing: per style,
// that is a PaginationError, or a logged warning where the spec marks the paging uncertain.
describe('paginate: a full page with no way to the next one', () => {
  const cursor = { style: 'cursor', in: 'body', limitParam: 'limit', cursorParam: 'from_id', nextCursorField: 'next_from_id', itemsField: 'data' } as const;
  const skip = { style: 'skip', in: 'query', limitParam: 'limit', skipParam: 'skip', moreField: 'more', itemsField: 'objects' } as const;
  const link = { style: 'link', in: 'query', limitParam: 'per_page' } as const;
  const full = (extra: object = {}) => ({ data: [{ id: 1 }, { id: 2 }], ...extra });
  const hint = 'the spec\'s x-pagination (style "%s") may not match the API. Pass maxPages to read fewer pages on purpose.';
  const deadEnd = (style: string, page: number, reason: string) =>
    `listThings: page ${page} is full (2 items, the page size) but ${reason}, so the next page cannot be asked for; ${hint.replace('%s', style)}`;

  async function walkError(pagination: PaginationInfo, steps: readonly Step[], method: 'get' | 'post' = 'get') {
    const { fetch, paginator } = walk(listing(pagination, method), steps, undefined, { pageSize: 2 });
    const seen: number[] = [];
    const error = await failure<PaginationError>(
      (async () => {
        for await (const item of paginator) seen.push(item.id);
      })(),
    );
    return { error, seen, requests: fetch.requests.length };
  }

  it('cursor: no next_from_id on a full page is a PaginationError naming the field; on a short page it is the end', async () => {
    const { error, seen, requests } = await walkError(cursor, [{ body: full() }], 'post');
    expect([error.name, error.operationId, error.pageIndex, error.style, seen, requests]).toEqual(['PaginationError', 'listThings', 0, 'cursor', [1, 2], 1]);
    expect(error).toBeInstanceOf(PaginationError);
    expect(error.message).toBe(deadEnd('cursor', 1, 'the response has no "next_from_id"'));

    const repeated = await walkError(cursor, [{ body: full({ next_from_id: 'c2' }) }, { body: { data: [{ id: 3 }, { id: 4 }], next_from_id: 'c2' } }], 'post');
    expect([repeated.seen, repeated.requests, repeated.error.pageIndex]).toEqual([[1, 2, 3, 4], 2, 1]);
    expect(repeated.error.message).toBe(deadEnd('cursor', 2, 'its "next_from_id" repeats an earlier cursor ("c2")'));

    const short = walk(listing(cursor, 'post'), [{ body: { data: [{ id: 1 }] } }], undefined, { pageSize: 2 });
    expect(await short.paginator.toArray()).toEqual([{ id: 1 }]);
    const ended = walk(listing(cursor, 'post'), [{ body: full({ next_from_id: null }) }], undefined, { pageSize: 2 });
    expect(await ended.paginator.toArray()).toEqual([{ id: 1 }, { id: 2 }]);
  });

  it('skip: no boolean `more` on a full page is a PaginationError; more: false on a full page is the end', async () => {
    const { error, seen, requests } = await walkError(skip, [{ body: { objects: [{ id: 1 }, { id: 2 }] } }]);
    expect([error.name, error.style, seen, requests]).toEqual(['PaginationError', 'skip', [1, 2], 1]);
    expect(error.message).toBe(deadEnd('skip', 1, 'the response has no boolean "more"'));

    const last = walk(listing(skip), [{ body: { objects: [{ id: 1 }, { id: 2 }], more: false } }], undefined, { pageSize: 2 });
    expect(await last.paginator.toArray()).toEqual([{ id: 1 }, { id: 2 }]);
    expect(last.fetch.requests).toHaveLength(1);
  });

  it('link: a full page without any Link header is a PaginationError; a Link header without rel="next" is the end', async () => {
    const { error, seen, requests } = await walkError(link, [{ body: [{ id: 1 }, { id: 2 }] }]);
    expect([error.name, error.style, seen, requests]).toEqual(['PaginationError', 'link', [1, 2], 1]);
    expect(error.message).toBe(deadEnd('link', 1, 'the response has no Link header'));

    const next = '<https://api.acme.test/v1/things?per_page=2&after=2>; rel="next"';
    const looping = await walkError(link, [
      { body: [{ id: 1 }, { id: 2 }], headers: { link: next } },
      { body: [{ id: 3 }, { id: 4 }], headers: { link: next } },
    ]);
    expect([looping.seen, looping.requests]).toEqual([[1, 2, 3, 4], 2]);
    expect(looping.error.message).toBe(deadEnd('link', 2, 'its rel="next" link repeats an earlier one (https://api.acme.test/v1/things?per_page=2&after=2)'));

    const last = walk(listing(link), [{ body: [{ id: 1 }, { id: 2 }], headers: { link: '<https://api.acme.test/v1/things?per_page=2>; rel="first"' } }], undefined, { pageSize: 2 });
    expect(await last.paginator.toArray()).toEqual([{ id: 1 }, { id: 2 }]);
  });

  it('offset: a full page always leads to the next offset, and an empty page ends the walk', async () => {
    const { fetch, paginator } = walk(
      listing({ style: 'offset', in: 'query', limitParam: 'limit', offsetParam: 'offset', itemsField: 'data' }),
      [{ body: full() }, { body: { data: [] } }],
      undefined,
      { pageSize: 2 },
    );
    expect(await paginator.toArray()).toEqual([{ id: 1 }, { id: 2 }]);
    expect(fetch.requests.map((request) => request.path)).toEqual(['/v1/things?limit=2', '/v1/things?limit=2&offset=2']);
  });

  it('where the spec marks the paging uncertain, the dead end is one warning through the log and the walk ends', async () => {
    const fetch = scriptedFetch([{ body: full() }]);
    const caller = createCaller({ baseUrl: 'https://api.acme.test/v1', vendor: 'Acme', fetch });
    const operation = listing({ ...cursor, uncertain: true }, 'post');
    const lines: string[] = [];
    const paginator = paginate<unknown, { id: number }>(
      operation,
      (next) => caller.callOrThrow(operation, next),
      undefined,
      { pageSize: 2 },
      (level, message) => lines.push(`${level} ${message}`),
    );
    expect(await paginator.toArray()).toEqual([{ id: 1 }, { id: 2 }]);
    expect(lines).toEqual([`warn ${deadEnd('cursor', 1, 'the response has no "next_from_id"')} The walk ends here (the spec marks this paging uncertain).`]);
  });
});
