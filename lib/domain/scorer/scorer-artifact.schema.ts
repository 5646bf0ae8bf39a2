import { z } from 'zod';

/**
 * The route scorer as stored: everything needed to score a ticket, and nothing of the tickets it was
 * trained on beyond their count. It holds
 * - the feature vocabulary: word 1–2-grams and in-word character 2–5-grams, each kept only when it
 *   occurred in at least `minTermTickets` distinct training tickets, sorted (so their order replays no
 *   text), with their idf weights;
 * - the model: a linear softmax member and, optionally, hidden-layer network members, whose logits are
 *   averaged with the given shares; weight matrices are int8 with one float scale per row (or float32);
 * - the temperature fitted on a held-out slice, and the routes (the labels it was trained on);
 * - optionally, the need-a-person detector: a two-column linear model on the same features, its
 *   threshold and the counts and out-of-fold figures it was chosen on (absent: no detector).
 * Never a whole text, a ticket id or a customer id. Binary blocks are base64 of little-endian typed arrays.
 */

const Base64Schema = z.string().regex(/^[A-Za-z0-9+/]*={0,2}$/, 'expected base64');
const CountSchema = z.number().int().nonnegative();

const Float32MatrixSchema = z.object({
  encoding: z.literal('float32'),
  rows: CountSchema,
  cols: CountSchema,
  /** rows × cols float32, row-major. */
  data: Base64Schema,
});

const Int8MatrixSchema = z.object({
  encoding: z.literal('int8'),
  rows: CountSchema,
  cols: CountSchema,
  /** One float32 per row: the row's weights are data × scale. */
  scales: Base64Schema,
  /** rows × cols int8, row-major. */
  data: Base64Schema,
});

const MatrixSchema = z.discriminatedUnion('encoding', [Float32MatrixSchema, Int8MatrixSchema]);

/** A member's weight in the average of logits; the shares sum to 1. */
const ShareSchema = z.number().positive().max(1);

const LinearMemberSchema = z.object({
  kind: z.literal('linear'),
  share: ShareSchema,
  /** One row per feature, one column per route. */
  weights: MatrixSchema,
  bias: z.array(z.number()),
});

const NetworkMemberSchema = z.object({
  kind: z.literal('network'),
  share: ShareSchema,
  /** One row per feature, one column per hidden unit. */
  inputWeights: MatrixSchema,
  inputBias: z.array(z.number()),
  /** One row per route, one column per hidden unit. */
  outputWeights: MatrixSchema,
  outputBias: z.array(z.number()),
});

const MemberSchema = z.discriminatedUnion('kind', [LinearMemberSchema, NetworkMemberSchema]);

const RateSchema = z.number().min(0).max(1);

const NeedDetectorSchema = z.object({
  /** One row per feature; column 1 is "needs a person", column 0 everything else. */
  weights: MatrixSchema,
  bias: z.tuple([z.number(), z.number()]),
  /** A ticket whose detector probability is strictly above this needs a person. */
  threshold: RateSchema,
  /** The out-of-fold share of unmarked tickets the threshold was allowed to flag. */
  flagBudget: RateSchema,
  /** Training tickets marked `neededPerson`, and the others. */
  positives: CountSchema,
  negatives: CountSchema,
  /** Out of fold, at the threshold: the share of marked tickets flagged, and of the others. */
  oofRecall: RateSchema,
  oofFlagRate: RateSchema,
});

const RangeSchema = z.tuple([CountSchema, CountSchema]);

const FeaturesSchema = z.object({
  wordNgramRange: RangeSchema,
  charNgramRange: RangeSchema,
  wordWeight: z.number().positive(),
  charWeight: z.number().positive(),
  /** One sorted term list per enabled block (words first); columns number the terms in this order. */
  terms: z.array(z.array(z.string())),
  /** float32 per column. */
  idf: Base64Schema,
});

/** Bytes a base64 string decodes to. */
const base64Bytes = (text: string): number =>
  (text.length / 4) * 3 - (text.endsWith('==') ? 2 : text.endsWith('=') ? 1 : 0);

