// What the docs must show, read straight from redocly.yaml and the specs (with the `yaml`
// package, independently of the generator): each vendor's operations, in document order.
// Shared by the docs unit test and the browser test.
import { readFileSync } from 'node:fs';
import { dirname, join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { parse } from 'yaml';

export const ROOT = fileURLToPath(new URL('../../', import.meta.url));
export const DOCS = join(ROOT, 'generated', 'docs');

const METHODS = ['get', 'put', 'post', 'delete', 'options', 'head', 'patch', 'trace'];

interface SpecOperation {
  readonly operationId: string;
  readonly summary: string;
  readonly method: string;
  readonly path: string;
}

export interface VendorFacts {
  readonly name: string;
  readonly specFile: string;
  readonly title: string;
  readonly version: string;
  readonly operations: readonly SpecOperation[];
}

type Json = Record<string, unknown>;

function readYaml(file: string): Json {
  return parse(readFileSync(file, 'utf8')) as Json;
}

/** A path item, following a `$ref` to another file (and pointer) of the spec. */
function pathItemOf(node: Json, file: string): Json {
  const ref = node['$ref'];
  if (typeof ref !== 'string') return node;
  const [target, pointer = ''] = ref.split('#');
  const targetFile = target ? resolve(dirname(file), target) : file;
  let current: unknown = readYaml(targetFile);
  for (const part of pointer.split('/').filter(Boolean)) current = (current as Json)[part.replace(/~1/g, '/').replace(/~0/g, '~')];
  return pathItemOf(current as Json, targetFile);
}

export function vendorFacts(): VendorFacts[] {
  const config = readYaml(join(ROOT, 'redocly.yaml'));
  return Object.entries(config['apis'] as Record<string, { root: string }>).map(([name, entry]) => {
    const specFile = join(ROOT, entry.root);
    const document = readYaml(specFile);
    const info = (document['info'] ?? {}) as Json;
    const operations: SpecOperation[] = [];
    for (const [path, node] of Object.entries((document['paths'] ?? {}) as Record<string, Json>)) {
      const item = pathItemOf(node, specFile);
      for (const method of METHODS) {
        const operation = item[method] as Json | undefined;
        if (operation) operations.push({ operationId: String(operation['operationId'] ?? ''), summary: String(operation['summary'] ?? ''), method, path });
      }
    }
    return { name, specFile, title: String(info['title'] ?? name), version: String(info['version'] ?? ''), operations };
  });
}
