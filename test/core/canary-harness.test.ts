// The canary harness itself: a leak it is meant to catch is caught, wherever in an error it
// hides; and every vendor's client, built as the suites build it, carries the canary as its secret.
import { describe, expect, it } from 'vitest';
import { CANARY, canarySightings, failure, showsCanary } from '../support/canary.js';
import { createContractClient, operationCaller } from '../support/contract-clients.js';
import { loadVendors } from '../support/vendors.js';

describe('canary harness', () => {
  it('sees a leak that only util.inspect of the cause chain shows (a Map on a cause: not in any message, stack or JSON)', () => {
    const cause = Object.assign(new Error('socket closed'), { detail: new Map([['echoed', CANARY]]) });
    const error = new Error('request failed', { cause });
    const sightings = canarySightings(error);
    // The error's inspection (its [cause] included) and the cause's own.
    expect(sightings.map((text) => text.split('\n')[0])).toEqual(['Error: request failed', 'Error: socket closed']);
    expect(sightings[0]).toContain('[cause]: Error: socket closed');
    expect(sightings.every((text) => text.includes(`detail: Map(1) { 'echoed' => '${CANARY}' }`))).toBe(true);
  });

  it('sees every form a server may echo: a piece of the canary, and base64 of text holding it', () => {
    expect(showsCanary('Unexpected token \'C\', "CANARY-SEC"... is not valid JSON')).toBe(true);
    expect(showsCanary(`Basic ${Buffer.from(`615ae1ee8c5ef500078a4908:${CANARY}`).toString('base64')}`)).toBe(true);
    expect(showsCanary(`header x${Buffer.from(`admin:${CANARY}`).toString('base64')}`)).toBe(true);
    expect(showsCanary('Named token [REDACTED] is not valid')).toBe(false);
  });
});

// Every suite that builds a vendor client uses the descriptor's test credentials with the canary
// as the secret; the leak checks see something only if the canary is what goes on the wire.
describe.each((await loadVendors()).map((vendor) => [vendor.key, vendor] as const))('the canary as the secret of %s', (_, vendor) => {
  it('reaches the wire, and no error shows it even when the server echoes the request back', async () => {
    const sent: string[] = [];
    // A hostile server: a 401 whose every message field repeats the request's credentials.
    const echoing = async (request: Request) => {
      const wire = `${[...request.headers].map(([name, value]) => `${name}: ${value}`).join('\n')}\n${await request.text()}`;
      sent.push(wire);
      const echo = `rejected: ${wire}`;
      return Response.json({ message: echo, error: 401, error_text: echo, detail: echo, title: echo, success: false }, { status: 401 });
    };
    const client = createContractClient(vendor, 'http://127.0.0.1:9', echoing, { throwOnError: true });
    const error = await failure(operationCaller(vendor).call(client, vendor.descriptor.read));
    expect(sent.length).toBeGreaterThan(0);
    expect(sent.every(showsCanary)).toBe(true);
    expect(canarySightings(error)).toEqual([]);
  });
});
