// Prints openapi-typescript's AST (an array of synthesized TypeScript nodes) to text, exactly
// as its `astToString` does through TypeScript's printer, but several times faster: on
// GitHub's spec TypeScript's general-purpose emitter (comment ranges, source maps, name
// generation, per-node pipelines) took ~0.3 s of the types worker for 6.5 MB of output.
//
// It handles the node kinds openapi-typescript creates (type aliases, interfaces, type
// literals, properties, index signatures, unions, intersections, arrays, tuples, indexed
// access, references, literals, keywords, JSDoc comments) and reproduces TypeScript 5.9's
// emitter rules for them: list formats (emitter.ts `ListFormat`), the emit-time
// parenthesizer rules, string-literal escaping and the re-indentation of multi-line comments
// (utilities.ts `writeCommentRange`). Any other node, or any node carrying emit flags,
// original source positions, trailing comments or `startsOnNewLine`, is printed by
// TypeScript's own printer instead, so an unusual AST costs speed, never correctness.
// test/codegen/emit/print-types.test.ts compares the two printers on every spec we have.
import { createRequire } from 'node:module';
import type * as TS from 'typescript';

/**
 * Helpers typescript.js exports but its declarations leave out; the emitter itself uses them,
 * which is why they are used here rather than copied.
 */
interface TypeScriptInternals {
  getEmitFlags(node: TS.Node): number;
  getStartsOnNewLine(node: TS.Node): boolean | undefined;
  escapeNonAsciiString(text: string, quote: number): string;
  computeLineStarts(text: string): number[];
}

// Through require, as openapi-typescript loads it (an ES import would run Node's CommonJS
// export lexer over TypeScript's 9 MB file).
const ts = createRequire(import.meta.url)('typescript') as typeof TS & TypeScriptInternals;
const K = ts.SyntaxKind;

const INDENT = '    ';

/** Kinds a union or intersection member, an array element or an indexed object must not be bare. */
const NEEDS_PARENS_IN_UNION = new Set([K.UnionType, K.IntersectionType, K.FunctionType, K.ConstructorType, K.ConditionalType]);
const NEEDS_PARENS_IN_POSTFIX = new Set([...NEEDS_PARENS_IN_UNION, K.InferType, K.TypeOperator, K.TypeQuery]);

const TOKENS = new Set([
  K.StringKeyword,
  K.NumberKeyword,
  K.BooleanKeyword,
  K.BigIntKeyword,
  K.NeverKeyword,
  K.UnknownKeyword,
  K.AnyKeyword,
  K.ObjectKeyword,
  K.SymbolKeyword,
  K.UndefinedKeyword,
  K.VoidKeyword,
  K.NullKeyword,
  K.TrueKeyword,
  K.FalseKeyword,
  K.QuestionToken,
  K.ExportKeyword,
  K.ReadonlyKeyword,
  K.DeclareKeyword,
]);

const indentations: string[] = [''];
function indentation(level: number): string {
  while (indentations.length <= level) indentations.push(INDENT.repeat(indentations.length));
  return indentations[level] as string;
}

/** Falls back to TypeScript's printer for the node being printed. */
class Unsupported extends Error {}

class TypePrinter {
  private output = '';
  private indent = 0;
  private lineStart = true;
  private fallbackPrinter: TS.Printer | undefined;
  private readonly sourceFile = ts.createSourceFile('openapi-ts.ts', '', ts.ScriptTarget.ESNext, false, ts.ScriptKind.TS);

  print(statements: readonly TS.Node[]): string {
    // A source file's statements are a multi-line list: each on its own line, one after the last.
    for (const statement of statements) {
      this.writeLine();
      this.emit(statement);
    }
    this.writeLine();
    return this.output;
  }

  // The text writer (TypeScript's createTextWriter): indentation is written lazily, before
  // the first text of a line.
  private write(text: string): void {
    if (text.length === 0) return;
    if (this.lineStart) {
      this.output += indentation(this.indent);
      this.lineStart = false;
    }
    this.output += text;
  }

  private rawWrite(text: string): void {
    this.output += text;
    this.lineStart = text === '\n';
  }

  private writeLine(): void {
    if (!this.lineStart) {
      this.output += '\n';
      this.lineStart = true;
    }
  }

  /** Prints one node; a node this printer does not handle goes to TypeScript's printer whole. */
  private emit(node: TS.Node): void {
    const { output, indent, lineStart } = this;
    try {
      this.emitSupported(node);
    } catch (error) {
      if (!(error instanceof Unsupported)) throw error;
      this.output = output;
      this.indent = indent;
      this.lineStart = lineStart;
      this.emitWithTypeScript(node);
    }
  }

