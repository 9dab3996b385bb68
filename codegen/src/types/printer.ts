// Prints type nodes as TypeScript text: four-space indentation, one member a line, JSDoc
// blocks above members, double-quoted keys where a key is not an identifier. The text is
// gathered as pieces in arrays and joined once per chunk, so a large document is never
// rebuilt by repeated concatenation.
import type { Member, TypeNode } from './type-nodes.js';

const INDENT = '    ';
const IDENTIFIER = /^[A-Za-z_$][A-Za-z0-9_$]*$/;
const CHUNK = 8192;

const indentations: string[] = [''];
function indentation(level: number): string {
  while (indentations.length <= level) indentations.push(INDENT.repeat(indentations.length));
  return indentations[level] as string;
}

/** A property key as TypeScript writes it: bare identifiers and non-negative integers, else a string literal. */
function propertyName(name: string): string {
  if (IDENTIFIER.test(name)) return name;
  if (name !== '' && name[0] !== '-' && String(Number(name)) === name) return name;
  return JSON.stringify(name);
}

function literalText(value: string | number | boolean): string {
  return typeof value === 'string' ? JSON.stringify(value) : String(value);
}

/** The text of each access node, kept: a ref's node is shared by every use of the ref. */
const accessTexts = new WeakMap<TypeNode, string>();

function accessText(root: string, path: readonly (string | number)[], node: TypeNode): string {
  let text = accessTexts.get(node);
  if (text === undefined) {
    text = root;
    for (const segment of path) text += typeof segment === 'number' ? `[${segment}]` : `[${JSON.stringify(segment)}]`;
    accessTexts.set(node, text);
  }
  return text;
}

/** Unions and intersections inside another type operator get parentheses. */
function needsParentheses(node: TypeNode): boolean {
  return node.kind === 'union' || node.kind === 'intersection';
}

export class TypeWriter {
  private parts: string[] = [];
  private readonly chunks: string[] = [];

  /** Raw text, as is. */
  write(text: string): void {
    this.parts.push(text);
    if (this.parts.length >= CHUNK) this.flush();
  }

  private flush(): void {
    if (this.parts.length === 0) return;
    this.chunks.push(this.parts.join(''));
    this.parts = [];
  }

  text(): string {
    this.flush();
    return this.chunks.join('');
  }

  /** Takes over everything `other` has written, without joining it into one string first. */
  append(other: TypeWriter): void {
    this.flush();
    other.flush();
    for (const chunk of other.chunks) this.chunks.push(chunk);
    other.chunks.length = 0;
  }

  /** A JSDoc block (or one-line comment) for `items`, at `level`, ending with a line break. */
  writeDoc(items: readonly string[] | undefined, level: number): void {
    if (!items || items.length === 0) return;
    const pad = indentation(level);
    const only = items[0] as string;
    if (items.length === 1 && !only.includes('\n') && !only.includes('\r')) {
      this.write(`${pad}/** ${escapeComment(only)} */\n`);
      return;
    }
    this.write(`${pad}/**\n`);
    for (const item of items) {
      const lines = item.includes('\n') || item.includes('\r') ? item.split(/\r\n|\r|\n/) : [item];
      for (let index = 0; index < lines.length; index += 1) {
        const line = escapeComment((lines[index] as string).trimEnd());
        const text = index === 0 ? line : line.length === 0 ? '' : `    ${line}`;
        this.write(text.length === 0 ? `${pad} *\n` : `${pad} * ${text}\n`);
      }
    }
    this.write(`${pad} */\n`);
  }

  /** One member on its own line(s) at `level`, JSDoc first. */
  writeMember(member: Member, level: number): void {
    const pad = indentation(level);
    if (member.kind === 'index') {
      this.write(`${pad}[${member.key}: string]: `);
      this.writeType(member.type, level);
      this.write(';\n');
      return;
    }
    this.writeDoc(member.doc, level);
    this.write(`${pad}${member.readonly ? 'readonly ' : ''}${propertyName(member.name)}${member.optional ? '?: ' : ': '}`);
    this.writeType(member.type, level);
    this.write(';\n');
  }

  /** `{`, the members one level deeper, and `}` at `level`. */
  writeMembers(members: readonly Member[], level: number): void {
    this.write('{\n');
    for (const member of members) this.writeMember(member, level + 1);
    this.write(`${indentation(level)}}`);
  }

  /** A type written where a type annotation at `level` starts (objects open their block there). */
  writeType(node: TypeNode, level: number): void {
    switch (node.kind) {
      case 'keyword':
        this.write(node.name);
        return;
      case 'literal':
        this.write(literalText(node.value));
        return;
      case 'access': {
        if (typeof node.root === 'string') {
          this.write(accessText(node.root, node.path, node));
          return;
        }
        this.writeType(node.root, level);
        this.write(accessText('', node.path, node));
        return;
      }
      case 'generic':
        this.write(`${node.name}<`);
        this.writeList(node.args, ', ', level, false);
        this.write('>');
        return;
      case 'union':
        this.writeList(node.members, ' | ', level, true);
        return;
      case 'intersection':
        this.writeList(node.members, ' & ', level, true);
        return;
      case 'array':
        if (needsParentheses(node.element)) {
          this.write('(');
          this.writeType(node.element, level);
          this.write(')[]');
        } else {
          this.writeType(node.element, level);
          this.write('[]');
        }
        return;
      case 'tuple':
        this.write('[');
        this.writeList(node.elements, ', ', level, false);
        this.write(']');
        return;
      case 'object':
        this.writeMembers(node.members, level);
        return;
    }
  }

  private writeList(nodes: readonly TypeNode[], separator: string, level: number, parenthesise: boolean): void {
    for (let index = 0; index < nodes.length; index += 1) {
      if (index > 0) this.write(separator);
      const node = nodes[index] as TypeNode;
      if (parenthesise && needsParentheses(node)) {
        this.write('(');
        this.writeType(node, level);
        this.write(')');
      } else this.writeType(node, level);
    }
  }
}

/** Text safe inside a block comment. */
function escapeComment(text: string): string {
  return text.includes('*/') ? text.replaceAll('*/', '*\\/') : text;
}
