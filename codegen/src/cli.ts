// The `specsmith` command line: argument parsing, progress lines and exit codes.
import { createRequire } from 'node:module';
import { parseArgs } from 'node:util';
import { resolve } from 'node:path';
import { findProjectRoot, readVendors, type VendorEntry } from './config.js';
import { syncBuildReferences } from './output/build-references.js';
import { formatProblem, SpecError } from './problems.js';
import { toIdentifier } from './model/naming.js';
import { createRunContext } from './run/context.js';
import { docsTarget } from './run/docs-target.js';
import { failureReport } from './run/failure-report.js';
import { packageNameFor, vendorPackage, type PackageSpec } from './run/package-spec.js';
import { packageTarget } from './run/package-target.js';
import { progressLine } from './run/progress-line.js';
import { runTargets } from './run/runner.js';
import type { Target } from './run/target.js';
import { watchSpecs } from './watch/watch-specs.js';

const HELP = `specsmith — OpenAPI specs to typed TypeScript client packages and API docs

Usage:
  specsmith generate [vendor ...]           every vendor in redocly.yaml apis: (or only those named) -> generated/<vendor>/
                                            (with no vendor named, also the docs -> generated/docs/)
  specsmith generate --check [vendor ...]   regenerate in memory and compare with generated/; exit 1 when stale; writes nothing
  specsmith generate --watch [vendor ...]   generate, then keep watching the specs (and the files they $ref) and
                                            regenerate the changed vendor's package and docs page on each save
  specsmith docs [--check]                  only the docs: index.html and one Redoc page per vendor -> generated/docs/
  specsmith diff <old-spec> <new-spec> [--format text|json]
                                            what changed in the client between two specs, breaking or additive; exit 1 on breaking
  specsmith mock <vendor> | --spec <file> [--scenario <file>] [--fault "<rule>"] [--rate-limit N/window] [--port N]
                                            a local mock of the vendor (Prism behind a scripted fault layer) on 127.0.0.1
  specsmith generate --spec <file> --name <name> --out <dir>
                                            any OpenAPI 3.0/3.1 document (YAML or JSON) -> a self-contained package in <dir>

Options:
  --check        compare instead of writing
  --force        regenerate even when the cache says nothing changed
  --watch        keep running and regenerate on every save (Ctrl-C to stop)
  --quiet        print only errors (and warnings with --check)
  --spec <file>  generate from this document instead of redocly.yaml's list
  --name <name>  package name for --spec (the package is @specsmith/<name>-api unless it contains a /)
  --out <dir>    output directory for --spec
  --help         show this help
`;

const OPTIONS = {
  check: { type: 'boolean' },
  force: { type: 'boolean' },
  watch: { type: 'boolean' },
  quiet: { type: 'boolean' },
  spec: { type: 'string' },
  name: { type: 'string' },
  out: { type: 'string' },
  help: { type: 'boolean', short: 'h' },
} as const;

class UsageError extends Error {
  override readonly name = 'UsageError';
}

function parse(argv: readonly string[]) {
  try {
    return parseArgs({ args: [...argv], options: OPTIONS, allowPositionals: true, strict: true });
  } catch (error) {
    const known = Object.keys(OPTIONS)
      .map((option) => `--${option}`)
      .join(', ');
    throw new UsageError(`${(error as Error).message.replace(/\. To specify a positional argument.*$/s, '')}. Valid options: ${known}.`);
  }
}

interface Selection {
  readonly root: string;
  readonly packages: readonly PackageSpec[];
  /** Every vendor, when the docs are rendered too (their index lists every vendor, so only a run over all of them does). */
  readonly docsVendors: readonly VendorEntry[] | null;
}

