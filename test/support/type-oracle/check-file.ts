// Writes one spec's checks as a TypeScript module beside ours.ts and oracle.ts: per check a
// function whose parameters are the part as each module types it, and whose body assigns each
// to the other (mutual assignability) and asserts that neither is `any` alone (`any` is
// assignable both ways, so it would pass unseen). A diagnostic inside a function's lines is a
// failure of that check, and the compiler's elaboration says which direction and why.
import { importName, type Check, type Root } from './checks.js';

export interface CheckFile {
  readonly text: string;
  /** The first and last line (0-based) of each check's function, in check order. */
  readonly lines: readonly { readonly name: string; readonly first: number; readonly last: number }[];
}

/** Imports only what the checks reach, so a spec without webhooks asks no module for them. */
function imports(checks: readonly Check[]): string[] {
  const roots = (['paths', 'webhooks', 'components'] as const).filter((root) => checks.some((check) => check.root === root));
  if (roots.length === 0) return [];
  const names = (side: 'Ours' | 'Oracle') => roots.map((root: Root) => `${root} as ${importName(side, root)}`).join(', ');
  return [`import type { ${names('Ours')} } from './ours.js';`, `import type { ${names('Oracle')} } from './oracle-linked.js';`];
}

const HELPERS = ['', 'type IsAny<T> = 0 extends 1 & T ? true : false;', 'type Same<A, B> = [A] extends [B] ? ([B] extends [A] ? true : false) : false;', ''];

/** What a diagnostic on each line of a check's function says is wrong, by line within the function. */
const LINE_MEANINGS = ['', 'the part is missing or not a type', 'ours is not assignable to the oracle', 'the oracle is not assignable to ours', 'one side is any and the other is not'];

/** What a diagnostic `offset` lines into a check's lines says, e.g. `ours is not assignable to the oracle`. */
export function meaningOfLine(offset: number): string {
  return LINE_MEANINGS[offset] || 'other';
}

/** The comment names the check; the parameters' names say which module each type is from. */
function checkLines(check: Check, position: number): string[] {
  return [
    `// check: ${check.name.replace(/\r?\n/g, ' ')}`,
    `function check_${position}(ours: ${check.type('Ours')}, oracle: ${check.type('Oracle')}): void {`,
    '  const oursToOracle: typeof oracle = ours;',
    '  const oracleToOurs: typeof ours = oracle;',
    '  const neitherAnyAlone: Same<IsAny<typeof ours>, IsAny<typeof oracle>> = true;',
    '  void [oursToOracle, oracleToOurs, neitherAnyAlone];',
    '}',
  ];
}

export function renderCheckFile(specName: string, checks: readonly Check[]): CheckFile {
  const out = [`// The type oracle's checks for ${specName}: ours.ts against oracle-linked.ts (openapi-typescript), part by part.`, ...imports(checks), ...HELPERS, 'export {};'];
  const lines = checks.map((check, position) => {
    const block = checkLines(check, position);
    const first = out.length;
    out.push(...block);
    return { name: check.name, first, last: out.length - 1 };
  });
  return { text: `${out.join('\n')}\n`, lines };
}
