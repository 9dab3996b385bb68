// The edit loop, on a temporary copy of the repository's specs and generated/ (the checkout is
// never touched): a harmless edit (a YAML comment appended) to one vendor's spec, then
// `npm run generate` (and the bin itself, without npm's start-up); and the same edit saved
// under a running `specsmith generate --watch`, timed from the write to the watcher's
// `written` line for the vendor's package and then for the docs.
import { spawn } from 'node:child_process';
import { appendFileSync, cpSync, mkdtempSync, rmSync, symlinkSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { measure, summary } from './measure.mjs';
import { vendorSpecs } from './vendors.mjs';

const COPIED = ['package.json', 'redocly.yaml', 'specs', 'generated', 'tsconfig.build.json'];
const LINKED = ['node_modules', 'codegen', 'packages'];

/** A folder that is the repository for the generator: its own specs and generated/, the rest linked. */
function workspace() {
  const root = mkdtempSync(join(tmpdir(), 'bench-edit-'));
  for (const name of COPIED) cpSync(resolve(name), join(root, name), { recursive: true });
  for (const name of LINKED) symlinkSync(resolve(name), join(root, name));
  return { root, remove: () => rmSync(root, { recursive: true, force: true }) };
}

const specsmith = (root) => join(root, 'codegen', 'bin', 'specsmith.js');
let edits = 0;
const edit = (specFile) => {
  edits += 1;
  appendFileSync(specFile, `# bench edit ${edits}\n`);
};

/** Per vendor: an edit, then `npm run generate`, and an edit, then the bin, `runs` times each. */
export function benchEditLoop(runs) {
  const { root, remove } = workspace();
  try {
    measure(process.execPath, [specsmith(root), 'generate', '--quiet'], { cwd: root });
    return vendorSpecs(root).map(({ key, specFile }) => {
      const viaNpm = [];
      const direct = [];
      for (let run = 0; run < runs; run += 1) {
        edit(specFile);
        viaNpm.push(measure('npm', ['run', '-s', 'generate', '--', '--quiet'], { cwd: root }).wallMs);
        edit(specFile);
        direct.push(measure(process.execPath, [specsmith(root), 'generate', '--quiet'], { cwd: root }).wallMs);
      }
      process.stderr.write(`  edit loop: ${key} done\n`);
      return { vendor: key, viaNpm: summary(viaNpm), direct: summary(direct) };
    });
  } finally {
    remove();
  }
}

/** Resolves once a stdout line of `child` matches `pattern`, with the time it arrived. */
function lineMatching(child, pattern, timeoutMs = 60_000) {
  return new Promise((resolvePromise, reject) => {
    let buffer = '';
    const onData = (chunk) => {
      buffer += chunk;
      const lines = buffer.split('\n');
      buffer = lines.pop();
      if (lines.some((line) => pattern.test(line))) {
        const at = performance.now();
        finish();
        resolvePromise(at);
      }
    };
    const timer = setTimeout(() => {
      finish();
      reject(new Error(`the watcher printed no line matching ${pattern} within ${timeoutMs} ms`));
    }, timeoutMs);
    const finish = () => {
      clearTimeout(timer);
      child.stdout.off('data', onData);
    };
    child.stdout.on('data', onData);
  });
}

const settle = (ms) => new Promise((done) => setTimeout(done, ms));

/** Per vendor: a save under `generate --watch`, to its package's and then the docs' `written` line, `runs` times. */
export async function benchWatch(runs) {
  const { root, remove } = workspace();
  const child = spawn(process.execPath, [specsmith(root), 'generate', '--watch', '--quiet'], { cwd: root, stdio: ['ignore', 'pipe', 'inherit'] });
  child.stdout.setEncoding('utf8');
  try {
    await lineMatching(child, /^watching /, 120_000);
    const rows = [];
    for (const { key, specFile } of vendorSpecs(root)) {
      const toPackage = [];
      const toDocs = [];
      const packageLine = new RegExp(`^${key} +written `);
      for (let run = 0; run < runs; run += 1) {
        const packageWritten = lineMatching(child, packageLine);
        const docsWritten = lineMatching(child, /^docs +written /);
        const saved = performance.now();
        edit(specFile);
        toPackage.push((await packageWritten) - saved);
        toDocs.push((await docsWritten) - saved);
        // Past the watcher's debounce, so the next save is a save of its own.
        await settle(200);
      }
      rows.push({ vendor: key, toPackage: summary(toPackage), toDocs: summary(toDocs) });
      process.stderr.write(`  watch: ${key} done\n`);
    }
    return rows;
  } finally {
    child.kill('SIGTERM');
    await new Promise((done) => child.once('exit', done));
    remove();
  }
}
