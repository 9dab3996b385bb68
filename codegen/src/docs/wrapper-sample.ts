// The client a vendor's docs samples create, read from its wrapper: @specsmith/<vendor>'s
// descriptor (the contract's VendorDescriptor) holds the example options, and the name the
// wrapper exports its `create` under is the factory. A vendor without a wrapper yet (a new
// spec, before its packages/<vendor>/ exists) gets a client derived from its spec.
import { existsSync } from 'node:fs';
import { createRequire } from 'node:module';
import { dirname, join } from 'node:path';
import type { ExampleValue, VendorDescriptor } from '@specsmith/core/contract';
import type { ApiModel } from '../model/api-model.js';
import { derivedSampleClient, exampleOptionLines, packageNameOf, type SampleClient } from './code-samples.js';

export interface WrapperSample {
  readonly client: SampleClient;
  /** What the client was read from, for the cache: the built wrapper's entry and descriptor, or where its package.json would be. */
  readonly inputFiles: readonly string[];
}

function resolveWrapper(require: NodeRequire, packageName: string): string | null {
  try {
    return require.resolve(packageName);
  } catch {
    return null;
  }
}

export function wrapperSampleOf(root: string, vendor: string, model: ApiModel): WrapperSample {
  const packageName = packageNameOf(vendor);
  const wrapperDirectory = join(root, 'packages', vendor);
  const require = createRequire(join(root, 'package.json'));
  const entry = resolveWrapper(require, packageName);
  if (entry === null || !existsSync(entry)) {
    if (existsSync(join(wrapperDirectory, 'package.json'))) {
      throw new Error(`The docs samples of ${vendor} use its wrapper's descriptor, but ${packageName} is not built or not installed: run npm install and npm run build.`);
    }
    // Its package.json appearing (the wrapper being added) renders the page again.
    return { client: derivedSampleClient(model, vendor), inputFiles: [join(wrapperDirectory, 'package.json')] };
  }
  // require() of the ES module (Node >= 20.19): dynamic import() from the bundle, which the bin
  // runs through a vm.Script, would print an experimental-feature warning on every run.
  const exports = require(entry) as Record<string, unknown> & { descriptor?: VendorDescriptor };
  const descriptor = exports.descriptor;
  if (typeof descriptor !== 'object' || descriptor === null || typeof descriptor.exampleOptions !== 'object') {
    throw new Error(`${packageName} exports no descriptor with exampleOptions, which its docs samples pass to the client: add packages/${vendor}/src/descriptor.ts and export it from src/index.ts.`);
  }
  const factory = Object.keys(exports).find((name) => exports[name] === descriptor.create);
  if (!factory) throw new Error(`${packageName} does not export its descriptor's create function by name, which the docs samples import.`);
  const descriptorFile = join(dirname(entry), 'descriptor.js');
  return {
    client: { packageName, factory, options: exampleOptionLines(descriptor.exampleOptions as Readonly<Record<string, ExampleValue | undefined>>) },
    inputFiles: [entry, ...(existsSync(descriptorFile) ? [descriptorFile] : [])],
  };
}
