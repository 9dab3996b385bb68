// The fault suites' scripted fault proxy is the product's fault layer (@specsmith/mock), used
// here without a scenario: a test scripts the steps of the next requests itself.
export { html500, startFaultProxy } from '../../packages/mock/src/index.js';
export type { FaultProxy, FaultStep } from '../../packages/mock/src/index.js';
