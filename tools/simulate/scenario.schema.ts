import { z } from 'zod';

/**
 * The scenarios `triage simulate` can stage, parsed from their command-line specs. Each spec is a
 * comma-separated list of `key=value`; a bad spec fails with one line naming the part at fault.
 */

class ScenarioSpecError extends Error {
  override name = 'ScenarioSpecError';
}

const share = z.coerce.number().min(0).max(1);
const routeList = z
  .string()
  .min(1)
  .transform((s) => s.split('|').filter(Boolean));

const DriftSpecSchema = z
  .object({
    /** Fraction of the stream where the drift starts. */
    at: z.coerce.number().gt(0).lt(1).default(0.5),
    /** The drifted routes. */
    routes: routeList.optional(),
    /** From `at` on, this share of the routes' tickets truly belong to another auto-eligible route. */
    relabel: share.optional(),
    /** Instead of relabelling: these two routes' labels are exchanged from `at` on. */
    swap: routeList.pipe(z.array(z.string()).length(2)).optional(),
    /** From `at` on, the drifted routes' tickets arrive this many times as often, as new tickets. */
    volume: z.coerce.number().int().min(1).max(100).default(1),
  })
  .strict()
  .refine((d) => d.routes !== undefined || d.swap !== undefined, 'give routes=a|b or swap=a|b')
  .refine((d) => !(d.relabel !== undefined && d.swap !== undefined), 'give relabel or swap, not both');

type DriftSpec = z.infer<typeof DriftSpecSchema>;

const ConfidenceSpecSchema = z.discriminatedUnion('kind', [
  z.object({ kind: z.literal('calibrated') }),
  z.object({ kind: z.literal('verbalized'), wrongHigh: share }),
]);

type ConfidenceSpec = z.infer<typeof ConfidenceSpecSchema>;

/**
 * A simulated LLM beside the route scorer: overall accuracy `accuracy`; when the reference model
 * is wrong, the LLM names the same wrong route with probability `correlation`; its confidence is
 * verbalized as with `--confidence verbalized:wrong-high=P`.
 */
const LlmSpecSchema = z
  .object({ accuracy: share, correlation: share.default(0), wrongHigh: share.default(0) })
  .strict();

type LlmSpec = z.infer<typeof LlmSpecSchema>;

const pairs = (spec: string): Record<string, string> =>
  Object.fromEntries(
    spec
      .split(',')
      .filter((p) => p.trim() !== '')
      .map((part) => {
        const [key, value, ...rest] = part.split('=');
        if (!key || value === undefined || rest.length > 0)
          throw new ScenarioSpecError(`"${part}" is not key=value`);
        return [key.trim(), value.trim()];
      }),
  );

const describeIssues = (error: z.ZodError) =>
  error.issues.map((i) => (i.path.length ? `${i.path.join('.')}: ${i.message}` : i.message)).join('; ');

/** `at=0.5,routes=a|b,relabel=0.5,volume=10` or `swap=a|b,volume=10`. */
const parseDriftSpec = (spec: string): DriftSpec => {
  const parsed = DriftSpecSchema.safeParse(pairs(spec));
  if (!parsed.success) throw new ScenarioSpecError(describeIssues(parsed.error));
  const drift = parsed.data;
  return { ...drift, routes: drift.routes ?? drift.swap };
};

/** `calibrated` or `verbalized:wrong-high=0.3`. */
const parseConfidenceSpec = (spec: string): ConfidenceSpec => {
  const [kind, rest = ''] = spec.split(':', 2);
  if (kind === 'calibrated' && rest === '') return { kind: 'calibrated' };
  if (kind === 'verbalized') {
    const { 'wrong-high': wrongHigh, ...other } = pairs(rest);
    if (Object.keys(other).length > 0)
      throw new ScenarioSpecError(`unknown key ${Object.keys(other)[0]} (only wrong-high)`);
    const parsed = ConfidenceSpecSchema.safeParse({ kind, wrongHigh: wrongHigh ?? 0 });
    if (!parsed.success) throw new ScenarioSpecError(describeIssues(parsed.error));
    return parsed.data;
  }
  throw new ScenarioSpecError(`"${spec}" is neither calibrated nor verbalized:wrong-high=P`);
};

/** `accuracy=0.85,correlation=0.3,wrong-high=0.3`. */
const parseLlmSpec = (spec: string): LlmSpec => {
  const { 'wrong-high': wrongHigh, ...rest } = pairs(spec);
  const parsed = LlmSpecSchema.safeParse({ ...rest, ...(wrongHigh === undefined ? {} : { wrongHigh }) });
  if (!parsed.success) throw new ScenarioSpecError(describeIssues(parsed.error));
  return parsed.data;
};

export type { ConfidenceSpec, DriftSpec, LlmSpec };
export {
  ConfidenceSpecSchema,
  DriftSpecSchema,
  LlmSpecSchema,
  parseConfidenceSpec,
  parseDriftSpec,
  parseLlmSpec,
  ScenarioSpecError,
};
