// The vendors every shared suite iterates: the specs redocly.yaml lists under `apis:` (the one
// list of vendors), each joined with the descriptor its wrapper `@specsmith/<vendor>` exports.
// A listed spec without a wrapper, or a wrapper without a usable descriptor, fails the load
// with a message that names the vendor and says what to add.
import { existsSync, readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { join, resolve } from 'node:path';
import { fileURLToPath, pathToFileURL } from 'node:url';
import { parse } from 'yaml';
import type { VendorDescriptor } from '@specsmith/core/contract';

export type { ExpectedError, VendorCall } from '@specsmith/core/contract';

/** The repository this checkout is (the suites' default root). */
export const repositoryRoot = fileURLToPath(new URL('../..', import.meta.url)).replace(/\/$/, '');

/** A vendor as redocly.yaml lists it. */
export interface VendorSpec {
  /** The key under `apis:`. */
  readonly key: string;
  /** The spec's root file, absolute. */
  readonly specFile: string;
}

/** A listed vendor joined with its wrapper. */
export interface Vendor extends VendorSpec {
  readonly packageName: string;
  readonly descriptor: VendorDescriptor;
}

/** The vendors redocly.yaml lists under `apis:`, in its order. Reads no wrapper, so it suits a global setup. */
export function vendorSpecs(root = repositoryRoot): VendorSpec[] {
  const file = join(root, 'redocly.yaml');
  const apis = (parse(readFileSync(file, 'utf8')) as { apis?: unknown } | null)?.apis;
  if (apis === null || typeof apis !== 'object' || Object.keys(apis).length === 0) throw new Error(`${file} lists no vendor under apis:`);
  return Object.entries(apis as Record<string, { root?: unknown }>).map(([key, entry]) => {
    if (typeof entry?.root !== 'string') throw new Error(`${file}: apis.${key} has no root (the path of specs/${key}/openapi.yaml)`);
    return { key, specFile: resolve(root, entry.root) };
  });
}

const isObject = (value: unknown): value is Record<string, unknown> => typeof value === 'object' && value !== null && !Array.isArray(value);

function callProblems(call: unknown, where: string, operations: Record<string, unknown>): string[] {
  if (!isObject(call) || typeof call['operationId'] !== 'string' || !isObject(call['init'])) return [`${where} is not { operationId, init }`];
  if (!(call['operationId'] in operations)) return [`${where} names ${call['operationId']}, which the spec has no operation for`];
  return [];
}

/** What is missing or wrong in a descriptor, as sentences (empty: it is usable). */
function descriptorProblems(descriptor: Record<string, unknown>, key: string): string[] {
  const problems: string[] = [];
  if (descriptor['vendor'] !== key) problems.push(`has vendor ${JSON.stringify(descriptor['vendor'])}, but redocly.yaml lists it as "${key}"`);
  if (typeof descriptor['title'] !== 'string') problems.push('has no title');
  for (const name of ['create', 'testCredentials'] as const) if (typeof descriptor[name] !== 'function') problems.push(`has no ${name} function`);
  const api = descriptor['api'];
  const operations = isObject(api) && isObject(api['operations']) ? api['operations'] : undefined;
  if (!operations || !isObject(api) || typeof api['createResources'] !== 'function' || !isObject(api['policy'])) {
    return [...problems, "has no api (the generated package's operations, createResources and policy)"];
  }
  if (!isObject(descriptor['exampleOptions'])) problems.push('has no exampleOptions');
  const secrets = descriptor['secretOptions'];
  if (!Array.isArray(secrets) || secrets.length === 0) problems.push('names no secretOptions');
  else if (typeof descriptor['testCredentials'] === 'function') {
    const credentials = (descriptor['testCredentials'] as (secret: string) => unknown)('secret');
    const misses = secrets.filter((name) => !isObject(credentials) || credentials[name] !== 'secret');
    if (misses.length > 0) problems.push(`lists secretOptions ${misses.join(', ')} that testCredentials(secret) does not set to the secret`);
  }
  problems.push(...callProblems(descriptor['read'], 'read', operations), ...callProblems(descriptor['write'], 'write', operations));
  const errors = descriptor['errors'];
  if (!isObject(errors)) problems.push('has no errors { invalid, documented }');
  else {
    for (const name of ['invalid', 'documented'] as const) {
      problems.push(...callProblems(errors[name], `errors.${name}`, operations));
      if (isObject(errors[name]) && !isObject(errors[name]['expected'])) problems.push(`errors.${name} has no expected error`);
    }
  }
  if (!Array.isArray(descriptor['failuresInside200'])) problems.push('has no failuresInside200 list (empty when the vendor reports none)');
  return problems;
}

async function loadVendor(spec: VendorSpec, root: string): Promise<Vendor> {
  const packageName = `@specsmith/${spec.key}`;
  const listed = `redocly.yaml lists the vendor "${spec.key}"`;
  let entry: string;
  try {
    entry = createRequire(join(root, 'package.json')).resolve(packageName);
  } catch {
    throw new Error(`${listed}, but its wrapper ${packageName} is not installed: add packages/${spec.key}/ (README, "Adding a vendor") and run npm install`);
  }
  if (!existsSync(entry)) throw new Error(`${listed}, but its wrapper ${packageName} is not built (${entry} is missing): run npm run build`);
  const module = (await import(pathToFileURL(entry).href)) as { descriptor?: unknown };
  if (!isObject(module.descriptor)) {
    throw new Error(`${listed}, but its wrapper ${packageName} exports no descriptor: add packages/${spec.key}/src/descriptor.ts and export it from src/index.ts`);
  }
  const problems = descriptorProblems(module.descriptor, spec.key);
  if (problems.length > 0) throw new Error(`The descriptor of ${packageName} (vendor "${spec.key}" in redocly.yaml) ${problems.join('; ')}.`);
  return { ...spec, packageName, descriptor: module.descriptor as unknown as VendorDescriptor };
}

const loaded = new Map<string, Promise<Vendor[]>>();

/** Every vendor redocly.yaml lists under `root`, joined with its wrapper's descriptor. */
export function loadVendors(root = repositoryRoot): Promise<Vendor[]> {
  let vendors = loaded.get(root);
  if (!vendors) {
    const specs = vendorSpecs(root);
    vendors = Promise.all(specs.map((spec) => loadVendor(spec, root)));
    loaded.set(root, vendors);
  }
  return vendors;
}

/** Whether the vendor's write is safe to repeat: the spec marks it idempotent because the vendor de-duplicates it. */
export function writeIsDeduplicated(vendor: Vendor): boolean {
  const operations = vendor.descriptor.api.operations as Record<string, { idempotent: boolean } | undefined>;
  return operations[vendor.descriptor.write.operationId]?.idempotent === true;
}
