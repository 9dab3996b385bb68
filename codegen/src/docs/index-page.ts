// generated/docs/index.html: one section per vendor (version, servers, operation count, auth,
// error codes) linking to its API reference page, from a Handlebars template. No external
// resources: the styles are inline. Each vendor's section is an index entry, plain data that
// the docs manifest keeps with the vendor's page, so the index is rendered again without
// loading the specs whose pages are up to date.
import { readFileSync } from 'node:fs';
import Handlebars from 'handlebars';
import type { ApiModel } from '../model/api-model.js';
import { packageNameOf } from './code-samples.js';
import { INDEX_TEMPLATE } from './templates.js';

const handlebars = Handlebars.create();
/** Escaped text with `code` spans as <code>, the way the specs write identifiers. */
handlebars.registerHelper('inline', (value: unknown) => {
  const parts = String(value ?? '').split('`');
  // Odd parts sit between backticks; an unpaired last backtick stays text.
  const html = parts.map((part, index) => {
    const escaped = Handlebars.Utils.escapeExpression(part);
    if (index % 2 === 0) return escaped;
    return index === parts.length - 1 ? `&#x60;${escaped}` : `<code>${escaped}</code>`;
  });
  return new Handlebars.SafeString(html.join(''));
});

let template: HandlebarsTemplateDelegate | undefined;

export interface DocsVendor {
  readonly name: string;
  readonly specPath: string;
  readonly document: Record<string, unknown>;
  readonly model: ApiModel;
}

/** The first sentence of a description's first paragraph, for table cells. */
function firstSentence(text: string): string {
  const paragraph =
    text
      .trim()
      .split(/\n\s*\n/)[0]
      ?.replace(/\s+/g, ' ') ?? '';
  // A sentence ends at a full stop before a capital (or the end), not inside "e.g." or "i.e.".
  const end = paragraph.search(/(?<!\b(?:e\.g|i\.e|etc|vs))\.(?=\s+[A-Z`(]|\s*$)/);
  return end < 0 ? paragraph : paragraph.slice(0, end + 1);
}

function schemeKind(scheme: Record<string, unknown>): string {
  switch (scheme['type']) {
    case 'http':
      return scheme['scheme'] === 'basic' ? 'HTTP Basic' : `HTTP ${String(scheme['scheme'] ?? '')} token${scheme['bearerFormat'] ? ` (${String(scheme['bearerFormat'])})` : ''}`;
    case 'apiKey':
      return `API key in ${String(scheme['in'] ?? '')} \`${String(scheme['name'] ?? '')}\``;
    case 'oauth2': {
      const flows = typeof scheme['flows'] === 'object' && scheme['flows'] !== null ? Object.keys(scheme['flows']) : [];
      return `OAuth 2.0${flows.length > 0 ? ` (${flows.join(', ')})` : ''}`;
    }
    case 'openIdConnect':
      return 'OpenID Connect';
    default:
      return String(scheme['type'] ?? 'unknown');
  }
}

/** Root security alternatives as text: `bearerAuth + accountHeader`, `apptoken (body) or oauth2`. */
function requirements(document: Record<string, unknown>, bodyToken: string | null): string {
  const security = Array.isArray(document['security']) ? document['security'] : [];
  return security
    .map((requirement) => {
      const names = typeof requirement === 'object' && requirement !== null ? Object.keys(requirement) : [];
      if (names.length > 0) return names.join(' + ');
      // No scheme: the secret travels in the body (x-body-token), or the call is public.
      return bodyToken ? `${bodyToken} (body)` : 'none';
    })
    .join(' or ');
}

/** A vendor's section of the index, as data. */
export function indexEntryOf(vendor: DocsVendor) {
  const { model, document } = vendor;
  const info = (typeof document['info'] === 'object' && document['info'] !== null ? document['info'] : {}) as Record<string, unknown>;
  const catalogue = model.errorCatalogue;
  return {
    name: vendor.name,
    page: `${vendor.name}.html`,
    title: model.title || vendor.name,
    version: model.version || 'unversioned',
    summary: typeof info['summary'] === 'string' ? info['summary'] : firstSentence(model.description),
    specPath: vendor.specPath,
    packageName: packageNameOf(vendor.name),
    operationCount: model.operations.length,
    resourceCount: model.resources.length,
    servers: model.servers.map((server) => ({
      url: server.url,
      description: firstSentence(server.description ?? ''),
      variables: Object.entries(server.variables).map(([name, variable]) => ({
        name,
        default: variable.default,
        choices: variable.enum && variable.enum.length > 1 ? variable.enum.length : 0,
      })),
    })),
    schemes: Object.entries(model.securitySchemes).map(([name, scheme]) => ({
      name,
      kind: schemeKind(scheme),
      description: firstSentence(typeof scheme['description'] === 'string' ? scheme['description'] : ''),
    })),
    requirements: requirements(document, model.policy.bodyToken?.field ?? null),
    bodyToken: model.policy.bodyToken ? { field: model.policy.bodyToken.field, description: firstSentence(model.policy.bodyToken.description) } : null,
    errorSource: catalogue
      ? catalogue.in === 'body'
        ? `the response body field \`${catalogue.field ?? ''}\`${catalogue.message ? ` (message in \`${catalogue.message}\`)` : ''}`
        : 'the HTTP status'
      : '',
    errorCodes: (catalogue?.codes ?? []).map((code) => ({ ...code, description: firstSentence(code.description) })),
  };
}

export type IndexEntry = ReturnType<typeof indexEntryOf>;

export function emitDocsIndex(contexts: readonly IndexEntry[], notice: string): string {
  template ??= handlebars.compile(readFileSync(INDEX_TEMPLATE, 'utf8'), { strict: true });
  return template({
    notice,
    vendors: contexts,
    operationTotal: contexts.reduce((total, vendor) => total + vendor.operationCount, 0),
  });
}
