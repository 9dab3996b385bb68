// Emits src/errors.gen.ts from x-error-codes: the error-code enum as an `as const` object
// plus its union type (erasable TypeScript, no runtime enum), and the metadata per code.
import { StructureKind, VariableDeclarationKind, type StatementStructures } from 'ts-morph';
import type { ApiModel } from '../model/api-model.js';
import { docText, literal, propertyKey } from './literal.js';
import { printSourceFile } from './print.js';

export function emitErrors(model: ApiModel, header: string): string {
  const catalogue = model.errorCatalogue;
  const codes = catalogue?.codes ?? [];
  const where = catalogue
    ? catalogue.in === 'body'
      ? `the response body field \`${catalogue.field ?? ''}\``
      : 'the HTTP status'
    : 'nowhere: the spec has no x-error-codes catalogue';
  const statements: StatementStructures[] = [
    {
      kind: StructureKind.VariableStatement,
      isExported: true,
      declarationKind: VariableDeclarationKind.Const,
      docs: [`Error codes of ${docText(model.title) || 'the API'}. The code is read from ${where}.`],
      declarations: [
        {
          name: 'ErrorCode',
          initializer: (writer) => {
            writer.inlineBlock(() => {
              for (const code of codes) {
                writer.writeLine(`/** ${docText(code.description)} (HTTP ${code.status}${code.retryable ? ', retryable' : ''}) */`);
                writer.writeLine(`${propertyKey(code.name)}: ${literal(code.code)},`);
              }
            });
            writer.write(' as const');
          },
        },
      ],
    },
    { kind: StructureKind.TypeAlias, isExported: true, name: 'ErrorCode', type: '(typeof ErrorCode)[keyof typeof ErrorCode]' },
    {
      kind: StructureKind.Interface,
      isExported: true,
      name: 'ErrorCodeInfo',
      properties: [
        { name: 'name', type: 'string', isReadonly: true },
        { name: 'status', type: 'number', isReadonly: true, docs: ['The HTTP status the vendor answers with.'] },
        { name: 'retryable', type: 'boolean', isReadonly: true, docs: ['Whether repeating the same request later can succeed.'] },
        { name: 'description', type: 'string', isReadonly: true },
      ],
    },
    {
      kind: StructureKind.VariableStatement,
      isExported: true,
      declarationKind: VariableDeclarationKind.Const,
      docs: ['Meaning, HTTP status and retryability of each code.'],
      declarations: [
        {
          name: 'errorCodeInfo',
          initializer: (writer) => {
            writer.inlineBlock(() => {
              for (const code of codes) {
                const key = typeof code.code === 'number' ? String(code.code) : propertyKey(code.code);
                writer.writeLine(`${key}: ${literal({ name: code.name, status: code.status, retryable: code.retryable, description: code.description })},`);
              }
            });
            writer.write(' as const satisfies Record<ErrorCode, ErrorCodeInfo>');
          },
        },
      ],
    },
    {
      kind: StructureKind.VariableStatement,
      isExported: true,
      declarationKind: VariableDeclarationKind.Const,
      docs: ['Where a response carries its code and message, and how a 2xx body signals failure.'],
      declarations: [
        {
          name: 'errorCatalogue',
          initializer: catalogue
            ? `${literal({ in: catalogue.in, field: catalogue.field, message: catalogue.message, success: catalogue.success })} as const`
            : 'null',
        },
      ],
    },
  ];
  return printSourceFile('errors.gen.ts', header, statements);
}
