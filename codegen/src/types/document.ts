// Writes the whole of schema.gen.ts in openapi-typescript's layout, which the generated
// client, packages/core and the wrappers index into: `paths`, `webhooks`, `components`,
// `$defs` and `operations`, then the named per-operation types. Each root is written member
// by member as it is typed, so no tree for the whole document is held at once.
import { createContext, createResolver, isObject, type Json, type TypesContext } from './context.js';
import { writeComponents } from './components-object.js';
import { scanDiscriminators } from './discriminators.js';
import { docItems } from './jsdoc.js';
import { child } from './json-pointer.js';
import { writeOperationAliases } from './operation-aliases.js';
import { pathItemKeys, writePathItems } from './paths-object.js';
import { TypeWriter } from './printer.js';
import { transformSchema } from './schema-object.js';
import { property } from './type-nodes.js';

function emptyRoot(writer: TypeWriter, name: string): void {
  writer.write(`export type ${name} = Record<string, never>;\n`);
}

function writeRoot(writer: TypeWriter, name: string, hasMembers: boolean, members: (writer: TypeWriter) => void): void {
  if (!hasMembers) {
    emptyRoot(writer, name);
    return;
  }
  writer.write(`export interface ${name} {\n`);
  members(writer);
  writer.write('}\n');
}

/** Top-level `$defs` (JSON Schema 2020-12), which `#/$defs/<name>` refs index into. */
function writeDefs(defs: Json, ctx: TypesContext, writer: TypeWriter): void {
  const defsPath = child(undefined, '$defs');
  for (const name of Object.keys(defs)) {
    const path = child(defsPath, name);
    writer.writeMember(property(name, ctx.schema(defs[name], ctx, path, `#/$defs/${name.replaceAll('~', '~0').replaceAll('/', '~1')}`), { doc: docItems(defs[name]) }), 1);
  }
}

export interface DocumentTypes {
  readonly text: string;
  readonly ctx: TypesContext;
}

export function writeDocument(document: Json, header: string, file: string): DocumentTypes {
  const operations = new TypeWriter();
  const resolve = createResolver(document);
  const discriminators = scanDiscriminators(document, (ref) => resolve(ref).target);
  const ctx = createContext({ document, file, discriminators, schema: transformSchema, operations, resolve });
  const writer = new TypeWriter();
  writer.write(`${header}\n`);
  const { paths, webhooks, components, $defs } = document;
  writeRoot(writer, 'paths', isObject(paths) && pathItemKeys(paths).length > 0, (out) => writePathItems('paths', paths as Json, ctx, out));
  writeRoot(writer, 'webhooks', isObject(webhooks) && pathItemKeys(webhooks).length > 0, (out) => writePathItems('webhooks', webhooks as Json, ctx, out));
  writeRoot(writer, 'components', isObject(components), (out) => writeComponents(components as Json, ctx, out));
  writeRoot(writer, '$defs', isObject($defs) && Object.keys($defs).length > 0, (out) => writeDefs($defs as Json, ctx, out));
  writeRoot(writer, 'operations', ctx.operationSummaries.size > 0, (out) => out.append(operations));
  if (ctx.operationSummaries.size > 0) {
    const schemas = isObject(components) && isObject(components['schemas']) ? Object.keys(components['schemas']) : [];
    writeOperationAliases(ctx.operationSummaries.values(), schemas, writer);
  }
  return { text: writer.text(), ctx };
}
