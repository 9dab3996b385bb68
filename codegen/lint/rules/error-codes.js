// specsmith/error-codes: x-error-codes against its schema, then what the schema cannot say:
// codes and names unique in the list, and with `in: status` each code equal to its status.
import { checkAgainstSchema } from '../schema-check.js';
import { isObject } from '../values.js';

/** Reports a code or name that an earlier entry already has, pointing at the repeat, in list order. */
function reportRepeats(codes, at, report) {
  const first = { code: new Map(), name: new Map() };
  codes.forEach((entry, index) => {
    if (!isObject(entry)) return;
    for (const key of ['code', 'name']) {
      const value = entry[key];
      if (value === undefined || typeof value === 'object') continue;
      if (first[key].has(value)) {
        report({ message: `x-error-codes.codes[${index}].${key} ${JSON.stringify(value)} repeats codes[${first[key].get(value)}].`, location: at.child(['codes', index, key]) });
      } else {
        first[key].set(value, index);
      }
    }
  });
}

/** Options: `required: true` makes a missing catalogue an error (vendor specs must have one). */
export function ErrorCodes(options = {}) {
  return {
    Root(root, { report, location }) {
      const value = root['x-error-codes'];
      const at = location.child(['x-error-codes']);
      if (value === undefined) {
        if (options.required) report({ message: 'The spec has no x-error-codes catalogue (see specs/README.md).', location: location.key() });
        return;
      }
      checkAgainstSchema('x-error-codes', value, { report, location: at });
      if (!isObject(value) || !Array.isArray(value.codes)) return;
      reportRepeats(value.codes, at, report);
      if (value.in !== 'status') return;
      value.codes.forEach((entry, index) => {
        if (isObject(entry) && Number.isInteger(entry.code) && Number.isInteger(entry.status) && entry.code !== entry.status) {
          report({ message: `x-error-codes.codes[${index}]: with in "status" the code is the HTTP status, so code and status must be equal.`, location: at.child(['codes', index, 'status']) });
        }
      });
    },
  };
}
