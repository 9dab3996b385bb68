export { generate, type GenerateOptions, type GenerateTarget, type TargetResult } from './generate.js';
export { main } from './cli.js';
export { SpecError, formatProblem, type SpecProblem, type SpecLocation } from './problems.js';
