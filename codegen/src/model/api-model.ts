// The generator's view of a spec: what every emitter needs, computed once from the bundled
// document (operations with stable names, servers, security, the Specsmith extensions). The
// shapes the generated package hands to the runtime are the contract's (@specsmith/core/contract).
import type { ErrorCatalogue, ErrorCodeInfo, HttpMethod, OperationInfo, ParameterStyle, ServerInfo, VendorPolicy } from '@specsmith/core/contract';
import type { SpecProblem } from '../problems.js';
import { deref, isObject, type Json } from './json-ref.js';
import { methodNameWithinTag, toIdentifier } from './naming.js';
import { readPagination } from './pagination-model.js';
import { effectiveParameters, parameterStyles } from './parameter-styles.js';
import { readBodyToken, readVendorPolicy } from './vendor-policy-model.js';

export type { HttpMethod } from '@specsmith/core/contract';

export const HTTP_METHODS = ['get', 'put', 'post', 'delete', 'options', 'head', 'patch', 'trace'] as const satisfies readonly HttpMethod[];

/** Methods whose repetition cannot double an effect (RFC 9110 §9.2.2). */
export const IDEMPOTENT_METHODS: ReadonlySet<HttpMethod> = new Set(['get', 'head', 'options', 'put', 'delete', 'trace']);

/** An operation as the generator sees it: the contract's row, plus what the emitters need besides. */
export interface OperationModel extends Omit<OperationInfo, 'parameterStyles'> {
  /** A valid, unique identifier for the operation (its key in the operation table). */
  readonly identifier: string;
  /** The resource (first tag) the client groups it under, as an identifier. */
  readonly resource: string;
  /** The method name inside that resource. */
  readonly methodName: string;
  readonly summary: string;
  readonly description: string;
  readonly deprecated: boolean;
  /** Parameters serialised other than by their location's default; empty when none are. */
  readonly parameterStyles: readonly ParameterStyle[];
  /** The caller must pass an init object (path params, required params or a required body). */
  readonly initRequired: boolean;
  /** The body still has required fields once the runtime has added the body token. */
  readonly bodyRequired: boolean;
  /** Which parameter groups the operation has, for the emitted call signature. */
  readonly parameterGroups: {
    readonly path: boolean;
    readonly query: 'none' | 'optional' | 'required';
    readonly header: 'none' | 'optional' | 'required';
  };
  /** The request media type the typed `body` stands for (JSON when offered), or null. */
  readonly bodyMediaType: string | null;
  /** Every response, with its media types (empty: no body). */
  readonly responses: readonly { readonly code: string; readonly mediaTypes: readonly string[] }[];
}

interface ResourceModel {
  readonly name: string;
  readonly tag: string;
  readonly description: string;
  readonly operations: readonly OperationModel[];
}

/** One entry of `x-error-codes.codes`: the code as the vendor sends it, and its meaning. */
interface ErrorCodeModel extends ErrorCodeInfo {
  readonly code: number | string;
}

/** The spec's `x-error-codes`: where the code lives, and the list. */
interface ErrorCatalogueModel extends ErrorCatalogue {
  readonly codes: readonly ErrorCodeModel[];
}

export interface ApiModel {
  readonly title: string;
  readonly version: string;
  readonly description: string;
  readonly servers: readonly ServerInfo[];
  readonly securitySchemes: Readonly<Record<string, Record<string, unknown>>>;
  readonly operations: readonly OperationModel[];
  readonly resources: readonly ResourceModel[];
  readonly errorCatalogue: ErrorCatalogueModel | null;
  /** x-body-token, x-retry, x-rate-limit and every scheme's x-token-prefix. */
  readonly policy: VendorPolicy;
}

const text = (value: unknown): string => (typeof value === 'string' ? value : '');

/** Required property names of a schema, following refs and allOf. */
function requiredProperties(document: Json, schema: unknown, depth = 0): Set<string> {
  const names = new Set<string>();
  const node = deref(document, schema);
  if (!node || depth > 8) return names;
  if (Array.isArray(node['required'])) for (const name of node['required']) if (typeof name === 'string') names.add(name);
  if (Array.isArray(node['allOf'])) for (const part of node['allOf']) for (const name of requiredProperties(document, part, depth + 1)) names.add(name);
  return names;
}

