// Reads one spec file into a Redocly Document, turning every way a file can be unreadable
// (missing, empty, binary, bad JSON, bad YAML) into a located SpecError. A leading byte-order
// mark is not part of the document (spec-text.ts).
import { readFile } from 'node:fs/promises';
import { Source, makeDocumentFromString, YamlParseError, type Document } from '@redocly/openapi-core';
import { specError } from '../problems.js';
import { isJsonText, withoutByteOrderMark } from './spec-text.js';

/** Line and column (1-based) of a character offset. */
function lineColumnAt(text: string, offset: number): { line: number; column: number } {
  const before = text.slice(0, offset);
  const line = before.split('\n').length;
  return { line, column: offset - before.lastIndexOf('\n') };
}

async function readText(file: string): Promise<string> {
  let bytes: Buffer;
  try {
    bytes = await readFile(file);
  } catch (error) {
    const code = (error as NodeJS.ErrnoException).code;
    const what = code === 'ENOENT' ? 'does not exist' : code === 'EISDIR' ? 'is a directory' : `cannot be read (${code})`;
    throw specError('read', `The spec file ${what}.`, { file }, 'Check the path (and the `apis:` entry in redocly.yaml).');
  }
  if (bytes.includes(0)) {
    throw specError('read', 'The spec file is binary, not JSON or YAML text.', { file }, 'Point at the OpenAPI document itself.');
  }
  const text = withoutByteOrderMark(bytes.toString('utf8'));
  if (text.trim().length === 0) {
    throw specError('read', 'The spec file is empty.', { file }, 'Write an OpenAPI 3.x document into it.');
  }
  return text;
}

/**
 * JSON is parsed with JSON.parse (several times faster than a YAML parser on large
 * descriptions); the Source keeps the text so later problems still get line and column.
 */
function parseJson(text: string, file: string): Document {
  try {
    return { source: new Source(file, text, 'application/json'), parsed: JSON.parse(text) as unknown };
  } catch (error) {
    const message = (error as Error).message;
    const offset = Number(/position (\d+)/.exec(message)?.[1] ?? Number.NaN);
    const where = Number.isNaN(offset) ? {} : lineColumnAt(text, offset);
    throw specError('parse', `Invalid JSON: ${message}.`, { file, ...where }, 'Fix the JSON syntax at that position.');
  }
}

function parseYaml(text: string, file: string): Document {
  try {
    return makeDocumentFromString(text, file);
  } catch (error) {
    if (error instanceof YamlParseError) {
      // js-yaml appends ` in "<file>" (line:col)`; the location is reported separately.
      const reason = (error.originalError.message.split('\n')[0] ?? 'unreadable YAML').replace(/ in "[^"]*" \(\d+:\d+\)$/, '').replace(/ \(\d+:\d+\)$/, '');
      throw specError('parse', `Invalid YAML: ${reason}.`, { file, line: error.line + 1, column: error.col + 1 }, 'Fix the YAML syntax (indentation, quotes, colons) at that position.');
    }
    throw error;
  }
}

export async function readDocument(file: string): Promise<Document> {
  const text = await readText(file);
  const document = isJsonText(file, text) ? parseJson(text, file) : parseYaml(text, file);
  const root = document.parsed as Record<string, unknown> | null;
  if (typeof root !== 'object' || root === null || Array.isArray(root)) {
    throw specError('parse', 'The document is not an object; an OpenAPI document is a mapping with `openapi`, `info` and `paths`.', { file, line: 1, column: 1 });
  }
  if (typeof root['swagger'] === 'string') {
    throw specError(
      'openapi-version',
      `Swagger ${root['swagger']} is not supported; Specsmith reads OpenAPI 3.0 and 3.1.`,
      { file, pointer: '#/swagger' },
      'Convert the description to OpenAPI 3 first.',
    );
  }
  const version = typeof root['openapi'] === 'string' ? root['openapi'] : '';
  if (!/^3\.[01]\.\d+/.test(version)) {
    const found = root['openapi'] === undefined ? 'no `openapi` field' : `openapi: ${JSON.stringify(root['openapi'])}`;
    throw specError(
      'openapi-version',
      `Unsupported document: ${found}; Specsmith reads OpenAPI 3.0.x and 3.1.x.`,
      { file, pointer: '#/openapi' },
      'Set `openapi: 3.1.0` (or 3.0.x) at the top of the document.',
    );
  }
  return document;
}
