// A real, large public spec end to end: GitHub's REST description from the npm package
// @octokit/openapi (~1,000 operations, 13 MB of JSON) generates, and strict tsc accepts the
// result without hitting TS2589 ("type instantiation is excessively deep").
import { readFile } from 'node:fs/promises';
import { createRequire } from 'node:module';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { runSpecsmith, withoutTimes } from '../support/run-specsmith.js';
import { linkNodeModules, makeTempDir } from '../support/temp-dir.js';
import { typeCheck } from '../support/type-check.js';

const githubSpec = createRequire(import.meta.url).resolve('@octokit/openapi/generated/api.github.com.json');

describe('GitHub REST description (@octokit/openapi)', () => {
  let temp: { path: string; remove: () => Promise<void> };
  beforeAll(async () => {
    temp = await makeTempDir('github');
  });
  afterAll(async () => temp.remove());

  it('generates a package whose every operation is in the table and the client', async () => {
    const out = join(temp.path, 'github');
    const result = await runSpecsmith(['generate', '--spec', githubSpec, '--name', 'github', '--out', out]);
    expect(result.exitCode).toBe(0);
    const spec = JSON.parse(await readFile(githubSpec, 'utf8')) as { paths: Record<string, Record<string, unknown>> };
    const methods = new Set(['get', 'put', 'post', 'delete', 'options', 'head', 'patch', 'trace']);
    const operationCount = Object.values(spec.paths).reduce((sum, item) => sum + Object.keys(item).filter((key) => methods.has(key)).length, 0);
    expect(operationCount).toBeGreaterThan(1000);
    expect(withoutTimes(result.stdout)).toBe(`github       written  ${operationCount} operations  10 files  <t> ms\n`);
    const client = await readFile(join(out, 'src/client.gen.ts'), 'utf8');
    // One encoded table row and one typed Resources method per operation.
    expect(client.match(/^ {2}\['(get|put|post|delete|options|head|patch|trace) \//gm)?.length).toBe(operationCount);
    expect(client.match(/^ {4}\w+\(init\??: /gm)?.length).toBe(operationCount);
    expect(client).toContain(
      "getContent(init: { params: { path: paths['/repos/{owner}/{repo}/contents/{path}']['get']['parameters']['path']; query?: paths['/repos/{owner}/{repo}/contents/{path}']['get']['parameters']['query'] } } & CallOptions)",
    );
  });

  it('type-checks under strict tsc without TS2589', async () => {
    const out = join(temp.path, 'github');
    await linkNodeModules(out);
    const result = await typeCheck(out);
    expect(result.output).not.toContain('TS2589');
    expect(result.output).toBe('');
    expect(result.ok).toBe(true);
  });
});
