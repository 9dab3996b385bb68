// specsmith diff beside `redocly diff` (@redocly/cli, run as a child process with
// --format json) on the same spec pairs: the table records, as data, what each tool makes of
// each change class, so a Redocly upgrade that changes its verdicts shows up here.
import { execFile } from 'node:child_process';
import { promisify } from 'node:util';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { ChangeClass } from '../../../codegen/src/diff/change.js';
import type { DiffJson } from '../../../codegen/src/diff/report-json.js';
import { repositoryRoot } from '../../support/run-specsmith.js';
import { makeTempDir } from '../../support/temp-dir.js';
import { runDiff } from './run-diff.js';
import { SPEC_PAIRS, writePair } from './spec-pairs.js';

type Bump = 'major' | 'minor' | 'patch' | 'none';

interface Verdicts {
  /** Specsmith's kind for the pair's one change. */
  readonly specsmith: 'breaking' | 'additive';
  /** Redocly's `bump` ('none': it lists no change at all), and the rules that rated a change. */
  readonly redocly: Bump;
  readonly rules: readonly string[];
}

const b = (redocly: Bump, ...rules: string[]): Verdicts => ({ specsmith: 'breaking', redocly, rules });
const a = (redocly: Bump, ...rules: string[]): Verdicts => ({ specsmith: 'additive', redocly, rules });

const TABLE: Readonly<Record<ChangeClass, Verdicts>> = {
  'operation-removed': b('major', 'operation-removed'),
  'operation-renamed': b('major', 'operation-id-changed'),
  'operation-moved': b('major', 'path-removed'),
  'client-method-moved': b('minor'),
  'operation-added': a('minor'),
  'parameter-removed': b('major', 'parameter-removed'),
  'required-parameter-added': b('major', 'parameter-became-required'),
  'optional-parameter-added': a('minor'),
  'parameter-now-required': b('major', 'parameter-became-required'),
  'parameter-now-optional': a('patch'),
  'body-removed': b('major', 'request-body-removed'),
  'required-body-added': b('minor'),
  'optional-body-added': a('minor'),
  'body-now-required': b('major', 'request-body-became-required'),
  'body-now-optional': a('patch'),
  'response-removed': b('major', 'response-removed'),
  'response-added': a('minor'),
  'field-removed': b('patch'),
  'required-field-added': b('major', 'required-properties-added'),
  'field-added': a('minor'),
  'field-now-required': b('major', 'required-properties-added'),
  'field-now-optional': b('major', 'required-properties-removed'),
  'enum-value-removed': b('major', 'enum-values-removed'),
  'enum-value-added': a('major', 'enum-values-added'),
  'nullable-removed': b('patch'),
  'nullable-added': b('major', 'schema-type-changed'),
  'type-changed': b('major', 'schema-type-changed'),
  'type-narrowed': b('major', 'enum-values-removed'),
  'type-widened': a('patch'),
  'variant-removed': b('major', 'schema-combinator-changed'),
  'variant-added': a('minor'),
  'error-code-removed': b('none'),
  'error-code-renamed': b('none'),
  'error-code-added': a('none'),
  'pagination-removed': b('patch'),
  'pagination-changed': b('patch'),
  'pagination-added': a('minor'),
  'idempotency-changed': b('patch'),
};

interface RedoclyReport {
  readonly bump?: Bump;
  readonly changes: readonly { readonly verdicts: readonly { readonly ruleId: string }[] }[];
}

const run = promisify(execFile);
const redoclyCli = `${repositoryRoot}/node_modules/@redocly/cli/bin/cli.js`;

async function redoclyDiff(folder: string): Promise<RedoclyReport> {
  // It exits 1 on a major change, so the report is read whatever the exit code.
  const env = { ...process.env, REDOCLY_TELEMETRY: 'off', NO_COLOR: '1' };
  const result = await run(process.execPath, [redoclyCli, 'diff', 'old.yaml', 'new.yaml', '--format', 'json'], { cwd: folder, env }).catch((error: { stdout: string }) => error);
  return JSON.parse(result.stdout) as RedoclyReport;
}

const actual: Partial<Record<ChangeClass, Verdicts>> = {};
let directory: { path: string; remove: () => Promise<void> };

beforeAll(async () => {
  directory = await makeTempDir('diff-redocly');
  const queue = [...SPEC_PAIRS];
  // Two at a time: each Redocly run is a Node process of its own.
  const worker = async () => {
    for (let pair = queue.shift(); pair; pair = queue.shift()) {
      const folder = await writePair(directory.path, pair);
      const [ours, theirs] = await Promise.all([runDiff(['old.yaml', 'new.yaml', '--format', 'json'], folder), redoclyDiff(folder)]);
      const report = JSON.parse(ours.stdout) as DiffJson;
      actual[pair.class] = {
        specsmith: report.changes[0]?.kind ?? 'additive',
        redocly: theirs.changes.length === 0 ? 'none' : (theirs.bump ?? 'none'),
        rules: [...new Set(theirs.changes.flatMap((change) => change.verdicts.map((verdict) => verdict.ruleId)))],
      };
    }
  };
  await Promise.all([worker(), worker()]);
}, 240_000);
afterAll(async () => directory.remove());

const classesWhere = (table: Partial<Record<ChangeClass, Verdicts>>, test: (verdicts: Verdicts) => boolean): string[] =>
  Object.entries(table)
    .filter(([, verdicts]) => verdicts && test(verdicts))
    .map(([name]) => name)
    .sort();

describe('specsmith diff and redocly diff on the same spec pairs', () => {
  it('give the recorded verdicts for every class', () => {
    expect(actual).toEqual(TABLE);
  });

  it('agree that these break callers (Redocly: major)', () => {
    expect(classesWhere(actual, (verdicts) => verdicts.specsmith === 'breaking' && verdicts.redocly === 'major')).toEqual([
      'body-now-required',
      'body-removed',
      'enum-value-removed',
      'field-now-optional',
      'field-now-required',
      'nullable-added',
      'operation-moved',
      'operation-removed',
      'operation-renamed',
      'parameter-now-required',
      'parameter-removed',
      'required-field-added',
      'required-parameter-added',
      'response-removed',
      'type-changed',
      'type-narrowed',
      'variant-removed',
    ]);
  });

  it('differ where Redocly rates a breaking change minor or patch, or does not see it (x-error-codes is a root extension)', () => {
    expect(classesWhere(actual, (verdicts) => verdicts.specsmith === 'breaking' && verdicts.redocly !== 'major')).toEqual([
      'client-method-moved',
      'error-code-removed',
      'error-code-renamed',
      'field-removed',
      'idempotency-changed',
      'nullable-removed',
      'pagination-changed',
      'pagination-removed',
      'required-body-added',
    ]);
  });

  it('differ where Redocly rates an additive change major: an enum value added', () => {
    expect(classesWhere(actual, (verdicts) => verdicts.specsmith === 'additive' && verdicts.redocly === 'major')).toEqual(['enum-value-added']);
  });
});
