// specsmith/body-token: the root x-body-token and an operation's `x-body-token: false` against
// the extension's schema, then what the schema cannot say: each alternative is a declared
// security scheme, and no request body an alternative may send without the token requires it.
import { checkAgainstSchema } from '../schema-check.js';
import { isNonEmptyString, isObject } from '../values.js';

/** The JSON request-body schema of an operation and its `allOf` parts, each with its location. */
function jsonBodySchemas(operation, location, resolve) {
  const body = operation.requestBody === undefined ? undefined : resolve(operation.requestBody);
  const content = body?.node?.content;
  if (!isObject(content)) return [];
  const found = [];
  for (const [mediaType, media] of Object.entries(content)) {
    if (!/json/i.test(mediaType) || !isObject(media) || media.schema === undefined) continue;
    const visit = (schemaRef, at, depth) => {
      const resolved = resolve(schemaRef);
      const schema = resolved.node;
      if (!isObject(schema) || depth > 4) return;
      found.push({ schema, location: resolved.location ?? at });
      for (const [index, part] of (schema.allOf ?? []).entries()) visit(part, (resolved.location ?? at).child(['allOf', index]), depth + 1);
    };
    visit(media.schema, location.child(['requestBody', 'content', mediaType, 'schema']), 0);
  }
  return found;
}

export function BodyToken() {
  let field;
  let alternatives = [];
  const reported = new Set();
  return {
    Root(root, { report, location }) {
      const value = root['x-body-token'];
      field = undefined;
      alternatives = [];
      if (value === undefined) return;
      const at = location.child(['x-body-token']);
      checkAgainstSchema('x-body-token', value, { report, location: at });
      if (!isObject(value) || !Array.isArray(value.alternatives) || value.alternatives.length === 0 || !value.alternatives.every(isNonEmptyString)) return;
      const schemes = Object.keys(root.components?.securitySchemes ?? {});
      value.alternatives.forEach((name, index) => {
        if (!schemes.includes(name))
          report({ message: `x-body-token.alternatives names "${name}", which is not in components.securitySchemes (${schemes.join(', ') || 'none'}).`, location: at.child(['alternatives', index]) });
      });
      field = isNonEmptyString(value.field) ? value.field : undefined;
      alternatives = value.alternatives;
    },
    Operation(operation, { report, location, resolve }) {
      const value = operation['x-body-token'];
      if (value !== undefined) {
        checkAgainstSchema('x-body-token', value, { report, location: location.child(['x-body-token']) }, { part: '#/$defs/operation', label: 'x-body-token on an operation' });
      }
      // A request authenticated by an alternative carries no body token, so no body may require it.
      if (field === undefined || value === false) return;
      for (const { schema, location: at } of jsonBodySchemas(operation, location, resolve)) {
        const key = `${at.source?.absoluteRef}#${at.pointer}`;
        if (reported.has(key)) continue; // a shared component schema is reported once
        reported.add(key);
        if (Array.isArray(schema.required) && schema.required.includes(field)) {
          report({
            message: `The request body requires "${field}", but x-body-token.alternatives (${alternatives.join(', ')}) authenticate without it; leave it out of required.`,
            location: at.child(['required', schema.required.indexOf(field)]),
          });
        }
      }
    },
  };
}
