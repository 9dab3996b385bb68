// The docs site in generated/docs, read as files (no browser): pages load nothing from outside
// their folder, every operation of every vendor page carries its @specsmith TypeScript sample,
// and the index lists every vendor with its operation count. The browser test
// (npm run test:browser) checks the same pages rendered in Chromium.
import { execFileSync } from 'node:child_process';
import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { beforeAll, describe, expect, it } from 'vitest';
import { DOCS, ROOT, vendorFacts } from './spec-facts.js';

const vendors = vendorFacts();

interface CodeSample {
  lang: string;
  label: string;
  source: string;
}
type Definition = { paths: Record<string, Record<string, { 'x-codeSamples'?: CodeSample[] }>>; components?: { responses?: Record<string, EmbeddedResponse> } };
type EmbeddedResponse = { $ref?: string; content: Record<string, unknown> };
type EmbeddedOperation = { operationId: string; requestBody: EmbeddedResponse; responses: Record<string, EmbeddedResponse> };

const read = (path: string) => readFileSync(join(DOCS, path), 'utf8');

/** Every URL an HTML page makes the browser load: tags with src/href/srcset/data/poster, CSS url() and @import, module imports. */
function resourceUrls(html: string): string[] {
  const urls: string[] = [];
  for (const match of html.matchAll(/<(script|link|img|source|iframe|video|audio|embed|object|input|track)\b[^>]*>/gi)) {
    const tag = match[0];
    if ((match[1] ?? '').toLowerCase() === 'link' && /\brel\s*=\s*["']?(?:canonical|alternate|author|license|help)\b/i.test(tag)) continue;
    for (const attribute of tag.matchAll(/\s(src|href|srcset|data|poster)\s*=\s*["']([^"']*)["']/gi)) {
      const value = (attribute[2] ?? '').trim();
      urls.push(...((attribute[1] ?? '').toLowerCase() === 'srcset' ? value.split(',').map((part) => part.trim().split(/\s+/)[0] ?? '') : [value]));
    }
  }
  for (const match of html.matchAll(/url\(\s*["']?([^"')]+)["']?\s*\)|@import\s+["']([^"']+)["']/gi)) urls.push((match[1] ?? match[2] ?? '').trim());
  // Module imports of inline scripts (statements start a line; the embedded spec is one JSON line).
  for (const match of html.matchAll(/^\s*import\s*(?:[\w*{}\s,]+from\s*)?["']([^"']+)["']/gm)) urls.push(match[1] ?? '');
  return urls.filter((url) => url !== '' && !url.startsWith('#') && !/^data:/i.test(url));
}

/** True when the URL stays inside the page's folder: relative, no scheme, no root, no `..`. */
const staysInFolder = (url: string) => !/^[a-z][a-z0-9+.-]*:/i.test(url) && !url.startsWith('/') && !(url.split(/[?#]/)[0] ?? '').split('/').includes('..');

function definitionOf(html: string): Definition {
  const match = /const __redoc_definition = (.*);\n/.exec(html);
  expect(match, 'the page embeds the spec as __redoc_definition').not.toBeNull();
  if (!match?.[1]) throw new Error('the page embeds no __redoc_definition');
  return JSON.parse(match[1]) as Definition;
}

beforeAll(() => {
  // Renders generated/docs when it is missing or stale; a no-op (about 0.1 s) when it is current.
  execFileSync(process.execPath, [join(ROOT, 'codegen', 'bin', 'specsmith.js'), 'docs', '--quiet'], { cwd: ROOT, stdio: 'inherit', timeout: 110_000 });
});

describe('generated/docs', () => {
  const pages = () =>
    readdirSync(DOCS)
      .filter((name) => name.endsWith('.html'))
      .sort();

  it('has the index, one page per vendor and the Redoc bundle, and nothing else', () => {
    expect(pages()).toEqual(['index.html', ...vendors.map((vendor) => `${vendor.name}.html`)].sort());
    expect(existsSync(join(DOCS, 'assets', 'redoc.standalone.js'))).toBe(true);
    expect(existsSync(join(DOCS, '.specsmith.json'))).toBe(true);
  });

  it('pages load nothing from outside their folder, and everything they load exists', () => {
    for (const page of pages()) {
      const html = read(page);
      const urls = resourceUrls(html);
      expect(
        urls.filter((url) => !staysInFolder(url)),
        `${page} loads from outside generated/docs`,
      ).toEqual([]);
      for (const url of urls) expect(existsSync(join(DOCS, url.split(/[?#]/)[0] ?? '')), `${page} loads ${url}`).toBe(true);
      expect(html, `${page} restricts loads to its own origin`).toMatch(/<meta http-equiv="Content-Security-Policy" content="default-src 'self';/);
    }
  });

  it('vendor pages hydrate with the local Redoc bundle, whose own asset loads are local too', () => {
    const bundle = read('assets/redoc.standalone.js');
    expect(bundle).not.toContain('https://cdn.redoc.ly/');
    for (const vendor of vendors) {
      const html = read(`${vendor.name}.html`);
      expect(html).toContain('import { hydrate } from "./assets/redoc.standalone.js";');
      expect(html).not.toMatch(/https:\/\/cdn\.redocly?\.(?:com|ly)\//);
    }
  });

  it.each(vendors.map((vendor) => [vendor.name, vendor] as const))('%s.html embeds an @specsmith TypeScript sample for every operation', (name, vendor) => {
    const definition = definitionOf(read(`${name}.html`));
    const embedded = Object.values(definition.paths).flatMap((item) => Object.keys(item).filter((key) => ['get', 'put', 'post', 'delete', 'options', 'head', 'patch', 'trace'].includes(key)));
    expect(embedded).toHaveLength(vendor.operations.length);
    for (const operation of vendor.operations) {
      const samples = definition.paths[operation.path]?.[operation.method]?.['x-codeSamples'] ?? [];
      expect(samples, `${operation.operationId} has one sample`).toHaveLength(1);
      const [sample] = samples;
      expect(sample).toMatchObject({ lang: 'TypeScript', label: `@specsmith/${name}` });
      if (!sample) throw new Error(`${operation.operationId} has no code sample`);
      expect(sample.source).toContain(`from '@specsmith/${name}';`);
      expect(sample.source).toMatch(/const client = create[A-Z]\w*Client\(\{/);
      expect(sample.source).toMatch(/const \{ data, error \} = await client\.\w+\.\w+\(/);
      for (const parameter of operation.path.match(/\{[^}]+\}/g) ?? []) {
        expect(sample.source, `${operation.operationId} passes ${parameter}`).toContain(`${/^\{[A-Za-z_$][\w$]*\}$/.test(parameter) ? parameter.slice(1, -1) : `'${parameter.slice(1, -1)}'`}: `);
      }
    }
  });

  it('altcraft.html shows both documented formats: every request body and success response in JSON and XML', () => {
    const definition = definitionOf(read('altcraft.html'));
    const operations = Object.values(definition.paths).flatMap((item) =>
      Object.values(item as Record<string, unknown>).filter((value): value is EmbeddedOperation => typeof value === 'object' && value !== null && 'operationId' in value),
    );
    const formats = new Set(
      operations.map((operation) => {
        const success = operation.responses['200'];
        if (!success) throw new Error(`${operation.operationId} has no 200 response`);
        const response = success.$ref ? definition.components?.responses?.[success.$ref.split('/').pop() ?? ''] : success;
        if (!response) throw new Error(`${operation.operationId}'s 200 response ${success.$ref} is not in components.responses`);
        return `${Object.keys(operation.requestBody.content).join(' + ')} -> ${Object.keys(response.content).join(' + ')}`;
      }),
    );
    const altcraft = vendors.find((vendor) => vendor.name === 'altcraft');
    expect([operations.length, [...formats]]).toEqual([altcraft?.operations.length, ['application/json + application/xml -> application/json + application/xml']]);
  });

  it('index.html lists every vendor with its version and operation count, linking to its page', () => {
    const html = read('index.html');
    const rows = [...html.matchAll(/<tr data-vendor="([^"]+)"><td><a href="([^"]+)">[^<]*<\/a><\/td><td>([^<]*)<\/td><td class="num" data-operation-count="(\d+)">/g)].map((match) => ({
      name: match[1],
      href: match[2],
      version: match[3],
      operations: Number(match[4]),
    }));
    expect(rows).toEqual(vendors.map((vendor) => ({ name: vendor.name, href: `${vendor.name}.html`, version: vendor.version, operations: vendor.operations.length })));
    for (const vendor of vendors) expect(html).toContain(`<section class="vendor" id="${vendor.name}" data-vendor="${vendor.name}">`);
  });
});
