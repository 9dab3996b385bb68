// What generate needs of the breaking-change report, in one module that codegen/src/run/package-target.ts
// imports lazily (a run the cache answers loads none of it): the surface of a loaded spec, its surface.json,
// and the generate-time report. The `specsmith diff` command is imported from diff-command.ts by cli.ts.
export { reportRegeneration } from './regeneration.js';
export { readRecordedSurface, SURFACE_FILE, surfaceJson } from './surface-file.js';
export { surfaceOf } from './surface.js';
