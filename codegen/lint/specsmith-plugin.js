// Redocly lint plugin: checks the x- extensions Specsmith reads (specs/README.md) so a
// malformed one is a lint error at the offending key, before any code is generated.
// Plain JavaScript (ESM) because Redocly CLI loads plugins without a TypeScript step.

const PASCAL_CASE = /^[A-Z][A-Za-z0-9]*$/;
const PAGINATION_STYLES = ['link', 'offset', 'cursor', 'skip'];
const PAGINATION_KEYS = [
  'style', 'in', 'limitParam', 'offsetParam', 'skipParam', 'moreField',
  'cursorParam', 'nextCursorField', 'itemsField', 'maxLimit', 'uncertain',
];
const REQUIRED_BY_STYLE = {
  link: [],
  offset: ['offsetParam'],
  cursor: ['cursorParam', 'nextCursorField'],
  skip: ['skipParam', 'moreField'],
};
const HTTP_METHODS = ['get', 'put', 'post', 'delete', 'options', 'head', 'patch', 'trace'];

const isObject = (value) => typeof value === 'object' && value !== null && !Array.isArray(value);
const isNonEmptyString = (value) => typeof value === 'string' && value.length > 0;
const isNonNegativeInteger = (value) => Number.isInteger(value) && value >= 0;
const describe = (value) => (Array.isArray(value) ? 'an array' : value === null ? 'null' : `a ${typeof value}`);

/** Reports unknown keys of an extension object, so a typo is not silently ignored. */
function reportUnknownKeys(value, allowed, location, report, extension) {
  for (const key of Object.keys(value)) {
    if (!allowed.includes(key)) {
      report({
        message: `${extension} has no key "${key}"; allowed keys: ${allowed.join(', ')}.`,
        location: location.child([key]).key(),
      });
    }
  }
}

/** Options: `required: true` makes a missing catalogue an error (vendor specs must have one). */
function ErrorCodes(options = {}) {
  return {
    Root(root, { report, location }) {
      const value = root['x-error-codes'];
      const at = location.child(['x-error-codes']);
      if (value === undefined) {
        if (options.required) report({ message: 'The spec has no x-error-codes catalogue (see specs/README.md).', location: location.key() });
        return;
      }
      if (!isObject(value)) {
        report({ message: `x-error-codes must be an object, found ${describe(value)}.`, location: at });
        return;
      }
      reportUnknownKeys(value, ['in', 'field', 'message', 'success', 'codes'], at, report, 'x-error-codes');
      if (value.in !== 'status' && value.in !== 'body') {
        report({ message: 'x-error-codes.in must be "status" or "body".', location: at.child(['in']) });
      }
      if (value.in === 'body' && !isNonEmptyString(value.field)) {
        report({ message: 'x-error-codes.field is required when in is "body": name the body property holding the code.', location: at.child(['field']) });
      }
      if (value.field !== undefined && !isNonEmptyString(value.field)) {
        report({ message: 'x-error-codes.field must be a non-empty string.', location: at.child(['field']) });
      }
      if (value.message !== undefined && !isNonEmptyString(value.message)) {
        report({ message: 'x-error-codes.message must be a non-empty string.', location: at.child(['message']) });
      }
      if (value.success !== undefined) {
        const success = value.success;
        const okEquals = ['string', 'number', 'boolean'].includes(typeof success?.equals);
        if (!isObject(success) || !isNonEmptyString(success.field) || !okEquals) {
          report({ message: 'x-error-codes.success must be { field: string, equals: string | number | boolean }.', location: at.child(['success']) });
        }
      }
      if (!Array.isArray(value.codes) || value.codes.length === 0) {
        report({ message: 'x-error-codes.codes must be a non-empty array.', location: at.child(['codes']) });
        return;
      }
      const seenCodes = new Map();
      const seenNames = new Map();
      value.codes.forEach((entry, index) => {
        const entryAt = at.child(['codes', index]);
        if (!isObject(entry)) {
          report({ message: `x-error-codes.codes[${index}] must be an object, found ${describe(entry)}.`, location: entryAt });
          return;
        }
        reportUnknownKeys(entry, ['code', 'name', 'status', 'retryable', 'description'], entryAt, report, `x-error-codes.codes[${index}]`);
        if (!(Number.isInteger(entry.code) || isNonEmptyString(entry.code))) {
          report({ message: `x-error-codes.codes[${index}].code must be an integer or a non-empty string.`, location: entryAt.child(['code']) });
        } else if (seenCodes.has(entry.code)) {
          report({ message: `x-error-codes.codes[${index}].code ${JSON.stringify(entry.code)} repeats codes[${seenCodes.get(entry.code)}].`, location: entryAt.child(['code']) });
        } else {
          seenCodes.set(entry.code, index);
        }
        if (typeof entry.name !== 'string' || !PASCAL_CASE.test(entry.name)) {
          report({ message: `x-error-codes.codes[${index}].name must be PascalCase (${PASCAL_CASE}), found ${JSON.stringify(entry.name)}.`, location: entryAt.child(['name']) });
        } else if (seenNames.has(entry.name)) {
          report({ message: `x-error-codes.codes[${index}].name "${entry.name}" repeats codes[${seenNames.get(entry.name)}].`, location: entryAt.child(['name']) });
        } else {
          seenNames.set(entry.name, index);
        }
        if (!Number.isInteger(entry.status) || entry.status < 100 || entry.status > 599) {
          report({ message: `x-error-codes.codes[${index}].status must be an HTTP status (integer 100-599).`, location: entryAt.child(['status']) });
        }
        if (value.in === 'status' && Number.isInteger(entry.code) && entry.code !== entry.status) {
          report({ message: `x-error-codes.codes[${index}]: with in "status" the code is the HTTP status, so code and status must be equal.`, location: entryAt.child(['status']) });
        }
        if (typeof entry.retryable !== 'boolean') {
          report({ message: `x-error-codes.codes[${index}].retryable must be true or false.`, location: entryAt.child(['retryable']) });
        }
        if (!isNonEmptyString(entry.description)) {
          report({ message: `x-error-codes.codes[${index}].description must be a non-empty string.`, location: entryAt.child(['description']) });
        }
      });
    },
  };
}

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

