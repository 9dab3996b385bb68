// Each vendor's Prism mock (from our own spec, request validation on) answers every
// operation's sample request with the spec's 2xx example and no `sl-violations`: the specs'
// examples and schemas agree, which every contract test below relies on. Each request carries
// placeholder credentials for the first security alternative the spec gives the operation.
import { inject, describe, expect, it } from 'vitest';
import { derefObject, operationSamples, type OperationSample } from '../support/request-samples.js';
import { at, isJsonObject, type JsonObject, readSpecDocument } from '../support/spec-document.js';
import { vendorSpecs } from '../support/vendors.js';

/** Headers for the first security alternative an operation (or the spec) declares, with placeholder credentials. */
function credentialsFor(spec: JsonObject, sample: OperationSample): Record<string, string> {
  const operation = at(derefObject(spec, at(spec, 'paths', sample.path)), sample.method);
  const alternatives = at(operation, 'security') ?? spec['security'] ?? [];
  const [alternative = {}] = Array.isArray(alternatives) ? alternatives : [];
  const headers: Record<string, string> = {};
  for (const name of Object.keys(isJsonObject(alternative) ? alternative : {})) {
    const scheme = derefObject(spec, at(spec, 'components', 'securitySchemes', name));
    if (scheme?.['type'] === 'http' && scheme['scheme'] === 'basic') headers['authorization'] = `Basic ${Buffer.from('deployment:password').toString('base64')}`;
    else if (scheme?.['type'] === 'http' || scheme?.['type'] === 'oauth2') headers['authorization'] = 'Bearer test-token';
    else if (scheme?.['type'] === 'apiKey' && scheme['in'] === 'header') headers[String(scheme['name']).toLowerCase()] = 'widget';
  }
  return headers;
}

function requestFor(baseUrl: string, sample: OperationSample): Request {
  const path = sample.path.replace(/\{([^}]+)\}/g, (_, name: string) => encodeURIComponent(String(sample.init.params?.path?.[name])));
  const query = new URLSearchParams(Object.entries(sample.init.params?.query ?? {}).map(([key, value]) => [key, String(value)]));
  const url = `${baseUrl}${path}${query.size > 0 ? `?${query}` : ''}`;
  const hasBody = sample.init.body !== undefined;
  const body = !hasBody
    ? undefined
    : sample.mediaType === 'application/x-www-form-urlencoded'
      ? new URLSearchParams(sample.init.body as Record<string, string>).toString()
      : JSON.stringify(sample.init.body);
  return new Request(url, {
    method: sample.method.toUpperCase(),
    headers: {
      ...(hasBody ? { 'content-type': sample.mediaType ?? 'application/json' } : {}),
      ...(sample.expected.mediaType ? { accept: sample.expected.mediaType } : {}),
      ...Object.fromEntries(Object.entries(sample.init.params?.header ?? {}).map(([name, value]) => [name, String(value)])),
    },
    ...(body === undefined ? {} : { body }),
  });
}

describe.each(vendorSpecs())('$key Prism mock', ({ key, specFile }) => {
  const spec = readSpecDocument(specFile);
  const samples = operationSamples(spec);

  it.each(samples.map((sample) => [sample.operationId, sample] as const))('%s answers its 2xx example', async (_, sample) => {
    const request = requestFor(inject('prismUrls')[key] ?? '', sample);
    for (const [name, value] of Object.entries(credentialsFor(spec, sample))) request.headers.set(name, value);
    const response = await fetch(request);
    const text = await response.text();
    expect(response.headers.get('sl-violations'), text).toBeNull();
    expect(response.status).toBe(sample.expected.status);
    if (sample.expected.example === undefined) return;
    if (sample.expected.mediaType?.includes('json')) expect(JSON.parse(text)).toEqual(sample.expected.example);
    else expect(text).toBe(sample.expected.example);
  });
});
