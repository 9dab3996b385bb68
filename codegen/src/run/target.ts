// What the runner runs: a target is one output folder (a generated package, the docs site)
// made of cache parts, each rendered in memory from the run context and cached on its own.
import type { GeneratedFile } from '../output/generated-file.js';
import type { SpecProblem } from '../problems.js';
import type { RunContext } from './context.js';

export interface RenderedPart {
  /** Paths relative to the target's folder. */
  readonly files: readonly GeneratedFile[];
  /** Every file the part was made from; a change to any of them renders it again. */
  readonly inputFiles: readonly string[];
  readonly operations: number;
  readonly warnings: readonly SpecProblem[];
  /** Kept in the manifest for the parts that read summaries (a docs page's index entry). */
  readonly summary?: unknown;
  /** Lines to print under the target's progress line (a package's breaking-change report). */
  readonly notes?: readonly string[];
  /** Run once every target's files are written (not in check mode); resolves to more lines to print. */
  readonly afterWrite?: () => Promise<readonly string[]>;
}

export interface Part {
  /** Unique within the target; the manifest's key for the part. */
  readonly key: string;
  /** Inputs known before rendering (the spec, templates); the manifest must list them for the part to be fresh. */
  readonly requiredInputs: readonly string[];
  /**
   * A part made from the other parts' summaries (the docs index): rendered after them, and
   * again whenever any of them is.
   */
  readonly readsSummaries?: boolean;
  render(context: RunContext, summaries: ReadonlyMap<string, unknown>): Promise<RenderedPart>;
}

export interface Target {
  /** Shown in progress lines: the vendor, `--name`, or `docs`. */
  readonly name: string;
  readonly outDirectory: string;
  /** The manifest's `//` line. */
  readonly notice: string;
  readonly parts: readonly Part[];
}

export interface TargetResult {
  readonly name: string;
  readonly status: 'written' | 'unchanged' | 'stale' | 'fresh';
  /** Operations of the parts rendered (0 when the cache answered). */
  readonly operations: number;
  /** Files rendered (the manifest included), or the files the manifest lists when the cache answered. */
  readonly files: number;
  /** Keys of the parts rendered, in the target's order; empty when the cache answered. */
  readonly rendered: readonly string[];
  readonly partCount: number;
  readonly milliseconds: number;
  readonly warnings: readonly SpecProblem[];
  /** In check mode: files that differ, are missing, or should no longer exist. */
  readonly drift: readonly string[];
  /** The rendered parts' notes, then what their afterWrite steps said. */
  readonly notes: readonly string[];
}
