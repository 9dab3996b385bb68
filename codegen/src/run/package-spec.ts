// What a generated package is made from: its spec, its folder and its package name.
import { join } from 'node:path';
import type { VendorEntry } from '../config.js';

export interface PackageSpec {
  /** Shown in progress lines: the vendor name or `--name`. */
  readonly name: string;
  readonly specFile: string;
  readonly outDirectory: string;
  readonly packageName: string;
  /** Set for vendor packages that have a hand-written wrapper in packages/<vendor>. */
  readonly vendor: string | null;
  /** Vendor specs must carry an x-error-codes catalogue. */
  readonly requireErrorCatalogue: boolean;
}

/** `@specsmith/<name>-api`, unless the name is a package name already. */
export function packageNameFor(name: string): string {
  return name.includes('/') ? name : `@specsmith/${name}-api`;
}

/** The package a vendor listed in redocly.yaml generates. */
export function vendorPackage(root: string, entry: VendorEntry): PackageSpec {
  return {
    name: entry.name,
    specFile: entry.specFile,
    outDirectory: join(root, 'generated', entry.name),
    packageName: packageNameFor(entry.name),
    vendor: entry.name,
    requireErrorCatalogue: true,
  };
}
