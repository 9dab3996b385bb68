// The vendor list every shared suite iterates: redocly.yaml's `apis:` joined with each
// wrapper's descriptor. A listed vendor without a wrapper or a usable descriptor fails with a
// message naming it; every wrapper repeats the descriptor types word for word; and the options
// the docs samples show make a client.
import { mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { parse } from 'yaml';
import { makeTempDir } from '../support/temp-dir.js';
import { loadVendors, repositoryRoot, vendorSpecs } from '../support/vendors.js';

const vendors = await loadVendors();

describe('the vendor list', () => {
  it("is redocly.yaml's apis:, each joined with the descriptor of the wrapper of that name", () => {
    const listed = Object.keys((parse(readFileSync(join(repositoryRoot, 'redocly.yaml'), 'utf8')) as { apis: object }).apis);
    expect(listed.length).toBeGreaterThan(0);
    expect(vendors.map((vendor) => [vendor.key, vendor.packageName, vendor.descriptor.vendor])).toEqual(listed.map((key) => [key, `@specsmith/${key}`, key]));
    expect(vendors.map((vendor) => vendor.specFile)).toEqual(listed.map((key) => join(repositoryRoot, 'specs', key, 'openapi.yaml')));
  });
});

describe('a listed vendor that cannot be joined', () => {
  let temp: { path: string; remove: () => Promise<void> };
  beforeEach(async () => {
    temp = await makeTempDir('vendors');
    writeFileSync(join(temp.path, 'package.json'), '{ "name": "workspace", "private": true }\n');
    writeFileSync(join(temp.path, 'redocly.yaml'), 'apis:\n  sixth:\n    root: specs/sixth/openapi.yaml\n');
  });
  afterEach(async () => temp.remove());

  /** Installs a package `@specsmith/sixth` whose index.js is `source`. */
  function installWrapper(source: string) {
    const folder = join(temp.path, 'node_modules', '@specsmith', 'sixth');
    mkdirSync(folder, { recursive: true });
    writeFileSync(join(folder, 'package.json'), '{ "name": "@specsmith/sixth", "type": "module", "exports": "./index.js" }\n');
    writeFileSync(join(folder, 'index.js'), source);
  }

  it('without a wrapper: says which vendor and what to add', async () => {
    await expect(loadVendors(temp.path)).rejects.toThrow(
      'redocly.yaml lists the vendor "sixth", but its wrapper @specsmith/sixth is not installed: add packages/sixth/ (README, "Adding a vendor") and run npm install',
    );
  });

  it('with a wrapper that exports no descriptor', async () => {
    installWrapper('export const createSixthClient = () => ({});\n');
    await expect(loadVendors(temp.path)).rejects.toThrow(
      'redocly.yaml lists the vendor "sixth", but its wrapper @specsmith/sixth exports no descriptor: add packages/sixth/src/descriptor.ts and export it from src/index.ts',
    );
  });

  it('with a descriptor that names another vendor, calls an operation the spec lacks and leaves its secret out', async () => {
    installWrapper(`export const descriptor = {
  vendor: 'seventh', title: 'Sixth', create: () => ({}),
  api: { operations: { getThing: {} }, createResources: () => ({}), policy: {} },
  exampleOptions: {}, testCredentials: () => ({ token: 'placeholder' }), secretOptions: ['token'],
  read: { operationId: 'getThing', init: {} }, write: { operationId: 'putThing', init: {} },
  errors: { invalid: { operationId: 'getThing', init: {}, expected: {} }, documented: { operationId: 'getThing', init: {} } },
  failuresInside200: [],
};\n`);
    await expect(loadVendors(temp.path)).rejects.toThrow(
      'The descriptor of @specsmith/sixth (vendor "sixth" in redocly.yaml) has vendor "seventh", but redocly.yaml lists it as "sixth"; ' +
        'lists secretOptions token that testCredentials(secret) does not set to the secret; write names putThing, which the spec has no operation for; ' +
        'errors.documented has no expected error.',
    );
  });

  it('an apis: entry without a root', async () => {
    writeFileSync(join(temp.path, 'redocly.yaml'), 'apis:\n  sixth: {}\n');
    expect(() => vendorSpecs(temp.path)).toThrow(`${join(temp.path, 'redocly.yaml')}: apis.sixth has no root (the path of specs/sixth/openapi.yaml)`);
  });
});

describe.each(vendors.map((vendor) => [vendor.key, vendor] as const))('the %s descriptor', (_key, vendor) => {
  it('gives example options the docs samples can show, and they make a client', () => {
    // An option read from the environment gets a value shaped like an id (it may end up in a host name).
    const fromEnvironment = (name: string) => name.toLowerCase().replace(/_/g, '-');
    const options = Object.fromEntries(
      Object.entries(vendor.descriptor.exampleOptions).map(([name, value]) => [name, typeof value === 'object' && value !== null ? fromEnvironment(value.env) : value]),
    );
    expect(Object.keys(options).length).toBeGreaterThan(0);
    expect(typeof vendor.descriptor.create(options)).toBe('object');
  });
});
