// Calls `work` once, `milliseconds` after the last of a burst of calls: an editor's save is
// often several events (truncate, write, rename, attribute change) within a few milliseconds.
export interface Debounced {
  (): void;
  cancel(): void;
}

export function debounce(milliseconds: number, work: () => void): Debounced {
  let timer: NodeJS.Timeout | undefined;
  const debounced = () => {
    if (timer) clearTimeout(timer);
    timer = setTimeout(() => {
      timer = undefined;
      work();
    }, milliseconds);
  };
  debounced.cancel = () => {
    if (timer) clearTimeout(timer);
    timer = undefined;
  };
  return debounced;
}
