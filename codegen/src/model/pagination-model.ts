// The spec's `x-pagination` of one operation as the generator keeps it: the keys specs/README.md
// defines, nothing else, so the emitted operation table stays as small as the extension.
import { isObject } from './json-ref.js';

export interface PaginationModel {
  readonly style: 'link' | 'offset' | 'cursor' | 'skip';
  readonly in: 'query' | 'body';
  readonly limitParam: string;
  readonly offsetParam?: string;
  readonly skipParam?: string;
  readonly moreField?: string;
  readonly cursorParam?: string;
  readonly nextCursorField?: string;
  readonly itemsField?: string;
  readonly maxLimit?: number;
  readonly uncertain?: boolean;
}

const text = (value: unknown): string => (typeof value === 'string' ? value : '');

export function readPagination(value: unknown): PaginationModel | null {
  if (!isObject(value)) return null;
  const pick = (key: string) => (typeof value[key] === 'string' ? { [key]: value[key] as string } : {});
  return {
    style: value['style'] as PaginationModel['style'],
    in: value['in'] === 'body' ? 'body' : 'query',
    limitParam: text(value['limitParam']),
    ...pick('offsetParam'),
    ...pick('skipParam'),
    ...pick('moreField'),
    ...pick('cursorParam'),
    ...pick('nextCursorField'),
    ...pick('itemsField'),
    ...(typeof value['maxLimit'] === 'number' ? { maxLimit: value['maxLimit'] } : {}),
    ...(value['uncertain'] === true ? { uncertain: true } : {}),
  };
}
