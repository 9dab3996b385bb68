// The spec's `x-pagination` of one operation as the generator keeps it: the keys specs/README.md
// defines, nothing else, so the emitted operation table stays as small as the extension.
import type { PaginationInfo } from '@specsmith/core/contract';
import { isObject } from './json-ref.js';

const text = (value: unknown): string => (typeof value === 'string' ? value : '');

export function readPagination(value: unknown): PaginationInfo | null {
  if (!isObject(value)) return null;
  const pick = (key: string) => (typeof value[key] === 'string' ? { [key]: value[key] as string } : {});
  return {
    style: value['style'] as PaginationInfo['style'],
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
