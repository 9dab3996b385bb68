const ignore = () => {};

/** The Content-Length a response announces, or undefined when it has none (or not a number). */
export function announcedLength(response: Response): number | undefined {
  const value = response.headers.get('content-length');
  if (value === null || !/^\d+$/.test(value.trim())) return undefined;
  return Number(value);
}

/**
 * Reads a body in full, or gives up as soon as it is longer than `limit` bytes (0 = no limit):
 * before reading when Content-Length says so, else while counting the chunks (a compressed
 * body can grow past its Content-Length). On giving up the rest is cancelled unread and the
 * result is undefined. The chunks are joined once, and not at all when there is only one.
 */
export async function readBody(response: Response, limit: number): Promise<Uint8Array | undefined> {
  if (limit <= 0) return new Uint8Array(await response.arrayBuffer());
  const body = response.body;
  if (body === null) return new Uint8Array(0);
  if ((announcedLength(response) ?? 0) > limit) {
    body.cancel().catch(ignore);
    return undefined;
  }
  const reader = body.getReader();
  const chunks: Uint8Array[] = [];
  let total = 0;
  for (;;) {
    const { done, value } = await reader.read();
    if (done) break;
    total += value.byteLength;
    if (total > limit) {
      // Not awaited: a source that never settles its cancel must not hold the call.
      reader.cancel().catch(ignore);
      return undefined;
    }
    chunks.push(value);
  }
  if (chunks.length === 1) return chunks[0];
  const bytes = new Uint8Array(total);
  let offset = 0;
  for (const chunk of chunks) {
    bytes.set(chunk, offset);
    offset += chunk.byteLength;
  }
  return bytes;
}
