// Each vendor's Prism mock (from our own spec, request validation on) answers every
// operation's sample request with the spec's 2xx example and no `sl-violations`: the specs'
// examples and schemas agree, which every contract test below relies on.
import { inject, describe, expect, it } from 'vitest';
import { loadSpec, operationSamples, type OperationSample } from '../support/request-samples.js';

const credentials: Record<string, Record<string, string>> = {
  xtremepush: {},
  xurrent: { authorization: 'Bearer test-token', 'x-xurrent-account': 'widget' },
  altcraft: { authorization: 'Bearer test-token' },
  xtrakit: { authorization: 'Bearer test-token' },
  journeyapps: { authorization: `Basic ${Buffer.from('deployment:password').toString('base64')}` },
};

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

describe.each(Object.keys(credentials))('%s Prism mock', (vendor) => {
  const samples = operationSamples(loadSpec(vendor));

  it.each(samples.map((sample) => [sample.operationId, sample] as const))('%s answers its 2xx example', async (_, sample) => {
    const request = requestFor(inject('prismUrls')[vendor] ?? '', sample);
    for (const [name, value] of Object.entries(credentials[vendor] ?? {})) request.headers.set(name, value);
    const response = await fetch(request);
    const text = await response.text();
    expect(response.headers.get('sl-violations'), text).toBeNull();
    expect(response.status).toBe(sample.expected.status);
    if (sample.expected.example === undefined) return;
    if (sample.expected.mediaType?.includes('json')) expect(JSON.parse(text)).toEqual(sample.expected.example);
    else expect(text).toBe(sample.expected.example);
  });
});
