// Compares two schema shapes structurally (types, nullability, enum values, fields and their
// required flags, items, variants), following refs through each surface's named schemas. A
// pair of refs already open further up is not entered again, so recursive schemas end; a pair
// whose walk added nothing new to the report is not walked again at the same site; a depth
// cap stops anything else.
import type { Direction } from './change.js';
import { escapePointer, record, type CompareContext } from './compare-context.js';
import type { ClientSurface, SchemaShape } from './surface-model.js';

/** Where the schemas sit: what the messages name, and which way the data flows. */
export interface SchemaSite {
  readonly operationId: string;
  /** `listRequests (GET /requests) query parameter status` */
  readonly subject: string;
  readonly direction: Direction;
  /** A top-level body field the runtime fills itself (the body token): not the caller's change. */
  readonly ignoredField?: string | null;
}

interface Walk {
  readonly context: CompareContext;
  readonly site: SchemaSite;
  /** Ref pairs open on the way down to the current position. */
  readonly open: Set<string>;
  /** Ref pairs walked at this site that added nothing new: unchanged, or their changes already recorded. */
  readonly settled: Set<string>;
}

interface Position {
  /** The named schema the position is inside (`Request`), or null while still in the operation's own schema. */
  readonly schema: string | null;
  /** Dotted field path from there (`items[].status`); empty at its root. */
  readonly path: string;
  readonly oldPointer: string;
  readonly newPointer: string;
  readonly depth: number;
}

const MAX_DEPTH = 48;

/**
 * Follows a ref chain (`ReferenceOrNull` -> `Reference` -> its object): the shape at the end,
 * nullable if any link was, and the last ref on the way (what a union would list as its member).
 */
function resolved(shape: SchemaShape, surface: ClientSurface): { readonly target: SchemaShape; readonly member: SchemaShape } {
  let member = shape;
  let target = shape;
  let nullable = shape.nullable === true;
  for (let hops = 0; target.ref && hops < 16; hops += 1) {
    member = target;
    target = surface.schemas[target.ref] ?? {};
    nullable ||= target.nullable === true;
  }
  return { target: nullable ? { ...target, nullable: true } : target, member };
}

/** What the messages call the place: the named schema (one change however many operations use it), or the site. */
const placeOf = (walk: Walk, at: Position): string => `${at.schema ? `schema ${at.schema}` : walk.site.subject}${at.path ? ` field ${at.path}` : ''}`;
const ownerOf = (walk: Walk, at: Position): string => (at.schema ? `schema ${at.schema}` : walk.site.subject);

const typeText = (types: readonly string[] | undefined): string => (types ? types.join(' | ') || 'null' : 'any');
const variantName = (variant: SchemaShape, index: number): string => variant.ref?.split('/').pop() ?? `#${index + 1} (${typeText(variant.types)})`;

function emit(walk: Walk, fact: { class: Parameters<typeof record>[1]['class']; message: string; side: 'old' | 'new' }, at: Position): void {
  record(walk.context, { ...fact, direction: walk.site.direction, operationId: walk.site.operationId, schema: at.schema, pointer: fact.side === 'old' ? at.oldPointer : at.newPointer });
}

function compareTypes(walk: Walk, before: SchemaShape, after: SchemaShape, position: Position): void {
  const place = placeOf(walk, position);
  const at = { ...position, newPointer: `${position.newPointer}/type` };
  const was = before.types;
  const is = after.types;
  if (was?.join() !== is?.join()) {
    // An integer is a number, so integer -> number only widens.
    const covers = (types: readonly string[], type: string) => types.includes(type) || (type === 'integer' && types.includes('number'));
    const removed = was && is ? was.filter((type) => !covers(is, type)) : was ? [] : ['any'];
    const added = was && is ? is.filter((type) => !covers(was, type)) : is ? [] : ['any'];
    const changeClass = removed.length > 0 && added.length > 0 ? 'type-changed' : removed.length > 0 ? 'type-narrowed' : 'type-widened';
    const verb = changeClass === 'type-changed' ? 'changed' : changeClass === 'type-narrowed' ? 'narrowed' : 'widened';
    emit(walk, { class: changeClass, message: `type of ${place} ${verb} from ${typeText(was)} to ${typeText(is)}`, side: 'new' }, at);
  }
}

function compareNullability(walk: Walk, before: SchemaShape, after: SchemaShape, position: Position): void {
  const place = placeOf(walk, position);
  const at = { ...position, newPointer: `${position.newPointer}/type` };
  if (before.nullable && !after.nullable) emit(walk, { class: 'nullable-removed', message: `${place} is no longer nullable`, side: 'new' }, at);
  if (!before.nullable && after.nullable) emit(walk, { class: 'nullable-added', message: `${place} is now nullable`, side: 'new' }, at);
}

function compareEnums(walk: Walk, before: SchemaShape, after: SchemaShape, at: Position): void {
  const place = placeOf(walk, at);
  if (before.enum && after.enum) {
    const was = before.enum;
    const is = after.enum;
    was.forEach((value, index) => {
      if (!is.includes(value))
        emit(walk, { class: 'enum-value-removed', message: `removed enum value ${JSON.stringify(value)} from ${place}`, side: 'old' }, { ...at, oldPointer: `${at.oldPointer}/enum/${index}` });
    });
    is.forEach((value, index) => {
      if (!was.includes(value))
        emit(walk, { class: 'enum-value-added', message: `added enum value ${JSON.stringify(value)} to ${place}`, side: 'new' }, { ...at, newPointer: `${at.newPointer}/enum/${index}` });
    });
  } else if (before.enum) {
    emit(walk, { class: 'type-widened', message: `${place} is no longer limited to ${before.enum.map((value) => JSON.stringify(value)).join(', ')}`, side: 'new' }, at);
  } else if (after.enum) {
    emit(walk, { class: 'type-narrowed', message: `${place} is now limited to ${after.enum.map((value) => JSON.stringify(value)).join(', ')}`, side: 'new' }, at);
  }
}

