// The type-node model the emitter builds and the printer prints: just the TypeScript type
// forms schema.gen.ts needs (keywords, literals, indexed access into the document's
// interfaces, unions, intersections, arrays, tuples, object literals, a few generic helpers).
// The constructors flatten and dedupe as they go, so no later pass rewrites a tree.

type Keyword = 'string' | 'number' | 'boolean' | 'null' | 'unknown' | 'never' | 'undefined';

export type LiteralValue = string | number | boolean;

export type TypeNode =
  | { readonly kind: 'keyword'; readonly name: Keyword }
  | { readonly kind: 'literal'; readonly value: LiteralValue }
  /** `root["a"]["b"]`: a plain indexed access into one of the file's interfaces (or into a generic's result). */
  | { readonly kind: 'access'; readonly root: string | TypeNode; readonly path: readonly (string | number)[] }
  /** `Name<A, B>` for a helper TypeScript ships (Omit, NonNullable, Record). */
  | { readonly kind: 'generic'; readonly name: string; readonly args: readonly TypeNode[] }
  | { readonly kind: 'union'; readonly members: readonly TypeNode[] }
  | { readonly kind: 'intersection'; readonly members: readonly TypeNode[] }
  | { readonly kind: 'array'; readonly element: TypeNode }
  | { readonly kind: 'tuple'; readonly elements: readonly TypeNode[] }
  | { readonly kind: 'object'; readonly members: readonly Member[] };

export interface PropertyMember {
  readonly kind: 'property';
  readonly name: string;
  readonly optional: boolean;
  readonly readonly: boolean;
  readonly type: TypeNode;
  /** JSDoc items (see jsdoc.ts); none when empty or absent. */
  readonly doc?: readonly string[] | undefined;
}

export interface IndexMember {
  readonly kind: 'index';
  /** The name of the key in `[key: string]: T`. */
  readonly key: string;
  readonly type: TypeNode;
}

export type Member = PropertyMember | IndexMember;

const keywords = new Map<Keyword, TypeNode>();
function keyword(name: Keyword): TypeNode {
  let node = keywords.get(name);
  if (!node) {
    node = { kind: 'keyword', name };
    keywords.set(name, node);
  }
  return node;
}

export const STRING = keyword('string');
export const NUMBER = keyword('number');
export const BOOLEAN = keyword('boolean');
export const NULL = keyword('null');
export const UNKNOWN = keyword('unknown');
export const NEVER = keyword('never');

export function literal(value: LiteralValue): TypeNode {
  return { kind: 'literal', value };
}

export function access(root: string | TypeNode, path: readonly (string | number)[]): TypeNode {
  return { kind: 'access', root, path };
}

export function generic(name: string, args: readonly TypeNode[]): TypeNode {
  return { kind: 'generic', name, args };
}

/** `Record<string, never>`: an object with no keys, as openapi-typescript prints one. */
export const EMPTY_OBJECT = generic('Record', [STRING, NEVER]);

export function arrayOf(element: TypeNode): TypeNode {
  return { kind: 'array', element };
}

export function tuple(elements: readonly TypeNode[]): TypeNode {
  return { kind: 'tuple', elements };
}

export function object(members: readonly Member[]): TypeNode {
  return members.length === 0 ? EMPTY_OBJECT : { kind: 'object', members };
}

export function property(name: string, type: TypeNode, options: { optional?: boolean; readonly?: boolean; doc?: readonly string[] | undefined } = {}): PropertyMember {
  return { kind: 'property', name, optional: options.optional ?? false, readonly: options.readonly ?? false, type, doc: options.doc };
}

export function indexSignature(key: string, type: TypeNode): IndexMember {
  return { kind: 'index', key, type };
}

/** A key that identifies keywords and literals, so `string | string` and `"a" | "a"` print once. */
function dedupeKey(node: TypeNode): string | undefined {
  if (node.kind === 'keyword') return node.name;
  if (node.kind === 'literal') return `${typeof node.value}:${String(node.value)}`;
  return undefined;
}

function combine(kind: 'union' | 'intersection', members: readonly TypeNode[]): TypeNode {
  const flat: TypeNode[] = [];
  const seen = new Set<string>();
  for (const member of members) {
    const parts = member.kind === kind ? member.members : [member];
    for (const part of parts) {
      const key = dedupeKey(part);
      if (key !== undefined) {
        if (seen.has(key)) continue;
        seen.add(key);
      }
      flat.push(part);
    }
  }
  if (flat.length === 0) return NEVER;
  if (flat.length === 1) return flat[0] as TypeNode;
  return { kind, members: flat };
}

/** `A | B`; `unknown` absorbs the rest, as it does in TypeScript. */
export function union(members: readonly TypeNode[]): TypeNode {
  if (members.includes(UNKNOWN)) return UNKNOWN;
  return combine('union', members);
}

/** `A & B`; `unknown` members add nothing and are left out. */
export function intersection(members: readonly TypeNode[]): TypeNode {
  const kept = members.filter((member) => member !== UNKNOWN);
  return kept.length === 0 ? UNKNOWN : combine('intersection', kept);
}
