// Each vendor package must import from a plain Node ESM script, outside vitest's module graph.
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

  it('@specsmith/core/journal-file is a separate, Node-only entry point', async () => {
    const { stdout } = await run(process.execPath, ['--input-type=module', '-e', "import { jsonLinesJournal } from '@specsmith/core/journal-file'; console.log(typeof jsonLinesJournal)"]);
    expect(stdout.trim()).toBe('function');
  });
});
