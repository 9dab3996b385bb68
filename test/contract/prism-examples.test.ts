// Each vendor's Prism mock (from our own spec, request validation on) answers every
// operation's sample request with the spec's 2xx example and no `sl-violations`: the specs'
// examples and schemas agree, which every contract test below relies on. Each request carries
// placeholder credentials for the first security alternative the spec gives the operation.
import { inject, describe, expect, it } from 'vitest';
import { deref, operationSamples, type OperationSample } from '../support/request-samples.js';
import { readSpecDocument } from '../support/spec-document.js';
import { vendorSpecs } from '../support/vendors.js';

type Json = Record<string, any>;

/** Headers for the first security alternative an operation (or the spec) declares, with placeholder credentials. */
function credentialsFor(spec: Json, sample: OperationSample): Record<string, string> {
  const operation = deref(spec, spec['paths'][sample.path])[sample.method] as Json;
  const [alternative = {}] = (operation['security'] ?? spec['security'] ?? []) as Json[];
  const headers: Record<string, string> = {};
  for (const name of Object.keys(alternative)) {
    const scheme = deref(spec, spec['components']?.['securitySchemes']?.[name]) as Json | undefined;
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
      ...sample.init.params?.header,
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
