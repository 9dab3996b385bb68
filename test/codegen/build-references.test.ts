// tsconfig.build.json's project references follow redocly.yaml's vendors: `specsmith generate`
// writes them, `--check` reports a drift, so adding a vendor edits no build file by hand.
import { cpSync, mkdirSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { repositoryRoot, runSpecsmith } from '../support/run-specsmith.js';
import { vendorSpecs } from '../support/vendors.js';

const project = mkdtempSync(join(tmpdir(), 'specsmith-references-'));
afterAll(() => rmSync(project, { recursive: true, force: true }));

const references = () => (JSON.parse(readFileSync(join(project, 'tsconfig.build.json'), 'utf8')) as { references: { path: string }[] }).references.map((entry) => entry.path);

describe('tsconfig.build.json references', () => {
  it('are reported by --check when they miss a vendor, written by generate, and then up to date', async () => {
    mkdirSync(join(project, 'specs', 'sixth'), { recursive: true });
    cpSync(join(repositoryRoot, 'test', 'fixtures', 'sixth-vendor', 'specs', 'sixth', 'openapi.yaml'), join(project, 'specs', 'sixth', 'openapi.yaml'));
    writeFileSync(join(project, 'redocly.yaml'), 'apis:\n  sixth:\n    root: specs/sixth/openapi.yaml\n');
    // A wrapper folder exists for sixth, so its package is built too.
    mkdirSync(join(project, 'packages', 'sixth'), { recursive: true });
    writeFileSync(join(project, 'packages', 'sixth', 'tsconfig.json'), '{}\n');
    writeFileSync(join(project, 'tsconfig.build.json'), '{ "files": [], "references": [{ "path": "packages/core" }, { "path": "codegen" }] }\n');

    const stale = await runSpecsmith(['generate', '--check', 'sixth'], project);
    expect(stale.exitCode).toBe(1);
    expect(stale.stderr).toContain('  tsconfig.build.json: its references do not match the vendors in redocly.yaml\n');
    expect(references()).toEqual(['packages/core', 'codegen']);

    const written = await runSpecsmith(['generate', '--quiet', 'sixth'], project);
    expect(written).toMatchObject({ exitCode: 0, stderr: '' });
    expect(references()).toEqual(['packages/core', 'packages/mock', 'codegen', 'generated/sixth', 'packages/sixth']);

    const checked = await runSpecsmith(['generate', '--check', '--quiet', 'sixth'], project);
    expect(checked).toMatchObject({ exitCode: 0, stderr: '' });
  });

  it('of this repository list every vendor of redocly.yaml, and each of its wrappers', () => {
    const listed = (JSON.parse(readFileSync(join(repositoryRoot, 'tsconfig.build.json'), 'utf8')) as { references: { path: string }[] }).references.map((entry) => entry.path);
    const keys = vendorSpecs().map((vendor) => vendor.key);
    expect(listed).toEqual(['packages/core', 'packages/mock', 'codegen', ...keys.map((key) => `generated/${key}`), ...keys.map((key) => `packages/${key}`)]);
  });
});
