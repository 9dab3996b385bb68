// Follows a set of files with node:fs `watch` on the folders that hold them, not on the files:
// editors often save by writing a new file and renaming it over the old one, which ends a
// watch on the old file, and a folder watch also sees a deleted spec come back. No library
// (chokidar and the like): the files are a known, short list on local disks, which fs.watch
// covers on Linux, macOS and Windows; what those add (polling, globs, network drives,
// awaiting a write's end) this does not need, and the debounce covers write bursts.
import { watch, type FSWatcher } from 'node:fs';
import { dirname, join } from 'node:path';

export interface FileWatcher {
  /** Follows exactly these files (absolute paths) from now on; nothing once closed. */
  follow(files: Iterable<string>): void;
  close(): void;
}

export function watchFiles(onChange: (file: string) => void): FileWatcher {
  let files = new Set<string>();
  let closed = false;
  const folders = new Map<string, FSWatcher>();
  const open = (folder: string) => {
    try {
      const watcher = watch(folder, { persistent: true }, (_event, name) => {
        // No name (some platforms, some events): any followed file of the folder may have changed.
        const changed = name ? [join(folder, name.toString())] : [...files].filter((file) => dirname(file) === folder);
        for (const file of changed) if (files.has(file)) onChange(file);
      });
      // A folder that goes away ends its watch; the next follow() opens it again if it is back.
      watcher.on('error', () => {
        watcher.close();
        folders.delete(folder);
      });
      folders.set(folder, watcher);
    } catch {
      // A folder that is not there (yet) is tried again on the next follow().
    }
  };
  return {
    follow(next) {
      if (closed) return;
      files = new Set(next);
      const wanted = new Set([...files].map((file) => dirname(file)));
      for (const [folder, watcher] of folders) {
        if (!wanted.has(folder)) {
          watcher.close();
          folders.delete(folder);
        }
      }
      for (const folder of wanted) if (!folders.has(folder)) open(folder);
    },
    close() {
      closed = true;
      for (const watcher of folders.values()) watcher.close();
      folders.clear();
    },
  };
}
