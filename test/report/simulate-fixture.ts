// The fixture moved to test/support/simulate-fixture.ts; this re-export keeps
// test/simulate/stream-trace.test.ts working until it moves beside its source.
export { COST, simulationReport } from '../support/simulate-fixture.js';
