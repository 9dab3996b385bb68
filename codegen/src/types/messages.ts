// The wording of every warning the type emitter gives, in one place, so tests can assert the
// exact text and a reader finds what each one means.

export const messages = {
  externalRef: (ref: string) => `$ref "${ref}" points outside the bundled document, so it cannot be typed; typed unknown.`,
  unresolvedRef: (ref: string) => `$ref "${ref}" points at nothing in the document; typed unknown.`,
  refCycle: (ref: string) => `$ref "${ref}" refers back to itself through schemas that have no component name to refer to; the repeat is typed unknown.`,
  unknownType: (type: string) => `Unknown schema type "${type}" (expected string, number, integer, boolean, array, object or null); typed unknown.`,
  notASchema: (found: string) => `Expected a schema (an object or a boolean), found ${found}; typed unknown.`,
  notAParameter: () => "Expected a parameter object with `name` and `in`; left out of the operation's parameters.",
  duplicateOperationId: (id: string) => `operationId "${id}" is used by an earlier operation too; this one is typed in place instead of in \`operations\`.`,
} as const;

/** How a value that is not a schema is described in a warning. */
export function describeValue(value: unknown): string {
  if (value === null) return 'null';
  if (Array.isArray(value)) return 'an array';
  if (typeof value === 'string') return `the string ${JSON.stringify(value)}`;
  return `a ${typeof value}`;
}
