// The line a run prints per target: what it did, how many operations and files, how long.
import type { TargetResult } from './target.js';

export function progressLine(result: TargetResult): string {
  const time = `${Math.round(result.milliseconds)} ms`;
  const name = result.name.padEnd(12);
  if (result.rendered.length === 0) return `${name} ${result.status} (cache)  ${result.files} files  ${time}`;
  // A target of several parts (the docs) names the parts when only some of them were rendered.
  const parts = result.rendered.length < result.partCount ? `  ${result.rendered.join(', ')}` : '';
  return `${name} ${result.status}${parts}  ${result.operations} operations  ${result.files} files  ${time}`;
}
