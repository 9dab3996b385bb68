// The error for a spec that loaded but whose structure is too broken to model or emit.
import { SpecError } from '../problems.js';
import type { LoadedSpec } from './load-spec.js';

/**
 * A spec whose structure is too broken to emit: its structural warnings become the errors
 * (they are the likely cause), followed by what the emitter tripped over.
 */
export function unreadableSpec(spec: LoadedSpec, error: Error): SpecError {
  const structural = spec.warnings.filter((warning) => warning.rule === 'struct').map((warning) => ({ ...warning, severity: 'error' as const }));
  return new SpecError([
    ...structural,
    {
      severity: 'error',
      rule: 'generate',
      // openapi-typescript's CommonJS build renames some locals (`operationObject$1`); report the source's names.
      message: `The spec is too malformed to generate from (${error.message.replace(/\b([A-Za-z_]\w*)\$\d+\b/g, '$1')}).`,
      location: { file: spec.file },
      hint: structural.length > 0 ? 'Fix the structural errors above.' : 'Run `npm run lint:specs` (or `redocly lint <file>`) for details.',
    },
  ]);
}
