// A generated package has no runtime dependency but @specsmith/core, the workspace's version,
// and its sources import nothing at run time but each other (the contract is types only).
import { readFile, readdir } from 'node:fs/promises';
import { describe, expect, it } from 'vitest';
import { CORE_VERSION } from '../../codegen/src/emit/package-files.js';

const VENDORS = ['xtremepush', 'xurrent', 'altcraft', 'xtrakit', 'journeyapps'];
const readJson = async (file: string) => JSON.parse(await readFile(file, 'utf8')) as { version: string; dependencies?: Record<string, string> };

describe('generated package dependencies', () => {
  it("the generator emits the workspace's @specsmith/core version", async () => {
    expect(CORE_VERSION).toBe((await readJson('packages/core/package.json')).version);
  });

  it.each(VENDORS)('generated/%s depends on @specsmith/core alone', async (vendor) => {
    expect((await readJson(`generated/${vendor}/package.json`)).dependencies).toStrictEqual({ '@specsmith/core': CORE_VERSION });
  });

  it.each(VENDORS)('generated/%s/src imports only its own files at run time, and only contract types from core', async (vendor) => {
    const directory = `generated/${vendor}/src`;
    const imports: string[] = [];
    for (const file of (await readdir(directory)).sort()) {
      const source = await readFile(`${directory}/${file}`, 'utf8');
      for (const match of source.matchAll(/^(?:import|export)\b[^;]*?\bfrom '([^']+)';$/gm)) {
        if (!match[1]?.startsWith('./')) imports.push(`${file}: ${match[0]}`);
      }
    }
    expect(imports.length).toBeGreaterThan(0);
    for (const line of imports) expect(line).toMatch(/^[\w.]+: import type \{ [^}]+ \} from '@specsmith\/core\/contract';$/);
  });
});
