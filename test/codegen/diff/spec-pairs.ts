// The hand-made spec pairs the diff tests run on: each case edits a copy of
// test/fixtures/diff/base.yaml (the old side) to make the new side, changing one thing of
// one change class. `writePair` puts both files in a folder of their own.
import { readFileSync } from 'node:fs';
import { mkdir, writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import type { ChangeClass } from '../../../codegen/src/diff/change.js';

export const BASE_SPEC = new URL('../../fixtures/diff/base.yaml', import.meta.url).pathname;
const base = readFileSync(BASE_SPEC, 'utf8');

export interface SpecPair {
  readonly class: ChangeClass;
  /** Text replacements on the base, each of text found exactly once. */
  readonly edits: readonly (readonly [string, string])[];
}

const GET_REQUEST = `    get:
      operationId: getRequest
      summary: Get a request
      tags: [requests]
      parameters:
        - { name: X-Account, in: header, required: true, schema: { type: string } }
      responses:
        '200':
          description: The request.
          content:
            application/json:
              schema: { $ref: '#/components/schemas/Request' }
`;

const SEARCH_BODY = `      requestBody:
        content:
          application/json:
            schema:
              type: object
              properties:
                query: { type: string }
                limit: { type: integer }
                offset: { type: integer }
`;

const CLOSE_RESPONSES = `      operationId: closeRequest
      summary: Close a request
      tags: [requests]
      responses:`;

const NOTES_PATH = `  /requests/{id}/notes:
    parameters:
      - { name: id, in: path, required: true, schema: { type: integer } }
    get:
      operationId: listNotes
      summary: List a request's notes
      tags: [requests]
      responses:
        '200':
          description: The notes.
          content:
            application/json:
              schema: { type: array, items: { type: string } }
`;

const BODY = (required: boolean) => `      requestBody:
        required: ${required}
        content:
          application/json:
            schema: { type: object, properties: { reason: { type: string } } }
`;

export const SPEC_PAIRS: readonly SpecPair[] = [
  { class: 'operation-removed', edits: [[GET_REQUEST, '']] },
  { class: 'operation-renamed', edits: [['operationId: getRequest', 'operationId: fetchRequest']] },
  { class: 'operation-moved', edits: [['  /requests/search:', '  /requests/query:']] },
  {
    class: 'client-method-moved',
    edits: [
      ['      operationId: closeRequest\n      summary: Close a request\n      tags: [requests]', '      operationId: closeRequest\n      summary: Close a request\n      tags: [workflow]'],
      ['tags:\n  - { name: requests, description: Service requests. }', 'tags:\n  - { name: requests, description: Service requests. }\n  - { name: workflow, description: Request workflow. }'],
    ],
  },
  { class: 'operation-added', edits: [['  /requests/search:', `${NOTES_PATH}  /requests/search:`]] },
  { class: 'parameter-removed', edits: [["        - { name: status, in: query, schema: { $ref: '#/components/schemas/Status' } }\n", '']] },
  {
    class: 'required-parameter-added',
    edits: [
      [
        '        - { name: per_page, in: query, schema: { type: integer } }\n',
        '        - { name: per_page, in: query, schema: { type: integer } }\n        - { name: team, in: query, required: true, schema: { type: string } }\n',
      ],
    ],
  },
  {
    class: 'optional-parameter-added',
    edits: [
      [
        '        - { name: per_page, in: query, schema: { type: integer } }\n',
        '        - { name: per_page, in: query, schema: { type: integer } }\n        - { name: team, in: query, schema: { type: string } }\n',
      ],
    ],
  },
  { class: 'parameter-now-required', edits: [['{ name: status, in: query, schema:', '{ name: status, in: query, required: true, schema:']] },
  { class: 'parameter-now-optional', edits: [['{ name: X-Account, in: header, required: true,', '{ name: X-Account, in: header,']] },
  { class: 'body-removed', edits: [[SEARCH_BODY, '']] },
  { class: 'required-body-added', edits: [[CLOSE_RESPONSES, CLOSE_RESPONSES.replace('      responses:', `${BODY(true)}      responses:`)]] },
  { class: 'optional-body-added', edits: [[CLOSE_RESPONSES, CLOSE_RESPONSES.replace('      responses:', `${BODY(false)}      responses:`)]] },
  { class: 'body-now-required', edits: [[SEARCH_BODY, SEARCH_BODY.replace('      requestBody:\n', '      requestBody:\n        required: true\n')]] },
  { class: 'body-now-optional', edits: [['      requestBody:\n        required: true\n', '      requestBody:\n        required: false\n']] },
  { class: 'response-removed', edits: [["        '204':\n          description: Already closed.\n", '']] },
  {
    class: 'response-added',
    edits: [["        '204':\n          description: Already closed.\n", "        '204':\n          description: Already closed.\n        '202':\n          description: Closing.\n"]],
  },
  { class: 'field-removed', edits: [['        note: { type: string }\n', '']] },
  {
    class: 'required-field-added',
    edits: [
      ['      required: [subject]\n', '      required: [subject, priority]\n'],
      ['        note: { type: string }\n', '        note: { type: string }\n        priority: { type: integer }\n'],
    ],
  },
  { class: 'field-added', edits: [['        note: { type: string }\n', '        note: { type: string }\n        due_at: { type: string, format: date-time }\n']] },
  { class: 'field-now-required', edits: [['      required: [subject]\n', '      required: [subject, note]\n']] },
  { class: 'field-now-optional', edits: [['      required: [id, subject, status]\n', '      required: [id, subject]\n']] },
  { class: 'enum-value-removed', edits: [['enum: [open, in_progress, closed]', 'enum: [open, closed]']] },
  { class: 'enum-value-added', edits: [['enum: [open, in_progress, closed]', 'enum: [open, in_progress, closed, archived]']] },
  { class: 'nullable-removed', edits: [["assignee: { type: [string, 'null'] }", 'assignee: { type: string }']] },
  { class: 'nullable-added', edits: [['        id: { type: integer }\n        subject: { type: string }\n', "        id: { type: integer }\n        subject: { type: [string, 'null'] }\n"]] },
  { class: 'type-changed', edits: [['        id: { type: integer }\n', '        id: { type: string }\n']] },
  { class: 'type-narrowed', edits: [['{ name: per_page, in: query, schema: { type: integer } }', '{ name: per_page, in: query, schema: { type: integer, enum: [25, 50, 100] } }']] },
  { class: 'type-widened', edits: [['{ name: per_page, in: query, schema: { type: integer } }', '{ name: per_page, in: query, schema: { type: number } }']] },
  { class: 'variant-removed', edits: [['            - { type: string }\n            - { type: integer }\n', '            - { type: string }\n']] },
  {
    class: 'variant-added',
    edits: [['            - { type: string }\n            - { type: integer }\n', '            - { type: string }\n            - { type: integer }\n            - { type: boolean }\n']],
  },
  { class: 'error-code-removed', edits: [['    - { code: 429, name: TooManyRequests, status: 429, retryable: true, description: Slow down. }\n', '']] },
  { class: 'error-code-renamed', edits: [['name: TooManyRequests', 'name: RateLimited']] },
  {
    class: 'error-code-added',
    edits: [
      [
        'description: Something failed on the server. }\n',
        'description: Something failed on the server. }\n    - { code: 503, name: Maintenance, status: 503, retryable: true, description: Down for maintenance. }\n',
      ],
    ],
  },
  { class: 'pagination-removed', edits: [['      x-pagination: { style: link, limitParam: per_page }\n', '']] },
  { class: 'pagination-changed', edits: [['x-pagination: { style: link, limitParam: per_page }', 'x-pagination: { style: link, limitParam: per_page, maxLimit: 100 }']] },
  { class: 'pagination-added', edits: [['      x-idempotent: true\n', '      x-idempotent: true\n      x-pagination: { style: offset, in: body, limitParam: limit, offsetParam: offset }\n']] },
  { class: 'idempotency-changed', edits: [['      x-idempotent: true\n', '']] },
];

export function newSpecText(pair: SpecPair): string {
  return pair.edits.reduce((text, [from, to]) => {
    const count = text.split(from).length - 1;
    if (count !== 1) throw new Error(`${pair.class}: the edit's text occurs ${count} times in the base spec, not once: ${from}`);
    return text.replace(from, to);
  }, base);
}

/** Writes `old.yaml` (the base) and `new.yaml` into `<directory>/<class>/`; returns that folder. */
export async function writePair(directory: string, pair: SpecPair): Promise<string> {
  const folder = join(directory, pair.class);
  await mkdir(folder, { recursive: true });
  await writeFile(join(folder, 'old.yaml'), base);
  await writeFile(join(folder, 'new.yaml'), newSpecText(pair));
  return folder;
}
