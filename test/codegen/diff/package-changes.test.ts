// The generate-time report: the surface recorded beside a package's manifest (surface.json)
// reads back as written, and packageChanges/packageChangeLines say what a regeneration changes.
import { mkdir, writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { packageChangeLines, packageChanges } from '../../../codegen/src/diff/package-changes.js';
import { lineLocator } from '../../../codegen/src/diff/source-lines.js';
import { parseSurface, readRecordedSurface, SURFACE_FILE, surfaceJson } from '../../../codegen/src/diff/surface-file.js';
import type { ClientSurface } from '../../../codegen/src/diff/surface-model.js';
import { loadSpec } from '../../../codegen/src/load/load-spec.js';
import { compareSurfaces } from '../../../codegen/src/diff/compare-surfaces.js';
import { surfaceOf } from '../../../codegen/src/diff/surface.js';
import { makeTempDir } from '../../support/temp-dir.js';
import { vendorSpecs } from '../../support/vendors.js';
import { baseSurface, pairSurface } from './surfaces.js';

let directory: { path: string; remove: () => Promise<void> };
let base: ClientSurface;
beforeAll(async () => {
  directory = await makeTempDir('diff-package');
  base = await baseSurface();
});
afterAll(async () => directory.remove());

describe('surface.json', () => {
  it('reads back as the surface it was written from, one operation and one schema a line', async () => {
    const text = surfaceJson(base);
    expect(parseSurface(text)).toEqual(base);
    expect(text.split('\n')).toHaveLength(base.operations.length + Object.keys(base.schemas).length + 7);
    const folder = join(directory.path, 'recorded');
    await mkdir(folder);
    await writeFile(join(folder, SURFACE_FILE), text);
    expect(await readRecordedSurface(folder)).toEqual(base);
  });

  it.each(vendorSpecs().map((vendor) => [vendor.key, vendor.specFile]))('of %s reads back with no change to compare', async (_vendor, specFile) => {
    const surface = surfaceOf(await loadSpec(specFile, { requireErrorCatalogue: true }));
    const recorded = parseSurface(surfaceJson(surface));
    expect(recorded).not.toBeNull();
    expect(compareSurfaces(recorded ?? surface, surface).changes).toEqual([]);
    expect(recorded?.operations.length).toBeGreaterThan(0);
  });

  it('is no recorded surface when it is missing, not JSON, or of another format', async () => {
    expect(await readRecordedSurface(join(directory.path, 'nothing-here'))).toBeNull();
    expect(parseSurface('{"format":"specsmith-surface/0","operations":[]}')).toBeNull();
    expect(parseSurface('{ not json')).toBeNull();
  });
});

describe('packageChanges', () => {
  it('has nothing to compare on a first run, and says the run records the baseline', () => {
    const changes = packageChanges('demo', null, base);
    expect(changes).toEqual({ name: 'demo', diff: null, impact: 'unknown' });
    expect(packageChangeLines(changes, { specFile: '/x.yaml', cwd: '/' })).toEqual(['  demo: no previous surface recorded; this run records the baseline']);
  });

  it('says nothing changed when the surface is the same', () => {
    const changes = packageChanges('demo', base, base);
    expect(changes.impact).toBe('none');
    expect(packageChangeLines(changes, { specFile: '/x.yaml', cwd: '/' })).toEqual(['  demo: no change to the client surface']);
  });

  it('lists each change, located in the new spec or at a pointer of the previous package', async () => {
    const removed = await pairSurface(directory.path, 'operation-removed');
    const changes = packageChanges('demo', base, removed.surface);
    expect(changes.impact).toBe('breaking');
    expect(packageChangeLines(changes, { specFile: removed.file, cwd: directory.path })).toEqual([
      '  demo: 1 breaking, 0 additive since the previous package',
      '    BREAKING  removed operation getRequest (GET /requests/{id})  (the previous package at #/paths/~1requests~1{id}/get)',
    ]);
    const added = await pairSurface(directory.path, 'operation-added');
    const lineOf = await lineLocator(added.file);
    expect(packageChangeLines(packageChanges('demo', base, added.surface), { specFile: added.file, cwd: directory.path, lineOf })).toEqual([
      '  demo: 0 breaking, 1 additive since the previous package',
      '    additive  added operation listNotes (GET /requests/{id}/notes)  (operation-added.yaml:83:7 at #/paths/~1requests~1{id}~1notes/get)',
    ]);
  });
});