/** Why a matrix's blocks cannot hold rows × cols entries, if they cannot. */
const blockProblem = (m: z.infer<typeof MatrixSchema>): string | undefined => {
  const bytes = m.rows * m.cols * (m.encoding === 'int8' ? 1 : 4);
  if (m.data.length % 4 !== 0 || base64Bytes(m.data) !== bytes) return `data is not ${bytes} bytes`;
  if (m.encoding === 'int8' && base64Bytes(m.scales) !== m.rows * 4) return `scales are not ${m.rows} floats`;
  return undefined;
};

/** Rows and columns every matrix must have, given the artifact's features, routes and member. */
const expectedShapes = (
  member: z.infer<typeof MemberSchema>,
  features: number,
  routes: number,
): [z.infer<typeof MatrixSchema>, number, number][] =>
  member.kind === 'linear'
    ? [[member.weights, features, routes]]
    : [
        [member.inputWeights, features, member.inputBias.length],
        [member.outputWeights, routes, member.inputBias.length],
      ];

/** Why the detector's matrix cannot score the artifact's features, if it cannot. */
const detectorProblems = (detector: z.infer<typeof NeedDetectorSchema> | undefined, features: number) => {
  if (!detector) return [];
  const { weights } = detector;
  const problems: string[] = [];
  if (weights.rows !== features || weights.cols !== 2)
    problems.push(`detector: a ${weights.rows}×${weights.cols} matrix where ${features}×2 was expected`);
  const problem = blockProblem(weights);
  if (problem) problems.push(`detector: ${problem}`);
  return problems;
};

const ScorerArtifactSchema = z
  .object({
    format: z.literal('route-scorer/1'),
    /** trainedAt compacted, then 8 hex digits of a hash of the content: equal versions, equal scorers. */
    version: z.string().regex(/^\d{8}T\d{6}Z-[0-9a-f]{8}$/),
    trainedAt: z.iso.datetime(),
    /** Labelled tickets trained on. */
    examples: z.number().int().positive(),
    /** k: a term is in the vocabulary only if it occurred in at least k distinct training tickets. */
    minTermTickets: z.number().int().positive(),
    /** Sorted; a score names one of these. */
    routes: z.array(z.string().min(1)).min(2),
    features: FeaturesSchema,
    members: z.array(MemberSchema).min(1),
    temperature: z.number().positive(),
    /** Absent in artifacts trained without enough `neededPerson` marks, and in older ones. */
    detector: NeedDetectorSchema.optional(),
  })
  .superRefine((a, ctx) => {
    const features = a.features.terms.reduce((n, terms) => n + terms.length, 0);
    const routes = a.routes.length;
    if (base64Bytes(a.features.idf) !== features * 4)
      ctx.addIssue({ code: 'custom', message: `idf is not ${features} floats` });
    if (new Set(a.routes).size !== routes) ctx.addIssue({ code: 'custom', message: 'routes repeat' });
    if (Math.abs(a.members.reduce((s, m) => s + m.share, 0) - 1) > 1e-6)
      ctx.addIssue({ code: 'custom', message: 'member shares do not sum to 1' });
    a.members.forEach((member, i) => {
      const bias = member.kind === 'linear' ? member.bias : member.outputBias;
      if (bias.length !== routes)
        ctx.addIssue({ code: 'custom', message: `member ${i}: ${bias.length} biases for ${routes} routes` });
      for (const [matrix, rows, cols] of expectedShapes(member, features, routes)) {
        if (matrix.rows !== rows || matrix.cols !== cols)
          ctx.addIssue({
            code: 'custom',
            message: `member ${i}: a ${matrix.rows}×${matrix.cols} matrix where ${rows}×${cols} was expected`,
          });
        const problem = blockProblem(matrix);
        if (problem) ctx.addIssue({ code: 'custom', message: `member ${i}: ${problem}` });
      }
    });
    for (const message of detectorProblems(a.detector, features)) ctx.addIssue({ code: 'custom', message });
  });

type ScorerArtifact = z.infer<typeof ScorerArtifactSchema>;
type EncodedMatrix = z.infer<typeof MatrixSchema>;
type ArtifactMember = z.infer<typeof MemberSchema>;
type ArtifactFeatures = z.infer<typeof FeaturesSchema>;
type ArtifactNeedDetector = z.infer<typeof NeedDetectorSchema>;

export type { ArtifactFeatures, ArtifactMember, ArtifactNeedDetector, EncodedMatrix, ScorerArtifact };
export { MatrixSchema, NeedDetectorSchema, ScorerArtifactSchema };
