// specsmith diff on one hand-made spec pair per change class (spec-pairs.ts): the exact text
// line, the JSON entry and the exit code of each.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { ChangeClass } from '../../../codegen/src/diff/change.js';
import type { DiffJson } from '../../../codegen/src/diff/report-json.js';
import { makeTempDir } from '../../support/temp-dir.js';
import { runDiff } from './run-diff.js';
import { SPEC_PAIRS, writePair } from './spec-pairs.js';

/** Per class: the exit code, and the one line the text report gives for the pair. */
const EXPECTED: Readonly<Record<ChangeClass, readonly [0 | 1, string]>> = {
  'operation-removed': [1, 'BREAKING  removed operation getRequest (GET /requests/{id})  (old.yaml:53:7 at #/paths/~1requests~1{id}/get)'],
  'operation-renamed': [1, 'BREAKING  renamed operation getRequest to fetchRequest (GET /requests/{id})  (new.yaml:53:20 at #/paths/~1requests~1{id}/get/operationId)'],
  'operation-moved': [1, 'BREAKING  moved operation searchRequests from POST /requests/search to POST /requests/query  (new.yaml:81:7 at #/paths/~1requests~1query/post)'],
  'client-method-moved': [
    1,
    'BREAKING  closeRequest (POST /requests/{id}/close) moved from client.requests.close to client.workflow.closeRequest  (new.yaml:71:13 at #/paths/~1requests~1{id}~1close/post/tags)',
  ],
  'operation-added': [0, 'additive  added operation listNotes (GET /requests/{id}/notes)  (new.yaml:83:7 at #/paths/~1requests~1{id}~1notes/get)'],
  'parameter-removed': [1, 'BREAKING  removed query parameter status from listRequests (GET /requests)  (old.yaml:27:11 at #/paths/~1requests/get/parameters/1)'],
  'required-parameter-added': [1, 'BREAKING  added required query parameter team to listRequests (GET /requests)  (new.yaml:27:11 at #/paths/~1requests/get/parameters/1)'],
  'optional-parameter-added': [0, 'additive  added optional query parameter team to listRequests (GET /requests)  (new.yaml:27:11 at #/paths/~1requests/get/parameters/1)'],
  'parameter-now-required': [1, 'BREAKING  query parameter status of listRequests (GET /requests) is now required  (new.yaml:27:11 at #/paths/~1requests/get/parameters/1)'],
  'parameter-now-optional': [0, 'additive  header parameter X-Account of getRequest (GET /requests/{id}) is now optional  (new.yaml:57:11 at #/paths/~1requests~1{id}/get/parameters/0)'],
  'body-removed': [1, 'BREAKING  removed the request body of searchRequests (POST /requests/search)  (old.yaml:86:9 at #/paths/~1requests~1search/post/requestBody)'],
  'required-body-added': [1, 'BREAKING  added a required request body to closeRequest (POST /requests/{id}/close)  (new.yaml:72:9 at #/paths/~1requests~1{id}~1close/post/requestBody)'],
  'optional-body-added': [0, 'additive  added an optional request body to closeRequest (POST /requests/{id}/close)  (new.yaml:72:9 at #/paths/~1requests~1{id}~1close/post/requestBody)'],
  'body-now-required': [1, 'BREAKING  the request body of searchRequests (POST /requests/search) is now required  (new.yaml:86:9 at #/paths/~1requests~1search/post/requestBody)'],
  'body-now-optional': [0, 'additive  the request body of createRequest (POST /requests) is now optional  (new.yaml:39:9 at #/paths/~1requests/post/requestBody)'],
  'response-removed': [1, 'BREAKING  removed response 204 from closeRequest (POST /requests/{id}/close)  (old.yaml:78:11 at #/paths/~1requests~1{id}~1close/post/responses/204)'],
  'response-added': [0, 'additive  added response 202 to closeRequest (POST /requests/{id}/close)  (new.yaml:80:11 at #/paths/~1requests~1{id}~1close/post/responses/202)'],
  'field-removed': [1, 'BREAKING  removed field note from schema RequestInput (used by createRequest)  (old.yaml:124:15 at #/components/schemas/RequestInput/properties/note)'],
  'required-field-added': [1, 'BREAKING  added required field priority to schema RequestInput (used by createRequest)  (new.yaml:125:19 at #/components/schemas/RequestInput/properties/priority)'],
  'field-added': [0, 'additive  added field due_at to schema RequestInput (used by createRequest)  (new.yaml:125:17 at #/components/schemas/RequestInput/properties/due_at)'],
  'field-now-required': [1, 'BREAKING  field note of schema RequestInput is now required (used by createRequest)  (new.yaml:124:15 at #/components/schemas/RequestInput/properties/note)'],
  'field-now-optional': [
    1,
    'BREAKING  field status of schema Request is now optional (used by listRequests, createRequest, getRequest, closeRequest, searchRequests)  (new.yaml:111:17 at #/components/schemas/Request/properties/status)',
  ],
  'enum-value-removed': [
    1,
    'BREAKING  removed enum value "in_progress" from schema Status (used by listRequests, createRequest, getRequest, closeRequest, searchRequests)  (old.yaml:104:20 at #/components/schemas/Status/enum/1)',
  ],
  'enum-value-added': [
    0,
    'additive  added enum value "archived" to schema Status (used by listRequests, createRequest, getRequest, closeRequest, searchRequests)  (new.yaml:104:41 at #/components/schemas/Status/enum/3)',
  ],
  'nullable-removed': [
    1,
    'BREAKING  schema Request field assignee is no longer nullable (used by listRequests, createRequest, getRequest, closeRequest, searchRequests)  (new.yaml:112:27 at #/components/schemas/Request/properties/assignee/type)',
  ],
  'nullable-added': [
    1,
    'BREAKING  schema Request field subject is now nullable (used by listRequests, createRequest, getRequest, closeRequest, searchRequests)  (new.yaml:110:26 at #/components/schemas/Request/properties/subject/type)',
  ],
  'type-changed': [
    1,
    'BREAKING  type of schema Request field id changed from integer to string (used by listRequests, createRequest, getRequest, closeRequest, searchRequests)  (new.yaml:109:21 at #/components/schemas/Request/properties/id/type)',
  ],
  'type-narrowed': [1, 'BREAKING  listRequests (GET /requests) query parameter per_page is now limited to 25, 50, 100  (new.yaml:26:48 at #/paths/~1requests/get/parameters/0/schema)'],
  'type-widened': [0, 'additive  type of listRequests (GET /requests) query parameter per_page widened from integer to number  (new.yaml:26:56 at #/paths/~1requests/get/parameters/0/schema/type)'],
  'variant-removed': [
    1,
    'BREAKING  removed variant #2 (integer) from schema RequestInput field reference (used by createRequest)  (old.yaml:126:11 at #/components/schemas/RequestInput/properties/reference)',
  ],
  'variant-added': [
    0,
    'additive  added variant #3 (boolean) to schema RequestInput field reference (used by createRequest)  (new.yaml:126:11 at #/components/schemas/RequestInput/properties/reference)',
  ],
  'error-code-removed': [1, 'BREAKING  removed error code 429 (TooManyRequests)  (old.yaml:14:7 at #/x-error-codes/codes/1)'],
  'error-code-renamed': [1, 'BREAKING  renamed error code 429 from TooManyRequests to RateLimited  (new.yaml:14:26 at #/x-error-codes/codes/1/name)'],
  'error-code-added': [0, 'additive  added error code 503 (Maintenance)  (new.yaml:16:7 at #/x-error-codes/codes/3)'],
  'pagination-removed': [
    1,
    'BREAKING  listRequests (GET /requests) is no longer paginated (x-pagination was style: link, in: query, limitParam: per_page)  (old.yaml:24:21 at #/paths/~1requests/get/x-pagination)',
  ],
  'pagination-changed': [1, 'BREAKING  x-pagination of listRequests (GET /requests) changed: maxLimit (none) -> 100  (new.yaml:24:21 at #/paths/~1requests/get/x-pagination)'],
  'pagination-added': [
    0,
    'additive  searchRequests (POST /requests/search) is now paginated (x-pagination style: offset, in: body, limitParam: limit, offsetParam: offset)  (new.yaml:85:21 at #/paths/~1requests~1search/post/x-pagination)',
  ],
  'idempotency-changed': [
    1,
    'BREAKING  searchRequests (POST /requests/search) is no longer retried as idempotent (was x-idempotent: true, now POST is not idempotent)  (old.yaml:84:21 at #/paths/~1requests~1search/post/x-idempotent)',
  ],
};