  private emitWithTypeScript(node: TS.Node): void {
    this.fallbackPrinter ??= ts.createPrinter({ newLine: ts.NewLineKind.LineFeed, removeComments: false });
    const text = this.fallbackPrinter.printNode(ts.EmitHint.Unspecified, node, this.sourceFile);
    // printNode prints at indentation 0; every line it starts sits at the current indentation.
    const indentation = INDENT.repeat(this.indent);
    if (this.lineStart && text.length > 0) this.output += indentation;
    this.output += text.replaceAll('\n', `\n${indentation}`);
    if (text.endsWith('\n')) this.output = this.output.slice(0, this.output.length - indentation.length);
    this.lineStart = text.endsWith('\n') || (this.lineStart && text.length === 0);
  }

  private emitSupported(node: TS.Node): void {
    if (node.pos >= 0 || ts.getEmitFlags(node) !== 0 || ts.getSyntheticTrailingComments(node) !== undefined || ts.getStartsOnNewLine(node)) throw new Unsupported();
    const comments = ts.getSyntheticLeadingComments(node);
    if (comments) for (const comment of comments) this.emitLeadingComment(comment);
    if (TOKENS.has(node.kind)) {
      this.write(ts.tokenToString(node.kind) as string);
      return;
    }
    switch (node.kind) {
      case K.Identifier:
        return this.write(ts.idText(node as TS.Identifier));
      case K.StringLiteral: {
        const literal = node as TS.StringLiteral & { singleQuote?: boolean };
        const quote = literal.singleQuote ? "'" : '"';
        return this.write(`${quote}${ts.escapeNonAsciiString(literal.text, quote.charCodeAt(0))}${quote}`);
      }
      case K.NumericLiteral:
        return this.write((node as TS.NumericLiteral).text);
      case K.PrefixUnaryExpression: {
        // Negative numbers: `-1` (a space only separates `- -x`, which these literals never are).
        const unary = node as TS.PrefixUnaryExpression;
        if (unary.operand.kind !== K.NumericLiteral) throw new Unsupported();
        this.write(ts.tokenToString(unary.operator) as string);
        return this.emit(unary.operand);
      }
      case K.LiteralType:
        return this.emit((node as TS.LiteralTypeNode).literal);
      case K.TypeAliasDeclaration: {
        const alias = node as TS.TypeAliasDeclaration;
        if (alias.typeParameters) throw new Unsupported();
        this.emitModifiers(alias.modifiers);
        this.write('type ');
        this.emit(alias.name);
        this.write(' = ');
        this.emit(alias.type);
        return this.write(';');
      }
      case K.InterfaceDeclaration: {
        const declaration = node as TS.InterfaceDeclaration;
        if (declaration.typeParameters || declaration.heritageClauses) throw new Unsupported();
        this.emitModifiers(declaration.modifiers);
        this.write('interface ');
        this.emit(declaration.name);
        this.write(' {');
        // ListFormat.InterfaceMembers: multi-line, and a line break even when empty.
        if (declaration.members.length === 0) this.writeLine();
        else this.emitMembers(declaration.members);
        return this.write('}');
      }
      case K.TypeLiteral: {
        const literal = node as TS.TypeLiteralNode;
        this.write('{');
        // ListFormat.MultiLineTypeLiteralMembers: nothing at all between the braces when empty.
        if (literal.members.length > 0) this.emitMembers(literal.members);
        return this.write('}');
      }
      case K.PropertySignature: {
        const property = node as TS.PropertySignature;
        this.emitModifiers(property.modifiers);
        this.emit(property.name);
        if (property.questionToken) this.emit(property.questionToken);
        this.emitTypeAnnotation(property.type);
        return this.write(';');
      }
      case K.IndexSignature: {
        const signature = node as TS.IndexSignatureDeclaration;
        this.emitModifiers(signature.modifiers);
        this.write('[');
        this.emitSeparated(signature.parameters, ', ');
        this.write(']');
        this.emitTypeAnnotation(signature.type);
        return this.write(';');
      }
      case K.Parameter: {
        const parameter = node as TS.ParameterDeclaration;
        if (parameter.dotDotDotToken || parameter.initializer) throw new Unsupported();
        this.emitModifiers(parameter.modifiers);
        this.emit(parameter.name);
        if (parameter.questionToken) this.emit(parameter.questionToken);
        return this.emitTypeAnnotation(parameter.type);
      }
      case K.TypeReference: {
        const reference = node as TS.TypeReferenceNode;
        this.emit(reference.typeName);
        if (reference.typeArguments && reference.typeArguments.length > 0) {
          // A generic function type as a type argument would need parentheses.
          if (reference.typeArguments.some((argument) => argument.kind === K.FunctionType || argument.kind === K.ConstructorType)) throw new Unsupported();
          this.write('<');
          this.emitSeparated(reference.typeArguments, ', ');
          this.write('>');
        }
        return;
      }
      case K.UnionType:
      case K.IntersectionType: {
        const types = (node as TS.UnionTypeNode | TS.IntersectionTypeNode).types;
        if (types.some((type) => NEEDS_PARENS_IN_UNION.has(type.kind))) throw new Unsupported();
        return this.emitSeparated(types, node.kind === K.UnionType ? ' | ' : ' & ');
      }
      case K.ArrayType: {
        const elementType = (node as TS.ArrayTypeNode).elementType;
        if (NEEDS_PARENS_IN_POSTFIX.has(elementType.kind)) throw new Unsupported();
        this.emit(elementType);
        return this.write('[]');
      }
      case K.IndexedAccessType: {
        const access = node as TS.IndexedAccessTypeNode;
        if (NEEDS_PARENS_IN_POSTFIX.has(access.objectType.kind)) throw new Unsupported();
        this.emit(access.objectType);
        this.write('[');
        this.emit(access.indexType);
        return this.write(']');
      }
      case K.ParenthesizedType:
        this.write('(');
        this.emit((node as TS.ParenthesizedTypeNode).type);
        return this.write(')');
      case K.TupleType: {
        const elements = (node as TS.TupleTypeNode).elements;
        if (elements.some((element) => element.kind === K.NamedTupleMember || element.kind === K.RestType || element.kind === K.OptionalType)) throw new Unsupported();
        // ListFormat.MultiLineTupleTypeElements: one element a line, comma-delimited.
        this.write('[');
        this.writeLine();
        this.indent += 1;
        elements.forEach((element, index) => {
          if (index > 0) {
            this.write(',');
            this.writeLine();
          }
          this.emit(element);
        });
        this.indent -= 1;
        this.writeLine();
        return this.write(']');
      }
      default:
        throw new Unsupported();
    }
  }

