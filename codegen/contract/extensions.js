// The JSON Schema of every x- extension Specsmith reads, by extension name: the one
// description the lint rules validate against and specs/README.md's tables are produced from.
// Imported as JSON modules, so esbuild inlines them into the generator's bundle and Node,
// Redocly and vitest read them from here.
import bodyToken from './x-body-token.schema.json' with { type: 'json' };
import errorCodes from './x-error-codes.schema.json' with { type: 'json' };
import idempotent from './x-idempotent.schema.json' with { type: 'json' };
import pagination from './x-pagination.schema.json' with { type: 'json' };
import rateLimit from './x-rate-limit.schema.json' with { type: 'json' };
import retry from './x-retry.schema.json' with { type: 'json' };
import tokenPrefix from './x-token-prefix.schema.json' with { type: 'json' };

/** In the order specs/README.md describes them. */
export const extensionSchemas = {
  'x-error-codes': errorCodes,
  'x-pagination': pagination,
  'x-idempotent': idempotent,
  'x-body-token': bodyToken,
  'x-retry': retry,
  'x-rate-limit': rateLimit,
  'x-token-prefix': tokenPrefix,
};
