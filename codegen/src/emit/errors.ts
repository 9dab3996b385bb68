// Emits src/errors.gen.ts from x-error-codes: the error-code enum as an `as const` object
// plus its union type (erasable TypeScript, no runtime enum), and the metadata per code, in
// the contract's shapes (@specsmith/core/contract).
import type { ApiModel } from '../model/api-model.js';
import { docText, exportedConst, literal, objectBlock, propertyKey } from './literal.js';
import { printStatements } from './print.js';

const IMPORTS = "import type { ErrorCatalogue, ErrorCodeInfo } from '@specsmith/core/contract';";

export function emitErrors(model: ApiModel, header: string): string {
  const catalogue = model.errorCatalogue;
  const codes = catalogue?.codes ?? [];
  const where = catalogue ? (catalogue.in === 'body' ? `the response body field \`${catalogue.field ?? ''}\`` : 'the HTTP status') : 'nowhere: the spec has no x-error-codes catalogue';
  const enumLines = codes.flatMap((code) => [`/** ${docText(code.description)} (HTTP ${code.status}${code.retryable ? ', retryable' : ''}) */`, `${propertyKey(code.name)}: ${literal(code.code)},`]);
  const infoLines = codes.map((code) => {
    const key = typeof code.code === 'number' ? String(code.code) : propertyKey(code.code);
    return `${key}: ${literal({ name: code.name, status: code.status, retryable: code.retryable, description: code.description })},`;
  });
  return printStatements(header, [
    IMPORTS,
    exportedConst(`Error codes of ${model.title || 'the API'}. The code is read from ${where}.`, 'ErrorCode', `${objectBlock(enumLines)} as const`),
    'export type ErrorCode = (typeof ErrorCode)[keyof typeof ErrorCode];',
    { blankBefore: true },
    exportedConst('Meaning, HTTP status and retryability of each code.', 'errorCodeInfo', `${objectBlock(infoLines)} as const satisfies Record<ErrorCode, ErrorCodeInfo>`),
    exportedConst(
      'Where a response carries its code and message, and how a 2xx body signals failure.',
      'errorCatalogue',
      catalogue ? `${literal({ in: catalogue.in, field: catalogue.field, message: catalogue.message, success: catalogue.success })} as const satisfies ErrorCatalogue` : 'null',
    ),
  ]);
}
