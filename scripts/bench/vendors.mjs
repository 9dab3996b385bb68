// The vendors the benchmarks measure: the specs redocly.yaml lists under `apis:` (the one list
// of vendors), each joined with its wrapper's descriptor and the name its factory is exported
// under (what a consumer imports, so what a bundle of it contains). The suites' loader is
// test/support/vendors.ts; this one is for plain Node scripts.
import { readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { join, resolve } from 'node:path';
import { pathToFileURL } from 'node:url';
import { parse } from 'yaml';

/** The vendor the size and latency targets are stated for, measured against its peers. */
export const referenceVendor = 'xurrent';

/** `[{ key, specFile }]` in redocly.yaml's order. */
export function vendorSpecs(root = process.cwd()) {
  const { apis } = parse(readFileSync(join(root, 'redocly.yaml'), 'utf8'));
  return Object.entries(apis).map(([key, entry]) => ({ key, specFile: resolve(root, entry.root) }));
}

/** Each listed vendor with `packageName`, `descriptor` and `factoryName`. */
export async function benchVendors(root = process.cwd()) {
  const require = createRequire(join(root, 'package.json'));
  return Promise.all(
    vendorSpecs(root).map(async (spec) => {
      const packageName = `@specsmith/${spec.key}`;
      const module = await import(pathToFileURL(require.resolve(packageName)).href);
      const { descriptor } = module;
      if (!descriptor) throw new Error(`redocly.yaml lists the vendor "${spec.key}", but ${packageName} exports no descriptor (README, "Adding a vendor")`);
      const factoryName = Object.keys(module).find((name) => module[name] === descriptor.create);
      if (!factoryName) throw new Error(`${packageName} does not export its descriptor's create function by name`);
      return { ...spec, packageName, descriptor, factoryName };
    }),
  );
}
