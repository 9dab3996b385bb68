// Starts fleet worker processes (worker.mjs), waits until every one is ready, then releases
// them together, phase by phase, and collects what each reports. Every worker is killed when
// the suite ends, whatever happened.
import { spawn, type ChildProcess } from 'node:child_process';
import { createInterface } from 'node:readline';
import { fileURLToPath } from 'node:url';

const script = fileURLToPath(new URL('./worker.mjs', import.meta.url));

export interface WorkerConfig {
  readonly id: number;
  readonly baseUrl: string;
  readonly redisUrl?: string;
  readonly timeoutMs?: number;
  readonly token?: string;
  readonly oauth?: { readonly tokenUrl: string; readonly clientSecret: string };
  readonly phases: readonly number[];
  readonly concurrency: number;
  readonly op: 'read' | 'write';
  /** Keep Xurrent's 20-per-2-s burst limit (the spec's); off otherwise. */
  readonly burst?: boolean;
  /** Report when each request left the worker (`sentAt`, epoch ms). */
  readonly recordSends?: boolean;
}

interface PhaseReport {
  readonly ok: number;
  readonly failures: Record<string, number>;
  readonly sentAt?: readonly number[];
}

export interface LogLine {
  readonly level: string;
  readonly message: string;
}

export interface Workers {
  /** Releases every worker into its next phase and resolves to each one's report of it. */
  phase(): Promise<PhaseReport[]>;
  /** Each worker's log lines, once all have finished; also waits for them to exit. */
  done(): Promise<LogLine[][]>;
  /** Everything the workers wrote to stderr. */
  stderr(): string;
  kill(): void;
}

export async function startWorkers(configs: readonly WorkerConfig[]): Promise<Workers> {
  let stderr = '';
  const children: ChildProcess[] = [];
  const queues = configs.map(() => [] as Record<string, unknown>[]);
  const waiters = configs.map(() => [] as ((event: Record<string, unknown>) => void)[]);
  const next = (index: number) =>
    new Promise<Record<string, unknown>>((resolve) => {
      const queued = queues[index]?.shift();
      if (queued) resolve(queued);
      else waiters[index]?.push(resolve);
    });
  configs.forEach((config, index) => {
    const child = spawn(process.execPath, [script, JSON.stringify(config)], { stdio: ['pipe', 'pipe', 'pipe'] });
    children.push(child);
    child.stderr?.on('data', (chunk: Buffer) => (stderr += chunk.toString()));
    const { stdout } = child;
    if (!stdout) throw new Error(`worker ${config.id} was started without a stdout pipe`);
    createInterface({ input: stdout }).on('line', (line) => {
      const event = JSON.parse(line) as Record<string, unknown>;
      const waiter = waiters[index]?.shift();
      if (waiter) waiter(event);
      else queues[index]?.push(event);
    });
    child.on('exit', (code) => {
      if (code !== 0) stderr += `worker ${config.id} exited with ${code}\n`;
    });
  });
  const expect = async (index: number, name: string) => {
    const event = await next(index);
    if (event.event !== name) throw new Error(`worker ${index} said ${JSON.stringify(event)} instead of ${name}; stderr:\n${stderr}`);
    return event;
  };
  await Promise.all(configs.map((_config, index) => expect(index, 'ready')));
  return {
    async phase() {
      for (const child of children) child.stdin?.write('go\n');
      return (await Promise.all(configs.map((_config, index) => expect(index, 'phase')))) as unknown as PhaseReport[];
    },
    async done() {
      const reports = await Promise.all(configs.map((_config, index) => expect(index, 'done')));
      await Promise.all(children.map((child) => (child.exitCode === null ? new Promise((resolve) => child.once('exit', resolve)) : undefined)));
      return reports.map((report) => report.logs as LogLine[]);
    },
    stderr: () => stderr,
    kill() {
      for (const child of children) if (child.exitCode === null) child.kill('SIGKILL');
    },
  };
}
