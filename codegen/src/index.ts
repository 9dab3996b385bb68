// The generator's programmatic entry points: the command line, and the run API it is made of
// (a run context, the package and docs targets, and the one runner).
export { main } from './cli.js';
export { createRunContext, type LoadOptions, type ModelledSpec, type RunContext, type RunOptions } from './run/context.js';
export { docsTarget } from './run/docs-target.js';
export { packageNameFor, vendorPackage, type PackageSpec } from './run/package-spec.js';
export { packageTarget } from './run/package-target.js';
export { runTargets } from './run/runner.js';
export type { Part, RenderedPart, Target, TargetResult } from './run/target.js';
export { SpecError, formatProblem, type SpecProblem, type SpecLocation } from './problems.js';
