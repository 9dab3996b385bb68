// The canary harness itself: a leak it is meant to catch is caught, wherever in an error it hides.
import { describe, expect, it } from 'vitest';
import { CANARY, canarySightings, showsCanary } from '../support/canary.js';

describe('canary harness', () => {
  it('sees a leak that only util.inspect of the cause chain shows (a Map on a cause: not in any message, stack or JSON)', () => {
    const cause = Object.assign(new Error('socket closed'), { detail: new Map([['echoed', CANARY]]) });
    const error = new Error('request failed', { cause });
    const sightings = canarySightings(error);
    // The error's inspection (its [cause] included) and the cause's own.
    expect(sightings.map((text) => text.split('\n')[0])).toEqual(['Error: request failed', 'Error: socket closed']);
    expect(sightings[0]).toContain("[cause]: Error: socket closed");
    expect(sightings.every((text) => text.includes(`detail: Map(1) { 'echoed' => '${CANARY}' }`))).toBe(true);
  });

  it('sees every form a server may echo: a piece of the canary, and base64 of text holding it', () => {
    expect(showsCanary('Unexpected token \'C\', "CANARY-SEC"... is not valid JSON')).toBe(true);
    expect(showsCanary(`Basic ${Buffer.from(`615ae1ee8c5ef500078a4908:${CANARY}`).toString('base64')}`)).toBe(true);
    expect(showsCanary(`header x${Buffer.from(`admin:${CANARY}`).toString('base64')}`)).toBe(true);
    expect(showsCanary('Named token [REDACTED] is not valid')).toBe(false);
  });
});
