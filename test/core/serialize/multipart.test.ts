import { describe, expect, it } from 'vitest';
import { encodeBody } from '../../../packages/core/src/serialize/index.js';

/** Each part as [name, text] or [name, filename, type, content]. */
async function parts(body: unknown): Promise<unknown[][]> {
  expect(body).toBeInstanceOf(FormData);
  const out: unknown[][] = [];
  for (const [name, value] of body as FormData) {
    out.push(typeof value === 'string' ? [name, value] : [name, value.name, value.type, await value.text()]);
  }
  return out;
}

/** The body as fetch sends it, with the boundary replaced by BOUNDARY. */
async function wire(body: FormData): Promise<{ contentType: string | null; text: string }> {
  const response = new Response(body);
  const contentType = response.headers.get('content-type');
  const boundary = contentType?.split('boundary=')[1] ?? 'none';
  return { contentType: contentType?.replace(boundary, 'BOUNDARY') ?? null, text: (await response.text()).replaceAll(boundary, 'BOUNDARY') };
}

describe('encodeBody: multipart/form-data from a plain object', () => {
  it('makes text parts, file parts, one part per array item and JSON parts, and leaves the Content-Type to fetch', async () => {
    const csv = new File(['a,b\n1,2\n'], 'data.csv', { type: 'text/csv' });
    const thumbnail = new Blob([new Uint8Array([0x89, 0x50, 0x4e, 0x47])], { type: 'image/png' });
    const first = new File(['one'], 'first.txt', { type: 'text/plain' });
    const second = new File(['two'], 'second.txt', { type: 'text/plain' });
    const { body, contentType } = encodeBody(
      {
        title: 'Quarterly report',
        count: 3,
        draft: false,
        file: csv,
        thumbnail,
        attachments: [first, second],
        tags: ['a', 'b'],
        meta: { owner: 'ops', ids: [1, 2] },
        cleared: null,
        skipped: undefined,
        at: new Date('2026-01-02T03:04:05Z'),
      },
      'multipart/form-data',
    );
    expect(contentType).toBeUndefined();
    expect(await parts(body)).toEqual([
      ['title', 'Quarterly report'],
      ['count', '3'],
      ['draft', 'false'],
      ['file', 'data.csv', 'text/csv', 'a,b\n1,2\n'],
      // Read back as text, the 0x89 byte (not UTF-8) becomes U+FFFD.
      ['thumbnail', 'blob', 'image/png', '\ufffdPNG'],
      ['attachments', 'first.txt', 'text/plain', 'one'],
      ['attachments', 'second.txt', 'text/plain', 'two'],
      ['tags', 'a'],
      ['tags', 'b'],
      ['meta', 'blob', 'application/json', '{"owner":"ops","ids":[1,2]}'],
      ['cleared', ''],
      ['at', '2026-01-02T03:04:05.000Z'],
    ]);
  });

  it("writes each part's headers as fetch sends them", async () => {
    const { body } = encodeBody({ note: 'hi', file: new File(['x'], 'a.txt', { type: 'text/plain' }), meta: { k: 1 } }, 'multipart/form-data; boundary=ignored');
    expect(await wire(body as FormData)).toEqual({
      contentType: 'multipart/form-data; boundary=BOUNDARY',
      text: [
        '--BOUNDARY',
        'Content-Disposition: form-data; name="note"',
        '',
        'hi',
        '--BOUNDARY',
        'Content-Disposition: form-data; name="file"; filename="a.txt"',
        'Content-Type: text/plain',
        '',
        'x',
        '--BOUNDARY',
        'Content-Disposition: form-data; name="meta"; filename="blob"',
        'Content-Type: application/json',
        '',
        '{"k":1}',
        '--BOUNDARY--',
        '',
      ].join('\r\n'),
    });
  });

  it('sends an array of objects as one JSON part per item, and an array inside an array as JSON', async () => {
    const { body } = encodeBody({ addresses: [{ city: 'A' }, { city: 'B' }], grid: [[1, 2], 3] }, 'multipart/form-data');
    expect(await parts(body)).toEqual([
      ['addresses', 'blob', 'application/json', '{"city":"A"}'],
      ['addresses', 'blob', 'application/json', '{"city":"B"}'],
      ['grid', 'blob', 'application/json', '[1,2]'],
      ['grid', '3'],
    ]);
  });

  it('sends a FormData, a string or binary under multipart as they are', () => {
    const data = new FormData();
    data.append('a', '1');
    expect(encodeBody(data, 'multipart/form-data').body).toBe(data);
    const prepared = '--x\r\nContent-Disposition: form-data; name="a"\r\n\r\n1\r\n--x--\r\n';
    expect(encodeBody(prepared, 'multipart/form-data; boundary=x')).toEqual({ body: prepared, contentType: 'multipart/form-data; boundary=x' });
    const bytes = new Uint8Array([1]);
    expect(encodeBody(bytes, 'multipart/form-data; boundary=x').body).toBe(bytes);
  });
});
