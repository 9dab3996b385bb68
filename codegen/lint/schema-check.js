// Validates an x- extension's value against its JSON Schema (codegen/contract/) and turns each
// failure into a lint report that names the extension and the field. The schemas are the one
// description of each extension: specs/README.md's tables are produced from them, so the
// rules here cannot accept what the README forbids. Validation is Ajv's (JSON Schema
// 2020-12) rather than hand-written checks, which drifted from the README before.
import Ajv2020 from 'ajv/dist/2020.js';
import { describeFound, describeValue } from '../contract/describe-schema.js';
import { extensionSchemas } from '../contract/extensions.js';

let ajv;
const validators = new Map();

/** Compiled once per schema node, on first use: a run that never meets an extension never compiles its schema. */
function validatorFor(schema) {
  if (!ajv) {
    // strictRequired off: a conditional `then: { required: [...] }` names properties its parent
    // defines. allowUnionTypes: `type: [integer, string]` is how a schema says "a code is either".
    ajv = new Ajv2020({ allErrors: true, verbose: true, strict: true, strictRequired: false, allowUnionTypes: true });
    // Annotations the README tables read; they validate nothing.
    ajv.addVocabulary(['x-location', 'x-lint-rule']);
  }
  let validate = validators.get(schema);
  if (!validate) {
    validate = ajv.compile(schema);
    validators.set(schema, validate);
  }
  return validate;
}

/** `["codes", 0, "name"]` from Ajv's `/codes/0/name`. */
function pathOf(instancePath) {
  return instancePath
    .split('/')
    .slice(1)
    .map((part) => part.replace(/~1/g, '/').replace(/~0/g, '~'))
    .map((part) => (/^(0|[1-9]\d*)$/.test(part) ? Number(part) : part));
}

/** `x-error-codes.codes[0].name`. */
function labelOf(extension, path) {
  return path.reduce((label, part) => (typeof part === 'number' ? `${label}[${part}]` : `${label}.${part}`), extension);
}

/** The schema node at a JSON pointer into `root` (`#/allOf/1/if`). */
function nodeAt(root, pointer) {
  return pointer
    .replace(/^#\/?/, '')
    .split('/')
    .filter((part) => part.length > 0)
    .reduce((node, part) => node?.[part.replace(/~1/g, '/').replace(/~0/g, '~')], root);
}

/** ` when style is "offset"`, for a `required` inside an `if`/`then` whose `if` pins one property. */
function conditionOf(root, schemaPath) {
  if (!schemaPath.endsWith('/then/required')) return '';
  const condition = nodeAt(root, `${schemaPath.slice(0, -'/then/required'.length)}/if`);
  const [name, pinned] = Object.entries(condition?.properties ?? {})[0] ?? [];
  return name === undefined || pinned?.const === undefined ? '' : ` when ${name} is ${JSON.stringify(pinned.const)}`;
}

/** One Ajv error as { message, path } (path: where in the extension to report it), or null to skip it. */
function problemOf(error, extension, root) {
  const path = pathOf(error.instancePath);
  const label = labelOf(extension, path);
  switch (error.keyword) {
    case 'if':
      return null; // the failed `then` reports it
    case 'additionalProperties': {
      const key = error.params.additionalProperty;
      const allowed = Object.keys(error.parentSchema.properties ?? {});
      return { message: `${label} has no key "${key}"; allowed keys: ${allowed.join(', ')}.`, path: [...path, key], key: true };
    }
    case 'required': {
      const key = error.params.missingProperty;
      return { message: `${labelOf(extension, [...path, key])} is required${conditionOf(root, error.schemaPath)}.`, path: [...path, key], key: true };
    }
    default:
      return { message: `${label} must be ${describeValue(error.parentSchema)}, found ${describeFound(error.data)}.`, path };
  }
}

/**
 * The problems of `value` against the schema of `extension` (or a part of it,
 * `#/$defs/operation`), each with the path of its field within the value; none when it is valid.
 */
export function problemsAgainstSchema(extension, value, { part, label = extension } = {}) {
  const root = extensionSchemas[extension];
  const schema = part ? nodeAt(root, part) : root;
  const validate = validatorFor(schema);
  if (validate(value)) return [];
  const problems = [];
  for (const error of validate.errors ?? []) {
    const problem = problemOf(error, label, schema);
    if (problem && !problems.some((seen) => seen.message === problem.message)) problems.push(problem);
  }
  return problems;
}

/**
 * Checks `value` against its extension's schema and reports each problem at its field under
 * `location` (at its key with `atKey`). Returns whether the value is valid.
 */
export function checkAgainstSchema(extension, value, { report, location }, { atKey = false, ...options } = {}) {
  const problems = problemsAgainstSchema(extension, value, options);
  for (const problem of problems) {
    const at = problem.path.length > 0 ? location.child(problem.path) : location;
    report({ message: problem.message, location: problem.key || atKey ? at.key() : at });
  }
  return problems.length === 0;
}
