// Each vendor package, and each generated package, must import from a plain Node ESM script,
// outside vitest's module graph.
import { execFile } from 'node:child_process';
import { promisify } from 'node:util';
import { describe, expect, it } from 'vitest';

const run = promisify(execFile);

describe('plain Node ESM import', () => {
  it.each([
    ['xtremepush', 'createXtremepushClient'],
    ['xurrent', 'createXurrentClient'],
    ['altcraft', 'createAltcraftClient'],
    ['xtrakit', 'createXtrakitClient'],
    ['journeyapps', 'createJourneyappsClient'],
  ])('@specsmith/%s exports %s', async (vendor, factory) => {
    const script = `import * as m from '@specsmith/${vendor}'; console.log(JSON.stringify({ factory: typeof m.${factory}, errors: typeof m.ApiError, codes: typeof m.ErrorCode }));`;
    const { stdout } = await run(process.execPath, ['--input-type=module', '-e', script], { cwd: process.cwd() });
    expect(JSON.parse(stdout)).toEqual({ factory: 'function', errors: 'function', codes: 'object' });
  });

  it.each(['xtremepush', 'xurrent', 'altcraft', 'xtrakit', 'journeyapps'])('@specsmith/%s-api exports its api for core, and no client of its own', async (vendor) => {
    const script = `import * as m from '@specsmith/${vendor}-api'; console.log(JSON.stringify({ api: Object.keys(m.api), same: m.api.operations === m.operationTable && m.api.createResources === m.createResources, createClient: typeof m.createClient, fetchCaller: typeof m.fetchCaller }));`;
    const { stdout } = await run(process.execPath, ['--input-type=module', '-e', script], { cwd: process.cwd() });
    expect(JSON.parse(stdout)).toEqual({
      api: ['title', 'operations', 'createResources', 'errors', 'policy', 'servers', 'securitySchemes'],
      same: true,
      createClient: 'undefined',
      fetchCaller: 'undefined',
    });
  });

  it('@specsmith/core/journal-file is a separate, Node-only entry point', async () => {
    const { stdout } = await run(process.execPath, ['--input-type=module', '-e', "import { jsonLinesJournal } from '@specsmith/core/journal-file'; console.log(typeof jsonLinesJournal)"]);
    expect(stdout.trim()).toBe('function');
  });
});
