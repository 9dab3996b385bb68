// A credential appears nowhere a user can see it, in any form a server might echo: bare or
// with its prefix, the Basic password, the `user:password` pair or its base64. Checked on what
// users print (message, stack, JSON, util.inspect with causes, the journal) of errors that a
// real server on 127.0.0.1 provokes.
import { inspect } from 'node:util';
import { AuthenticationError, createJourneyappsClient } from '@specsmith/journeyapps';
import type { ApiError, JournalEntry } from '@specsmith/journeyapps';
import { afterAll, afterEach, describe, expect, it } from 'vitest';
import { CANARY, expectNoCanary, failure, recordingJournal, showsCanary } from '../support/canary.js';
import { startLoopback } from '../support/loopback.js';
import type { Loopback } from '../support/loopback.js';

afterAll(expectNoCanary);

const backend = '615ae1ee8c5ef500078a4908';
const pair = `${backend}:${CANARY}`;
const encodedPair = Buffer.from(pair).toString('base64');
/** Every form of the two credentials a server could echo. */
const forms = [CANARY, `O:${CANARY}`, pair, encodedPair, encodedPair.replace(/=+$/, ''), encodeURIComponent(CANARY)];

let server: Loopback | undefined;
afterEach(async () => {
  await server?.close();
  server = undefined;
});

/** A server that answers every request with `status` and `body` (an object is sent as JSON). */
async function answering(status: number, body: unknown): Promise<Loopback> {
  server = await startLoopback((_request, response) => {
    response.writeHead(status, { 'content-type': 'application/json' });
    response.end(typeof body === 'string' ? body : JSON.stringify(body));
  });
  return server;
}

function client(url: string, credential: { token: string } | { password: string }) {
  const journal = recordingJournal();
  return { journal, client: createJourneyappsClient({ baseUrl: `${url}/api/v4/${backend}`, ...credential, journal, throwOnError: true, retry: { maxRetries: 0 } }) };
}

/** What a user sees of an error: console.log and util.inspect (causes included), its message, stack and JSON. */
function printed(error: Error): Record<'message' | 'stack' | 'json' | 'inspected', string> {
  return { message: error.message, stack: error.stack ?? '', json: JSON.stringify(error), inspected: inspect(error, { depth: 10 }) };
}

function expectNoForm(texts: Record<string, string>) {
  for (const [where, text] of Object.entries(texts)) {
    for (const form of forms) expect(text.includes(form), `${where} shows ${form}`).toBe(false);
    expect(showsCanary(text), `${where} shows a piece of the credential`).toBe(false);
  }
}

