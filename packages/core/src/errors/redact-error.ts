import type { Redactor } from '../redact.js';

/** Own properties that hold the raw exchange on purpose: non-enumerable, never printed, not copied. */
const rawProperties = new Set(['response']);
/** How deep a cause chain (or a value inside an error) is followed. */
const maxDepth = 8;

type Walk = { readonly redactor: Redactor; readonly seen: WeakSet<object> };

function isPlainObject(value: object): boolean {
  const prototype = Object.getPrototypeOf(value);
  return prototype === Object.prototype || prototype === null;
}

/** `value` with every string in it redacted; the same object when nothing in it changed. */
function redactValue(value: unknown, depth: number, walk: Walk): unknown {
  if (typeof value === 'string') return walk.redactor.text(value);
  if (value === null || typeof value !== 'object' || depth > maxDepth || walk.seen.has(value)) return value;
  walk.seen.add(value);
  if (value instanceof Error) return redactedCopy(value, depth, walk);
  if (Array.isArray(value)) {
    const items = value.map((item) => redactValue(item, depth + 1, walk));
    return items.some((item, index) => item !== value[index]) ? items : value;
  }
  if (value instanceof Map) {
    let changed = false;
    const out = new Map<unknown, unknown>();
    for (const [key, item] of value) {
      const [newKey, newItem] = [redactValue(key, depth + 1, walk), redactValue(item, depth + 1, walk)];
      if (newKey !== key || newItem !== item) changed = true;
      out.set(newKey, newItem);
    }
    return changed ? out : value;
  }
  // Other class instances (a Response, Headers, a URL) are not data a server could have filled in.
  if (!isPlainObject(value)) return value;
  let changed = false;
  const out: Record<string, unknown> = {};
  for (const [key, item] of Object.entries(value)) {
    out[key] = redactValue(item, depth + 1, walk);
    if (out[key] !== item) changed = true;
  }
  return changed ? out : value;
}

/** Each own property (name, message, stack, cause, code…) with its redacted value, and whether any changed. */
function redactedProperties(error: Error, depth: number, walk: Walk): { entries: [string, PropertyDescriptor][]; changed: boolean } {
  const entries: [string, PropertyDescriptor][] = [];
  let changed = false;
  const names = new Set([...Object.getOwnPropertyNames(error), 'name', 'message', 'stack']);
  for (const name of names) {
    if (rawProperties.has(name)) continue;
    const descriptor = Object.getOwnPropertyDescriptor(error, name);
    if (descriptor && !('value' in descriptor)) continue; // an accessor computes from what is redacted here
    // Read through the object: DOMException keeps name and message on its prototype.
    const before: unknown = (error as unknown as Record<string, unknown>)[name];
    const after = redactValue(before, depth + 1, walk);
    if (after !== before) changed = true;
    entries.push([name, { value: after, writable: true, configurable: true, enumerable: descriptor?.enumerable ?? false }]);
  }
  return { entries, changed };
}

/**
 * A plain Error copy of `error` with the same name and every string redacted, or `error` itself
 * when nothing in it (its cause chain included) held a secret. Never changes `error`: a cause
 * can be the caller's own object (an abort reason).
 */
function redactedCopy(error: Error, depth: number, walk: Walk): Error {
  const { entries, changed } = redactedProperties(error, depth, walk);
  if (!changed) return error;
  const copy = new Error();
  for (const [name, descriptor] of entries) Object.defineProperty(copy, name, descriptor);
  return copy;
}

/**
 * Puts every string reachable from an error the client throws through the redactor: message,
 * stack, each own property, and the cause chain (a cause that held a secret is replaced by a
 * redacted copy). Changes `error` in place and returns it, so no builder of an error has to
 * remember this: the client applies it to every error on its way out.
 */
export function redactError<E extends Error>(error: E, redactor: Redactor): E {
  const walk: Walk = { redactor, seen: new WeakSet([error]) };
  const { entries } = redactedProperties(error, 0, walk);
  const self = error as unknown as Record<string, unknown>;
  for (const [name, descriptor] of entries) {
    if (self[name] === descriptor.value) continue;
    const own = Object.getOwnPropertyDescriptor(error, name);
    if (own && !own.configurable && !own.writable) continue; // frozen by its owner; nothing this client put there
    Object.defineProperty(error, name, { ...descriptor, enumerable: own?.enumerable ?? false });
  }
  return error;
}
