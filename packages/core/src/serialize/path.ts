/**
 * Path templates, compiled once per operation because they are filled on every call: the
 * template is split once, each parameter gets its style (simple, label, matrix; explode) from
 * the operation's row, from an RFC 6570 operator in the template (`{.id}`, `{;id*}`, as
 * openapi-fetch reads them) or the default, simple. Hand-written so core has no third-party
 * runtime dependency; a call does no regex work and no template scan.
 */
import type { ParameterStyle } from '../contract/index.js';
import { encodeText, expand, layouts } from './expand.js';
import type { Layout, Owner } from './expand.js';
import { checkEncodedSegment, checkSegment, plainSegmentText, refuseMissing } from './path-guard.js';
import { styleFor } from './style-for.js';

interface Slot {
  readonly name: string;
  /** The name percent-encoded, as matrix writes it. */
  readonly encodedName: string;
  readonly layout: Layout;
  readonly explode: boolean;
  /** Simple without explode: a scalar is just its encoded text. */
  readonly plain: boolean;
  readonly owner: Owner;
}

interface Segment {
  /** Literal text and slots, in order. */
  readonly pieces: readonly (string | Slot)[];
  readonly names: readonly string[];
  /** The literal text needs no check of its own, so only empty and dot segments are refused. */
  readonly plainText: boolean;
}

const expression = /\{([^{}]+)\}/;

function slotFor(label: string, expr: string, styles: readonly ParameterStyle[] | undefined): Slot {
  let name = expr;
  let layout = layouts.simple;
  let explode = false;
  if (name.endsWith('*')) {
    explode = true;
    name = name.slice(0, -1);
  }
  if (name.startsWith('.')) {
    layout = layouts.label;
    name = name.slice(1);
  } else if (name.startsWith(';')) {
    layout = layouts.matrix;
    name = name.slice(1);
  }
  const row = styleFor(styles, 'path', name);
  if (row) {
    // Only matrix, label and simple are path styles; a row naming another is read as simple.
    layout = row.style === 'matrix' || row.style === 'label' ? layouts[row.style] : layouts.simple;
    explode = row.explode;
  }
  const plain = layout === layouts.simple && !explode;
  return { name, encodedName: encodeURIComponent(name), layout, explode, plain, owner: { location: 'path', name, label } };
}

function fill(slot: Slot, value: unknown): string {
  const kind = typeof value;
  if (slot.plain && (kind === 'string' || kind === 'number' || kind === 'boolean')) {
    return encodeText(kind === 'string' ? (value as string) : String(value));
  }
  // An empty array or object sends nothing, as RFC 6570 leaves out an undefined value.
  return expand(value, slot.encodedName, slot.layout, slot.explode, encodeText, slot.owner) ?? '';
}

/**
 * A function that fills `template` (`/things/{id}`) from a call's path parameters, for the
 * operation `label` names in messages (`Acme getThing`). It throws InvalidRequestError for a
 * missing parameter and for a value that would leave the operation's path (see path-guard).
 */
export function compilePath(label: string, template: string, styles?: readonly ParameterStyle[]): (values: Readonly<Record<string, unknown>>) => string {
  const plan: (string | Segment)[] = [];
  const slots: Slot[] = [];
  let text = '';
  template.split('/').forEach((segment, index) => {
    if (index > 0) text += '/';
    if (!segment.includes('{')) {
      text += segment;
      return;
    }
    if (text !== '') plan.push(text);
    text = '';
    // ['item', 'id', '.json']: literal text, expression, literal text, …
    const parts = segment.split(expression);
    const pieces: (string | Slot)[] = [];
    let literal = '';
    parts.forEach((part, at) => {
      if (at % 2 === 0) {
        literal += part;
        if (part !== '') pieces.push(part);
      } else {
        const slot = slotFor(label, part, styles);
        pieces.push(slot);
        slots.push(slot);
      }
    });
    const names = pieces.filter((piece): piece is Slot => typeof piece !== 'string').map((slot) => slot.name);
    plan.push({ pieces, names, plainText: plainSegmentText.test(literal) });
  });
  if (text !== '') plan.push(text);
  if (slots.length === 0) return () => template;

  const missing = (values: Readonly<Record<string, unknown>>): never => {
    const names = [...new Set(slots.filter((slot) => values[slot.name] === undefined || values[slot.name] === null).map((slot) => slot.name))];
    return refuseMissing(label, template, names);
  };

  return (values) => {
    let out = '';
    for (const part of plan) {
      if (typeof part === 'string') {
        out += part;
        continue;
      }
      let segment = '';
      for (const piece of part.pieces) {
        if (typeof piece === 'string') {
          segment += piece;
          continue;
        }
        const value = values[piece.name];
        if (value === undefined || value === null) missing(values);
        segment += fill(piece, value);
      }
      if (part.plainText) checkEncodedSegment(label, part.names, segment);
      else checkSegment(label, part.names, segment);
      out += segment;
    }
    return out;
  };
}
