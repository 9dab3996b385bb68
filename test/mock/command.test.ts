// The mock's command line, run as a user runs it (`npm run mock -- …`, the bin as a child
// process): the messages and exit codes of each mistake, and a session — the base URL printed,
// a redacted line per arrival, Ctrl-C (SIGINT) stopping the layer and its Prism child.
import { spawn, type ChildProcess } from 'node:child_process';
import { readdirSync, readFileSync } from 'node:fs';
import { writeFile } from 'node:fs/promises';
import { createServer } from 'node:net';
import { join } from 'node:path';
import { setTimeout as sleep } from 'node:timers/promises';
import { afterAll, afterEach, beforeAll, describe, expect, it } from 'vitest';
import { CANARY, showsCanary } from '../support/canary.js';
import { makeTempDir } from '../support/temp-dir.js';
import { repositoryRoot } from '../support/vendors.js';

const bin = join(repositoryRoot, 'packages/mock/bin/specsmith-mock.js');
const xurrentSpec = join(repositoryRoot, 'specs/xurrent/openapi.yaml');

interface Run {
  readonly child: ChildProcess;
  stdout(): string;
  stderr(): string;
  readonly exited: Promise<number | null>;
}

/** Every bin started, killed after each test: a test that times out never reaches its own cleanup. */
const sessions: ChildProcess[] = [];
afterEach(() => {
  // A killed mock takes its Prism with it (the exit-with-parent preload).
  for (const child of sessions.splice(0)) if (child.exitCode === null && child.signalCode === null) child.kill('SIGKILL');
});

function run(args: readonly string[], cwd = repositoryRoot): Run {
  const child = spawn(process.execPath, [bin, ...args], { cwd, stdio: ['ignore', 'pipe', 'pipe'] });
  sessions.push(child);
  let stdout = '';
  let stderr = '';
  child.stdout?.on('data', (chunk: Buffer) => (stdout += chunk.toString()));
  child.stderr?.on('data', (chunk: Buffer) => (stderr += chunk.toString()));
  const exited = new Promise<number | null>((resolve) => child.once('exit', (code) => resolve(code)));
  return { child, stdout: () => stdout, stderr: () => stderr, exited };
}

async function finished(args: readonly string[], cwd?: string) {
  const session = run(args, cwd);
  const code = await session.exited;
  return { code, stdout: session.stdout(), stderr: session.stderr() };
}

/** The pids whose parent is `pid` (Linux /proc). */
function childrenOf(pid: number): number[] {
  return readdirSync('/proc')
    .filter((entry) => /^\d+$/.test(entry))
    .filter((entry) => {
      try {
        // `pid (comm) state ppid …`; comm may hold spaces, so read after its closing parenthesis.
        const stat = readFileSync(`/proc/${entry}/stat`, 'utf8');
        return Number(stat.slice(stat.lastIndexOf(')') + 2).split(' ')[1]) === pid;
      } catch {
        return false;
      }
    })
    .map(Number);
}

const alive = (pid: number) => {
  try {
    process.kill(pid, 0);
    return true;
  } catch {
    return false;
  }
};

let scratch: { path: string; remove: () => Promise<void> };
beforeAll(async () => {
  scratch = await makeTempDir('mock');
});
afterAll(async () => scratch.remove());

