// The `parameters` member of a path item or operation: its parameters grouped by location,
// `{ query?: {...}; header?: {...}; path: {...}; cookie?: never }`. A group is optional when
// every parameter in it is; a path parameter is always required; a location with no
// parameter is `never`. A parameter without a schema is a string, as openapi-typescript has it.
// @see https://spec.openapis.org/oas/v3.1.0#parameter-object
import { isObject, warn, type Json, type TypesContext } from './context.js';
import { docItems } from './jsdoc.js';
import { child, type Path } from './json-pointer.js';
import { messages } from './messages.js';
import { refType } from './refs.js';
import { NEVER, object, property, STRING, type PropertyMember, type TypeNode } from './type-nodes.js';

const LOCATIONS = ['query', 'header', 'path', 'cookie'] as const;

/** A parameter as written (maybe a ref), where it was written, and what it resolves to. */
export interface LocatedParameter {
  readonly written: unknown;
  readonly path: Path;
  readonly resolved: Json;
}

/** A parameter's value type: its schema's, or string without one. */
export function parameterSchemaType(parameter: unknown, ctx: TypesContext, path: Path | undefined): TypeNode {
  return isObject(parameter) && parameter['schema'] !== undefined ? ctx.schema(parameter['schema'], ctx, child(path, 'schema')) : STRING;
}

/** The parameters of `list` (at `path`) with what each resolves to; one that is no parameter is warned about and left out. */
export function locateParameters(list: unknown, ctx: TypesContext, path: Path | undefined): LocatedParameter[] {
  if (!Array.isArray(list)) return [];
  const located: LocatedParameter[] = [];
  const listPath = child(path, 'parameters');
  for (let index = 0; index < list.length; index += 1) {
    const written = list[index];
    const ref = isObject(written) ? written['$ref'] : undefined;
    const resolved = typeof ref === 'string' ? ctx.resolve(ref).target : written;
    const parameterPath = child(listPath, index);
    if (!isObject(resolved) || typeof resolved['name'] !== 'string' || typeof resolved['in'] !== 'string') {
      // An unresolvable ref is reported when it is typed; anything else is reported here.
      if (typeof ref !== 'string' || ctx.resolve(ref).target !== undefined) warn(ctx, parameterPath, messages.notAParameter());
      else refType(ref, ctx, parameterPath, () => STRING);
      continue;
    }
    located.push({ written, path: parameterPath, resolved });
  }
  return located;
}

export function parametersMember(parameters: readonly LocatedParameter[], ctx: TypesContext): PropertyMember {
  const groups: PropertyMember[] = [];
  for (const location of LOCATIONS) {
    const members: PropertyMember[] = [];
    for (const { written, path, resolved } of parameters) {
      if (resolved['in'] !== location) continue;
      const ref = isObject(written) ? written['$ref'] : undefined;
      const type = typeof ref === 'string' ? refType(ref, ctx, path, (target, targetPath) => parameterSchemaType(target, ctx, targetPath)) : parameterSchemaType(resolved, ctx, path);
      const optional = location !== 'path' && resolved['required'] !== true;
      members.push(property(resolved['name'] as string, type, { optional, doc: docItems(resolved) }));
    }
    const optional = members.every((member) => member.optional);
    groups.push(property(location, members.length > 0 ? object(members) : NEVER, { optional }));
  }
  return property('parameters', object(groups));
}
