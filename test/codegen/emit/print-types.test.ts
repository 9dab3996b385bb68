// print-types.ts must print exactly what openapi-typescript's astToString (TypeScript's own
// printer) prints: on every spec we have, on the GitHub descriptions, and on hand-built trees
// with the comments, literals and node kinds that take its rarer paths or its fallback.
import { readFile } from 'node:fs/promises';
import { createRequire } from 'node:module';
import ts from 'typescript';
import { describe, expect, it } from 'vitest';
import { parse } from 'yaml';
import { astToString } from 'openapi-typescript/dist/lib/ts.cjs';
import { printTypes } from '../../../codegen/src/emit/print-types.js';
import { transformTypes } from '../../../codegen/src/emit/types.js';

const require = createRequire(import.meta.url);
const f = ts.factory;

async function astOf(file: string): Promise<ts.Node[]> {
  const text = await readFile(file, 'utf8');
  return transformTypes((file.endsWith('.json') ? JSON.parse(text) : parse(text)) as Record<string, unknown>);
}

describe('printTypes on real specs', () => {
  it.each([
    'specs/xurrent/openapi.yaml',
    'specs/xtremepush/openapi.yaml',
    'specs/altcraft/openapi.yaml',
    'specs/xtrakit/openapi.yaml',
    'specs/journeyapps/openapi.yaml',
    'test/fixtures/specs/kitchen-sink.yaml',
    'test/fixtures/specs/legacy-3.0.json',
    require.resolve('@octokit/openapi/generated/api.github.com.json'),
    require.resolve('@octokit/openapi/generated/ghes-3.19.json'),
  ])('prints %s as TypeScript’s printer does', async (file) => {
    const ast = await astOf(file);
    const expected = astToString(ast);
    expect(expected.length).toBeGreaterThan(1000);
    // toBe on a multi-megabyte string diffs slowly on failure; compare, then show where.
    const printed = printTypes(ast);
    if (printed !== expected) {
      let at = 0;
      while (printed[at] === expected[at]) at += 1;
      expect(printed.slice(at - 200, at + 200)).toBe(expected.slice(at - 200, at + 200));
    }
    expect(printed === expected).toBe(true);
  }, 30_000);
});

function jsDoc<T extends ts.Node>(node: T, text: string, trailingNewLine = true): T {
  return ts.addSyntheticLeadingComment(node, ts.SyntaxKind.MultiLineCommentTrivia, text, trailingNewLine);
}

const property = (name: string | ts.PropertyName, type: ts.TypeNode, optional = false) =>
  f.createPropertySignature(undefined, name, optional ? f.createToken(ts.SyntaxKind.QuestionToken) : undefined, type);
const keyword = (kind: ts.KeywordTypeSyntaxKind) => f.createKeywordTypeNode(kind);
const exported = [f.createModifier(ts.SyntaxKind.ExportKeyword)];

