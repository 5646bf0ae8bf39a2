/**
 * Selective classification: answer the most confident tickets first and leave the rest to people.
 * The risk–coverage curve says, for each share of tickets answered (coverage), how many of those
 * answers are wrong (risk). Pure functions over scored predictions.
 */

interface ScoredOutcome {
  label: string;
  predicted: string;
  confidence: number;
}

interface RiskCoveragePoint {
  /** Accept every ticket at or above this confidence. */
  threshold: number;
  coverage: number;
  risk: number;
}

interface ConfidenceGroup {
  confidence: number;
  size: number;
  errors: number;
}

/**
 * Predictions grouped by equal confidence, most confident first. A threshold cannot split a group,
 * so coverage only ever steps from one group's end to the next.
 */
const confidenceGroups = (predictions: readonly ScoredOutcome[]): ConfidenceGroup[] => {
  const sorted = [...predictions].sort((a, b) => b.confidence - a.confidence);
  const groups: ConfidenceGroup[] = [];
  for (const p of sorted) {
    const wrong = p.label === p.predicted ? 0 : 1;
    const last = groups[groups.length - 1];
    if (last && last.confidence === p.confidence) {
      last.size += 1;
      last.errors += wrong;
    } else groups.push({ confidence: p.confidence, size: 1, errors: wrong });
  }
  return groups;
};

/** One point per reachable threshold, from the most confident group down to accepting everything. */
const riskCoverageCurve = (predictions: readonly ScoredOutcome[]): RiskCoveragePoint[] => {
  const n = predictions.length;
  let accepted = 0;
  let errors = 0;
  return confidenceGroups(predictions).map((g) => {
    accepted += g.size;
    errors += g.errors;
    return { threshold: g.confidence, coverage: accepted / n, risk: errors / accepted };
  });
};

/** Slack for float noise, so a risk of exactly 1/100 counts as "at most 1%". */
const EPSILON = 1e-12;

/**
 * The largest share of tickets that can be answered, most confident first, with an error rate
 * among the answered at or below `maxRisk`; 0 when even the most confident group is too risky.
 */
const coverageAtRisk = (predictions: readonly ScoredOutcome[], maxRisk: number): number =>
  riskCoverageCurve(predictions).reduce(
    (best, point) => (point.risk <= maxRisk + EPSILON && point.coverage > best ? point.coverage : best),
    0,
  );

/**
 * Area under the risk–coverage curve: the mean, over k = 1..n, of the error rate among the k most
 * confident tickets. Within a group of equal confidence the order is arbitrary, so a group's errors
 * are spread evenly over its positions (the expectation over random tie-breaking). Lower is better;
 * it mixes accuracy and ranking, so compare it with `optimalAurc` at the same accuracy.
 */
const aurc = (predictions: readonly ScoredOutcome[]): number => {
  const n = predictions.length;
  if (n === 0) return 0;
  let sum = 0;
  let position = 0;
  let errorsBefore = 0;
  for (const g of confidenceGroups(predictions)) {
    for (let j = 1; j <= g.size; j += 1) sum += (errorsBefore + (g.errors * j) / g.size) / (position + j);
    position += g.size;
    errorsBefore += g.errors;
  }
  return sum / n;
};

/** The AURC of a perfect ranking (every right answer before every wrong one) with this many errors. */
const optimalAurc = (n: number, errors: number): number => {
  if (n === 0) return 0;
  const right = n - errors;
  let sum = 0;
  for (let k = right + 1; k <= n; k += 1) sum += (k - right) / k;
  return sum / n;
};

export type { RiskCoveragePoint, ScoredOutcome };
export { aurc, confidenceGroups, coverageAtRisk, optimalAurc, riskCoverageCurve };
