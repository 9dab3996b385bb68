// `specsmith generate --watch`: one warm process that generates once, then follows
// redocly.yaml, every vendor spec and the files they $ref, and on each save regenerates the
// vendors whose files changed: their packages first (written as soon as they are ready),
// then the docs, where the cache renders only the changed vendors' pages and the index. Each
// regeneration prints what it wrote, or the spec's problems with file:line and that nothing
// was written, and keeps watching, so a spec broken mid-edit recovers on the next good save.
// SIGINT and SIGTERM stop it once the regeneration under way is done.
import { join, relative } from 'node:path';
import { readVendors, type VendorEntry } from '../config.js';
import { syncBuildReferences } from '../output/build-references.js';
import { hashInputFile } from '../output/manifest.js';
import { formatProblem, SpecError } from '../problems.js';
import { createRunContext, type RunContext } from '../run/context.js';
import { docsTarget } from '../run/docs-target.js';
import { failureReport } from '../run/failure-report.js';
import { vendorPackage, type PackageSpec } from '../run/package-spec.js';
import { packageTarget } from '../run/package-target.js';
import { progressLine } from '../run/progress-line.js';
import { runTargets } from '../run/runner.js';
import type { Target, TargetResult } from '../run/target.js';
import { debounce } from './debounce.js';
import { watchFiles } from './file-watcher.js';
import { watchedFiles, type WatchedFiles } from './watched-files.js';

export interface WatchOptions {
  readonly root: string;
  /** Paths in messages are relative to this directory. */
  readonly cwd: string;
  /** The vendors to follow (empty: every vendor, and the docs). */
  readonly vendors: readonly string[];
  /** Render everything on the first run, cache or not. */
  readonly force: boolean;
  /** Print only errors and what each save wrote. */
  readonly quiet: boolean;
  /** How long after the last event of a save to regenerate. */
  readonly debounceMilliseconds?: number;
}

interface Selection {
  readonly packages: readonly PackageSpec[];
  readonly docsVendors: readonly VendorEntry[] | null;
}

const DEBOUNCE_MILLISECONDS = 40;

export function watchSpecs(options: WatchOptions): Promise<number> {
  const { root, cwd } = options;
  const configFile = join(root, 'redocly.yaml');
  const out = (line: string) => process.stdout.write(`${line}\n`);
  const err = (text: string) => process.stderr.write(text.endsWith('\n') ? text : `${text}\n`);
  const shown = (file: string) => relative(cwd, file) || file;

  let selection: Selection = { packages: [], docsVendors: null };
  let owners: WatchedFiles = new Map();
  let watchedCount = -1;
  const changed = new Set<string>();
  /** Each followed file's content hash when a regeneration last read it: saves that change nothing are skipped. */
  const seen = new Map<string, string>();
  let running: Promise<void> | null = null;
  let stopping = false;

  const readSelection = (): Selection => {
    const known = readVendors(root);
    const selected = options.vendors.length > 0 ? known.filter((entry) => options.vendors.includes(entry.name)) : known;
    return { packages: selected.map((entry) => vendorPackage(root, entry)), docsVendors: options.vendors.length > 0 ? null : known };
  };

  const report = (results: readonly TargetResult[], everything: boolean) => {
    for (const result of results) {
      if (!everything && result.status !== 'written') continue;
      if (!options.quiet || !everything) for (const warning of result.warnings) err(formatProblem(warning, cwd));
      if (!options.quiet || !everything) out(progressLine(result));
    }
  };

  const run = async (targets: readonly Target[], context: RunContext, everything: boolean) => {
    if (targets.length === 0) return [];
    const results = await runTargets(targets, context);
    report(results, everything);
    return results;
  };

  /** One regeneration: the packages of `vendors` (null: all), then the docs. */
  const regenerate = async (vendors: ReadonlySet<string> | null, first: boolean) => {
    const context = await createRunContext({ root, force: first && options.force });
    try {
      if (vendors === null) {
        selection = readSelection();
        await syncBuildReferences(root, readVendors(root), false);
      }
      const packages = selection.packages.filter((spec) => vendors === null || vendors.has(spec.name));
      const written = await run(
        packages.map((spec) => packageTarget(spec, root)),
        context,
        first,
      );
      const docs = selection.docsVendors ? await run([docsTarget(root, selection.docsVendors)], context, first) : [];
      if (!first && ![...written, ...docs].some((result) => result.status === 'written')) out('nothing to regenerate: the output is up to date');
    } catch (error) {
      if (!(error instanceof SpecError)) throw error;
      err(failureReport(error, cwd));
    }
    if (stopping) return;
    owners = await watchedFiles(selection.packages);
    watcher.follow([configFile, ...owners.keys()]);
    for (const file of [configFile, ...owners.keys()]) if (!seen.has(file)) seen.set(file, await hashInputFile(file));
    if (owners.size + 1 !== watchedCount) {
      watchedCount = owners.size + 1;
      out(`watching ${watchedCount} files (Ctrl-C to stop)`);
    }
  };

  /** The files of `candidates` whose content differs from when they were last regenerated from. */
  const reallyChanged = async (candidates: readonly string[]) => {
    const different: string[] = [];
    for (const file of candidates) {
      const hash = await hashInputFile(file).catch(() => 'unreadable');
      if (seen.get(file) !== hash) different.push(file);
      seen.set(file, hash);
    }
    return different;
  };

  const flush = () => {
    if (running || stopping || changed.size === 0) return;
    const candidates = [...changed].sort();
    changed.clear();
    running = reallyChanged(candidates).then((files) => (files.length > 0 ? regenerateFor(files) : undefined));
    void running.finally(() => {
      running = null;
      // Saves made while this regeneration ran.
      flush();
    });
  };

  const regenerateFor = (files: readonly string[]) => {
    const vendors = files.includes(configFile) ? null : new Set(files.flatMap((file) => owners.get(file) ?? []));
    for (const file of files) out(`${shown(file)} changed${vendors ? ` (${[...new Set(owners.get(file) ?? [])].join(', ')})` : ''}`);
    return regenerate(vendors, false).catch((error: unknown) => {
      err(`specsmith: ${(error as Error).stack ?? String(error)}`);
    });
  };
  const scheduled = debounce(options.debounceMilliseconds ?? DEBOUNCE_MILLISECONDS, flush);
  const watcher = watchFiles((file) => {
    changed.add(file);
    scheduled();
  });

  return new Promise<number>((resolve, reject) => {
    const stop = () => {
      if (stopping) return;
      stopping = true;
      scheduled.cancel();
      watcher.close();
      process.off('SIGINT', stop);
      process.off('SIGTERM', stop);
      void (running ?? Promise.resolve()).then(() => {
        out('stopped watching');
        resolve(0);
      });
    };
    process.on('SIGINT', stop);
    process.on('SIGTERM', stop);
    running = regenerate(null, true)
      .catch((error: unknown) => {
        stop();
        reject(error);
      })
      .finally(() => {
        running = null;
        flush();
      });
  });
}
