// What a consumer's bundler keeps of a client it only creates with a static credential: no OAuth,
// no JWT signer, no token handling (they are reachable only through the xOAuth() factories);
// of a client without `fleet`, nothing of @specsmith/core/fleet (its Lua, its Redis client);
// and of a generated package's api, no prose the runtime never reads.
import { build } from 'esbuild';
import { describe, expect, it } from 'vitest';

async function bundle(entry: string, external: string[] = []): Promise<string> {
  const result = await build({
    stdin: { contents: entry, resolveDir: process.cwd(), loader: 'js' },
    bundle: true,
    minify: true,
    format: 'esm',
    platform: 'neutral',
    mainFields: ['module', 'main'],
    external,
    write: false,
  });
  return result.outputFiles[0]?.text ?? '';
}

const oauthOnly = ['could not get an OAuth access token', 'The OAuth token endpoint answered without an access_token', 'urn:ietf:params:oauth:grant-type:jwt-bearer'];

describe('tree-shaking of a consumer bundle', () => {
  it.each([
    ['xurrent', 'createXurrentClient'],
    ['xtremepush', 'createXtremepushClient'],
    ['altcraft', 'createAltcraftClient'],
    ['xtrakit', 'createXtrakitClient'],
    ['journeyapps', 'createJourneyappsClient'],
  ])('@specsmith/%s without OAuth bundles no OAuth code', async (vendor, factory) => {
    const code = await bundle(`import { ${factory} } from '@specsmith/${vendor}'; export const c = ${factory};`);
    for (const text of oauthOnly) expect(code).not.toContain(text);
  });

  it.each(['xurrent', 'xtremepush', 'altcraft', 'xtrakit', 'journeyapps'])("@specsmith/%s-api's api carries no security scheme prose (the OAuth scheme's text among it)", async (vendor) => {
    const code = await bundle(`import { api } from '@specsmith/${vendor}-api'; export const a = api;`);
    expect(code).toContain('securitySchemes');
    for (const text of oauthOnly) expect(code).not.toContain(text);
    const { securitySchemes } = (await import(`@specsmith/${vendor}-api`)) as { securitySchemes: object };
    expect(Object.keys(securitySchemes).length).toBeGreaterThan(0);
    expect(JSON.stringify(securitySchemes)).not.toContain('"description"');
  });

  // The Lua take script, the store's warning, the token seal's key derivation, the lock key, node-redis.
  const fleetOnly = ["redis.call('TIME')", 'the fleet store at', 'specsmith-fleet', 'token-lock', '@redis/client'];

  it.each(['xurrent', 'xtremepush', 'altcraft', 'xtrakit', 'journeyapps'])('@specsmith/%s without `fleet` bundles none of the fleet code', async (vendor) => {
    const factory = `create${vendor[0]?.toUpperCase()}${vendor.slice(1)}Client`;
    const code = await bundle(`import { ${factory} } from '@specsmith/${vendor}'; export const c = ${factory};`);
    for (const text of fleetOnly) expect(code).not.toContain(text);
  });

  it('bundles the fleet code when redisFleet is imported', async () => {
    const code = await bundle("import { createXurrentClient } from '@specsmith/xurrent'; import { redisFleet } from '@specsmith/core/fleet'; export const c = [createXurrentClient, redisFleet];", [
      '@redis/client',
      'node:crypto',
    ]);
    for (const text of fleetOnly) expect(code).toContain(text);
  });

  it('bundles OAuth when the factory is imported', async () => {
    const code = await bundle("import { createXurrentClient, xurrentOAuth } from '@specsmith/xurrent'; export const c = [createXurrentClient, xurrentOAuth];");
    expect(code).toContain('could not get an OAuth access token');
    expect(code).toContain('The OAuth token endpoint answered without an access_token');
  });
});