function Pagination() {
  return {
    PathItem(pathItem, { report, location, resolve }) {
      const shared = pathItem.parameters ?? [];
      for (const method of HTTP_METHODS) {
        const operation = pathItem[method];
        if (!isObject(operation) || operation['x-pagination'] === undefined) continue;
        const value = operation['x-pagination'];
        const at = location.child([method, 'x-pagination']);
        if (!isObject(value)) {
          report({ message: `x-pagination must be an object, found ${describe(value)}.`, location: at });
          continue;
        }
        reportUnknownKeys(value, PAGINATION_KEYS, at, report, 'x-pagination');
        if (!PAGINATION_STYLES.includes(value.style)) {
          report({ message: `x-pagination.style must be one of ${PAGINATION_STYLES.join(', ')}; found ${JSON.stringify(value.style)}.`, location: at.child(['style']) });
          continue;
        }
        if (value.in !== undefined && value.in !== 'query' && value.in !== 'body') {
          report({ message: 'x-pagination.in must be "query" or "body".', location: at.child(['in']) });
          continue;
        }
        const required = ['limitParam', ...REQUIRED_BY_STYLE[value.style]];
        for (const key of required) {
          if (!isNonEmptyString(value[key])) {
            report({ message: `x-pagination.${key} is required for style "${value.style}".`, location: at.child([key]).key() });
          }
        }
        for (const key of ['itemsField', 'moreField', 'nextCursorField']) {
          if (value[key] !== undefined && !isNonEmptyString(value[key])) {
            report({ message: `x-pagination.${key} must be a non-empty string.`, location: at.child([key]) });
          }
        }
        if (value.maxLimit !== undefined && !(Number.isInteger(value.maxLimit) && value.maxLimit >= 1)) {
          report({ message: 'x-pagination.maxLimit must be an integer >= 1.', location: at.child(['maxLimit']) });
        }
        if (value.uncertain !== undefined && typeof value.uncertain !== 'boolean') {
          report({ message: 'x-pagination.uncertain must be true or false.', location: at.child(['uncertain']) });
        } else if (value.uncertain === true && !/(^|\s)Uncertain:/.test(operation.description ?? '')) {
          report({ message: 'x-pagination.uncertain is true, so the operation\'s description must say what is unconfirmed, in a sentence starting with "Uncertain:".', location: at.child(['uncertain']).key() });
        }
        const where = value.in ?? 'query';
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

function Idempotent() {
  return {
    Operation(operation, { report, location }) {
      const value = operation['x-idempotent'];
      if (value !== undefined && typeof value !== 'boolean') {
        report({ message: `x-idempotent must be true or false, found ${describe(value)}.`, location: location.child(['x-idempotent']) });
      }
    },
  };
}

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
      (schema.allOf ?? []).forEach((part, index) => visit(part, (resolved.location ?? at).child(['allOf', index]), depth + 1));
    };
    visit(media.schema, location.child(['requestBody', 'content', mediaType, 'schema']), 0);
  }
  return found;
}

function BodyToken() {
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
      if (!isObject(value)) {
        report({ message: `x-body-token must be an object { field, description }, found ${describe(value)}.`, location: at });
        return;
      }
      reportUnknownKeys(value, ['field', 'description', 'alternatives'], at, report, 'x-body-token');
      if (!isNonEmptyString(value.field)) report({ message: 'x-body-token.field must name the body property that carries the secret.', location: at.child(['field']) });
      if (!isNonEmptyString(value.description)) report({ message: 'x-body-token.description must say where the user gets the secret.', location: at.child(['description']) });
      if (value.alternatives === undefined) return;
      const schemes = Object.keys(root.components?.securitySchemes ?? {});
      if (!Array.isArray(value.alternatives) || value.alternatives.length === 0 || !value.alternatives.every(isNonEmptyString)) {
        report({ message: 'x-body-token.alternatives must be a non-empty list of security scheme names.', location: at.child(['alternatives']) });
        return;
      }
      value.alternatives.forEach((name, index) => {
        if (!schemes.includes(name)) report({ message: `x-body-token.alternatives names "${name}", which is not in components.securitySchemes (${schemes.join(', ') || 'none'}).`, location: at.child(['alternatives', index]) });
      });
      field = isNonEmptyString(value.field) ? value.field : undefined;
      alternatives = value.alternatives;
    },
    Operation(operation, { report, location, resolve }) {
      const value = operation['x-body-token'];
      if (value !== undefined && value !== false) {
        report({ message: 'x-body-token on an operation may only be false (this operation does not take the body token).', location: location.child(['x-body-token']) });
      }
      // A request authenticated by an alternative carries no body token, so no body may require it.
      if (field === undefined || value === false) return;
      for (const { schema, location: at } of jsonBodySchemas(operation, location, resolve)) {
        const key = `${at.source?.absoluteRef}#${at.pointer}`;
        if (reported.has(key)) continue; // a shared component schema is reported once
        reported.add(key);
        if (Array.isArray(schema.required) && schema.required.includes(field)) {
          report({ message: `The request body requires "${field}", but x-body-token.alternatives (${alternatives.join(', ')}) authenticate without it; leave it out of required.`, location: at.child(['required', schema.required.indexOf(field)]) });
        }
      }
    },
  };
}

