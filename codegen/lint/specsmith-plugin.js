// Redocly lint plugin: checks the x- extensions Specsmith reads so a malformed one is a lint
// error at the offending key, before any code is generated. Each extension's value is
// validated against its JSON Schema in ../contract/ with Ajv (schema-check.js): one schema per
// extension is what the rules, the generator and specs/README.md's tables all read, and Ajv is
// a maintained JSON Schema 2020-12 validator, so the checks are not hand-written copies of it.
// The rules add only what a schema cannot express (cross references, uniqueness, wording).
// Plain JavaScript (ESM) because Redocly CLI loads plugins without a TypeScript step.
import { BodyToken } from './rules/body-token.js';
import { ErrorCodes } from './rules/error-codes.js';
import { OperationExample, SingleTag } from './rules/operation-shape.js';
import { Pagination } from './rules/pagination.js';
import { Idempotent, RateLimit, Retry } from './rules/policies.js';
import { TokenPrefix } from './rules/token-prefix.js';

export default function specsmithPlugin() {
  return {
    id: 'specsmith',
    rules: {
      oas3: {
        'error-codes': ErrorCodes,
        pagination: Pagination,
        idempotent: Idempotent,
        'body-token': BodyToken,
        retry: Retry,
        'rate-limit': RateLimit,
        'token-prefix': TokenPrefix,
        'operation-example': OperationExample,
        'single-tag': SingleTag,
      },
    },
  };
}
