// The compact runtime encoding of client.gen.ts must expand to exactly the rows the model
// describes, createResources must route every method to its own row, and a row names the
// parameters its location's default style does not cover.
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { loadSpec } from '../../../codegen/src/load/load-spec.js';
import { buildApiModel } from '../../../codegen/src/model/api-model.js';
import { operationRow } from '../../../codegen/src/emit/operation-table.js';
import { runSpecsmith } from '../../support/run-specsmith.js';
import { makeTempDir } from '../../support/temp-dir.js';

const VENDORS = ['xurrent', 'xtremepush', 'altcraft', 'xtrakit', 'journeyapps'];

interface GeneratedClient {
  operationTable: Record<string, unknown>;
  createResources(call: (operation: unknown, init: unknown) => Promise<unknown>): Record<string, Record<string, (init?: object) => Promise<unknown>>>;
}

const generatedClient = (vendor: string) => import(`../../../generated/${vendor}/src/client.gen.ts`) as Promise<GeneratedClient>;

describe.each(VENDORS)('generated/%s/src/client.gen.ts', (vendor) => {
  it('expands its operation table to the rows of the model, in order', async () => {
    const spec = await loadSpec(`specs/${vendor}/openapi.yaml`, { requireErrorCatalogue: true });
    const { model } = buildApiModel(spec.document, spec.file);
    const client = await generatedClient(vendor);
    const expected = JSON.parse(JSON.stringify(Object.fromEntries(model.operations.map((operation) => [operation.identifier, operationRow(operation)]))));
    expect(Object.keys(client.operationTable)).toEqual(Object.keys(expected));
    expect(client.operationTable).toStrictEqual(expected);
  });

  it('sends every resource method with its own row', async () => {
    const spec = await loadSpec(`specs/${vendor}/openapi.yaml`, { requireErrorCatalogue: true });
    const { model } = buildApiModel(spec.document, spec.file);
    const client = await generatedClient(vendor);
    const sent: unknown[] = [];
    const resources = client.createResources(async (operation, init) => sent.push([operation, init]));
    for (const resource of model.resources) {
      expect(Object.keys(resources[resource.name] ?? {})).toEqual(resource.operations.map((operation) => operation.methodName));
      for (const operation of resource.operations) {
        const init = { marker: operation.identifier };
        await resources[resource.name]?.[operation.methodName]?.(init);
        expect(sent.pop()).toEqual([client.operationTable[operation.identifier], init]);
      }
    }
  });
});

// test/fixtures/specs/parameter-styles.yaml: every style, through a $ref, from the path item,
// and overridden by the operation; a row names only what its location's default does not cover.
describe('parameterStyles in the operation table (test/fixtures/specs/parameter-styles.yaml)', () => {
  let temp: { path: string; remove: () => Promise<void> };
  let table: Record<string, Record<string, unknown>>;
  beforeAll(async () => {
    temp = await makeTempDir('parameter-styles');
    const out = join(temp.path, 'styles');
    const result = await runSpecsmith(['generate', '--spec', 'test/fixtures/specs/parameter-styles.yaml', '--name', 'styles', '--out', out]);
    expect(result).toMatchObject({ exitCode: 0, stderr: '' });
    table = ((await import(join(out, 'src/client.gen.ts'))) as { operationTable: typeof table }).operationTable;
  });
  afterAll(async () => temp.remove());

  it('lists each non-default parameter, path-level ones first, with $refs followed', () => {
    expect(table['getThing']?.['parameterStyles']).toStrictEqual([
      { name: 'id', in: 'path', style: 'label', explode: false },
      { name: 'shared', in: 'query', style: 'pipeDelimited', explode: false },
      { name: 'filter', in: 'query', style: 'deepObject', explode: true },
      { name: 'ids', in: 'query', style: 'form', explode: false },
      { name: 'words', in: 'query', style: 'spaceDelimited', explode: true },
      { name: 'next', in: 'query', style: 'form', explode: true, allowReserved: true },
      { name: 'X-Tags', in: 'header', style: 'simple', explode: true },
      { name: 'session', in: 'cookie', style: 'form', explode: false },
    ]);
  });

  it('gives a matrix path its explode and ignores allowReserved outside the query', () => {
    expect(table['getThingPart']?.['parameterStyles']).toStrictEqual([{ name: 'id', in: 'path', style: 'matrix', explode: true }]);
  });

  it("carries JourneyApps' deepObject filter and sort into its generated table", async () => {
    const journeyapps = await generatedClient('journeyapps');
    expect((journeyapps.operationTable['listObjects'] as Record<string, unknown>)['parameterStyles']).toStrictEqual([
      { name: 'q', in: 'query', style: 'deepObject', explode: true },
      { name: 'sort', in: 'query', style: 'deepObject', explode: true },
    ]);
  });

  it.each([
    ['replaceThing', 'its own default-style parameters replace the path-level styled ones'],
    ['listPlain', 'a default-style query parameter'],
  ])('%s has no parameterStyles: %s', (operationId) => {
    expect(table[operationId]).toBeDefined();
    expect(Object.keys(table[operationId] ?? {})).not.toContain('parameterStyles');
  });
});