let directory: { path: string; remove: () => Promise<void> };
beforeAll(async () => {
  directory = await makeTempDir('diff-classes');
});
afterAll(async () => directory.remove());

describe('runDiffCommand on one spec pair per change class', () => {
  it('has a pair for every class', () => {
    expect(SPEC_PAIRS.map((pair) => pair.class).sort()).toEqual(Object.keys(EXPECTED).sort());
  });

  it.each(SPEC_PAIRS.map((pair) => [pair.class, pair] as const))('%s: one line of text, exit code by its kind', async (_name, pair) => {
    const [exitCode, line] = EXPECTED[pair.class];
    const folder = await writePair(directory.path, pair);
    const result = await runDiff(['old.yaml', 'new.yaml'], folder);
    const counts = exitCode === 1 ? '1 breaking, 0 additive' : '0 breaking, 1 additive';
    expect(result).toEqual({ exitCode, stdout: `old.yaml -> new.yaml: ${counts}\n${line}\n`, stderr: '' });
  });

  it.each(SPEC_PAIRS.map((pair) => [pair.class, pair] as const))('%s: the same change in --format json', async (_name, pair) => {
    const [exitCode, line] = EXPECTED[pair.class];
    const folder = await writePair(directory.path, pair);
    const result = await runDiff(['old.yaml', 'new.yaml', '--format', 'json'], folder);
    expect(result.exitCode).toBe(exitCode);
    const report = JSON.parse(result.stdout) as DiffJson;
    const kind = exitCode === 1 ? 'breaking' : 'additive';
    expect(report).toMatchObject({ format: 'specsmith-diff/1', old: 'old.yaml', new: 'new.yaml', impact: kind, breaking: exitCode, additive: 1 - exitCode });
    expect(report.changes).toHaveLength(1);
    const [change] = report.changes;
    expect(change?.class).toBe(pair.class);
    expect(change?.kind).toBe(kind);
    // The text line is the JSON entry's message, location and, for a named schema, its users.
    const { file, line: lineNumber, column, pointer } = change?.location ?? {};
    const users = change?.schema ? ` (used by ${change.operations.join(', ')})` : '';
    expect(`${kind === 'breaking' ? 'BREAKING' : 'additive'}  ${change?.message}${users}  (${file}:${lineNumber}:${column} at ${pointer})`).toBe(line);
  });
});