function compareFields(walk: Walk, before: SchemaShape, after: SchemaShape, at: Position): void {
  const was = before.properties ?? {};
  const is = after.properties ?? {};
  const wasRequired = new Set(before.required ?? []);
  const isRequired = new Set(after.required ?? []);
  const subject = ownerOf(walk, at);
  const { direction } = walk.site;
  for (const [name, shape] of Object.entries(is)) {
    if (at.depth === 0 && name === walk.site.ignoredField) continue;
    const path = at.path ? `${at.path}.${name}` : name;
    const child: Position = {
      schema: at.schema,
      path,
      oldPointer: `${at.oldPointer}/properties/${escapePointer(name)}`,
      newPointer: `${at.newPointer}/properties/${escapePointer(name)}`,
      depth: at.depth + 1,
    };
    const previous = was[name];
    if (!previous) {
      const required = direction === 'request' && isRequired.has(name);
      emit(walk, { class: required ? 'required-field-added' : 'field-added', message: `added ${required ? 'required ' : ''}field ${path} to ${subject}`, side: 'new' }, child);
      continue;
    }
    if (!wasRequired.has(name) && isRequired.has(name)) emit(walk, { class: 'field-now-required', message: `field ${path} of ${subject} is now required`, side: 'new' }, child);
    if (wasRequired.has(name) && !isRequired.has(name)) emit(walk, { class: 'field-now-optional', message: `field ${path} of ${subject} is now optional`, side: 'new' }, child);
    compareShapes(walk, previous, shape, child);
  }
  for (const name of Object.keys(was)) {
    if (name in is || (at.depth === 0 && name === walk.site.ignoredField)) continue;
    const path = at.path ? `${at.path}.${name}` : name;
    emit(walk, { class: 'field-removed', message: `removed field ${path} from ${subject}`, side: 'old' }, { ...at, oldPointer: `${at.oldPointer}/properties/${escapePointer(name)}` });
  }
}

/** A shape as a one-member union, to compare with a union (`Reference` -> `oneOf: [Reference, string]`). */
function asVariants(original: SchemaShape, shape: SchemaShape): readonly SchemaShape[] {
  if (shape.variants && shape.variants.length > 0) return shape.variants;
  const { nullable: _nullable, ...bare } = original;
  return [bare];
}

function compareVariants(walk: Walk, was: readonly SchemaShape[], is: readonly SchemaShape[], at: Position): void {
  const place = placeOf(walk, at);
  // Named variants match by name; inline ones by position.
  const key = (variant: SchemaShape, index: number) => variant.ref ?? `#${index}`;
  const isByKey = new Map(is.map((variant, index) => [key(variant, index), variant]));
  const wasKeys = new Set(was.map(key));
  was.forEach((variant, index) => {
    const match = isByKey.get(key(variant, index));
    if (match) compareShapes(walk, variant, match, { ...at, depth: at.depth + 1 });
    else emit(walk, { class: 'variant-removed', message: `removed variant ${variantName(variant, index)} from ${place}`, side: 'old' }, at);
  });
  is.forEach((variant, index) => {
    if (!wasKeys.has(key(variant, index))) emit(walk, { class: 'variant-added', message: `added variant ${variantName(variant, index)} to ${place}`, side: 'new' }, at);
  });
}

function compareShapes(walk: Walk, before: SchemaShape, after: SchemaShape, at: Position): void {
  if (at.depth > MAX_DEPTH) return;
  const pair = before.ref && after.ref ? `${before.ref} ${after.ref}` : null;
  if (pair && (walk.open.has(pair) || walk.settled.has(pair))) return;
  if (pair) walk.open.add(pair);
  const changesBefore = walk.context.changes.length;
  // Inside a named schema, places are named after it (the old one's name if it was renamed).
  const entered = before.ref && after.ref ? (before.ref.split('/').pop() ?? null) : null;
  const position: Position = entered ? { ...at, schema: entered, path: '', oldPointer: before.ref ?? '', newPointer: after.ref ?? '' } : at;
  const { target: was, member: wasMember } = resolved(before, walk.context.old);
  const { target: is, member: isMember } = resolved(after, walk.context.new);
  compareNullability(walk, was, is, position);
  const unions = [was, is].filter((shape) => (shape.variants?.length ?? 0) > 0).length;
  if (unions === 1) {
    // A union on one side only: the other side is one of its members, or was.
    compareVariants(walk, asVariants(wasMember, was), asVariants(isMember, is), position);
  } else {
    compareTypes(walk, was, is, position);
    compareEnums(walk, was, is, position);
    compareFields(walk, was, is, position);
    if (was.items && is.items)
      compareShapes(walk, was.items, is.items, {
        ...position,
        path: `${position.path}[]`,
        oldPointer: `${position.oldPointer}/items`,
        newPointer: `${position.newPointer}/items`,
        depth: at.depth + 1,
      });
    if (unions === 2) compareVariants(walk, was.variants ?? [], is.variants ?? [], position);
  }
  if (!pair) return;
  walk.open.delete(pair);
  if (walk.context.changes.length === changesBefore) walk.settled.add(pair);
}

/** Appends to the context every difference between `before` and `after` at `site`. */
export function compareSchemas(context: CompareContext, site: SchemaSite, before: SchemaShape, after: SchemaShape, pointers: { readonly old: string; readonly new: string }): void {
  compareShapes({ context, site, open: new Set(), settled: new Set() }, before, after, { schema: null, path: '', oldPointer: pointers.old, newPointer: pointers.new, depth: 0 });
}
