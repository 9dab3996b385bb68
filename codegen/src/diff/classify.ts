// Which changes break callers. A request schema may widen (it accepts more) but not narrow; a
// response may gain fields and enum values but not lose anything callers read or build, and
// must not start answering null or leaving a field out.
import type { ChangeClass, ChangeKind, Direction } from './change.js';

type Rule = ChangeKind | { readonly request: ChangeKind; readonly response: ChangeKind };

const RULES: Readonly<Record<ChangeClass, Rule>> = {
  'operation-removed': 'breaking',
  'operation-renamed': 'breaking',
  'operation-moved': 'breaking',
  'client-method-moved': 'breaking',
  'operation-added': 'additive',
  'parameter-removed': 'breaking',
  'required-parameter-added': 'breaking',
  'optional-parameter-added': 'additive',
  'parameter-now-required': 'breaking',
  'parameter-now-optional': 'additive',
  'body-removed': 'breaking',
  'required-body-added': 'breaking',
  'optional-body-added': 'additive',
  'body-now-required': 'breaking',
  'body-now-optional': 'additive',
  'response-removed': 'breaking',
  'response-added': 'additive',
  // A typed body rejects a field its type no longer has; a response without it breaks readers.
  'field-removed': 'breaking',
  'required-field-added': 'breaking',
  'field-added': 'additive',
  'field-now-required': { request: 'breaking', response: 'additive' },
  'field-now-optional': { request: 'additive', response: 'breaking' },
  // Comparing with a literal the union no longer has is a compile error, in either direction.
  'enum-value-removed': 'breaking',
  'enum-value-added': 'additive',
  // Callers build response-typed values (fixtures, mocks) too, so a response losing null breaks them.
  'nullable-removed': 'breaking',
  'nullable-added': { request: 'additive', response: 'breaking' },
  'type-changed': 'breaking',
  'type-narrowed': 'breaking',
  'type-widened': { request: 'additive', response: 'breaking' },
  'variant-removed': 'breaking',
  // A response that may be a new kind of value breaks code that reads the old kind's fields.
  'variant-added': { request: 'additive', response: 'breaking' },
  'error-code-removed': 'breaking',
  'error-code-renamed': 'breaking',
  'error-code-added': 'additive',
  'pagination-removed': 'breaking',
  'pagination-changed': 'breaking',
  // Existing calls are unchanged; the page iterators are new.
  'pagination-added': 'additive',
  // Either way the runtime's retries change: it stops retrying, or starts repeating a write.
  'idempotency-changed': 'breaking',
};

export function classify(changeClass: ChangeClass, direction: Direction = 'request'): ChangeKind {
  const rule = RULES[changeClass];
  return typeof rule === 'string' ? rule : rule[direction];
}
