// runDiffCommand as a user meets it: usage errors (exit 2), specs that do not load (located,
// exit 2), no change (exit 0), several changes (breaking first), and the JSON shape.
import { copyFile, mkdir, writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { DIFF_USAGE } from '../../../codegen/src/diff/diff-command.js';
import type { DiffJson } from '../../../codegen/src/diff/report-json.js';
import { makeTempDir } from '../../support/temp-dir.js';
import { runDiff } from './run-diff.js';
import { BASE_SPEC, newSpecText, SPEC_PAIRS } from './spec-pairs.js';

let directory: { path: string; remove: () => Promise<void> };
beforeAll(async () => {
  directory = await makeTempDir('diff-command');
  await copyFile(BASE_SPEC, join(directory.path, 'old.yaml'));
  await writeFile(
    join(directory.path, 'broken.yaml'),
    'openapi: 3.1.0\ninfo: { title: Broken, version: "1" }\npaths:\n  /a:\n    get:\n      responses:\n        "200":\n          description: ok\n          content:\n            application/json:\n              schema: { $ref: "#/components/schemas/Missing" }\n',
  );
  await writeFile(join(directory.path, 'bad.yaml'), 'a: [\n');
  // Three changes at once: an enum value removed, an operation added, a required field added.
  const pairs = ['enum-value-removed', 'operation-added', 'required-field-added'].map((name) => SPEC_PAIRS.find((pair) => pair.class === name));
  const edits = pairs.flatMap((pair) => pair?.edits ?? []);
  await writeFile(join(directory.path, 'several.yaml'), newSpecText({ class: 'operation-added', edits }));
});
afterAll(async () => directory.remove());

const usage = 'specsmith diff <old-spec> <new-spec> [--format text|json]';

describe('runDiffCommand usage errors', () => {
  it.each([
    [[], `specsmith diff: diff takes two spec files, got 0: ${usage}.\n`],
    [['old.yaml'], `specsmith diff: diff takes two spec files, got 1: ${usage}.\n`],
    [['old.yaml', 'old.yaml', 'old.yaml'], `specsmith diff: diff takes two spec files, got 3: ${usage}.\n`],
    [['old.yaml', 'old.yaml', '--format', 'xml'], 'specsmith diff: --format "xml" is not a format. Valid formats: text, json.\n'],
    [['old.yaml', 'old.yaml', '--verbose'], "specsmith diff: Unknown option '--verbose'. Valid options: --format, --help.\n"],
  ])('%j exits 2 with the reason', async (argv, stderr) => {
    expect(await runDiff(argv, directory.path)).toEqual({ exitCode: 2, stdout: '', stderr });
  });

  it('--help prints the usage and exits 0', async () => {
    expect(await runDiff(['--help'], directory.path)).toEqual({ exitCode: 0, stdout: DIFF_USAGE, stderr: '' });
  });
});

describe('runDiffCommand with a spec that does not load', () => {
  it('names each missing file as a located problem and exits 2', async () => {
    const result = await runDiff(['gone-a.yaml', 'gone-b.yaml'], directory.path);
    const problem = (file: string) => `${file} error [read] The spec file does not exist.\n  fix: Check the path: specsmith diff <old-spec> <new-spec>.\n`;
    expect(result).toEqual({ exitCode: 2, stdout: '', stderr: problem('gone-a.yaml') + problem('gone-b.yaml') });
  });

  it('reports an unresolved $ref with its line, column and pointer', async () => {
    const result = await runDiff(['old.yaml', 'broken.yaml'], directory.path);
    expect(result).toEqual({
      exitCode: 2,
      stdout: '',
      stderr:
        "broken.yaml:11:23 at #/paths/~1a/get/responses/200/content/application~1json/schema error [no-unresolved-refs] Can't resolve $ref '#/components/schemas/Missing'\n" +
        '  fix: Point the $ref at an existing file and JSON pointer (a local ref starts with #/components/...).\n',
    });
  });

  it('reports invalid YAML where it is', async () => {
    const result = await runDiff(['bad.yaml', 'old.yaml'], directory.path);
    expect(result).toEqual({
      exitCode: 2,
      stdout: '',
      stderr: 'bad.yaml:3:2 error [parse] Invalid YAML: deficient indentation.\n  fix: Fix the YAML syntax (indentation, quotes, colons) at that position.\n',
    });
  });
});

/** A spec split like the vendor specs: the path item and the schema in files of their own. */
async function writeSplitSpec(folder: string, options: { readonly limitRequired: boolean; readonly idType: string }): Promise<void> {
  await mkdir(join(folder, 'paths'), { recursive: true });
  await mkdir(join(folder, 'components'), { recursive: true });
  await writeFile(join(folder, 'openapi.yaml'), "openapi: 3.1.0\ninfo: { title: Split, version: '1' }\npaths:\n  /things:\n    $ref: 'paths/things.yaml#/~1things'\n");
  await writeFile(
    join(folder, 'paths', 'things.yaml'),
    `/things:\n  get:\n    operationId: listThings\n    parameters:\n      - { name: limit, in: query, required: ${options.limitRequired}, schema: { type: integer } }\n    responses:\n      '200':\n        description: The things.\n        content:\n          application/json:\n            schema: { $ref: '../components/things.yaml#/schemas/Thing' }\n`,
  );
  await writeFile(join(folder, 'components', 'things.yaml'), `schemas:\n  Thing:\n    type: object\n    properties:\n      id: { type: ${options.idType} }\n`);
}

describe('runDiffCommand on a spec split into files', () => {
  it('locates each change in the file that holds it, with the pointer inside that file', async () => {
    await writeSplitSpec(join(directory.path, 'split-old'), { limitRequired: false, idType: 'integer' });
    await writeSplitSpec(join(directory.path, 'split-new'), { limitRequired: true, idType: 'string' });
    const result = await runDiff(['split-old/openapi.yaml', 'split-new/openapi.yaml'], directory.path);
    expect(result.stdout.split('\n')).toEqual([
      'split-old/openapi.yaml -> split-new/openapi.yaml: 2 breaking, 0 additive',
      'BREAKING  query parameter limit of listThings (GET /things) is now required  (split-new/paths/things.yaml:5:9 at #/~1things/get/parameters/0)',
      'BREAKING  type of schema Thing field id changed from integer to string (used by listThings)  (split-new/components/things.yaml:5:19 at #/schemas/Thing/properties/id/type)',
      '',
    ]);
    const json = await runDiff(['split-old/openapi.yaml', 'split-new/openapi.yaml', '--format', 'json'], directory.path);
    expect((JSON.parse(json.stdout) as DiffJson).changes.map((change) => change.location)).toEqual([
      { side: 'new', file: 'split-new/paths/things.yaml', pointer: '#/~1things/get/parameters/0', line: 5, column: 9 },
      { side: 'new', file: 'split-new/components/things.yaml', pointer: '#/schemas/Thing/properties/id/type', line: 5, column: 19 },
    ]);
  });
});

describe('runDiffCommand reports', () => {
  it('says when nothing changed, and exits 0', async () => {
    expect(await runDiff(['old.yaml', 'old.yaml'], directory.path)).toEqual({ exitCode: 0, stdout: 'old.yaml -> old.yaml: no change to the client surface\n', stderr: '' });
  });

  it('lists breaking changes first, a named schema once with the operations using it', async () => {
    const result = await runDiff(['old.yaml', 'several.yaml'], directory.path);
    expect(result.exitCode).toBe(1);
    expect(result.stdout.split('\n')).toEqual([
      'old.yaml -> several.yaml: 2 breaking, 1 additive',
      'BREAKING  removed enum value "in_progress" from schema Status (used by listRequests, createRequest, getRequest, closeRequest, searchRequests)  (old.yaml:104:20 at #/components/schemas/Status/enum/1)',
      'BREAKING  added required field priority to schema RequestInput (used by createRequest)  (several.yaml:138:19 at #/components/schemas/RequestInput/properties/priority)',
      'additive  added operation listNotes (GET /requests/{id}/notes)  (several.yaml:83:7 at #/paths/~1requests~1{id}~1notes/get)',
      '',
    ]);
  });

  it('--format json gives the documented shape', async () => {
    const result = await runDiff(['old.yaml', 'several.yaml', '--format', 'json'], directory.path);
    expect(result.exitCode).toBe(1);
    expect(JSON.parse(result.stdout)).toEqual({
      format: 'specsmith-diff/1',
      old: 'old.yaml',
      new: 'several.yaml',
      impact: 'breaking',
      breaking: 2,
      additive: 1,
      changes: [
        {
          kind: 'breaking',
          class: 'enum-value-removed',
          operations: ['listRequests', 'createRequest', 'getRequest', 'closeRequest', 'searchRequests'],
          schema: 'Status',
          message: 'removed enum value "in_progress" from schema Status',
          location: { side: 'old', file: 'old.yaml', pointer: '#/components/schemas/Status/enum/1', line: 104, column: 20 },
        },
        {
          kind: 'breaking',
          class: 'required-field-added',
          operations: ['createRequest'],
          schema: 'RequestInput',
          message: 'added required field priority to schema RequestInput',
          location: { side: 'new', file: 'several.yaml', pointer: '#/components/schemas/RequestInput/properties/priority', line: 138, column: 19 },
        },
        {
          kind: 'additive',
          class: 'operation-added',
          operations: ['listNotes'],
          schema: null,
          message: 'added operation listNotes (GET /requests/{id}/notes)',
          location: { side: 'new', file: 'several.yaml', pointer: '#/paths/~1requests~1{id}~1notes/get', line: 83, column: 7 },
        },
      ],
    });
  });
});
