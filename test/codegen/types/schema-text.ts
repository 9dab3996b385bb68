// Helpers for the type emitter's tests: a schema (with sibling component schemas) through
// emitSchemaTypes, and the printed type of one component schema cut out of the file.
import { emitSchemaTypes, type SchemaTypes } from '../../../codegen/src/types/index.js';

export const SPEC_FILE = '/specs/test/openapi.yaml';

export function emit(document: Record<string, unknown>): SchemaTypes {
  return emitSchemaTypes(document, { header: '// header', file: SPEC_FILE });
}

/** The text after `<indent><name>: ` up to its `;`, dedented to column 0. */
export function memberText(text: string, name: string, indent: string): string {
  const lines = text.split('\n');
  const start = lines.findIndex((line) => line.startsWith(`${indent}${name}: `) || line.startsWith(`${indent}${name}?: `));
  if (start < 0) throw new Error(`no member ${name} in:\n${text}`);
  const first = (lines[start] as string).slice(indent.length + name.length + 2).replace(/^ /, '');
  const body = [first];
  for (let index = start + 1; index < lines.length; index += 1) {
    const line = lines[index] as string;
    // The member goes on while its lines are indented deeper, or close what it opened (`}`, `} & {`).
    const next = line[indent.length];
    if (!line.startsWith(indent) || (next !== ' ' && next !== '}' && next !== ']' && next !== ')')) break;
    body.push(line.slice(indent.length));
  }
  return body.join('\n').replace(/;$/, '');
}

/** The printed type of `schema`, emitted as component schema `Subject` beside `components`. */
export function schemaType(schema: unknown, components: Record<string, unknown> = {}): string {
  const { text } = emit({ openapi: '3.1.0', components: { schemas: { Subject: schema, ...components } } });
  return memberText(text, 'Subject', '        ');
}

export type Case = readonly [name: string, test: { readonly given: unknown; readonly want: string; readonly components?: Record<string, unknown> }];
