// Why our emitter's types differ from openapi-typescript's where they do on purpose: one
// sentence per choice of the emitter (or defect of openapi-typescript), which the entries of
// intended-differences.ts name.

/** openapi-typescript's `defaultNonNullable: true` default. */
export const DEFAULT_OPTIONAL =
  "A property with a `default` that the schema does not list in `required` stays optional in ours, in requests and responses alike (a client may leave it out and the server fills it in); openapi-typescript's default (`defaultNonNullable: true`) makes every such property required.";

/** A free-form object: `type: object` and nothing that gives it fields. */
export const FREE_FORM =
  'A `type: object` with no properties and no additionalProperties is any object in JSON Schema: ours types it `{ [key: string]: unknown }`, openapi-typescript `Record<string, never>`, which no real value fits (every example in the specs must be a value of its type, test/packages/example-types.test.ts).';

export const DEFAULT_AND_FREE_FORM = `${DEFAULT_OPTIONAL} And: ${FREE_FORM}`;

/** `allOf: [{ $ref: Base }, { required: [a, b] }]`, the usual way to make fields of a shared schema required. */
export const ALLOF_REQUIRED =
  'An `allOf` part that only lists `required` names makes those fields of the other parts required: ours adds `{ a: unknown }` for them, so the intersection keeps their types and makes them required; openapi-typescript prints such a part as `Record<string, never>`, and the intersection then accepts no value that has those fields.';

/** `properties` beside `additionalProperties: <schema>`. */
export const INDEX_WIDENED =
  "With named properties beside `additionalProperties: <schema>`, ours widens the index signature to the named properties' types too, as TypeScript checks every named property against it; openapi-typescript's signature leaves them out, so a value that has a named property fits neither part of its intersection.";

export const INDEX_WIDENED_AND_FREE_FORM = `${INDEX_WIDENED} And: ${FREE_FORM}`;

/** An openapi-typescript defect in its own output. */
export const ORACLE_PATH_REF =
  'openapi-typescript prints a `$ref` into `#/paths/...` as `paths[...]["requestBody"]["content"][...]["schema"]`, which is not a type (TS2339 in its own output: requestBody is optional and schema is not a member); ours resolves the reference to the schema it points at.';

/** `properties` beside `anyOf`/`oneOf` (GitHub's "at least one of these fields" bodies). */
export const UNION_INTERSECTED =
  "An object's own properties beside `anyOf`/`oneOf` are intersected with the alternatives in ours (the value has the fields and matches one alternative; an alternative of `required` names only makes those fields required); openapi-typescript prints `unknown` for such a schema, or a union of the object and the alternatives, or drops alternatives that only list `required` names.";
