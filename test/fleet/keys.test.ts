// Fleet keys: namespaced by vendor and the first 16 hex digits of the credential's SHA-256, never
// the credential itself; one namespace per vendor and credential.
import { credentialHash, fleetKeys } from '@specsmith/core/fleet';
import { describe, expect, it } from 'vitest';
import { CANARY } from '../support/canary.js';

describe('fleetKeys', () => {
  it('names every key specsmith:<vendor>:<sha256(credential), 16 hex digits>:<what>', () => {
    expect(fleetKeys('Xurrent', CANARY)).toEqual({
      prefix: 'specsmith:xurrent:297236cfbad14bf0',
      budget: 'specsmith:xurrent:297236cfbad14bf0:budget',
      burst: 'specsmith:xurrent:297236cfbad14bf0:burst',
      cooldown: 'specsmith:xurrent:297236cfbad14bf0:cooldown',
      token: 'specsmith:xurrent:297236cfbad14bf0:token',
      lock: 'specsmith:xurrent:297236cfbad14bf0:token-lock',
    });
  });

  it('hashes with SHA-256, truncated to 16 hex digits', () => {
    expect(credentialHash('')).toBe('e3b0c44298fc1c14');
    expect(credentialHash(CANARY)).toBe('297236cfbad14bf0');
  });

  it('keeps vendors apart, and a vendor name cannot add a key segment', () => {
    expect(fleetKeys('JourneyApps', CANARY).prefix).toBe('specsmith:journeyapps:297236cfbad14bf0');
    expect(fleetKeys('My API: v2', CANARY).prefix).toBe('specsmith:my-api-v2:297236cfbad14bf0');
    expect(fleetKeys('Xurrent', `${CANARY}x`).prefix).not.toBe(fleetKeys('Xurrent', CANARY).prefix);
  });

  it('never holds the credential', () => {
    expect(JSON.stringify(fleetKeys('Xurrent', CANARY))).not.toContain(CANARY);
  });
});
