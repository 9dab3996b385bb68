// Named types for each operation in `operations`, so application code can write
// `ListPetsData` instead of indexing: `<Name>Parameters`, `<Name>Body` (the request body,
// JSON media type first), `<Name>Data` (the union of its 2xx JSON bodies) and `<Name>Error`
// (the union of its other JSON bodies), where <Name> is the operationId in PascalCase. A name
// that is taken (a component schema's name, one of the file's own exports, or an earlier
// alias) gets `Operation` before its suffix, then a counter: deterministic, in document order.
import type { OperationSummary } from './context.js';
import type { TypeWriter } from './printer.js';
import { access, generic, union, type TypeNode } from './type-nodes.js';

const RESERVED = ['paths', 'webhooks', 'components', '$defs', 'operations'];

/** `list-pets_v2` → `ListPetsV2`; a name starting with a digit gets a leading underscore. */
function pascalCase(text: string): string {
  const name = text
    .split(/[^A-Za-z0-9]+/)
    .filter((part) => part.length > 0)
    .map((part) => part[0]?.toUpperCase() + part.slice(1))
    .join('');
  return /^[0-9]/.test(name) ? `_${name}` : name || '_';
}

function statusTypes(statuses: OperationSummary['success'], id: string): TypeNode {
  return union(statuses.map(([status, mediaType]) => access('operations', [id, 'responses', status, 'content', mediaType])));
}

/** The request body's type; an optional body is indexed through NonNullable. */
function bodyType(id: string, body: NonNullable<OperationSummary['body']>): TypeNode {
  if (body.required) return access('operations', [id, 'requestBody', 'content', body.mediaType]);
  return access(generic('NonNullable', [access('operations', [id, 'requestBody'])]), ['content', body.mediaType]);
}

export function writeOperationAliases(summaries: Iterable<OperationSummary>, schemaNames: readonly string[], writer: TypeWriter): void {
  const taken = new Set([...RESERVED, ...schemaNames]);
  const claim = (base: string, suffix: string): string => {
    let name = `${base}${suffix}`;
    if (taken.has(name)) name = `${base}Operation${suffix}`;
    for (let counter = 2; taken.has(name); counter += 1) name = `${base}Operation${suffix}_${counter}`;
    taken.add(name);
    return name;
  };
  const alias = (name: string, type: TypeNode) => {
    // A union of several bodies reads better one member a line.
    if (type.kind === 'union' && type.members.length > 1) {
      writer.write(`export type ${name} =`);
      for (const member of type.members) {
        writer.write('\n    | ');
        writer.writeType(member, 1);
      }
      writer.write(';\n');
      return;
    }
    writer.write(`export type ${name} = `);
    writer.writeType(type, 0);
    writer.write(';\n');
  };
  for (const summary of summaries) {
    const id = summary.operationId;
    const base = pascalCase(id);
    alias(claim(base, 'Parameters'), access('operations', [id, 'parameters']));
    if (summary.body) alias(claim(base, 'Body'), bodyType(id, summary.body));
    if (summary.success.length > 0) alias(claim(base, 'Data'), statusTypes(summary.success, id));
    if (summary.failure.length > 0) alias(claim(base, 'Error'), statusTypes(summary.failure, id));
  }
}
