// runMockCommand in process, as the `specsmith` CLI calls it: the usage mistakes it refuses
// before starting anything, each with its message and exit code 2, and --help.
import { runMockCommand } from '@specsmith/mock';
import { describe, expect, it } from 'vitest';
import { repositoryRoot } from '../support/vendors.js';

async function command(argv: readonly string[]) {
  let stdout = '';
  let stderr = '';
  const code = await runMockCommand(argv, { cwd: repositoryRoot, stdout: { write: (text: string) => (stdout += text) }, stderr: { write: (text: string) => (stderr += text) } });
  return { code, stdout, stderr };
}

describe('runMockCommand', () => {
  it.each([
    [['xurrent', '--bogus'], "specsmith mock: Unknown option '--bogus'; the options are --spec, --scenario, --fault, --rate-limit, --rate-limit-headers, --port, --help\n"],
    [['xurrent', '--port', 'abc'], 'specsmith mock: --port needs a port number (0-65535), not "abc"\n'],
    [['xurrent', 'altcraft'], 'specsmith mock: mock takes one vendor, not xurrent altcraft\n'],
    [['xurrent', '--spec', 'specs/xurrent/openapi.yaml'], 'specsmith mock: give a vendor or --spec <file>, not both\n'],
    [[], 'specsmith mock: name a vendor (e.g. specsmith mock xurrent) or a spec with --spec <file>\n'],
    [['--spec', 'specs/nope.yaml'], 'specsmith mock: the spec specs/nope.yaml does not exist\n'],
    [['xurrent', '--scenario', 'nope.txt'], 'specsmith mock: the scenario nope.txt cannot be read\n'],
    [
      ['xurrent', '--fault', 'GET /requests: 50x'],
      'specsmith mock: --fault: unknown step "50x"; expected a status (e.g. 503), html <status>, delay <ms>, reset, reset-mid-body [status], hang, forward or forward-then-reset; a status takes retry-after <seconds|HTTP-date|date+<seconds>> and delay <ms>; any step takes x<count> to repeat\n',
    ],
    [['xurrent', '--rate-limit', '100'], 'specsmith mock: --rate-limit: rate-limit needs <requests>/<window> such as 100/10s (units ms, s, m, h), not "100"\n'],
    [['xurrent', '--rate-limit', '100/10s', '--rate-limit-headers', 'github'], 'specsmith mock: --rate-limit-headers takes x-ratelimit or ietf, not "github"\n'],
  ])('%j → exit 2 and what to change', async (argv, message) => {
    expect(await command(argv)).toEqual({ code: 2, stdout: '', stderr: message });
  });

  it('prints its help, exit 0', async () => {
    const help = await command(['--help']);
    expect([help.code, help.stderr, help.stdout.split('\n')[0]]).toEqual([0, '', 'specsmith mock — a local mock of a vendor API, with scripted faults and a rate-limit budget']);
  });
});
