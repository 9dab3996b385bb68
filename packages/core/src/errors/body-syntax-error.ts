import type { Redactor } from '../redact.js';

/** Said instead of an engine message that cannot be told without quoting the body. */
const unquotable = 'SyntaxError';
/** Characters of the redacted body quoted in the message. */
const excerptLength = 120;
const decoder = new TextDecoder();

/**
 * The SyntaxError of a body that is not JSON, without the excerpt of the body engines quote
 * (V8: `Unexpected token 'C', "CANARY-SEC"... is not valid JSON`). That excerpt is cut at a fixed
 * length, so it can hold part of an echoed credential that no redactor recognises; the raw
 * error (its message, its stack) is therefore never attached.
 */
function bodySyntaxError(error: unknown): SyntaxError {
  const message = error instanceof Error ? error.message : '';
  const unquoted = message.replace(/^(Unexpected token '[^']*'), [\s\S]* is not valid JSON$/, '$1');
  // Position-only messages ("… after JSON at position 17") quote nothing; anything still quoted goes.
  return new SyntaxError(unquoted && !/["`]/.test(unquoted) ? unquoted : unquotable);
}

/**
 * What an error about a 2xx body that is not JSON says: the parser's complaint and the start of
 * the body, both redacted before anything is cut (so no piece of a secret survives a cut).
 */
export function notJsonBody(error: unknown, bytes: Uint8Array | undefined, redactor: Redactor): { readonly detail: string; readonly body: string; readonly cause: SyntaxError } {
  const cause = bodySyntaxError(error);
  const body = redactor.text(bytes ? decoder.decode(bytes) : '');
  const excerpt = body.length > excerptLength ? `${body.slice(0, excerptLength)}…` : body;
  return { detail: `(${cause.message}): ${excerpt}`, body, cause };
}
