// At most `slots` tasks at a time (the docs pages each run a build-docs process; more at once
// than there are cores only makes each of them slower).
export type Limit = <T>(task: () => Promise<T>) => Promise<T>;

export function createLimit(slots: number): Limit {
  let running = 0;
  const waiting: (() => void)[] = [];
  return async (task) => {
    if (running >= slots) await new Promise<void>((resolve) => waiting.push(resolve));
    running += 1;
    try {
      return await task();
    } finally {
      running -= 1;
      waiting.shift()?.();
    }
  };
}
