// The failure message of one spec's comparison: each unexpected difference with both types as
// the checker prints them and the compiler's elaborated messages, then each listed difference
// that no longer differs, so the message alone is enough to fix the emitter or the list.
import type { Failure } from './compile.js';

/** Diagnostics shown per failed check: a module that lost an export gives one per reference to it. */
const MAX_MESSAGES = 8;

export function differenceReport(spec: string, unexpected: readonly Failure[], stale: readonly string[], kept?: string): string {
  const lines = [`${spec}: ${unexpected.length} unexpected difference(s) from openapi-typescript, ${stale.length} listed difference(s) that no longer differ`];
  if (kept) lines.push(`  project kept in ${kept}`);
  for (const failure of unexpected) {
    lines.push(`  ✗ ${failure.check}`);
    if (failure.ours !== undefined) lines.push(`      ours:   ${failure.ours}`);
    if (failure.oracle !== undefined) lines.push(`      oracle: ${failure.oracle}`);
    for (const message of failure.messages.slice(0, MAX_MESSAGES)) lines.push(...message.split('\n').map((line) => `      ${line}`));
    if (failure.messages.length > MAX_MESSAGES) lines.push(`      … and ${failure.messages.length - MAX_MESSAGES} more diagnostics`);
  }
  for (const check of stale) lines.push(`  ✓ now the same, remove from intended-differences.ts: ${check}`);
  // Ready to paste into intended-differences.ts once each is confirmed deliberate and given its reason.
  if (unexpected.length > 0)
    lines.push('  entries, if each difference is deliberate:', ...unexpected.map((failure) => `    { spec: ${JSON.stringify(spec)}, check: ${JSON.stringify(failure.check)}, reason: '' },`));
  return lines.join('\n');
}