function select(values: ReturnType<typeof parse>['values'], vendors: readonly string[], cwd: string): Selection {
  if (values.spec !== undefined || values.name !== undefined || values.out !== undefined) {
    if (!values.spec || !values.name || !values.out) throw new UsageError('--spec, --name and --out go together: specsmith generate --spec <file> --name <name> --out <dir>.');
    if (vendors.length > 0) throw new UsageError(`--spec generates one document; drop the vendor names (${vendors.join(', ')}).`);
    if (toIdentifier(values.name, '') === '') throw new UsageError(`--name "${values.name}" has no letters or digits to name the package by.`);
    if (values.watch) throw new UsageError('--watch follows the specs in redocly.yaml apis:; drop --spec, --name and --out.');
    const packages = [
      { name: values.name, specFile: resolve(cwd, values.spec), outDirectory: resolve(cwd, values.out), packageName: packageNameFor(values.name), vendor: null, requireErrorCatalogue: false },
    ];
    return { root: cwd, packages, docsVendors: null };
  }
  const root = findProjectRoot(cwd);
  if (!root) throw new UsageError('No redocly.yaml here or above: run inside the Specsmith repository, or use --spec <file> --name <name> --out <dir>.');
  const known = readVendors(root);
  const unknown = vendors.filter((vendor) => !known.some((entry) => entry.name === vendor));
  if (unknown.length > 0) {
    throw new UsageError(`Unknown vendor ${unknown.map((vendor) => `"${vendor}"`).join(', ')}. Valid vendors (redocly.yaml apis:): ${known.map((entry) => entry.name).join(', ')}.`);
  }
  const selected = vendors.length > 0 ? known.filter((entry) => vendors.includes(entry.name)) : known;
  return { root, packages: selected.map((entry) => vendorPackage(root, entry)), docsVendors: vendors.length === 0 ? known : null };
}

/** `specsmith diff` and `specsmith mock` parse their own arguments. */
async function runSubcommand(argv: readonly string[], cwd: string): Promise<number | undefined> {
  const io = { cwd, stdout: process.stdout, stderr: process.stderr };
  if (argv[0] === 'diff') return (await import('./diff/diff-command.js')).runDiffCommand(argv.slice(1), io);
  // Loaded from its own package, not the generator's bundle (see scripts/bundle.mjs); require()
  // of an ES module, since the bundle is a script without dynamic import().
  if (argv[0] === 'mock') return (createRequire(import.meta.url)('@specsmith/mock') as typeof import('@specsmith/mock')).runMockCommand(argv.slice(1), io);
  return undefined;
}

export async function main(argv: readonly string[], cwd = process.cwd()): Promise<number> {
  const subcommand = await runSubcommand(argv, cwd);
  if (subcommand !== undefined) return subcommand;
  try {
    const { values, positionals } = parse(argv);
    if (values.help || positionals.length === 0) {
      process.stdout.write(HELP);
      return values.help ? 0 : 2;
    }
    const [command, ...vendors] = positionals;
    if (command !== 'generate' && command !== 'docs') throw new UsageError(`Unknown command "${command}". Valid commands: generate, docs, diff, mock. See specsmith --help.`);
    if (command === 'docs' && (vendors.length > 0 || values.spec !== undefined || values.name !== undefined || values.out !== undefined)) {
      throw new UsageError('docs renders every vendor in redocly.yaml apis: together; drop the vendor names and --spec/--name/--out.');
    }
    if (values.watch && (command !== 'generate' || values.check)) throw new UsageError('--watch goes with generate, and not with --check.');
    const { root, packages, docsVendors } = select(values, vendors, cwd);
    if (values.watch) return await watchSpecs({ root, cwd, vendors, force: values.force === true, quiet: values.quiet === true });
    const targets: Target[] = [...(command === 'docs' ? [] : packages.map((spec) => packageTarget(spec, root))), ...(docsVendors ? [docsTarget(root, docsVendors)] : [])];
    const context = await createRunContext({ root, check: values.check === true, force: values.force === true });
    const results = await runTargets(targets, context);
    // Inside the repository (not for --spec), the build's project references follow redocly.yaml.
    const references = values.spec === undefined ? await syncBuildReferences(root, readVendors(root), values.check === true) : undefined;
    if (references) process.stderr.write(`  ${references}\n`);
    for (const result of results) {
      if (!values.quiet) {
        for (const warning of result.warnings) process.stderr.write(`${formatProblem(warning, cwd)}\n`);
        process.stdout.write(`${progressLine(result)}\n`);
        for (const note of result.notes) process.stdout.write(`${note}\n`);
      }
      for (const line of result.drift) process.stderr.write(`  ${line}  (${result.name})\n`);
    }
    const stale = results.filter((result) => result.status === 'stale');
    if (stale.length > 0 || references) {
      const names = [...stale.map((result) => result.name), ...(references ? ['tsconfig.build.json'] : [])].join(' ');
      process.stderr.write(`generated/ is out of date for: ${names}. Run \`npm run generate\` and commit the result.\n`);
      return 1;
    }
    return 0;
  } catch (error) {
    if (error instanceof UsageError) {
      process.stderr.write(`specsmith: ${error.message}\n`);
      return 2;
    }
    if (error instanceof SpecError) {
      process.stderr.write(failureReport(error, cwd));
      return 1;
    }
    throw error;
  }
}