describe('JourneyApps credentials in errors', () => {
  it('a 401 whose detail quotes the bare named token: the token, bare or prefixed, is redacted everywhere', async () => {
    const { url } = await answering(401, { type: 'AUTHENTICATION_FAILED', title: 'Authentication failed', detail: `Named token ${CANARY} (sent as O:${CANARY}) is not valid` });
    const { client: journeyapps, journal } = client(url, { token: CANARY });
    const error = await failure<AuthenticationError>(journeyapps.deployment.getInfo());
    expect(error).toBeInstanceOf(AuthenticationError);
    const message = 'JourneyApps getInfo failed with HTTP 401, error AUTHENTICATION_FAILED (AuthenticationFailed): Named token [REDACTED] (sent as [REDACTED]) is not valid';
    expect(error.message).toBe(message);
    expect(error.stack?.split('\n')[0]).toBe(`AuthenticationError: ${message}`);
    expect(error.vendorMessage).toBe('Named token [REDACTED] (sent as [REDACTED]) is not valid');
    expect(error.body).toEqual({ type: 'AUTHENTICATION_FAILED', title: 'Authentication failed', detail: 'Named token [REDACTED] (sent as [REDACTED]) is not valid' });
    const seen = printed(error);
    expect(seen.json).toContain('"detail":"Named token [REDACTED] (sent as [REDACTED]) is not valid"');
    expect(seen.inspected).toContain("detail: 'Named token [REDACTED] (sent as [REDACTED]) is not valid'");
    expectNoForm(seen);

    const entry = journal.entries[0] as JournalEntry;
    expect(journal.entries).toHaveLength(1);
    expect(entry.request.headers['authorization']).toBe('Bearer [REDACTED]');
    expect(entry.response?.body).toEqual({ type: 'AUTHENTICATION_FAILED', title: 'Authentication failed', detail: 'Named token [REDACTED] (sent as [REDACTED]) is not valid' });
    expectNoForm({ journal: JSON.stringify(entry), inspectedJournal: inspect(entry, { depth: 10 }) });
  });

  it('an unparseable 200 body that echoes the token: message, body and cause hold no piece of it', async () => {
    const { url } = await answering(200, `${CANARY} is your token; O:${CANARY} is what you sent`);
    const { client: journeyapps, journal } = client(url, { token: CANARY });
    const error = await failure<ApiError>(journeyapps.datamodel.get());
    const message = "JourneyApps getDatamodel got a response body that is not valid JSON (Unexpected token 'C'): [REDACTED] is your token; [REDACTED] is what you sent";
    expect(error.message).toBe(message);
    expect(error.stack?.split('\n')[0]).toBe(`ApiError: ${message}`);
    expect(error.body).toBe('[REDACTED] is your token; [REDACTED] is what you sent');
    // The parser's own error quotes the first characters of the body ("CANARY-SEC"...): never attached.
    const cause = error.cause as Error;
    expect(cause).toBeInstanceOf(SyntaxError);
    expect(cause.message).toBe("Unexpected token 'C'");
    expect(cause.stack?.split('\n')[0]).toBe("SyntaxError: Unexpected token 'C'");
    const seen = printed(error);
    expect(seen.json).toContain('"body":"[REDACTED] is your token; [REDACTED] is what you sent"');
    expect(seen.inspected).toContain("[cause]: SyntaxError: Unexpected token 'C'");
    expectNoForm({ ...seen, causeMessage: cause.message, causeStack: cause.stack ?? '', causeInspected: inspect(cause, { depth: 10 }) });
    // A 2xx is not journaled.
    expect(journal.entries).toEqual([]);
  });

  const echoes = [
    ['the password', CANARY],
    ['the user:password pair', pair],
    ['the base64 of the pair', encodedPair],
    ['the base64 of the pair without padding', encodedPair.replace(/=+$/, '')],
  ] as const;

  it.each(echoes)('Basic: a 401 that echoes %s is redacted in the error and the journal', async (_what, echoed) => {
    const { url } = await answering(401, { type: 'AUTHENTICATION_FAILED', title: 'Authentication failed', detail: `Credentials <${echoed}> rejected` });
    const { client: journeyapps, journal } = client(url, { password: CANARY });
    const error = await failure<AuthenticationError>(journeyapps.deployment.getInfo());
    const message = 'JourneyApps getInfo failed with HTTP 401, error AUTHENTICATION_FAILED (AuthenticationFailed): Credentials <[REDACTED]> rejected';
    expect(error.message).toBe(message);
    expect(error.stack?.split('\n')[0]).toBe(`AuthenticationError: ${message}`);
    const seen = printed(error);
    expect(seen.json).toContain('"detail":"Credentials <[REDACTED]> rejected"');
    expect(seen.inspected).toContain("detail: 'Credentials <[REDACTED]> rejected'");
    expectNoForm(seen);
    const entry = journal.entries[0] as JournalEntry;
    expect(entry.request.headers['authorization']).toBe('Basic [REDACTED]');
    expect((entry.response?.body as { detail: string } | undefined)?.detail).toBe('Credentials <[REDACTED]> rejected');
    expectNoForm({ journal: JSON.stringify(entry), inspectedJournal: inspect(entry, { depth: 10 }) });
  });

  it('a cause chain that holds the token (a fetch that fails with it) is replaced by a redacted copy', async () => {
    const reset = Object.assign(new Error(`socket closed after sending O:${CANARY}`), {
      code: 'ECONNRESET',
      sent: `Bearer O:${CANARY}`,
      headers: new Map([['authorization', `Bearer O:${CANARY}`]]),
    });
    const fetch = async () => {
      throw new TypeError(`fetch failed for ${CANARY}`, { cause: reset });
    };
    const journeyapps = createJourneyappsClient({ baseUrl: `http://127.0.0.1:9/api/v4/${backend}`, token: CANARY, fetch, throwOnError: true, retry: { maxRetries: 0 } });
    const error = await failure<ApiError>(journeyapps.deployment.getInfo());
    expect(error.message).toBe('JourneyApps getInfo could not reach 127.0.0.1:9: fetch failed for [REDACTED]: socket closed after sending [REDACTED] (ECONNRESET)');
    const cause = error.cause as Error & { cause: Error & { code: string; sent: string; headers: Map<string, string> } };
    expect([cause.name, cause.message]).toEqual(['TypeError', 'fetch failed for [REDACTED]']);
    expect([cause.cause.message, cause.cause.code, cause.cause.sent]).toEqual(['socket closed after sending [REDACTED]', 'ECONNRESET', 'Bearer [REDACTED]']);
    expect([...cause.cause.headers]).toEqual([['authorization', 'Bearer [REDACTED]']]);
    // The fetch's own error is left as it was: it is not the client's to change.
    expect(reset.message).toBe(`socket closed after sending O:${CANARY}`);
    const seen = printed(error);
    expect(seen.inspected).toContain("sent: 'Bearer [REDACTED]'");
    expectNoForm({ ...seen, causeStack: cause.stack ?? '', innerStack: cause.cause.stack ?? '' });
  });
});
