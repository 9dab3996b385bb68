// Compares the two `x-error-codes` catalogues code by code: the generated enum loses a member
// when a code goes or is renamed, and gains one when a code is added.
import { record, type CompareContext } from './compare-context.js';

const codeText = (code: string | number): string => (typeof code === 'number' ? String(code) : JSON.stringify(code));

export function compareErrorCodes(context: CompareContext): void {
  const was = context.old.errorCodes ?? [];
  const is = context.new.errorCodes ?? [];
  const isByCode = new Map(is.map((entry) => [entry.code, entry]));
  const wasCodes = new Set(was.map((entry) => entry.code));
  for (const entry of was) {
    const next = isByCode.get(entry.code);
    if (!next) record(context, { class: 'error-code-removed', operationId: null, message: `removed error code ${codeText(entry.code)} (${entry.name})`, side: 'old', pointer: entry.pointer });
    else if (next.name !== entry.name)
      record(context, {
        class: 'error-code-renamed',
        operationId: null,
        message: `renamed error code ${codeText(entry.code)} from ${entry.name} to ${next.name}`,
        side: 'new',
        pointer: `${next.pointer}/name`,
      });
  }
  for (const entry of is) {
    if (!wasCodes.has(entry.code))
      record(context, { class: 'error-code-added', operationId: null, message: `added error code ${codeText(entry.code)} (${entry.name})`, side: 'new', pointer: entry.pointer });
  }
}
