// Specs as users bring them to `specsmith generate --spec` (test/fixtures/user-specs/): saved
// with a UTF-8 byte-order mark, a discriminator mapping entry naming a file that is not
// there, and `$ref`s into `#/paths` reusing another operation's parameters, bodies and
// responses. Each gives its exact result: exit code, messages with their locations, and types.
import { cp, readFile, readdir, writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { runSpecsmith, withoutTimes } from '../support/run-specsmith.js';
import { linkNodeModules, makeTempDir } from '../support/temp-dir.js';
import { typeCheck } from '../support/type-check.js';

const fixture = (name: string) => `test/fixtures/user-specs/${name}`;

let temp: { path: string; remove: () => Promise<void> };
beforeAll(async () => {
  temp = await makeTempDir('user-specs');
});
afterAll(async () => temp.remove());

const generate = (spec: string, name: string) => runSpecsmith(['generate', '--spec', spec, '--name', name, '--out', join(temp.path, name)]);
const schemaOf = (name: string) => readFile(join(temp.path, name, 'src/schema.gen.ts'), 'utf8');

describe('a spec saved with a UTF-8 byte-order mark', () => {
  it.each(['bom.json', 'bom-bad.json', 'bom-unresolved-ref.yaml', 'bom-external/pet.yaml'])('fixture %s really starts with one', async (name) => {
    expect([...(await readFile(fixture(name))).subarray(0, 3)]).toEqual([0xef, 0xbb, 0xbf]);
  });

  it('generates from JSON as from the same file without the mark', async () => {
    const result = await generate(fixture('bom.json'), 'bom');
    expect(result.stderr).toBe('');
    expect(result.exitCode).toBe(0);
    expect(withoutTimes(result.stdout)).toBe('bom          written  1 operations  10 files  <t> ms\n');
    expect(await schemaOf('bom')).toContain('    schemas: {\n        Pet: {\n            name: string;\n        };\n    };\n');
  });

  it('generates from a large JSON file with a byte-order mark', async () => {
    const spec = JSON.parse((await readFile(fixture('bom.json'), 'utf8')).slice(1)) as { info: { description?: string } };
    spec.info.description = 'x'.repeat(1_100_000);
    const file = join(temp.path, 'large-bom.json');
    await writeFile(file, `\uFEFF${JSON.stringify(spec)}`);
    const result = await generate(file, 'large-bom');
    expect(result.stderr).toBe('');
    expect(result.exitCode).toBe(0);
    expect(await schemaOf('large-bom')).toContain('    schemas: {\n        Pet: {\n            name: string;\n        };\n    };\n');
  });

  it.each([
    ['bom-bad.json', "test/fixtures/user-specs/bom-bad.json:4:14 error [parse] Invalid JSON: Expected property name or '}' in JSON at position 105.\n  fix: Fix the JSON syntax at that position."],
    [
      'bom-unresolved-ref.yaml',
      "test/fixtures/user-specs/bom-unresolved-ref.yaml:12:23 at #/paths/~1a/get/responses/200/content/application~1json/schema error [no-unresolved-refs] Can't resolve $ref '#/components/schemas/Missing'\n  fix: Point the $ref at an existing file and JSON pointer (a local ref starts with #/components/...).",
    ],
    [
      'bom-external/openapi.yaml',
      "test/fixtures/user-specs/bom-external/pet.yaml:3:10 at #/properties/owner error [no-unresolved-refs] Can't resolve $ref '#/Owner'\n  fix: Point the $ref at an existing file and JSON pointer (a local ref starts with #/components/...).",
    ],
  ])('%s: the error points at the line and column an editor shows', async (name, message) => {
    const out = join(temp.path, 'bad');
    const result = await runSpecsmith(['generate', '--spec', fixture(name), '--name', 'bad', '--out', out]);
    expect(result.stderr).toBe(`${message}\nspecsmith: generation failed with 1 error; nothing was written.\n`);
    expect(result.exitCode).toBe(1);
    expect(await readdir(out).catch(() => [])).toEqual([]);
  });
});

describe('a discriminator mapping entry naming a file that is not there', () => {
  it('is dropped with a located warning; the oneOf members still make the union', async () => {
    const result = await generate(fixture('discriminator-mapping/openapi.yaml'), 'mapping');
    expect(result.stderr).toBe(
      [
        "test/fixtures/user-specs/discriminator-mapping/openapi.yaml:24:17 at #/components/schemas/Pet/discriminator/mapping/bird warning [no-unresolved-refs] Discriminator mapping \"bird\" points at './bird.yaml', which cannot be resolved (ENOENT: no such file or directory '<root>/test/fixtures/user-specs/discriminator-mapping/bird.yaml'); the entry is dropped.",
        '  fix: Point the entry at a schema that exists (a $ref: file and JSON pointer), or remove it; the oneOf/anyOf members make up the union either way.',
        '',
      ].join('\n'),
    );
    expect(result.exitCode).toBe(0);
    expect(withoutTimes(result.stdout)).toBe('mapping      written  1 operations  10 files  <t> ms\n');
    const enumOf = (value: string) => `            kind: "${value}";\n`;
    expect(await schemaOf('mapping')).toContain(
      [
        '    schemas: {',
        '        Pet: components["schemas"]["cat"] | components["schemas"]["Dog"];',
        '        Dog: {',
        `${enumOf('dog')}            barks: boolean;`,
        '        };',
        '        cat: {',
        `${enumOf('cat')}            meows: boolean;`,
        '        };',
        '    };',
      ].join('\n'),
    );
  });

  // Without cat.yaml the spec needs no bundling: the other way a spec is loaded.
  it.each([
    ['as it is', (text: string) => text],
    ['with every oneOf member in the file itself', (text: string) => text.replace(/^.*'\.\/cat\.yaml'\n/gm, '')],
  ])('regenerates once the missing file appears (the cache counts it as an input), %s', async (_, edit) => {
    const project = await makeTempDir('mapping-project');
    try {
      await cp(fixture('discriminator-mapping'), project.path, { recursive: true });
      const spec = join(project.path, 'openapi.yaml');
      await writeFile(spec, edit(await readFile(spec, 'utf8')));
      const out = join(project.path, 'out');
      const run = () => runSpecsmith(['generate', '--spec', spec, '--name', 'cached', '--out', out]);
      const first = await run();
      expect(first.exitCode).toBe(0);
      expect(first.stderr).toContain('warning [no-unresolved-refs] Discriminator mapping "bird" points at');
      expect(withoutTimes((await run()).stdout)).toBe('cached       unchanged (cache)  10 files  <t> ms\n');
      await writeFile(join(project.path, 'bird.yaml'), 'type: object\nrequired: [kind]\nproperties:\n  kind: { type: string }\n');
      const third = await run();
      expect(third).toMatchObject({ exitCode: 0, stderr: '' });
      expect(withoutTimes(third.stdout)).toBe('cached       written  1 operations  10 files  <t> ms\n  cached: no change to the client surface\n');
    } finally {
      await project.remove();
    }
  });
});

describe('$refs into #/paths (parameters, bodies, responses and schemas of another operation)', () => {
  it('generates, warning that a reused path item repeats its operationId and where a recursive schema reached through #/paths repeats', async () => {
    const result = await generate(fixture('paths-refs.yaml'), 'paths-refs');
    expect(result.stderr).toBe(
      [
        'test/fixtures/user-specs/paths-refs.yaml at #/paths/~1animals~1{id}/get/operationId warning [operation-name-collision] operationId "getPet" maps to the same identifier as an earlier operation; using "getPet2".',
        'test/fixtures/user-specs/paths-refs.yaml at #/paths/~1tree/get/responses/200/content/application~1json/schema/properties/children/items warning [types] $ref "#/paths/~1tree/get/responses/200/content/application~1json/schema" refers back to itself through schemas that have no component name to refer to; the repeat is typed unknown.',
        '',
      ].join('\n'),
    );
    expect(result.exitCode).toBe(0);
    expect(withoutTimes(result.stdout)).toBe('paths-refs   written  6 operations  10 files  <t> ms\n');
  });

  it('types each reuse as its target', async () => {
    const schema = await schemaOf('paths-refs');
    const copyPet = [
      '    copyPet: {',
      '        parameters: {',
      '            query?: {',
      '                verbose?: boolean;',
      '            };',
      '            header?: {',
      '                "X-Trace"?: string;',
      '            };',
      '            path: {',
      '                id: string;',
      '            };',
      '            cookie?: never;',
      '        };',
      '        requestBody?: {',
      '            content: {',
      '                "application/json": {',
      '                    id: string;',
      '                    tags?: string[];',
      '                };',
      '            };',
      '        };',
      '        responses: {',
      '            /** @description the copy */',
      '            201: {',
      '                headers: {',
      '                    [name: string]: unknown;',
      '                };',
      '                content: {',
      '                    "application/json": {',
      '                        id: string;',
      '                        tags?: string[];',
      '                    };',
      '                };',
      '            };',
      '            /** @description error */',
      '            default: {',
      '                headers: {',
      '                    [name: string]: unknown;',
      '                };',
      '                content: {',
      '                    "application/json": {',
      '                        message?: string;',
      '                    };',
      '                };',
      '            };',
      '        };',
      '    };',
    ].join('\n');
    expect(schema).toContain(copyPet);
    expect(schema).toContain('                content: {\n                    "application/json": string[];\n                };\n');
    // A whole path item is the one ref into #/paths the transform already types right.
    // A recursive schema reached through #/paths: one level copied, its repeat is any value.
    expect(schema).toContain(
      [
        '                    "application/json": {',
        '                        id?: string;',
        '                        children?: {',
        '                            id?: string;',
        '                            children?: unknown[];',
        '                        }[];',
        '                    };',
      ].join('\n'),
    );
    expect(schema).toContain('    "/animals/{id}": paths["/pets/{id}"];\n');
    expect(schema.match(/paths\["[^\n]*/g)).toEqual(['paths["/pets/{id}"];']);
  });

  it('type-checks under strict tsc', async () => {
    const out = join(temp.path, 'paths-refs');
    await linkNodeModules(out);
    const result = await typeCheck(out);
    expect(result.output).toBe('');
    expect(result.ok).toBe(true);
  });
});

describe('a split spec whose resource file does not parse', () => {
  it('gives the one syntax error at its file, line and column, not a failed $ref per path', async () => {
    const out = join(temp.path, 'split-broken');
    const result = await runSpecsmith(['generate', '--spec', fixture('split-broken/openapi.yaml'), '--name', 'split-broken', '--out', out]);
    expect(result.stderr).toBe(
      'test/fixtures/user-specs/split-broken/paths/things.yaml:5:5 error [parse] Invalid YAML: deficient indentation.\n' +
        '  fix: Fix the YAML syntax (indentation, quotes, colons) at that position.\n' +
        'specsmith: generation failed with 1 error; nothing was written.\n',
    );
    expect(result.exitCode).toBe(1);
    await expect(readdir(out)).rejects.toThrow('ENOENT');
  });
});
