/** The error `run` throws (failing the test when it throws none). */
export function thrown<T extends Error = Error>(run: () => unknown): T {
  try {
    run();
  } catch (error) {
    return error as T;
  }
  throw new Error('expected an error');
}
