import type { ParameterLocation, ParameterStyle } from '../contract/index.js';

/**
 * The operation's style row for one parameter, or undefined when it uses its location's default.
 * A linear scan: a row lists only the few parameters whose style differs, usually none.
 */
export function styleFor(styles: readonly ParameterStyle[] | undefined, location: ParameterLocation, name: string): ParameterStyle | undefined {
  if (styles === undefined) return undefined;
  for (const style of styles) if (style.in === location && style.name === name) return style;
  return undefined;
}

/** The same for a header, whose name is case-insensitive. */
export function headerStyleFor(styles: readonly ParameterStyle[] | undefined, name: string): ParameterStyle | undefined {
  if (styles === undefined) return undefined;
  const lower = name.toLowerCase();
  for (const style of styles) if (style.in === 'header' && style.name.toLowerCase() === lower) return style;
  return undefined;
}