  /** A multi-line, indented member list (interfaces and type literals). */
  private emitMembers(members: readonly TS.Node[]): void {
    this.writeLine();
    this.indent += 1;
    for (const member of members) {
      this.writeLine();
      this.emit(member);
    }
    this.indent -= 1;
    this.writeLine();
  }

  private emitSeparated(nodes: readonly TS.Node[], separator: string): void {
    nodes.forEach((node, index) => {
      if (index > 0) this.write(separator);
      this.emit(node);
    });
  }

  private emitModifiers(modifiers: readonly TS.ModifierLike[] | undefined): void {
    if (!modifiers) return;
    for (const modifier of modifiers) {
      if (!TOKENS.has(modifier.kind)) throw new Unsupported();
      this.emit(modifier);
      this.write(' ');
    }
  }

  private emitTypeAnnotation(type: TS.TypeNode | undefined): void {
    if (!type) return;
    this.write(': ');
    this.emit(type);
  }

  // emitter.ts emitLeadingSynthesizedComment + writeSynthesizedComment.
  private emitLeadingComment(comment: TS.SynthesizedComment): void {
    const singleLine = comment.kind === K.SingleLineCommentTrivia;
    if (comment.hasLeadingNewline || singleLine) this.writeLine();
    if (singleLine) this.write(`//${comment.text}`);
    else this.writeMultiLineComment(`/*${comment.text}*/`);
    if (comment.hasTrailingNewLine || singleLine) this.writeLine();
    else this.write(' ');
  }

  // utilities.ts writeCommentRange for a comment that starts a line of its own text (its first
  // line's indent is 0): each later line is re-indented to the writer's indentation plus its
  // own leading whitespace, and written trimmed; an empty line keeps only the indentation.
  private writeMultiLineComment(text: string): void {
    const lineStarts = ts.computeLineStarts(text);
    for (let line = 0; line < lineStarts.length; line += 1) {
      const start = lineStarts[line] as number;
      const nextLineStart = line + 1 === lineStarts.length ? text.length + 1 : (lineStarts[line + 1] as number);
      if (line > 0) this.rawWrite(' '.repeat(this.indent * INDENT.length + indentOf(text, start, nextLineStart)));
      const end = Math.min(text.length, nextLineStart - 1);
      const lineText = text.slice(start, end).trim();
      if (lineText) {
        this.write(lineText);
        if (end !== text.length) this.writeLine();
      } else {
        this.rawWrite('\n');
      }
    }
  }
}

/** utilities.ts calculateIndent: the width of the whitespace a comment line starts with (a tab reaches the next multiple of 4). */
function indentOf(text: string, start: number, end: number): number {
  let width = 0;
  for (let position = start; position < end && ts.isWhiteSpaceSingleLine(text.charCodeAt(position)); position += 1) {
    width = text.charCodeAt(position) === 9 ? width + INDENT.length - (width % INDENT.length) : width + 1;
  }
  return width;
}

/** The text openapi-typescript's `astToString(nodes)` gives, printed without TypeScript's emitter. */
export function printTypes(nodes: readonly TS.Node[]): string {
  return new TypePrinter().print(nodes);
}