/** `application/json`, `application/problem+json`, `application/vnd.x+json`, `*\/*` is not. */
export const isJsonMediaType = (mediaType: string): boolean => /^application\/(.+\+)?json(;|$)/i.test(mediaType);

function securityOf(value: unknown): string[][] | null {
  if (!Array.isArray(value)) return null;
  return value.filter(isObject).map((requirement) => Object.keys(requirement));
}

function derivedOperationId(method: HttpMethod, path: string): string {
  return toIdentifier(`${method} ${path.replace(/[{}]/g, '')}`, method);
}

/** Makes `name` unique within `taken` by a numeric suffix, in document order (so it is stable). */
function unique(name: string, taken: Set<string>): string {
  let candidate = name;
  for (let suffix = 2; taken.has(candidate); suffix += 1) candidate = `${name}${suffix}`;
  taken.add(candidate);
  return candidate;
}

/** A parameters list with each `$ref` followed. */
function resolvedParameters(document: Json, list: unknown): Json[] {
  return (Array.isArray(list) ? list : []).map((parameter) => deref(document, parameter)).filter((parameter): parameter is Json => parameter !== undefined);
}

export function buildApiModel(document: Json, file: string): { model: ApiModel; warnings: SpecProblem[] } {
  const warnings: SpecProblem[] = [];
  const info = isObject(document['info']) ? document['info'] : {};
  const rootSecurity = securityOf(document['security']) ?? [];
  const bodyToken = readBodyToken(document['x-body-token']);
  const tagDescriptions = new Map<string, string>();
  if (Array.isArray(document['tags'])) for (const tag of document['tags'].filter(isObject)) tagDescriptions.set(text(tag['name']), text(tag['description']));

  const identifiers = new Set<string>();
  const operations: OperationModel[] = [];
  const paths = isObject(document['paths']) ? document['paths'] : {};
  for (const [path, pathItemValue] of Object.entries(paths)) {
    const pathItem = deref(document, pathItemValue);
    if (!pathItem) continue;
    const sharedParameters = resolvedParameters(document, pathItem['parameters']);
    for (const method of HTTP_METHODS) {
      const operation = pathItem[method];
      if (!isObject(operation)) continue;
      const pointer = `#/paths/${path.replace(/~/g, '~0').replace(/\//g, '~1')}/${method}`;
      const specId = text(operation['operationId']);
      const operationId = specId || derivedOperationId(method, path);
      if (!specId) {
        warnings.push({
          severity: 'warning',
          rule: 'operation-operationId',
          message: `Operation has no operationId; using "${operationId}".`,
          location: { file, pointer },
          hint: 'Add an operationId so the generated name cannot change when the path does.',
        });
      }
      const identifier = unique(toIdentifier(operationId, method), identifiers);
      if (specId && identifier !== toIdentifier(operationId, method)) {
        warnings.push({
          severity: 'warning',
          rule: 'operation-name-collision',
          message: `operationId "${specId}" maps to the same identifier as an earlier operation; using "${identifier}".`,
          location: { file, pointer: `${pointer}/operationId` },
        });
      }
      const tags = Array.isArray(operation['tags']) ? operation['tags'].filter((tag): tag is string => typeof tag === 'string') : [];
      const parameters = effectiveParameters(sharedParameters, resolvedParameters(document, operation['parameters']));
      const requestBody = deref(document, operation['requestBody']);
      const content = requestBody && isObject(requestBody['content']) ? requestBody['content'] : {};
      const requestMediaTypes = Object.keys(content);
      const takesBodyToken = bodyToken !== null && operation['x-body-token'] !== false && requestMediaTypes.length > 0;
      const tokenField = takesBodyToken ? bodyToken.field : null;
      let bodyRequired = requestBody?.['required'] === true;
      if (bodyRequired && tokenField) {
        const media = content['application/json'] ?? Object.values(content)[0];
        const required = requiredProperties(document, isObject(media) ? media['schema'] : undefined);
        required.delete(tokenField);
        bodyRequired = required.size > 0;
      }
      const initRequired = bodyRequired || parameters.some((parameter) => parameter['in'] === 'path' || parameter['required'] === true);
      const group = (location: string): 'none' | 'optional' | 'required' => {
        const inGroup = parameters.filter((parameter) => parameter['in'] === location);
        return inGroup.length === 0 ? 'none' : inGroup.some((parameter) => parameter['required'] === true) ? 'required' : 'optional';
      };
      const parameterGroups = { path: group('path') !== 'none', query: group('query'), header: group('header') };
      const bodyMediaType = requestMediaTypes.find(isJsonMediaType) ?? requestMediaTypes[0] ?? null;
      const explicitIdempotent = operation['x-idempotent'];
      const responses = isObject(operation['responses']) ? operation['responses'] : {};
      const responseMediaTypes = [
        ...new Set(
          Object.entries(responses)
            .filter(([code]) => /^2(\d\d|XX)$/.test(code))
            .flatMap(([, response]) => Object.keys((deref(document, response)?.['content'] as Json | undefined) ?? {})),
        ),
      ];
      operations.push({
        operationId,
        identifier,
        method,
        path,
        tags,
        resource: toIdentifier(tags[0] ?? 'untagged', 'untagged'),
        methodName: '',
        summary: text(operation['summary']),
        description: text(operation['description']),
        deprecated: operation['deprecated'] === true,
        idempotent: typeof explicitIdempotent === 'boolean' ? explicitIdempotent : IDEMPOTENT_METHODS.has(method),
        pagination: readPagination(operation['x-pagination']),
        security: securityOf(operation['security']) ?? rootSecurity,
        bodyToken: tokenField,
        requestMediaTypes,
        responseMediaTypes,
        parameterStyles: parameterStyles(parameters),
        initRequired,
        bodyRequired,
        parameterGroups,
        bodyMediaType,
        responses: Object.entries(responses).map(([code, response]) => ({ code, mediaTypes: Object.keys((deref(document, response)?.['content'] as Json | undefined) ?? {}) })),
      });
    }
  }

  const resources = groupIntoResources(operations, tagDescriptions);
  const servers = (Array.isArray(document['servers']) ? document['servers'] : []).filter(isObject).map((server) => ({
    url: text(server['url']),
    description: text(server['description']),
    variables: Object.fromEntries(
      Object.entries(isObject(server['variables']) ? server['variables'] : {})
        .filter((entry): entry is [string, Json] => isObject(entry[1]))
        .map(([name, variable]) => [
          name,
          {
            default: String(variable['default'] ?? ''),
            ...(Array.isArray(variable['enum']) ? { enum: variable['enum'].map(String) } : {}),
            ...(typeof variable['description'] === 'string' ? { description: variable['description'] } : {}),
          },
        ]),
    ),
  }));
  const components = isObject(document['components']) ? document['components'] : {};
  const schemes = isObject(components['securitySchemes']) ? components['securitySchemes'] : {};
  const securitySchemes = Object.fromEntries(Object.entries(schemes).map(([name, scheme]) => [name, deref(document, scheme) ?? {}]));
  const catalogue = document['x-error-codes'];
  return {
    model: {
      title: text(info['title']),
      version: text(info['version']),
      description: text(info['description']),
      servers,
      securitySchemes,
      operations: resources.flatMap((resource) => resource.operations),
      resources,
      errorCatalogue: isObject(catalogue) ? (catalogue as unknown as ErrorCatalogueModel) : null,
      policy: readVendorPolicy(document, securitySchemes),
    },
    warnings,
  };
}

/** Groups operations by resource in first-seen order and names each method within it. */
function groupIntoResources(operations: OperationModel[], tagDescriptions: Map<string, string>): ResourceModel[] {
  const byResource = new Map<string, { tag: string; operations: OperationModel[] }>();
  for (const operation of operations) {
    const group = byResource.get(operation.resource) ?? { tag: operation.tags[0] ?? 'untagged', operations: [] };
    group.operations.push(operation);
    byResource.set(operation.resource, group);
  }
  return [...byResource.entries()].map(([name, group]) => {
    const taken = new Set<string>();
    const named = group.operations.map((operation) => {
      const short = methodNameWithinTag(operation.operationId, group.tag);
      const methodName = taken.has(short) ? unique(operation.identifier, taken) : unique(short, taken);
      return { ...operation, methodName };
    });
    return { name, tag: group.tag, description: tagDescriptions.get(group.tag) ?? '', operations: named };
  });
}