describe('printTypes on hand-built trees', () => {
  const cases: [string, () => ts.Node[]][] = [
    [
      'empty interfaces, type literals and tuples, Record<string, never>',
      () => [
        f.createInterfaceDeclaration(exported, 'empty', undefined, undefined, []),
        f.createTypeAliasDeclaration(exported, 'none', undefined, f.createTypeReferenceNode('Record', [keyword(ts.SyntaxKind.StringKeyword), keyword(ts.SyntaxKind.NeverKeyword)])),
        f.createTypeAliasDeclaration(undefined, 'literal', undefined, f.createTypeLiteralNode([])),
        f.createTypeAliasDeclaration(undefined, 'tuple', undefined, f.createTupleTypeNode([])),
        f.createTypeAliasDeclaration(undefined, 'pair', undefined, f.createTupleTypeNode([keyword(ts.SyntaxKind.StringKeyword), f.createArrayTypeNode(keyword(ts.SyntaxKind.NumberKeyword))])),
      ],
    ],
    [
      'string, number and keyword literals that need escaping or a sign',
      () => [
        f.createTypeAliasDeclaration(
          undefined,
          'values',
          undefined,
          f.createUnionTypeNode([
            f.createLiteralTypeNode(f.createStringLiteral('quote " backslash \\ tab \t newline \n cr \r nul \0 bell \u0007')),
            f.createLiteralTypeNode(f.createStringLiteral("single ' quoted", true)),
            f.createLiteralTypeNode(f.createStringLiteral('é ü 中文 😀 \u2028 \u2029 \u0085')),
            f.createLiteralTypeNode(f.createPrefixUnaryExpression(ts.SyntaxKind.MinusToken, f.createNumericLiteral(42))),
            f.createLiteralTypeNode(f.createNumericLiteral('1.5e3')),
            f.createLiteralTypeNode(f.createNull()),
            f.createLiteralTypeNode(f.createTrue()),
            f.createLiteralTypeNode(f.createFalse()),
          ]),
        ),
      ],
    ],
    [
      'property names that are quoted, underscored or readonly, and index signatures',
      () => [
        f.createInterfaceDeclaration(exported, 'names', undefined, undefined, [
          property(f.createStringLiteral('/repos/{owner}'), keyword(ts.SyntaxKind.UnknownKeyword)),
          property('__proto', keyword(ts.SyntaxKind.StringKeyword), true),
          f.createPropertySignature([f.createModifier(ts.SyntaxKind.ReadonlyKeyword)], 'fixed', undefined, keyword(ts.SyntaxKind.BooleanKeyword)),
          f.createIndexSignature(undefined, [f.createParameterDeclaration(undefined, undefined, 'key', undefined, keyword(ts.SyntaxKind.StringKeyword))], keyword(ts.SyntaxKind.UnknownKeyword)),
        ]),
      ],
    ],
    [
      'JSDoc comments: nested, with blank lines, tabs, CRLF, trailing spaces and no trailing newline',
      () => [
        f.createInterfaceDeclaration(exported, 'documented', undefined, undefined, [
          jsDoc(property('one', keyword(ts.SyntaxKind.StringKeyword)), '* @description One line. '),
          jsDoc(
            property(
              'nested',
              f.createTypeLiteralNode([
                jsDoc(property('deep', f.createTypeLiteralNode([jsDoc(property('deeper', keyword(ts.SyntaxKind.NumberKeyword)), '*\n * @description Deeper.\n *\n *   indented\n\t * tabbed\n ')]), true), '*\r\n * CRLF line\r\n '),
              ]),
            ),
            '*\n * @description Several\n\n * lines   \n ',
          ),
          jsDoc(property('inline', f.createLiteralTypeNode(f.createNull())), ' inline ', false),
          ts.addSyntheticLeadingComment(property('line', keyword(ts.SyntaxKind.NeverKeyword)), ts.SyntaxKind.SingleLineCommentTrivia, ' a line comment', true),
        ]),
      ],
    ],
    [
      'unions, intersections, arrays and indexed access with parentheses',
      () => [
        f.createTypeAliasDeclaration(
          undefined,
          'shapes',
          undefined,
          f.createUnionTypeNode([
            f.createArrayTypeNode(f.createUnionTypeNode([keyword(ts.SyntaxKind.StringKeyword), keyword(ts.SyntaxKind.NumberKeyword)])),
            f.createIntersectionTypeNode([f.createTypeReferenceNode('A'), f.createUnionTypeNode([f.createTypeReferenceNode('B'), f.createTypeReferenceNode('C')])]),
            f.createIndexedAccessTypeNode(f.createIndexedAccessTypeNode(f.createTypeReferenceNode('components'), f.createLiteralTypeNode(f.createStringLiteral('schemas'))), f.createLiteralTypeNode(f.createStringLiteral('user'))),
            f.createFunctionTypeNode(undefined, [], keyword(ts.SyntaxKind.VoidKeyword)),
          ]),
        ),
      ],
    ],
    [
      'kinds it leaves to TypeScript: function, mapped, conditional, readonly and template types, type parameters, emit flags',
      () => [
        f.createInterfaceDeclaration(exported, 'others', undefined, undefined, [
          jsDoc(property('call', f.createFunctionTypeNode(undefined, [f.createParameterDeclaration(undefined, undefined, 'value', undefined, keyword(ts.SyntaxKind.StringKeyword))], keyword(ts.SyntaxKind.VoidKeyword))), '*\n * @description Kept.\n '),
          property('list', f.createTypeOperatorNode(ts.SyntaxKind.ReadonlyKeyword, f.createArrayTypeNode(keyword(ts.SyntaxKind.StringKeyword)))),
          property(
            'nested',
            f.createTypeLiteralNode([
              property(
                'mapped',
                f.createMappedTypeNode(undefined, f.createTypeParameterDeclaration(undefined, 'K', f.createTypeReferenceNode('Keys')), undefined, f.createToken(ts.SyntaxKind.QuestionToken), keyword(ts.SyntaxKind.NumberKeyword), undefined),
              ),
              property('check', f.createConditionalTypeNode(f.createTypeReferenceNode('T'), keyword(ts.SyntaxKind.StringKeyword), f.createLiteralTypeNode(f.createTrue()), f.createLiteralTypeNode(f.createFalse()))),
              property('template', f.createTemplateLiteralType(f.createTemplateHead('id-'), [f.createTemplateLiteralTypeSpan(keyword(ts.SyntaxKind.NumberKeyword), f.createTemplateTail(''))])),
              property('single', ts.setEmitFlags(f.createTypeLiteralNode([property('a', keyword(ts.SyntaxKind.StringKeyword))]), ts.EmitFlags.SingleLine)),
            ]),
          ),
        ]),
        f.createTypeAliasDeclaration(exported, 'Generic', [f.createTypeParameterDeclaration(undefined, 'T')], f.createArrayTypeNode(f.createTypeReferenceNode('T'))),
      ],
    ],
  ];

  it.each(cases)('%s', (_name, build) => {
    const ast = build();
    expect(printTypes(ast)).toBe(astToString(ast));
  });

  it('prints the JSDoc case as shown', () => {
    const ast = cases[3]![1]();
    expect(printTypes(ast)).toBe(
      [
        'export interface documented {',
        '    /** @description One line. */',
        '    one: string;',
        '    /**',
        '     * @description Several',
        // An empty comment line keeps the indentation TypeScript writes before it.
        '    ',
        '     * lines',
        '     */',
        '    nested: {',
        '        /**',
        '         * CRLF line',
        '         */',
        '        deep?: {',
        '            /**',
        '             * @description Deeper.',
        '             *',
        '             *   indented',
        // A tab reaches the next multiple of four, then one space: 12 + 4 + 1.
        '                 * tabbed',
        '             */',
        '            deeper: number;',
        '        };',
        '    };',
        '    /* inline */ inline: null;',
        '    // a line comment',
        '    line: never;',
        '}',
        '',
      ].join('\n'),
    );
  });
});
