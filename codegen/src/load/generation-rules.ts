// The lint rules a spec must pass to be generated. Deliberately fewer than `npm run
// lint:specs`: generation stops only on what would make the output wrong (unresolved refs,
// duplicate operationIds, malformed Specsmith extensions); other structural mistakes are
// warnings, so any real-world spec that can be understood still generates.
import { createConfig, type Config } from '@redocly/openapi-core';
import specsmithPlugin from '../../lint/specsmith-plugin.js';

export interface GenerationRuleOptions {
  /** Vendor specs must carry an `x-error-codes` catalogue; arbitrary `--spec` documents need not. */
  readonly requireErrorCatalogue: boolean;
}

const configs = new Map<boolean, Promise<Config>>();

export function generationConfig(options: GenerationRuleOptions): Promise<Config> {
  const key = options.requireErrorCatalogue;
  let config = configs.get(key);
  if (!config) {
    config = createConfig({
      plugins: [specsmithPlugin()],
      rules: {
        struct: 'warn',
        'no-unresolved-refs': 'error',
        'operation-operationId-unique': 'error',
        'specsmith/error-codes': { severity: 'error', required: key },
        'specsmith/pagination': 'error',
        'specsmith/idempotent': 'error',
        'specsmith/body-token': 'error',
        'specsmith/retry': 'error',
        'specsmith/rate-limit': 'error',
        'specsmith/token-prefix': 'error',
      },
    });
    configs.set(key, config);
  }
  return config;
}
