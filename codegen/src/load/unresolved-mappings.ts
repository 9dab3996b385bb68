// A discriminator `mapping` entry only says which value of the property names which schema;
// the union itself is the `oneOf`/`anyOf` members, whose refs must still resolve. So an entry
// whose target cannot be resolved (often a file the spec's authors did not publish) is dropped
// with a located warning instead of stopping generation, as Redocly's lint would.
import type { Document, NormalizedProblem } from '@redocly/openapi-core';
import type { SpecProblem } from '../problems.js';
import { isObject, valueAt } from '../model/json-ref.js';

export interface UnresolvedMapping {
  /** The mapping object holding the entry, in the parsed document it was read from. */
  readonly mapping: Record<string, unknown>;
  readonly value: string;
  readonly ref: string;
}

const MAPPING_ENTRY = /^(.*\/discriminator\/mapping)\/([^/]+)$/;

const unescapePointerPart = (part: string) => decodeURIComponent(part).replace(/~1/g, '/').replace(/~0/g, '~');

/** Lint's unresolved-ref problems that are discriminator mapping entries, keyed by problem. */
export async function findUnresolvedMappings(
  problems: readonly NormalizedProblem[],
  fileOf: (absoluteRef: string) => Promise<Document | undefined>,
): Promise<Map<NormalizedProblem, UnresolvedMapping>> {
  const found = new Map<NormalizedProblem, UnresolvedMapping>();
  for (const problem of problems) {
    const where = problem.location[0];
    if (problem.ruleId !== 'no-unresolved-refs' || !where || typeof where.pointer !== 'string') continue;
    const match = MAPPING_ENTRY.exec(where.pointer);
    if (!match) continue;
    const mapping = valueAt((await fileOf(where.source.absoluteRef))?.parsed, match[1] ?? '');
    const value = unescapePointerPart(match[2] ?? '');
    const ref = isObject(mapping) ? mapping[value] : undefined;
    if (isObject(mapping) && typeof ref === 'string') found.set(problem, { mapping, value, ref });
  }
  return found;
}

/** The lint problem, located as it was, restated as the warning for the dropped entry. */
export function droppedMappingWarning(located: SpecProblem, entry: UnresolvedMapping): SpecProblem {
  // Redocly's message is "Can't resolve $ref" with the file system's reason, if any, after a colon.
  const reason = /^Can't resolve \$ref: (.+)$/.exec(located.message)?.[1];
  return {
    ...located,
    severity: 'warning',
    message: `Discriminator mapping "${entry.value}" points at '${entry.ref}', which cannot be resolved${reason ? ` (${reason})` : ''}; the entry is dropped.`,
    hint: 'Point the entry at a schema that exists (a $ref: file and JSON pointer), or remove it; the oneOf/anyOf members make up the union either way.',
  };
}

export function dropMappingEntries(entries: Iterable<UnresolvedMapping>): void {
  for (const { mapping, value } of entries) delete mapping[value];
}