describe('specsmith mock (the bin)', () => {
  it('names the vendors redocly.yaml lists for an unknown one, exit 2', async () => {
    expect(await finished(['xurent'])).toEqual({ code: 2, stdout: '', stderr: 'specsmith mock: unknown vendor "xurent"; redocly.yaml lists xtremepush, xurrent, altcraft, xtrakit, journeyapps\n' });
  });

  it('names the file and line of a bad scenario step, and of a path the spec lacks, exit 2', async () => {
    await writeFile(join(scratch.path, 'scenario.txt'), '# outage\nGET /requests: 503, 200\nPOST /requests: 503, 50x\n');
    await writeFile(join(scratch.path, 'paths.txt'), 'GET /requestz: 503\n');
    const badStep = await finished(['--spec', xurrentSpec, '--scenario', 'scenario.txt'], scratch.path);
    expect(badStep).toEqual({
      code: 2,
      stdout: '',
      stderr:
        'specsmith mock: scenario.txt:3: unknown step "50x"; expected a status (e.g. 503), html <status>, delay <ms>, reset, reset-mid-body [status], hang, forward or forward-then-reset; ' +
        'a status takes retry-after <seconds|HTTP-date|date+<seconds>> and delay <ms>; any step takes x<count> to repeat\n',
    });
    const badPath = await finished(['--spec', xurrentSpec, '--scenario', 'paths.txt'], scratch.path);
    expect([badPath.code, badPath.stderr]).toEqual([2, `specsmith mock: paths.txt:1: ${xurrentSpec} has no path /requestz\n`]);
  });

  it('says a busy port is in use and how to pick another, exit 2', async () => {
    const holder = createServer();
    await new Promise<void>((resolve) => holder.listen(0, '127.0.0.1', resolve));
    const { port } = holder.address() as { port: number };
    try {
      const busy = await finished(['xurrent', '--port', String(port)]);
      expect([busy.code, busy.stderr]).toEqual([2, `specsmith mock: port ${port} is in use on 127.0.0.1; pick another with --port\n`]);
    } finally {
      await new Promise<void>((resolve) => holder.close(() => resolve()));
    }
  });

  it('prints the base URL and a redacted line per arrival; SIGINT stops the layer and its Prism child, exit 0', async () => {
    const session = run(['xurrent', '--fault', 'GET /requests: 503', '--rate-limit', '5/10s']);
    const deadline = Date.now() + 90_000;
    let baseUrl: string | undefined;
    while (!baseUrl && Date.now() < deadline && session.child.exitCode === null) {
      baseUrl = /Mock of xurrent on (http:\/\/127\.0\.0\.1:\d+) \(2 scenario rules\); Ctrl-C stops it\n/.exec(session.stdout())?.[1];
      await sleep(50);
    }
    expect(baseUrl, session.stderr()).toBeDefined();
    const [prism] = childrenOf(session.child.pid ?? -1);
    expect(prism).toBeDefined();

    const response = await fetch(`${baseUrl}/requests?apptoken=${CANARY}`, { headers: { authorization: `Bearer ${CANARY}`, 'x-xurrent-account': 'widget' } });
    expect([response.status, response.headers.get('x-ratelimit-remaining')]).toEqual([503, '4']);
    while (!session.stdout().includes('→') && Date.now() < deadline) await sleep(20);
    expect(
      session
        .stdout()
        .split('\n')
        .filter((line) => line.includes('→'))[0],
    ).toMatch(/^GET \/requests\?apptoken=\[REDACTED\] → 503 in \d+ ms \(--fault step 1\/1\)$/);

    session.child.kill('SIGINT');
    expect(await session.exited).toBe(0);
    expect(session.stdout().endsWith('Mock stopped.\n')).toBe(true);
    expect(alive(prism ?? -1)).toBe(false);
    await expect(fetch(`${baseUrl}/requests`)).rejects.toThrow('fetch failed');
    expect([session.stdout(), session.stderr()].filter(showsCanary)).toEqual([]);
  });

  it('stops Prism too when Ctrl-C comes while it is still starting, exit 130', async () => {
    const session = run(['xurrent']);
    const deadline = Date.now() + 30_000;
    let prism: number | undefined;
    while (prism === undefined && Date.now() < deadline && session.child.exitCode === null) {
      [prism] = childrenOf(session.child.pid ?? -1);
      await sleep(20);
    }
    expect(prism).toBeDefined();
    expect(session.stdout()).not.toContain('Mock of xurrent');
    session.child.kill('SIGINT');
    expect(await session.exited).toBe(130);
    expect(session.stderr()).toBe('specsmith mock: stopped while Prism was starting\n');
    expect(alive(prism ?? -1)).toBe(false);
  });
});
