// Loads a spec for generation: read, lint with the generation rules, bundle external
// `$ref`s into one document. Fatal problems become one SpecError listing all of them.
import { resolve as resolvePath } from 'node:path';
import { fileURLToPath } from 'node:url';
import { bundle, getLineColLocation, lintDocument, type Config, type Document, type NormalizedProblem } from '@redocly/openapi-core';
import { SpecError, type SpecProblem } from '../problems.js';
import { generationConfig, type GenerationRuleOptions } from './generation-rules.js';
import { readDocument } from './read-document.js';
import { collapseReferencedParseErrors } from './referenced-parse-errors.js';
import { SpecResolver } from './spec-resolver.js';
import { dropMappingEntries, droppedMappingWarning, findUnresolvedMappings } from './unresolved-mappings.js';
import { valueAt } from '../model/json-ref.js';

export interface LoadedSpec {
  /** Absolute path of the root document. */
  readonly file: string;
  /** The whole description in one object; only local (`#/…`) refs remain. */
  readonly document: Record<string, unknown>;
  /** Every file the description was read from (root first), for the cache. */
  readonly inputFiles: readonly string[];
  readonly warnings: readonly SpecProblem[];
}

const HINTS: Record<string, string> = {
  'no-unresolved-refs': 'Point the $ref at an existing file and JSON pointer (a local ref starts with #/components/...).',
  'operation-operationId-unique': 'Give each operation its own operationId.',
};

