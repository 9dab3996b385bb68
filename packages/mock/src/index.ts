// @specsmith/mock: a local mock of a vendor API (Prism behind a scripted fault layer and a
// stateful rate-limit budget), and the fault layer alone for tests.

// The mock, and the `specsmith mock` command.
export { startMock } from './start-mock.js';
export type { MockOptions, MockServer } from './start-mock.js';
export { runMockCommand } from './run-mock-command.js';
export { startPrism, type PrismOptions, type PrismProcess } from './prism-process.js';
export type { MockCommandContext } from './run-mock-command.js';
export { MockError, ScenarioError } from './errors.js';

// Scenarios.
export { parseScenario } from './parse-scenario.js';
export type { ParseOptions } from './parse-scenario.js';
export type { Scenario, ScenarioRule } from './scenario.js';
export type { FaultStep, RetryAfter } from './fault-step.js';
export type { RateLimitRule } from './rate-limit-budget.js';

// The fault layer in front of any loopback server, and what it records.
export { startFaultProxy } from './fault-proxy.js';
export type { FaultProxy, FaultProxyOptions, RecordedRequest } from './fault-proxy.js';
export { formatArrival } from './arrivals.js';
export type { Arrival } from './arrivals.js';
export { html500, htmlErrorPage } from './html-page.js';
