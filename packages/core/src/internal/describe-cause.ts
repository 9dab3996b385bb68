/** The first `code` down an error's cause chain (`ECONNREFUSED`), which undici keeps out of the message. */
export function causeCode(error: unknown): string | undefined {
  let current: unknown = error;
  for (let depth = 0; depth < 4 && current && typeof current === 'object'; depth++) {
    const code = (current as { code?: unknown }).code;
    if (typeof code === 'string') return code;
    current = (current as { cause?: unknown }).cause;
  }
  return undefined;
}

/** `fetch failed: connect ECONNREFUSED 127.0.0.1:9` — undici hides the useful part in `cause`. */
export function describeCause(error: unknown): string {
  const message = error instanceof Error ? error.message : String(error);
  const inner = error instanceof Error && error.cause instanceof Error ? error.cause.message : undefined;
  const text = inner && inner !== message ? `${message}: ${inner}` : message;
  const code = causeCode(error);
  return code && !text.includes(code) ? `${text} (${code})` : text;
}
