// The breaking-change report's entry points: the `specsmith diff` command, the surface of a
// loaded spec and the comparison of two, the generate-time report and its changesets.
export type { ChangeClass, ChangeKind, SurfaceChange, SurfaceDiff } from './change.js';
export { bumpFor, changesetFor, writeChangeset, type Bump, type Changeset, type ChangesetInput, type ReleasedPackage } from './changeset.js';
export { compareSurfaces } from './compare-surfaces.js';
export { DIFF_USAGE, runDiffCommand, type DiffCommandIo } from './diff-command.js';
export { packageChangeLines, packageChanges, type Impact, type PackageChanges, type PackageReportSources } from './package-changes.js';
export { reportRegeneration, type Regeneration, type RegenerationReport } from './regeneration.js';
export { releasedPackages } from './released-packages.js';
export { DIFF_JSON_FORMAT, jsonReport, type DiffJson } from './report-json.js';
export { lineLocator } from './source-lines.js';
export { SURFACE_FILE, parseSurface, readRecordedSurface, surfaceJson } from './surface-file.js';
export type { ClientSurface } from './surface-model.js';
export { surfaceOf } from './surface.js';
