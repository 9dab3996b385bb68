// A Response Object: `{ headers: { "<name>"?: T; [name: string]: unknown }; content: {...} }`,
// with `content?: never` when it has no body.
// @see https://spec.openapis.org/oas/v3.1.0#response-object
import { isObject, type TypesContext } from './context.js';
import { contentMembers } from './content-object.js';
import { headerType } from './header-object.js';
import { child, type Path } from './json-pointer.js';
import { refDocItems, refType } from './refs.js';
import { indexSignature, NEVER, object, property, UNKNOWN, type Member, type TypeNode } from './type-nodes.js';

function headerMembers(headers: unknown, ctx: TypesContext, path: Path): Member[] {
  const members: Member[] = [];
  if (isObject(headers)) {
    for (const name in headers) {
      const header = headers[name];
      const ref = isObject(header) ? header['$ref'] : undefined;
      const headerPath = child(path, name);
      const type = typeof ref === 'string' ? refType(ref, ctx, headerPath, (target, targetPath) => headerType(target, ctx, targetPath)) : headerType(header, ctx, headerPath);
      const optional = typeof ref !== 'string' && !(isObject(header) && header['required'] === true);
      members.push(property(name, type, { optional, doc: refDocItems(header, ctx) }));
    }
  }
  members.push(indexSignature('name', UNKNOWN));
  return members;
}

export function responseType(response: unknown, ctx: TypesContext, path: Path | undefined): TypeNode {
  const record = isObject(response) ? response : {};
  const content = contentMembers(record['content'], ctx, child(path, 'content'));
  return object([
    property('headers', object(headerMembers(record['headers'], ctx, child(path, 'headers')))),
    content.length > 0 ? property('content', object(content)) : property('content', NEVER, { optional: true }),
  ]);
}
