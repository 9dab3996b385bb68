// The compact runtime encoding of client.gen.ts must expand to exactly the rows the model
// describes, and createResources must route every method to its own row.
import { describe, expect, it } from 'vitest';
import { loadSpec } from '../../../codegen/src/load/load-spec.js';
import { buildApiModel } from '../../../codegen/src/model/api-model.js';
import { operationRow } from '../../../codegen/src/emit/operation-table.js';

const VENDORS = ['xurrent', 'xtremepush', 'altcraft', 'xtrakit', 'journeyapps'];

interface GeneratedClient {
  operationTable: Record<string, unknown>;
  createResources(call: (operation: unknown, init: unknown) => Promise<unknown>): Record<string, Record<string, (init?: object) => Promise<unknown>>>;
}

describe.each(VENDORS)('generated/%s/src/client.gen.ts', (vendor) => {
  it('expands its operation table to the rows of the model, in order', async () => {
    const spec = await loadSpec(`specs/${vendor}/openapi.yaml`, { requireErrorCatalogue: true });
    const { model } = buildApiModel(spec.document, spec.file);
    const client = (await import(`../../../generated/${vendor}/src/client.gen.ts`)) as GeneratedClient;
    const expected = JSON.parse(JSON.stringify(Object.fromEntries(model.operations.map((operation) => [operation.identifier, operationRow(operation)]))));
    expect(Object.keys(client.operationTable)).toEqual(Object.keys(expected));
    expect(client.operationTable).toStrictEqual(expected);
  });

  it('sends every resource method with its own row', async () => {
    const spec = await loadSpec(`specs/${vendor}/openapi.yaml`, { requireErrorCatalogue: true });
    const { model } = buildApiModel(spec.document, spec.file);
    const client = (await import(`../../../generated/${vendor}/src/client.gen.ts`)) as GeneratedClient;
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
