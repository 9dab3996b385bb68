// The one runner every target goes through: per part, the cache check (output/manifest.ts),
// else render in memory; then the manifest, and either the drift against disk (check mode) or
// one atomic write of every target's files together (output/write-files.ts), so a failure
// anywhere leaves every folder as it was.
import type { GeneratedFile } from '../output/generated-file.js';
import { buildManifest, isPartFresh, MANIFEST_FILE, partRecord, readManifest, type PartRecord } from '../output/manifest.js';
import { writePackages, type PackageOutput } from '../output/write-files.js';
import { SpecError } from '../problems.js';
import type { RunContext } from './context.js';
import { driftOf, previouslyGenerated } from './drift.js';
import type { Part, RenderedPart, Target, TargetResult } from './target.js';

interface TargetRun {
  readonly result: TargetResult;
  /** What to write; null in check mode or when the cache answered. */
  readonly output: PackageOutput | null;
  /** The rendered parts' steps to run once everything is written. */
  readonly afterWrite: readonly (() => Promise<readonly string[]>)[];
}

async function renderAll(parts: readonly Part[], context: RunContext, summaries: ReadonlyMap<string, unknown>): Promise<Map<string, RenderedPart>> {
  const rendered = await Promise.all(parts.map(async (part) => [part.key, await part.render(context, summaries)] as const));
  return new Map(rendered);
}

async function runTarget(target: Target, context: RunContext): Promise<TargetRun> {
  const started = performance.now();
  const directory = target.outDirectory;
  const manifest = await readManifest(directory);
  const fresh = new Map<string, PartRecord>();
  if (!context.force && manifest?.generator === context.generator) {
    for (const part of target.parts) {
      const record = manifest.parts[part.key];
      if (record && (await isPartFresh(record, part.requiredInputs, directory, context.hashFile))) fresh.set(part.key, record);
    }
  }
  let stale = target.parts.filter((part) => !fresh.has(part.key));
  // A part made from the others' summaries is out of date as soon as one of them is.
  if (stale.some((part) => !part.readsSummaries)) stale = target.parts.filter((part) => !fresh.has(part.key) || part.readsSummaries);
  const elapsed = () => performance.now() - started;
  if (stale.length === 0) {
    const files = Object.values(manifest?.parts ?? {}).reduce((total, record) => total + Object.keys(record.outputs).length, 1);
    const status = context.check ? 'fresh' : 'unchanged';
    return {
      result: { name: target.name, status, operations: 0, files, rendered: [], partCount: target.parts.length, milliseconds: elapsed(), warnings: [], drift: [], notes: [] },
      output: null,
      afterWrite: [],
    };
  }

  const rendered = await renderAll(
    stale.filter((part) => !part.readsSummaries),
    context,
    new Map(),
  );
  const summaries = new Map<string, unknown>();
  for (const part of target.parts) {
    const summary = rendered.get(part.key)?.summary ?? fresh.get(part.key)?.summary;
    if (summary !== undefined) summaries.set(part.key, summary);
  }
  for (const [key, part] of await renderAll(
    stale.filter((part) => part.readsSummaries),
    context,
    summaries,
  ))
    rendered.set(key, part);

  const records: Record<string, PartRecord> = {};
  const files: GeneratedFile[] = [];
  for (const part of target.parts) {
    const made = rendered.get(part.key);
    if (!made) {
      const kept = fresh.get(part.key);
      if (!kept) throw new Error(`specsmith: part ${part.key} of ${target.name} was neither rendered nor fresh`);
      records[part.key] = kept;
      continue;
    }
    records[part.key] = await partRecord(made.inputFiles, made.files, directory, context.hashFile, made.summary);
    files.push(...made.files);
  }
  files.push(buildManifest(context.generator, records, target.notice));
  const owned = new Set([MANIFEST_FILE, ...Object.values(records).flatMap((record) => Object.keys(record.outputs))]);
  const obsolete = [...(await previouslyGenerated(directory, manifest))].filter((path) => !owned.has(path));
  const drift = context.check ? await driftOf(directory, files, obsolete) : [];
  const made = stale.map((part) => {
    const renderedPart = rendered.get(part.key);
    if (!renderedPart) throw new Error(`specsmith: stale part ${part.key} of ${target.name} was not rendered`);
    return renderedPart;
  });
  const result: TargetResult = {
    name: target.name,
    status: context.check ? (drift.length > 0 ? 'stale' : 'fresh') : 'written',
    operations: made.reduce((total, part) => total + part.operations, 0),
    files: files.length,
    rendered: stale.map((part) => part.key),
    partCount: target.parts.length,
    milliseconds: elapsed(),
    warnings: made.flatMap((part) => part.warnings),
    drift,
    notes: made.flatMap((part) => part.notes ?? []),
  };
  const afterWrite = made.flatMap((part) => (part.afterWrite ? [part.afterWrite] : []));
  return { result, output: context.check ? null : { directory, files, obsolete }, afterWrite };
}

/**
 * Runs every target (at once: the docs pages render in child processes while packages render
 * here), then writes all their files together. When some spec fails, nothing is written and
 * the error carries the problems of every target that failed.
 */
export async function runTargets(targets: readonly Target[], context: RunContext): Promise<TargetResult[]> {
  const settled = await Promise.allSettled(targets.map((target) => runTarget(target, context)));
  const failures = settled.flatMap((outcome) => (outcome.status === 'rejected' ? [outcome.reason as unknown] : []));
  const other = failures.find((failure) => !(failure instanceof SpecError));
  if (other !== undefined) throw other;
  if (failures.length > 0) {
    // One spec read by two targets fails twice with the same problems: report them once.
    const seen = new Set<string>();
    const problems = (failures as SpecError[])
      .flatMap((failure) => failure.problems)
      .filter((problem) => {
        const key = JSON.stringify(problem);
        if (seen.has(key)) return false;
        seen.add(key);
        return true;
      });
    throw new SpecError(problems);
  }
  const runs = settled.map((outcome) => (outcome as PromiseFulfilledResult<TargetRun>).value);
  if (context.check) return runs.map((run) => run.result);
  await writePackages(runs.flatMap((run) => (run.output ? [run.output] : [])));
  // Only after the write: a step such as a changeset must not outlive a run that wrote nothing.
  const results: TargetResult[] = [];
  for (const run of runs) {
    const notes = [...run.result.notes];
    for (const step of run.afterWrite) notes.push(...(await step()));
    results.push({ ...run.result, notes });
  }
  return results;
}
