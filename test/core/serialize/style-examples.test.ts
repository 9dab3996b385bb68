/**
 * Every cell of the "Style Examples" table of the OpenAPI Specification 3.1.1, section 4.8.12.4
 * (https://spec.openapis.org/oas/v3.1.1.html#style-examples; source text: OAI/OpenAPI-Specification,
 * versions/3.1.1.md, "##### Style Examples"), for a parameter `color` whose value is the empty
 * string, "blue", ["blue","black","brown"] or {"R":100,"G":200,"B":150}.
 *
 * 3.1.1 is the 3.1.0 table corrected, and the one with a row for each style and explode: 3.1.0
 * prints label without explode as `.blue.black.brown` and `.R.100.G.200.B.150` (RFC 6570, which
 * label follows, and openapi-fetch give `.blue,black,brown` and `.R,100,G,200,B,150`), and prints
 * `|`, `[` and `]` unencoded, which 3.1.1 (Appendix E) says MUST be percent-encoded.
 *
 * The query cells are printed with a leading `?`; serializeQuery returns the query without it.
 * Path cells are filled into `/colors/{color}.json` (the JourneyApps shape): alone in a segment,
 * the empty simple value and the label `.` would leave the path, which the guard refuses (below).
 * Cells the table marks n/a (undefined behaviour) hold the behaviour chosen here, marked `chosen`.
 */
import { describe, expect, it } from 'vitest';
import type { ParameterStyleName } from '@specsmith/core/contract';
import { compilePath, serializeHeader, serializeQuery } from '../../../packages/core/src/serialize/index.js';

const values = { empty: '', string: 'blue', array: ['blue', 'black', 'brown'], object: { R: 100, G: 200, B: 150 } } as const;
type Column = keyof typeof values;

/** A cell the table marks n/a, with the behaviour chosen for it. */
const chosen = (value: string) => ({ chosen: value });
type Cell = string | ReturnType<typeof chosen>;
type Row = readonly [ParameterStyleName, boolean, Cell, Cell, Cell, Cell];

// style, explode, empty, string, array, object — as printed (`_empty_` is '').
const table: readonly Row[] = [
  ['matrix', false, ';color', ';color=blue', ';color=blue,black,brown', ';color=R,100,G,200,B,150'],
  ['matrix', true, ';color', ';color=blue', ';color=blue;color=black;color=brown', ';R=100;G=200;B=150'],
  ['label', false, '.', '.blue', '.blue,black,brown', '.R,100,G,200,B,150'],
  ['label', true, '.', '.blue', '.blue.black.brown', '.R=100.G=200.B=150'],
  ['simple', false, '', 'blue', 'blue,black,brown', 'R,100,G,200,B,150'],
  ['simple', true, '', 'blue', 'blue,black,brown', 'R=100,G=200,B=150'],
  ['form', false, '?color=', '?color=blue', '?color=blue,black,brown', '?color=R,100,G,200,B,150'],
  ['form', true, '?color=', '?color=blue', '?color=blue&color=black&color=brown', '?R=100&G=200&B=150'],
  // A scalar under a delimited style goes as form; so does everything when exploded (openapi-fetch does the same).
  ['spaceDelimited', false, chosen('?color='), chosen('?color=blue'), '?color=blue%20black%20brown', '?color=R%20100%20G%20200%20B%20150'],
  ['spaceDelimited', true, chosen('?color='), chosen('?color=blue'), chosen('?color=blue&color=black&color=brown'), chosen('?R=100&G=200&B=150')],
  ['pipeDelimited', false, chosen('?color='), chosen('?color=blue'), '?color=blue%7Cblack%7Cbrown', '?color=R%7C100%7CG%7C200%7CB%7C150'],
  ['pipeDelimited', true, chosen('?color='), chosen('?color=blue'), chosen('?color=blue&color=black&color=brown'), chosen('?R=100&G=200&B=150')],
  // deepObject ignores explode (false is its default, yet the spec leaves that combination undefined);
  // a scalar goes as form, an array as form with explode.
  ['deepObject', false, chosen('?color='), chosen('?color=blue'), chosen('?color=blue&color=black&color=brown'), chosen('?color%5BR%5D=100&color%5BG%5D=200&color%5BB%5D=150')],
  ['deepObject', true, chosen('?color='), chosen('?color=blue'), chosen('?color=blue&color=black&color=brown'), '?color%5BR%5D=100&color%5BG%5D=200&color%5BB%5D=150'],
];

const pathStyles: readonly ParameterStyleName[] = ['matrix', 'label', 'simple'];

function serialize(style: ParameterStyleName, explode: boolean, value: unknown): string {
  if (pathStyles.includes(style)) {
    const fill = compilePath('Acme show', '/colors/{color}.json', [{ name: 'color', in: 'path', style, explode }]);
    return fill({ color: value });
  }
  return serializeQuery({ color: value }, [{ name: 'color', in: 'query', style, explode }]);
}

function expected(style: ParameterStyleName, cell: string): string {
  return pathStyles.includes(style) ? `/colors/${cell}.json` : cell.replace(/^\?/, '');
}

const columns: readonly Column[] = ['empty', 'string', 'array', 'object'];
const cells = table.flatMap(([style, explode, ...row]) =>
  row.map((cell, index) => {
    const column = columns[index] as Column;
    const spec = typeof cell === 'string';
    return { style, explode, column, cell: spec ? cell : cell.chosen, source: spec ? 'spec' : 'n/a in the spec, chosen' };
  }),
);

describe('OpenAPI 3.1.1 Style Examples', () => {
  it('has all 14 rows of 4 cells', () => {
    expect(cells).toHaveLength(56);
  });

  it.each(cells)('$style explode=$explode, $column value → $cell ($source)', ({ style, explode, column, cell }) => {
    expect(serialize(style, explode, values[column])).toBe(expected(style, cell));
  });

  it.each([false, true])('the simple row holds for a header parameter too (explode=%s)', (explode) => {
    const row = table.find(([style, rowExplode]) => style === 'simple' && rowExplode === explode);
    const styles = [{ name: 'color', in: 'header', style: 'simple', explode }] as const;
    expect(columns.map((column) => serializeHeader('color', values[column], styles))).toEqual(row?.slice(2));
  });

  it('a query parameter without a style row is form with explode, an object included', () => {
    expect(columns.map((column) => serializeQuery({ color: values[column] }))).toEqual(['color=', 'color=blue', 'color=blue&color=black&color=brown', 'R=100&G=200&B=150']);
  });

  it('a path parameter without a style row is simple without explode', () => {
    const fill = compilePath('Acme show', '/colors/{color}.json');
    expect(columns.map((column) => fill({ color: values[column] }))).toEqual(['/colors/.json', '/colors/blue.json', '/colors/blue,black,brown.json', '/colors/R,100,G,200,B,150.json']);
  });

  it.each([
    ['simple', '', 'must not be empty: an empty segment would send the request to another path'],
    ['label', '.', 'must not be "." or "..": as a whole segment it would send the request to another path'],
  ] as const)('the empty %s cell (%j) alone as a segment would leave the path, and is refused', (style, cell, problem) => {
    const styles = [{ name: 'color', in: 'path', style, explode: false }] as const;
    expect(() => compilePath('Acme show', '/colors/{color}', styles)({ color: '' })).toThrow(`Acme show: path parameter "color" ${problem}.`);
    expect(compilePath('Acme show', '/colors/x{color}', styles)({ color: '' })).toBe(`/colors/x${cell}`);
  });
});
