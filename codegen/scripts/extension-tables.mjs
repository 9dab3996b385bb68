#!/usr/bin/env node
// Writes the extension sections of specs/README.md from the JSON Schemas in codegen/contract/:
// each section's heading, description and key tables (key, type, required, meaning) come from
// its schema, so the README cannot describe an extension differently from what lint enforces.
// Text around the marked sections (examples, runtime notes) stays hand-written.
//
//   node codegen/scripts/extension-tables.mjs            exit 1 when a section is out of date
//   node codegen/scripts/extension-tables.mjs --write    rewrite the sections
//   --readme <file>                                      another README (tests use a copy)
import { readFileSync, writeFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { parseArgs } from 'node:util';
import { describeValue } from '../contract/describe-schema.js';
import { extensionSchemas } from '../contract/extensions.js';

const cell = (text) => String(text).replace(/\n/g, ' ').replace(/\|/g, '\\|');

/** `when \`style: offset\``, for each property an `if`/`then` of the schema requires. */
function conditionalRequirements(schema) {
  const conditions = new Map();
  for (const part of schema.allOf ?? []) {
    const [name, pinned] = Object.entries(part.if?.properties ?? {})[0] ?? [];
    if (name === undefined || pinned?.const === undefined) continue;
    for (const key of part.then?.required ?? []) conditions.set(key, `when \`${name}: ${pinned.const}\``);
  }
  return conditions;
}

function requiredCell(schema, key, conditions) {
  if ((schema.required ?? []).includes(key)) return 'yes';
  if (conditions.has(key)) return conditions.get(key);
  const fallback = schema.properties[key].default;
  return fallback === undefined ? 'no' : `no (default \`${fallback}\`)`;
}

/** The key table of an object schema, then one table per property that is a list of objects. */
function tables(schema) {
  const conditions = conditionalRequirements(schema);
  const lines = ['| key | type | required | meaning |', '| --- | --- | --- | --- |'];
  const lists = [];
  for (const [key, property] of Object.entries(schema.properties)) {
    lines.push(`| \`${key}\` | ${describeValue(property, { markdown: true })} | ${requiredCell(schema, key, conditions)} | ${cell(property.description ?? '')} |`);
    if (property.items?.properties) lists.push([key, property.items]);
  }
  for (const [key, items] of lists) lines.push('', `Each entry of \`${key}\`:`, '', ...tables(items));
  return lines;
}

/** The generated part of one extension's section. */
export function renderSection(extension, schema) {
  const lines = [`### \`${extension}\` (${schema['x-location']}) — rule \`${schema['x-lint-rule']}\``, '', schema.description];
  if (schema.properties) lines.push('', ...tables(schema));
  else lines.push('', `Value: ${describeValue(schema, { markdown: true })}.`);
  const operation = schema.$defs?.operation;
  if (operation) lines.push('', `On an operation: ${describeValue(operation, { markdown: true })}: ${operation.description}.`);
  return lines.join('\n');
}

const begin = (extension) => `<!-- BEGIN ${extension}: generated from codegen/contract/${extension}.schema.json by \`node codegen/scripts/extension-tables.mjs --write\` -->`;
const end = (extension) => `<!-- END ${extension} -->`;

/** The README with every section regenerated, and the extensions whose section changed or is missing. */
export function renderReadme(text) {
  let result = text;
  const stale = [];
  const missing = [];
  for (const [extension, schema] of Object.entries(extensionSchemas)) {
    const start = result.indexOf(begin(extension));
    const stop = result.indexOf(end(extension), start);
    if (start < 0 || stop < 0) {
      missing.push(extension);
      continue;
    }
    const before = result.slice(0, start + begin(extension).length);
    const section = `\n${renderSection(extension, schema)}\n`;
    if (result.slice(before.length, stop) !== section) stale.push(extension);
    result = before + section + result.slice(stop);
  }
  return { text: result, stale, missing };
}

function main() {
  const { values } = parseArgs({ options: { write: { type: 'boolean', default: false }, readme: { type: 'string', default: 'specs/README.md' } } });
  const { text, stale, missing } = renderReadme(readFileSync(values.readme, 'utf8'));
  for (const extension of missing) process.stderr.write(`${values.readme} has no section for ${extension}: add the lines\n  ${begin(extension)}\n  ${end(extension)}\n`);
  if (values.write) {
    if (stale.length > 0) writeFileSync(values.readme, text);
  } else if (stale.length > 0) {
    process.stderr.write(`${values.readme} is out of date for ${stale.join(', ')}: run \`node codegen/scripts/extension-tables.mjs --write\`.\n`);
  }
  return missing.length > 0 || (!values.write && stale.length > 0) ? 1 : 0;
}

if (process.argv[1] === fileURLToPath(import.meta.url)) process.exitCode = main();
