// Vitest global setup: one Prism mock per vendor spec in redocly.yaml, started before any
// test and stopped after the last one (also when tests fail). Tests read the URLs with
// `inject('prismUrls')`.
import type { TestProject } from 'vitest/node';
import { startPrism, type PrismServer } from '../support/prism.js';
import { vendorSpecs } from '../support/vendors.js';

declare module 'vitest' {
  export interface ProvidedContext {
    prismUrls: Record<string, string>;
  }
}

export default async function setup(project: TestProject): Promise<() => Promise<void>> {
  const servers: PrismServer[] = [];
  const urls: Record<string, string> = {};
  const started = await Promise.allSettled(
    vendorSpecs().map(async ({ key, specFile }) => {
      const server = await startPrism(specFile);
      servers.push(server);
      urls[key] = server.url;
    }),
  );
  const failure = started.find((result): result is PromiseRejectedResult => result.status === 'rejected');
  if (failure) {
    await Promise.all(servers.map((server) => server.stop()));
    throw failure.reason;
  }
  project.provide('prismUrls', urls);
  return async () => {
    await Promise.all(servers.map((server) => server.stop()));
  };
}
