// Runs a command and returns its wall time and peak RSS (GNU time's %M), plus summary helpers.
import { spawnSync } from 'node:child_process';

export function measure(command, args, options = {}) {
  const started = process.hrtime.bigint();
  const result = spawnSync('/usr/bin/time', ['-f', '%M', command, ...args], { encoding: 'utf8', maxBuffer: 256 * 1024 * 1024, ...options });
  const wallMs = Number(process.hrtime.bigint() - started) / 1e6;
  const lines = result.stderr.trim().split('\n');
  const peakKb = Number(lines.at(-1));
  if (result.status !== 0) {
    throw new Error(`${command} ${args.join(' ')} failed (${result.status}):\n${result.stdout}\n${result.stderr}`);
  }
  return { wallMs, peakMb: peakKb / 1024, stdout: result.stdout, stderr: lines.slice(0, -1).join('\n') };
}

export function median(values) {
  const sorted = [...values].sort((a, b) => a - b);
  const middle = Math.floor(sorted.length / 2);
  return sorted.length % 2 ? sorted[middle] : (sorted[middle - 1] + sorted[middle]) / 2;
}

export function summary(values, digits = 0) {
  const sorted = [...values].sort((a, b) => a - b);
  return { median: Number(median(values).toFixed(digits)), min: Number(sorted[0].toFixed(digits)), max: Number(sorted.at(-1).toFixed(digits)) };
}

export const fmt = ({ median: m, min, max }) => `${m} (${min}–${max})`;
