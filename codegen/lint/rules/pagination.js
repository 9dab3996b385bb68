// specsmith/pagination: each operation's x-pagination against its schema, then what the schema
// cannot say: the parameters it names exist on the operation, and `uncertain: true` comes
// with an "Uncertain:" sentence in the description.
import { checkAgainstSchema } from '../schema-check.js';
import { HTTP_METHODS, isNonEmptyString, isObject } from '../values.js';

/** Names of the parameters (in: query) and body properties an operation accepts. */
function acceptedNames(operation, where, resolve) {
  if (where === 'body') {
    const media = operation.requestBody && resolve(operation.requestBody).node?.content;
    const schemaRef = media && (media['application/json'] ?? Object.values(media)[0])?.schema;
    const names = new Set();
    const collect = (schemaOrRef, depth) => {
      if (!schemaOrRef || depth > 8) return;
      const schema = resolve(schemaOrRef).node;
      if (!isObject(schema)) return;
      for (const key of Object.keys(schema.properties ?? {})) names.add(key);
      for (const part of [...(schema.allOf ?? []), ...(schema.oneOf ?? []), ...(schema.anyOf ?? [])]) collect(part, depth + 1);
    };
    collect(schemaRef, 0);
    return names;
  }
  return new Set(
    (operation.parameters ?? [])
      .map((parameter) => resolve(parameter).node)
      .filter((parameter) => parameter && parameter.in === 'query')
      .map((parameter) => parameter.name),
  );
}

export function Pagination() {
  return {
    PathItem(pathItem, { report, location, resolve }) {
      const shared = pathItem.parameters ?? [];
      for (const method of HTTP_METHODS) {
        const operation = pathItem[method];
        if (!isObject(operation) || operation['x-pagination'] === undefined) continue;
        const value = operation['x-pagination'];
        const at = location.child([method, 'x-pagination']);
        checkAgainstSchema('x-pagination', value, { report, location: at });
        if (!isObject(value)) continue;
        if (value.uncertain === true && !/(^|\s)Uncertain:/.test(operation.description ?? '')) {
          report({
            message: 'x-pagination.uncertain is true, so the operation\'s description must say what is unconfirmed, in a sentence starting with "Uncertain:".',
            location: at.child(['uncertain']).key(),
          });
        }
        const where = value.in === 'body' ? 'body' : 'query';
        const names = acceptedNames({ ...operation, parameters: [...shared, ...(operation.parameters ?? [])] }, where, resolve);
        for (const key of ['limitParam', 'offsetParam', 'skipParam', 'cursorParam']) {
          if (isNonEmptyString(value[key]) && !names.has(value[key])) {
            const kind = where === 'body' ? 'request-body property' : 'query parameter';
            report({ message: `x-pagination.${key} names "${value[key]}", but the operation has no ${kind} of that name.`, location: at.child([key]) });
          }
        }
      }
    },
  };
}