function Retry() {
  return {
    Root(root, { report, location }) {
      const value = root['x-retry'];
      if (value === undefined) return;
      const at = location.child(['x-retry']);
      if (!isObject(value)) {
        report({ message: `x-retry must be an object, found ${describe(value)}.`, location: at });
        return;
      }
      reportUnknownKeys(value, ['maxRetries', 'delaysMs', 'minRetryAfterMs'], at, report, 'x-retry');
      for (const key of ['maxRetries', 'minRetryAfterMs']) {
        if (value[key] !== undefined && !isNonNegativeInteger(value[key])) report({ message: `x-retry.${key} must be an integer >= 0.`, location: at.child([key]) });
      }
      if (value.delaysMs !== undefined && !(Array.isArray(value.delaysMs) && value.delaysMs.every(isNonNegativeInteger))) {
        report({ message: 'x-retry.delaysMs must be an array of integers >= 0 (milliseconds).', location: at.child(['delaysMs']) });
      }
    },
  };
}

function RateLimit() {
  return {
    Root(root, { report, location }) {
      const value = root['x-rate-limit'];
      if (value === undefined) return;
      const at = location.child(['x-rate-limit']);
      if (!isObject(value)) {
        report({ message: `x-rate-limit must be an object, found ${describe(value)}.`, location: at });
        return;
      }
      reportUnknownKeys(value, ['headers', 'burst'], at, report, 'x-rate-limit');
      if (!['x-ratelimit', 'ietf', 'none'].includes(value.headers)) {
        report({ message: 'x-rate-limit.headers must be "x-ratelimit", "ietf" or "none".', location: at.child(['headers']) });
      }
      if (value.burst !== undefined) {
        const burst = value.burst;
        if (!isObject(burst) || !(Number.isInteger(burst.requests) && burst.requests >= 1) || !(Number.isInteger(burst.perMs) && burst.perMs >= 1)) {
          report({ message: 'x-rate-limit.burst must be { requests: integer >= 1, perMs: integer >= 1 }.', location: at.child(['burst']) });
        }
      }
    },
  };
}

