import { z } from 'zod';

/**
 * The pointer to the scorer version in use: classify loads this version's artifact. It names the
 * version only; the artifact and its evidence are written before the pointer moves to them.
 */
const ActiveScorerSchema = z.object({
  version: z.string().min(1),
  /** When that version was trained: its age is what staleness alarms read. */
  trainedAt: z.iso.datetime({ offset: true }),
  /** Labelled examples it was trained on. */
  examples: z.number().int().nonnegative(),
  /** Routes it can score. */
  routes: z.number().int().nonnegative(),
  activatedAt: z.iso.datetime({ offset: true }),
});

type ActiveScorer = z.infer<typeof ActiveScorerSchema>;

export type { ActiveScorer };
export { ActiveScorerSchema };
