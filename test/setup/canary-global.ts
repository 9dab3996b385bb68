// Global setup/teardown for the canary: before the run, clear the sightings file; after it,
// fail the run if any worker saw the canary on stdout or stderr, or if it appears anywhere
// in generated code or docs.
import { existsSync, readFileSync, readdirSync, rmSync, statSync } from 'node:fs';
import { join } from 'node:path';
import { canarySpellings } from '../support/canary.js';

const HITS = 'test-results/canary-hits.log';

function filesUnder(directory: string): string[] {
  return readdirSync(directory, { recursive: true, withFileTypes: true })
    .filter((entry) => entry.isFile())
    .map((entry) => join(entry.parentPath, entry.name))
    .filter((file) => !file.includes('node_modules') && statSync(file).size < 64 * 1024 * 1024);
}

export default function setup(): () => void {
  rmSync(HITS, { force: true });
  return () => {
    const sightings = existsSync(HITS) ? readFileSync(HITS, 'utf8').trim() : '';
    const inGenerated = filesUnder('generated').filter((file) => {
      const text = readFileSync(file, 'utf8');
      return canarySpellings.some((spelling) => text.includes(spelling));
    });
    if (sightings || inGenerated.length > 0) {
      // Vitest reports a teardown error without failing the run, so set the exit code too.
      process.exitCode = 1;
      throw new Error(`The canary secret leaked:\n${sightings}\n${inGenerated.map((file) => `in ${file}`).join('\n')}`);
    }
  };
}
