// The run API (codegen's exports): one context per run whose load() reads, lints, bundles and
// models a spec once for every target; one runner that caches per part, hands summaries to
// the part that reads them, and writes every target's files together or none of them.
import { existsSync } from 'node:fs';
import { mkdir, readFile, writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createRunContext, runTargets, SpecError, type Part, type Target } from '../../codegen/src/index.js';
import { indexEntryOf } from '../../codegen/src/docs/index-page.js';
import { withCodeSamples } from '../../codegen/src/docs/code-samples.js';
import { wrapperSampleOf } from '../../codegen/src/docs/wrapper-sample.js';
import { emitPackage } from '../../codegen/src/emit/package.js';
import { repositoryRoot } from '../support/run-specsmith.js';
import { makeTempDir } from '../support/temp-dir.js';
import { vendorSpecs } from '../support/vendors.js';

const deepFreeze = (value: unknown): void => {
  if (typeof value !== 'object' || value === null || Object.isFrozen(value)) return;
  Object.freeze(value);
  for (const child of Object.values(value)) deepFreeze(child);
};

describe('createRunContext: load', () => {
  const specFile = join(repositoryRoot, 'specs/xtrakit/openapi.yaml');

  it('loads and models a spec once per run, and afresh in the next run', async () => {
    const run = await createRunContext({ root: repositoryRoot });
    const first = await run.load(specFile, { requireErrorCatalogue: true });
    expect(await run.load(specFile, { requireErrorCatalogue: true })).toBe(first);
    expect(first.model.operations).toHaveLength(20);
    const next = await createRunContext({ root: repositoryRoot });
    expect(await next.load(specFile, { requireErrorCatalogue: true })).not.toBe(first);
  });

  it('hands every target the same document, which none of them changes', async () => {
    const run = await createRunContext({ root: repositoryRoot });
    for (const { key, specFile: file } of vendorSpecs()) {
      const { spec, model } = await run.load(file, { requireErrorCatalogue: true });
      deepFreeze(spec.document);
      deepFreeze(model);
      const specPath = `specs/${key}/openapi.yaml`;
      expect(() => emitPackage(spec, model, { packageName: `@specsmith/${key}-api`, vendor: key, specPath }), key).not.toThrow();
      expect(() => withCodeSamples(spec.document, model, wrapperSampleOf(repositoryRoot, key, model).client), key).not.toThrow();
      expect(() => indexEntryOf({ name: key, specPath, document: spec.document, model }), key).not.toThrow();
    }
  }, 60_000);
});

describe('runTargets', () => {
  let temp: { path: string; remove: () => Promise<void> };
  const rendered: string[] = [];
  const input = (name: string) => join(temp.path, 'inputs', name);

  /** A part whose one file is its input's text (and its summary), or, for the reader, the summaries joined. */
  const part = (key: string, reader = false): Part => ({
    key,
    requiredInputs: reader ? [] : [input(key)],
    readsSummaries: reader,
    async render(_context, summaries) {
      rendered.push(key);
      if (reader) return { files: [{ path: `${key}.txt`, content: [...summaries.values()].join('+') }], inputFiles: [], operations: 0, warnings: [] };
      const text = await readFile(input(key), 'utf8');
      return { files: [{ path: `${key}.txt`, content: text }], inputFiles: [input(key)], operations: 1, warnings: [], summary: text };
    },
  });
  const target = (name: string, parts: Part[]): Target => ({ name, outDirectory: join(temp.path, name), notice: 'test', parts });
  const run = async (targets: Target[]) => {
    rendered.length = 0;
    const results = await runTargets(targets, await createRunContext({ root: temp.path }));
    return results.map((result) => `${result.name} ${result.status} ${result.rendered.join(',')}`);
  };

  beforeAll(async () => {
    temp = await makeTempDir('runner');
    await mkdir(join(temp.path, 'inputs'));
    await writeFile(input('one'), 'A');
    await writeFile(input('two'), 'B');
  });
  afterAll(async () => temp.remove());

  it('renders every part first, then only the parts whose inputs changed, and the reader of their summaries', async () => {
    const site = () => target('site', [part('one'), part('two'), part('index', true)]);
    expect(await run([site()])).toEqual(['site written one,two,index']);
    expect(await readFile(join(temp.path, 'site/index.txt'), 'utf8')).toBe('A+B');
    expect(await run([site()])).toEqual(['site unchanged ']);
    await writeFile(input('two'), 'C');
    expect(await run([site()])).toEqual(['site written two,index']);
    expect(rendered).toEqual(['two', 'index']);
    // The unchanged part's summary came from the manifest.
    expect(await readFile(join(temp.path, 'site/index.txt'), 'utf8')).toBe('A+C');
  });

  it('writes nothing of any target when one of them fails', async () => {
    const failing: Part = {
      key: 'broken',
      requiredInputs: [],
      render: async () => {
        throw new SpecError([{ severity: 'error', rule: 'test', message: 'broken on purpose', location: { file: input('broken') } }]);
      },
    };
    const error = await run([target('fine', [part('one')]), target('bad', [failing])]).catch((caught: unknown) => caught);
    expect(error).toBeInstanceOf(SpecError);
    expect((error as SpecError).problems.map((problem) => problem.message)).toEqual(['broken on purpose']);
    expect(existsSync(join(temp.path, 'fine'))).toBe(false);
  });
});
