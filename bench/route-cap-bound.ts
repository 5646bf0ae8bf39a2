/**
 * How much automation a per-route cap allows at most on the scenario suite's stationary split,
 * beside the global hindsight oracle the suite compares the loop with. Each route is given every
 * label it will ever have (its out-of-fold history and the whole stream, all labelled) and, in
 * hindsight, the lowest threshold whose labels above it pass the exact binomial test of error ≤ cap
 * at 95% (tools/simulate/evidence-bound.ts); the stream target is not even applied. No procedure
 * that is valid per route on the route's own labels can be expected to automate more.
 * Run: npx tsx bench/route-cap-bound.ts [--caps 0.05,0.1,0.02] [--scorer] [--json FILE]
 * --scorer scores with the route scorer (cross-fitted history, trained on the whole history) instead
 * of the calibrated stand-in, without the LLM's agreement filter: a bound for the scorer's own
 * probability, not for the filtered loop of `--llm`, whose agreeing tickets err less.
 * The data set lives outside the repo (../shared); when it is missing the benchmark skips and exits 0.
 */
import { existsSync, writeFileSync } from 'node:fs';
import { parseArgs } from 'node:util';
import { crossFitScores } from '../lib/domain/scorer/cross-fit.js';
import { loadScorer } from '../lib/domain/scorer/load-scorer.js';
import { trainScorer } from '../lib/domain/scorer/train-scorer.js';
import { crossValidate } from '../tools/embedded/cross-validate.js';
import { trainTextClassifier } from '../tools/embedded/text-classifier.js';
import { BANKING77 } from '../tools/local/sample-data.js';
import type { ScoredLabel } from '../tools/simulate/evidence-bound.js';
import { capBoundCoverage } from '../tools/simulate/evidence-bound.js';
import { oracleCoverage } from '../tools/simulate/replay-metrics.js';
import { deriveTaxonomy } from '../tools/taxonomy/derive-taxonomy.js';
import { scenarioSplit } from './scenario-split.js';

const TRAINED_AT = '2026-12-07T00:00:00.000Z';
type Labelled = { text: string; label: string };

const asLabel = (label: string, route: string, confidence: number): ScoredLabel => ({
  route,
  correct: route === label,
  confidence,
});

/** The calibrated stand-in: out-of-fold history, and the stream scored by a model on all of it. */
const standInScores = (train: readonly Labelled[], stream: readonly Labelled[], routes: string[]) => {
  const cv = crossValidate(train, { folds: 5 });
  const classifier = trainTextClassifier(train);
  return {
    history: cv.outOfFold.map((p) => asLabel(p.label, p.predicted, p.confidence)),
    stream: stream.map((t) => {
      const p = classifier.predictAmong(t.text, routes);
      return asLabel(t.label, p.label, p.confidence);
    }),
  };
};

/** The route scorer: cross-fitted history, and the stream scored by a scorer on all of it. */
const scorerScores = (train: readonly Labelled[], stream: readonly Labelled[]) => {
  const examples = train.map((t, i) => ({ ticketId: `h-${i}`, text: t.text, route: t.label }));
  const options = { trainedAt: TRAINED_AT };
  const folds = crossFitScores(examples, {
    trainedAt: TRAINED_AT,
    train: (fit) => loadScorer(trainScorer(fit, options)),
  });
  const scorer = loadScorer(trainScorer(examples, options));
  return {
    history: examples.map((e) => {
      const s = folds.get(e.ticketId)!;
      return asLabel(e.route, s.route, s.probability);
    }),
    stream: stream.map((t) => {
      const s = scorer.score(t.text);
      return asLabel(t.label, s.route, s.probability);
    }),
  };
};

/** What the oracle's single threshold lets through per route: each route's own error above it. */
const overCap = (stream: readonly ScoredLabel[], autoRoutes: ReadonlySet<string>, threshold: number) => {
  const above = stream.filter((s) => autoRoutes.has(s.route) && s.confidence >= threshold);
  const routes = [...new Set(above.map((s) => s.route))].map((route) => {
    const own = above.filter((s) => s.route === route);
    return { tickets: own.length, error: own.filter((s) => !s.correct).length / own.length };
  });
  const share = (cap: number) =>
    routes.filter((r) => r.error > cap).reduce((n, r) => n + r.tickets, 0) / above.length;
  const errors = routes.map((r) => r.error).sort((a, b) => a - b);
  return (
    `at the oracle's threshold: ${routes.length} routes, own error median ${(100 * errors[Math.floor(errors.length / 2)]!).toFixed(1)}%, ` +
    `max ${(100 * errors.at(-1)!).toFixed(1)}%; tickets on routes above 5%: ${(100 * share(0.05)).toFixed(1)}%, above 10%: ${(100 * share(0.1)).toFixed(1)}%`
  );
};

const main = (): void => {
  const { values } = parseArgs({
    options: {
      caps: { type: 'string', default: '0.05,0.1,0.02' },
      scorer: { type: 'boolean', default: false },
      json: { type: 'string' },
    },
  });
  if (!existsSync(BANKING77.train)) {
    console.log(`route-cap-bound: skipped — data set not found at ${BANKING77.train}`);
    return;
  }
  const { train, stream, policy } = scenarioSplit();
  const taxonomy = deriveTaxonomy(train, policy, 'banking77');
  const routes = taxonomy.routes.map((r) => r.id);
  const autoRoutes = new Set(taxonomy.routes.filter((r) => r.policy === 'auto').map((r) => r.id));
  const scores = values.scorer ? scorerScores(train, stream) : standInScores(train, stream, routes);
  const replayed = scores.stream.map((s, i) => ({
    label: stream[i]!.label,
    predicted: s.route,
    confidence: s.confidence,
    auto: false,
    candidate: autoRoutes.has(s.route),
    afterDrift: false,
  }));
  const oracle = oracleCoverage(replayed, 0.02);
  console.log(
    `${values.scorer ? 'route scorer' : 'calibrated stand-in'}: global oracle ${(100 * oracle.coverage).toFixed(1)}% at threshold ${oracle.threshold.toFixed(3)}`,
  );
  console.log(overCap(scores.stream, autoRoutes, oracle.threshold));
  const rows = values.caps.split(',').map((c) => {
    const cap = Number(c);
    const coverage = capBoundCoverage(scores.history, scores.stream, autoRoutes, cap, 0.05);
    console.log(
      `cap ${(100 * cap).toFixed(0)}%: at most ${(100 * coverage).toFixed(1)}%, ${(coverage / oracle.coverage).toFixed(3)} of the oracle`,
    );
    return { cap, coverage, ofOracle: coverage / oracle.coverage };
  });
  if (values.json)
    writeFileSync(values.json, `${JSON.stringify({ scorer: values.scorer, oracle, rows }, null, 2)}\n`);
};

main();
