import { ApiError, createCaller, paginate, parseLinkHeader, SpecsmithError } from '@specsmith/core';
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
    expect(
      parseLinkHeader('<https://api.x.test/v1/requests?search_after=b>; rel="next", <https://api.x.test/v1/requests>; rel="first prev", <https://x/last>; rel=last'),
    ).toEqual({ next: 'https://api.x.test/v1/requests?search_after=b', first: 'https://api.x.test/v1/requests', prev: 'https://api.x.test/v1/requests', last: 'https://x/last' });
    expect(parseLinkHeader(null)).toEqual({});
  });
});

describe('paginate', () => {
  it('link style (Xurrent): follows rel="next" until it is gone, asking for the largest page', async () => {
    const link = (cursor: string) => ({ link: `<https://api.acme.test/v1/things?per_page=100&search_after=${cursor}>; rel="next"` });
    const { fetch, paginator } = walk(listing({ style: 'link', in: 'query', limitParam: 'per_page', maxLimit: 100 }), [
      { body: [{ id: 1 }, { id: 2 }], headers: link('c2') },
      { body: [{ id: 3 }], headers: link('c3') },
      { body: [{ id: 4 }] },
    ], { params: { query: { sort: '-id' } } });
    expect((await paginator.toArray()).map((item) => item.id)).toEqual([1, 2, 3, 4]);
    expect(fetch.requests.map((request) => request.path)).toEqual([
      '/v1/things?sort=-id&per_page=100',
      '/v1/things?per_page=100&search_after=c2',
      '/v1/things?per_page=100&search_after=c3',
    ]);
  });

  it('link style never sends a request to the link\'s host: only its query is reused', async () => {
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
    const { fetch, paginator } = walk(listing({ style: 'offset', in: 'query', limitParam: 'limit', offsetParam: 'offset', itemsField: 'data' }), [
      { body: { data: [{ id: 1 }] } },
      { body: { data: [] } },
    ], { params: { query: { limit: 1 } } });
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
    const { fetch, paginator } = walk(
      listing({ style: 'cursor', in: 'body', limitParam: 'limit', cursorParam: 'from_id', nextCursorField: 'next_from_id', itemsField: 'data' }, 'post'),
      [{ body: { data: [{ id: 1 }], next_from_id: 'abc' } }],
    );
    expect(await paginator.toArray()).toHaveLength(2);
    expect(fetch.requests).toHaveLength(2);
  });

  it('skip style (JourneyApps): adds the item count to skip while `more` is true', async () => {
    const { fetch, paginator } = walk(
      listing({ style: 'skip', in: 'query', limitParam: 'limit', skipParam: 'skip', moreField: 'more', itemsField: 'objects', maxLimit: 1000 }),
      [
        { body: { objects: [{ id: 1 }, { id: 2 }], count: 2, more: true } },
        { body: { objects: [{ id: 3 }], count: 1, more: false } },
      ],
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

    const shapeless = walk(listing({ style: 'skip', in: 'query', limitParam: 'limit', skipParam: 'skip', moreField: 'more', itemsField: 'objects' }), [
      { body: { objects: 'nope' } },
    ]);
    const shapeError = await failure<SpecsmithError>(shapeless.paginator.toArray());
    expect(shapeError.message).toBe('listThings: expected an array at "objects" of the response, got string.');
  });
});
