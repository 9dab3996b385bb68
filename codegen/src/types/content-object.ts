// A `content` map (request bodies, responses, headers): one member per media type, typed by
// its Media Type Object's schema (`unknown` without one), with the media type's JSDoc.
// @see https://spec.openapis.org/oas/v3.1.0#media-type-object
import { isObject, type TypesContext } from './context.js';
import { docItems } from './jsdoc.js';
import { child, type Path } from './json-pointer.js';
import { property, UNKNOWN, type PropertyMember, type TypeNode } from './type-nodes.js';

function mediaTypeType(mediaType: unknown, ctx: TypesContext, path: Path): TypeNode {
  if (!isObject(mediaType)) return UNKNOWN;
  // A Media Type Object written as a $ref stands for its schema, as openapi-typescript reads it.
  if (typeof mediaType['$ref'] === 'string') return ctx.schema(mediaType, ctx, path);
  return mediaType['schema'] === undefined ? UNKNOWN : ctx.schema(mediaType['schema'], ctx, child(path, 'schema'));
}

export function contentMembers(content: unknown, ctx: TypesContext, path: Path): PropertyMember[] {
  if (!isObject(content)) return [];
  const members: PropertyMember[] = [];
  for (const mediaType in content) {
    const value = content[mediaType];
    members.push(property(mediaType, mediaTypeType(value, ctx, child(path, mediaType)), { doc: docItems(value) }));
  }
  return members;
}

/** The first JSON media type of a `content` map (`application/json`, `…+json`, with parameters or not). */
export function jsonMediaType(content: unknown): string | undefined {
  if (!isObject(content)) return undefined;
  for (const mediaType in content) if (isJsonMediaType(mediaType)) return mediaType;
  return undefined;
}

function isJsonMediaType(mediaType: string): boolean {
  const base = (mediaType.includes(';') ? mediaType.slice(0, mediaType.indexOf(';')) : mediaType).trim().toLowerCase();
  return base === 'application/json' || (base.startsWith('application/') && base.endsWith('+json'));
}