/** Redocly's message for an unresolved ref does not say which ref; add it. */
function withRefValue(problem: NormalizedProblem, parsed: unknown): NormalizedProblem {
  const where = problem.location[0];
  if (problem.ruleId !== 'no-unresolved-refs' || !where || !('pointer' in where) || typeof where.pointer !== 'string') return problem;
  const node = valueAt(parsed, where.pointer);
  const ref = typeof node === 'object' && node !== null ? (node as Record<string, unknown>)['$ref'] : undefined;
  if (typeof ref !== 'string' || problem.message.includes(ref)) return problem;
  return { ...problem, message: `${problem.message.replace(/^Can't resolve \$ref/, `Can't resolve $ref '${ref}'`)}` };
}

function toSpecProblem(problem: NormalizedProblem): SpecProblem {
  const where = problem.location[0];
  const severity = problem.severity === 'error' ? 'error' : 'warning';
  if (!where) return { severity, rule: problem.ruleId, message: problem.message, location: { file: '' } };
  const file = where.source.absoluteRef.startsWith('file:') ? fileURLToPath(where.source.absoluteRef) : where.source.absoluteRef;
  let line: number | undefined;
  let column: number | undefined;
  try {
    const lineCol = getLineColLocation(where);
    line = lineCol.start.line;
    column = lineCol.start.col;
  } catch {
    // A pointer the AST cannot map (it happens for synthesised nodes) still locates the problem.
  }
  const pointer = 'pointer' in where && typeof where.pointer === 'string' ? where.pointer : undefined;
  const hint = HINTS[problem.ruleId] ?? (problem.suggest.length > 0 ? `did you mean ${problem.suggest.join(' or ')}?` : undefined);
  return {
    severity,
    rule: problem.ruleId,
    message: problem.message,
    location: { file, ...(line === undefined || column === undefined ? {} : { line, column }), ...(pointer ? { pointer } : {}) },
    ...(hint ? { hint } : {}),
  };
}

/** True when some `$ref` leaves the document, so it needs bundling. */
function hasExternalRefs(node: unknown): boolean {
  const stack: unknown[] = [node];
  while (stack.length > 0) {
    const current = stack.pop();
    if (typeof current !== 'object' || current === null) continue;
    if (Array.isArray(current)) {
      for (const item of current) if (typeof item === 'object' && item !== null) stack.push(item);
      continue;
    }
    // for...in rather than Object.entries: no arrays per node (the document is plain parsed data).
    const record = current as Record<string, unknown>;
    for (const key in record) {
      const value = record[key];
      if (key === '$ref' && typeof value === 'string' && !value.startsWith('#')) return true;
      if (typeof value === 'object' && value !== null) stack.push(value);
    }
  }
  return false;
}

/** The pointer of a `$ref` that leads back to itself, following local refs only. */
function findRefCycle(root: unknown): string | null {
  const stack: { node: unknown; pointer: string }[] = [{ node: root, pointer: '#' }];
  while (stack.length > 0) {
    const { node, pointer } = stack.pop() as { node: unknown; pointer: string };
    if (typeof node !== 'object' || node === null) continue;
    const ref = (node as Record<string, unknown>)['$ref'];
    if (typeof ref === 'string' && ref.startsWith('#')) {
      const seen = new Set<string>();
      let current: string | undefined = ref;
      while (current?.startsWith('#')) {
        if (seen.has(current)) return pointer;
        seen.add(current);
        const target = valueAt(root, current);
        const next: unknown = typeof target === 'object' && target !== null ? (target as Record<string, unknown>)['$ref'] : undefined;
        current = typeof next === 'string' ? next : undefined;
      }
    }
    for (const [key, value] of Object.entries(node)) stack.push({ node: value, pointer: `${pointer}/${key.replace(/~/g, '~0').replace(/\//g, '~1')}` });
  }
  return null;
}

/** Redocly's lint, with its one thrown failure (a ref that resolves to itself) turned into a located problem. */
async function lintResolving(document: Document, config: Config, resolver: SpecResolver, file: string): Promise<NormalizedProblem[]> {
  try {
    return await lintDocument({ document, config, externalRefResolver: resolver });
  } catch (error) {
    if (!/circular pointer/i.test((error as Error).message)) throw error;
    const pointer = findRefCycle(document.parsed) ?? '#';
    throw new SpecError([
      {
        severity: 'error',
        rule: 'no-unresolved-refs',
        message: `$ref '${String((valueAt(document.parsed, pointer) as Record<string, unknown> | undefined)?.['$ref'])}' leads back to itself, so it never reaches a schema.`,
        location: { file, pointer },
        hint: 'Point the $ref chain at a real schema.',
      },
    ]);
  }
}

export interface LoadHooks {
  /**
   * Called once the root document is parsed, before lint. A self-contained document (no
   * external refs) needs no bundling, so work that only reads the file can start here.
   */
  readonly onParsed?: (parsed: { readonly file: string; readonly bytes: number; readonly selfContained: boolean }) => void;
}

export async function loadSpec(file: string, options: GenerationRuleOptions, hooks: LoadHooks = {}): Promise<LoadedSpec> {
  const absolute = resolvePath(file);
  const document = await readDocument(absolute);
  const selfContained = !hasExternalRefs(document.parsed);
  hooks.onParsed?.({ file: absolute, bytes: document.source.body.length, selfContained });
  const config = await generationConfig(options);
  const resolver = new SpecResolver(config.resolve);
  const linted = await lintResolving(document, config, resolver, absolute);
  // The file a problem is in: the root, or one the resolver read for a `$ref`.
  const fileOf = async (absoluteRef: string) => (absoluteRef === document.source.absoluteRef ? document : resolver.documentFor(absoluteRef));
  const unresolvedMappings = await findUnresolvedMappings(linted, fileOf);
  const located = await Promise.all(
    linted.map(async (problem) => {
      const mapping = unresolvedMappings.get(problem);
      if (mapping) return droppedMappingWarning(toSpecProblem(problem), mapping);
      const where = problem.location[0];
      return toSpecProblem(where ? withRefValue(problem, (await fileOf(where.source.absoluteRef))?.parsed) : problem);
    }),
  );
  const problems = collapseReferencedParseErrors(located);
  const errors = problems.filter((problem) => problem.severity === 'error');
  if (errors.length > 0) throw new SpecError(errors);
  const warnings = problems.filter((problem) => problem.severity === 'warning');
  // Before bundling, which would otherwise stop on the same entries.
  dropMappingEntries(unresolvedMappings.values());

  if (selfContained) {
    // Lint may still have looked for files (a discriminator mapping's): they are inputs too.
    const looked = [...resolver.getFiles()].filter((dependency) => dependency !== absolute).sort();
    return { file: absolute, document: document.parsed as Record<string, unknown>, inputFiles: [absolute, ...looked], warnings };
  }
  const bundled = await bundle({ doc: document, config, dereference: false, externalRefResolver: resolver });
  const bundleErrors = bundled.problems.map(toSpecProblem).filter((problem) => problem.severity === 'error');
  if (bundleErrors.length > 0) throw new SpecError(bundleErrors);
  const dependencies = [...bundled.fileDependencies].filter((dependency) => dependency !== absolute).sort();
  return {
    file: absolute,
    document: bundled.bundle.parsed as Record<string, unknown>,
    inputFiles: [absolute, ...dependencies],
    warnings,
  };
}
