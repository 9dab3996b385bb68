#!/usr/bin/env node
// `specsmith-mock <vendor> [options]` (also `npm run mock -- <vendor>`): the `specsmith mock`
// command on its own. The compiled package is in dist/ (npm run build).
import { runMockCommand } from '../dist/index.js';

process.exitCode = await runMockCommand(process.argv.slice(2), { cwd: process.cwd(), stdout: process.stdout, stderr: process.stderr });
