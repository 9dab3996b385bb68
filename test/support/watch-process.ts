// `specsmith generate --watch` as a child process (the bin, as a user starts it), with its
// stdout and stderr gathered line by line, so a test can wait for a line and then read every
// line that came before it.
import { spawn, type ChildProcess } from 'node:child_process';
import { join } from 'node:path';
import { repositoryRoot } from './run-specsmith.js';

type Stream = 'stdout' | 'stderr';

export interface WatchProcess {
  /** Resolves with the stream's lines since the previous wait on it, once one of them matches `until`. */
  next(stream: Stream, until: RegExp, timeoutMs?: number): Promise<string[]>;
  /** The stream's lines since the previous wait on it, without waiting. */
  drain(stream: Stream): string[];
  /** Sends the signal and resolves with the exit code. */
  stop(signal?: NodeJS.Signals): Promise<number | null>;
  readonly child: ChildProcess;
}

// Node's own notices are not the watcher's output.
const nodeNotice = /^\(node:\d+\) ExperimentalWarning|^\(Use `node --trace-warnings/;

export function startWatch(cwd: string, args: readonly string[] = []): WatchProcess {
  const child = spawn(process.execPath, [join(repositoryRoot, 'codegen/bin/specsmith.js'), 'generate', '--watch', ...args], {
    cwd,
    env: { ...process.env, NO_COLOR: '1' },
    stdio: ['ignore', 'pipe', 'pipe'],
  });
  const lines: Record<Stream, string[]> = { stdout: [], stderr: [] };
  const read: Record<Stream, number> = { stdout: 0, stderr: 0 };
  const listeners = new Set<() => void>();
  for (const stream of ['stdout', 'stderr'] as const) {
    let partial = '';
    const pipe = child[stream];
    if (!pipe) throw new Error(`the watch process has no ${stream} pipe`);
    pipe.setEncoding('utf8').on('data', (chunk: string) => {
      const parts = (partial + chunk).split('\n');
      partial = parts.pop() ?? '';
      lines[stream].push(...parts.filter((line) => !nodeNotice.test(line)));
      for (const listener of listeners) listener();
    });
  }
  const exited = new Promise<number | null>((resolve) => child.once('exit', (code) => resolve(code)));
  const drain = (stream: Stream) => {
    const taken = lines[stream].slice(read[stream]);
    read[stream] = lines[stream].length;
    return taken;
  };
  return {
    child,
    drain,
    next(stream, until, timeoutMs = 60_000) {
      return new Promise((resolve, reject) => {
        const finish = (outcome: () => void) => {
          clearTimeout(timer);
          listeners.delete(check);
          child.off('exit', onExit);
          outcome();
        };
        const check = () => {
          const index = lines[stream].findIndex((line, position) => position >= read[stream] && until.test(line));
          if (index < 0) return;
          const taken = lines[stream].slice(read[stream], index + 1);
          read[stream] = index + 1;
          finish(() => resolve(taken));
        };
        const failure = (why: string) => new Error(`${why}; stdout:\n${lines.stdout.join('\n')}\nstderr:\n${lines.stderr.join('\n')}`);
        const onExit = () => finish(() => reject(failure(`the watcher exited before a ${stream} line matched ${until}`)));
        const timer = setTimeout(() => finish(() => reject(failure(`no ${stream} line matched ${until} within ${timeoutMs} ms`))), timeoutMs);
        listeners.add(check);
        child.once('exit', onExit);
        check();
      });
    },
    async stop(signal = 'SIGTERM') {
      if (child.exitCode === null && child.signalCode === null) child.kill(signal);
      return exited;
    },
  };
}
