// specsmith/idempotent, specsmith/retry and specsmith/rate-limit: extensions whose schema says
// everything there is to check.
import { checkAgainstSchema } from '../schema-check.js';

export function Idempotent() {
  return {
    Operation(operation, { report, location }) {
      const value = operation['x-idempotent'];
      if (value !== undefined) checkAgainstSchema('x-idempotent', value, { report, location: location.child(['x-idempotent']) });
    },
  };
}

/** A rule checking the root extension `extension` against its schema when the spec has it. */
function rootExtensionRule(extension) {
  return () => ({
    Root(root, { report, location }) {
      const value = root[extension];
      if (value !== undefined) checkAgainstSchema(extension, value, { report, location: location.child([extension]) });
    },
  });
}

export const Retry = rootExtensionRule('x-retry');
export const RateLimit = rootExtensionRule('x-rate-limit');
