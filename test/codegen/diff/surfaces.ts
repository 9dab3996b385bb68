// Client surfaces of the spec pairs, loaded the way the generator loads a spec.
import { writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import { loadSpec } from '../../../codegen/src/load/load-spec.js';
import { surfaceOf } from '../../../codegen/src/diff/surface.js';
import type { ClientSurface } from '../../../codegen/src/diff/surface-model.js';
import type { ChangeClass } from '../../../codegen/src/diff/change.js';
import { BASE_SPEC, newSpecText, SPEC_PAIRS } from './spec-pairs.js';

export const baseSurface = async (): Promise<ClientSurface> => surfaceOf(await loadSpec(BASE_SPEC, { requireErrorCatalogue: false }));

/** The new side of the pair of `changeClass`, written to `<directory>/<class>.yaml` and loaded. */
export async function pairSurface(directory: string, changeClass: ChangeClass): Promise<{ file: string; surface: ClientSurface }> {
  const pair = SPEC_PAIRS.find((candidate) => candidate.class === changeClass);
  if (!pair) throw new Error(`no spec pair for ${changeClass}`);
  const file = join(directory, `${changeClass}.yaml`);
  await writeFile(file, newSpecText(pair));
  return { file, surface: surfaceOf(await loadSpec(file, { requireErrorCatalogue: false })) };
}
