// The fixtures moved to test/support/outcome-fixtures.ts; this re-export keeps the suites still
// in test/feedback/, test/thresholds/ and test/simulate/ working until they move beside their source.
export { config, label, labels, retuneSettings, taxonomy, ticket } from '../support/outcome-fixtures.js';
