/** A problem of an extension's value against its schema: the message a user sees and the field's path in the value. */
export interface SchemaProblem {
  readonly message: string;
  readonly path: readonly (string | number)[];
  readonly key?: boolean;
}

/** The problems of `value` against the schema of `extension` (or a part of it, `#/$defs/operation`). */
export function problemsAgainstSchema(extension: string, value: unknown, options?: { readonly part?: string; readonly label?: string }): SchemaProblem[];