/** Visible ASCII only: the prefix goes into an Authorization header, before the token. */
const TOKEN_PREFIX = /^[!-~]+$/;

/** `x-token-prefix` on an http bearer scheme: text the token must start with (JourneyApps `O:`). */
function TokenPrefix() {
  return {
    SecurityScheme(scheme, { report, location }) {
      const value = scheme['x-token-prefix'];
      if (value === undefined) return;
      const at = location.child(['x-token-prefix']);
      const isBearer = scheme.type === 'http' && typeof scheme.scheme === 'string' && scheme.scheme.toLowerCase() === 'bearer';
      if (!isBearer) {
        report({ message: 'x-token-prefix is only allowed on a security scheme with type: http and scheme: bearer.', location: at.key() });
        return;
      }
      if (typeof value !== 'string' || !TOKEN_PREFIX.test(value)) {
        report({ message: `x-token-prefix must be a non-empty string of visible ASCII (${TOKEN_PREFIX}: no spaces or control characters), found ${typeof value === 'string' ? JSON.stringify(value) : describe(value)}.`, location: at.key() });
      }
    },
  };
}

/** A JSON media type: `application/json`, or a structured `+json` type (`application/problem+json`). */
const JSON_MEDIA_TYPE = /^application\/(?:[\w.+-]+\+)?json(?:\s*;.*)?$/i;

/**
 * Every operation's success response carries an example, because Prism serves it: each JSON
 * media type, or the first media type when there is no JSON one. An alternative format of the
 * same schema (Altcraft's `application/xml`) needs none: the docs render it from the schema.
 */
function OperationExample() {
  return {
    Operation(operation, { report, location, resolve }) {
      const responses = operation.responses ?? {};
      const success = Object.keys(responses).filter((code) => /^2(\d\d|XX)$/.test(code));
      for (const code of success) {
        const response = resolve(responses[code]).node;
        const content = response?.content;
        if (!content) continue; // 204 and friends have nothing to show
        const entries = Object.entries(content);
        const served = entries.some(([mediaType]) => JSON_MEDIA_TYPE.test(mediaType)) ? entries.filter(([mediaType]) => JSON_MEDIA_TYPE.test(mediaType)) : entries.slice(0, 1);
        for (const [mediaType, media] of served) {
          const hasExample = media.example !== undefined || (isObject(media.examples) && Object.keys(media.examples).length > 0);
          if (!hasExample) {
            report({ message: `Response ${code} (${mediaType}) has no example; Prism serves the example, so add one.`, location: location.child(['responses', code]).key() });
          }
        }
      }
    },
  };
}

/** One tag per operation: the tag is the resource the generated client groups it under. */
function SingleTag() {
  return {
    Operation(operation, { report, location }) {
      const tags = operation.tags ?? [];
      if (tags.length !== 1) {
        report({ message: `An operation needs exactly one tag (its client resource); found ${tags.length}.`, location: location.child(['tags']).key() });
      }
    },
  };
}

export default function specsmithPlugin() {
  return {
    id: 'specsmith',
    rules: {
      oas3: {
        'error-codes': ErrorCodes,
        pagination: Pagination,
        idempotent: Idempotent,
        'body-token': BodyToken,
        retry: Retry,
        'rate-limit': RateLimit,
        'token-prefix': TokenPrefix,
        'operation-example': OperationExample,
        'single-tag': SingleTag,
      },
    },
  };
}
