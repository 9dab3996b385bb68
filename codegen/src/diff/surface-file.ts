// The surface a generated package was made with, stored beside its manifest as surface.json,
// so the next run can say what it changes for callers. One operation and one schema a line:
// a regenerated package's git diff shows which ones changed.
import { readFile } from 'node:fs/promises';
import { join } from 'node:path';
import { SURFACE_FORMAT, type ClientSurface } from './surface-model.js';

export const SURFACE_FILE = 'surface.json';

export function surfaceJson(surface: ClientSurface): string {
  const lines = (entries: readonly string[]) => (entries.length === 0 ? '' : `\n${entries.join(',\n')}\n`);
  const operations = lines(surface.operations.map((operation) => JSON.stringify(operation)));
  const schemas = lines(Object.entries(surface.schemas).map(([pointer, shape]) => `${JSON.stringify(pointer)}:${JSON.stringify(shape)}`));
  const head = `"format":${JSON.stringify(surface.format)},"title":${JSON.stringify(surface.title)},"version":${JSON.stringify(surface.version)}`;
  return `{${head},\n"operations":[${operations}],\n"schemas":{${schemas}},\n"errorCodes":${JSON.stringify(surface.errorCodes)}}\n`;
}

/** The surface in `text`, or null when it is not one this generator can read (another format). */
export function parseSurface(text: string): ClientSurface | null {
  try {
    const value = JSON.parse(text) as Partial<ClientSurface> | null;
    return value?.format === SURFACE_FORMAT && Array.isArray(value.operations) ? (value as ClientSurface) : null;
  } catch {
    return null;
  }
}

/** The surface recorded in a generated package's folder; null when none is (a first run). */
export async function readRecordedSurface(packageDirectory: string): Promise<ClientSurface | null> {
  try {
    return parseSurface(await readFile(join(packageDirectory, SURFACE_FILE), 'utf8'));
  } catch {
    return null;
  }
}
