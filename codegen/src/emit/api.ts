// Emits src/api.gen.ts: the package's `api`, everything it tells the runtime in the contract's
// `GeneratedApi` shape, which core's `createClient(api, options)` takes. Its own file, because
// it gathers client.gen.ts and errors.gen.ts, which must not import each other. The annotation
// type-checks every part against the contract, so a generator change that breaks the shape
// fails the package's build rather than a user's call.
import type { ApiModel } from '../model/api-model.js';
import { exportedConst, literal, objectBlock } from './literal.js';
import { printStatements } from './print.js';

const IMPORTS = `import type { GeneratedApi } from '@specsmith/core/contract';
import { createResources, operationTable, securitySchemes, servers, vendorPolicy, type Resources } from './client.gen.js';
import { errorCatalogue, errorCodeInfo, type ErrorCode } from './errors.gen.js';
import type { paths } from './schema.gen.js';`;

export function emitApi(model: ApiModel, header: string): string {
  const fields = [
    `title: ${literal(model.title)},`,
    'operations: operationTable,',
    'createResources,',
    'errors: { catalogue: errorCatalogue, codes: errorCodeInfo },',
    'policy: vendorPolicy,',
    'servers,',
    'securitySchemes,',
  ];
  return printStatements(header, [
    IMPORTS,
    { blankBefore: true },
    exportedConst(
      "Everything this package tells the runtime: pass it to @specsmith/core's createClient(api, options).",
      'api: GeneratedApi<Resources, typeof operationTable, paths, ErrorCode>',
      objectBlock(fields),
    ),
  ]);
}
