// Compares the two emitters on one corpus spec: generates both, writes them with the checks
// into a temporary project (ours.ts, oracle.ts, oracle-linked.ts, checks.ts), type-checks it
// and returns the failed checks. oracle.ts is openapi-typescript's output as it printed it, for
// a reader; the checks compare against oracle-linked.ts (see link.ts). The project is removed
// afterwards unless TYPE_ORACLE_KEEP=1, which keeps it (its path is in the result) to open the
// files in an editor.
import { mkdtemp, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { renderCheckFile } from './check-file.js';
import { checksOf } from './checks.js';
import { failedChecks, type Failure } from './compile.js';
import { linkToOurComponents } from './link.js';
import type { CorpusSpec } from './corpus.js';
import { generateBoth } from './generate.js';

export interface Comparison {
  /** How many checks ran (the control check included). */
  readonly checks: number;
  /** Sorted by check name. */
  readonly failures: readonly Failure[];
  /** Our emitter's located warnings. */
  readonly warnings: readonly string[];
  /** The kept project, when TYPE_ORACLE_KEEP=1. */
  readonly kept?: string;
}

export async function compare(spec: CorpusSpec): Promise<Comparison> {
  const outputs = await generateBoth(spec);
  const checks = checksOf(outputs.document);
  const checkFile = renderCheckFile(spec.name, checks);
  const directory = await mkdtemp(join(tmpdir(), 'specsmith-type-oracle-'));
  const keep = process.env['TYPE_ORACLE_KEEP'] === '1';
  try {
    await Promise.all([
      writeFile(join(directory, 'package.json'), '{ "type": "module" }\n'),
      writeFile(join(directory, 'ours.ts'), outputs.ours),
      writeFile(join(directory, 'oracle.ts'), outputs.oracle),
      writeFile(join(directory, 'oracle-linked.ts'), linkToOurComponents(outputs.oracle)),
      writeFile(join(directory, 'checks.ts'), checkFile.text),
    ]);
    const failures = failedChecks(directory, checkFile);
    return { checks: checks.length, failures, warnings: outputs.warnings, ...(keep ? { kept: directory } : {}) };
  } finally {
    if (!keep) await rm(directory, { recursive: true, force: true });
  }
}
