// `specsmith mock`: starts the mock, prints the base URL and a line per arrival, and stops
// both servers on Ctrl-C (SIGINT) or SIGTERM. Resolves to the exit code: 0 after a stop,
// 130 for a stop before Prism was ready, 2 for a mistake the user can fix (the message says
// which), 1 for anything else.
import { MOCK_HELP, readCommandOptions } from './command-options.js';
import { MockError } from './errors.js';
import { resolveSpec } from './resolve-spec.js';
import { readSpecFacts } from './spec-facts.js';
import { startMock } from './start-mock.js';

export interface MockCommandContext {
  /** What relative paths (and the search for redocly.yaml) start from. */
  readonly cwd: string;
  readonly stdout: { write(text: string): unknown };
  readonly stderr: { write(text: string): unknown };
  /** Stops the mock as SIGINT would (for callers that embed the command). */
  readonly signal?: AbortSignal;
}

const SIGNALS = ['SIGINT', 'SIGTERM'] as const;

export async function runMockCommand(argv: readonly string[], context: MockCommandContext): Promise<number> {
  const stop = new AbortController();
  const onSignal = () => stop.abort();
  for (const signal of SIGNALS) process.on(signal, onSignal);
  context.signal?.addEventListener('abort', onSignal, { once: true });
  try {
    const options = readCommandOptions(argv, context.cwd);
    if (options.help) {
      context.stdout.write(MOCK_HELP);
      return 0;
    }
    const spec = resolveSpec({ vendor: options.vendor, specFile: options.specFile }, context.cwd);
    const scenario = options.scenario(readSpecFacts(spec.specFile).rateLimitHeaders);
    context.stdout.write(`Starting Prism for ${spec.specFile} …\n`);
    const mock = await startMock({
      specFile: spec.specFile,
      port: options.port,
      scenario,
      cwd: context.cwd,
      signal: stop.signal,
      log: (line) => context.stdout.write(`${line}\n`),
    });
    const rules = scenario.rules.length + (scenario.rateLimit ? 1 : 0);
    context.stdout.write(`Mock of ${spec.name} on ${mock.baseUrl}${rules > 0 ? ` (${rules} scenario rule${rules === 1 ? '' : 's'})` : ''}; Ctrl-C stops it\n`);
    if (!stop.signal.aborted) await new Promise((resolve) => stop.signal.addEventListener('abort', resolve, { once: true }));
    await mock.stop();
    context.stdout.write('Mock stopped.\n');
    return 0;
  } catch (error) {
    if (stop.signal.aborted) {
      // Ctrl-C while Prism was starting: Prism is stopped too; 130 is the shell's code for an interrupt.
      context.stderr.write('specsmith mock: stopped while Prism was starting\n');
      return 130;
    }
    if (error instanceof MockError) {
      context.stderr.write(`specsmith mock: ${error.message}\n`);
      return 2;
    }
    context.stderr.write(`specsmith mock: ${error instanceof Error ? (error.stack ?? error.message) : String(error)}\n`);
    return 1;
  } finally {
    for (const signal of SIGNALS) process.removeListener(signal, onSignal);
    context.signal?.removeEventListener('abort', onSignal);
  }
}
