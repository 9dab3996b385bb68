// compareSurfaces: every change between two client surfaces, breaking ones first.
import type { SurfaceDiff } from './change.js';
import type { CompareContext } from './compare-context.js';
import { compareErrorCodes } from './compare-error-codes.js';
import { compareOperations } from './compare-operations.js';
import type { ClientSurface } from './surface-model.js';

export function compareSurfaces(oldSurface: ClientSurface, newSurface: ClientSurface): SurfaceDiff {
  const context: CompareContext = { old: oldSurface, new: newSurface, changes: [] };
  compareOperations(context);
  compareErrorCodes(context);
  const breaking = context.changes.filter((change) => change.kind === 'breaking');
  const additive = context.changes.filter((change) => change.kind === 'additive');
  return { changes: [...breaking, ...additive], breaking: breaking.length, additive: additive.length };
}
