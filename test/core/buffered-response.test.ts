import { BufferedResponse } from '@specsmith/core';
import { describe, expect, it } from 'vitest';

const source = { status: 201, statusText: 'Created', headers: new Headers({ 'content-type': 'application/json' }), url: 'https://api.acme.test/things' };
const bytes = () => new TextEncoder().encode('{"id":1}');

describe('BufferedResponse', () => {
  it('behaves like the response it buffers', async () => {
    const response = new BufferedResponse(bytes(), source);
    expect([response.status, response.statusText, response.ok, response.url, response.headers.get('content-type')]).toEqual([
      201,
      'Created',
      true,
      'https://api.acme.test/things',
      'application/json',
    ]);
    expect(response).toBeInstanceOf(Response);
    expect(await response.clone().json()).toEqual({ id: 1 });
    expect(await new Response(response.body).text()).toBe('{"id":1}');
    expect(response.bodyUsed).toBe(false);
    expect(await response.text()).toBe('{"id":1}');
    expect(response.bodyUsed).toBe(true);
    await expect(response.text()).rejects.toThrow('Body is unusable');
  });

  it('serves binary and blob reads', async () => {
    expect(new Uint8Array(await new BufferedResponse(bytes(), source).arrayBuffer())).toEqual(bytes());
    const blob = await new BufferedResponse(bytes(), source).blob();
    expect([blob.size, blob.type]).toEqual([8, 'application/json']);
  });
});
