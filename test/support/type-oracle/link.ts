// Links the oracle's output to our components: every reference openapi-typescript prints to a
// component (`components["schemas"]["Pet"]`, and the same for parameters, requestBodies,
// responses and headers) is pointed at ours.ts's `components` instead. Compared through this
// linked copy, a part differs only where its own schema differs, not wherever it reaches a
// component that differs: a difference in `Pet` fails `components.schemas.Pet` alone, not every
// operation that returns a Pet, so each failed check names where the difference is.
import { COMPONENT_KINDS } from './checks.js';

const REFERENCE = new RegExp(`(?<![\\w$."'\\]])components(?=\\["(?:${COMPONENT_KINDS.join('|')})"\\]\\[)`, 'g');

export function linkToOurComponents(oracle: string): string {
  return `import type { components as OursComponents } from './ours.js';\n${oracle.replace(REFERENCE, 'OursComponents')}`;
}
