import { z } from 'zod';

/** Route ids are used as DynamoDB keys, metric dimensions and tool-schema enum values. */
const RouteIdSchema = z
  .string()
  .min(1)
  .max(64)
  .regex(/^[a-z0-9][a-z0-9_-]*$/, 'route ids are lower-case letters, digits, "_" and "-"');

/**
 * The label a person gives a ticket that fits no route. It is never a route of its own: it counts
 * against whatever route the model chose, so a taxonomy may not define it.
 */
const OUT_OF_SCOPE = 'out_of_scope';

const RoutePolicySchema = z.enum(['auto', 'human']);
const PrioritySchema = z.enum(['low', 'normal', 'high', 'urgent']);

const RouteSchema = z
  .object({
    id: RouteIdSchema,
    description: z.string().min(1).max(500),
    examples: z.array(z.string().min(1).max(500)).max(20).default([]),
    /** `human` routes are never auto-resolved, whatever the evidence. */
    policy: RoutePolicySchema,
    team: z.string().min(1).max(64),
    priority: PrioritySchema,
    /** The approved reply sent when a ticket on this route is auto-resolved. */
    answer: z.string().min(1).max(4000).optional(),
    /** Static confidence threshold, used until the feedback loop has evidence for the route. */
    threshold: z.number().min(0).max(1).optional(),
  })
  .strict()
  .refine((r) => r.policy === 'human' || r.answer !== undefined, {
    message: 'an auto-eligible route needs an approved answer',
    path: ['answer'],
  });

const TaxonomySchema = z
  .object({
    name: z.string().min(1).max(100),
    version: z.string().min(1).max(40),
    /** Threshold for routes that do not set their own. */
    defaultThreshold: z.number().min(0).max(1).default(0.9),
    routes: z.array(RouteSchema).min(2).max(500),
  })
  .strict()
  .superRefine((t, ctx) => {
    const seen = new Set<string>();
    t.routes.forEach((r, i) => {
      if (r.id === OUT_OF_SCOPE) {
        ctx.addIssue({
          code: 'custom',
          message: `"${OUT_OF_SCOPE}" is reserved for tickets that fit no route`,
          path: ['routes', i, 'id'],
        });
      }
      if (seen.has(r.id)) {
        ctx.addIssue({ code: 'custom', message: `duplicate route id "${r.id}"`, path: ['routes', i, 'id'] });
      }
      seen.add(r.id);
    });
  });

type RouteId = z.infer<typeof RouteIdSchema>;
type Route = z.infer<typeof RouteSchema>;
type Taxonomy = z.infer<typeof TaxonomySchema>;

export type { Route, RouteId, Taxonomy };
export { OUT_OF_SCOPE, PrioritySchema, RouteIdSchema, RoutePolicySchema, RouteSchema, TaxonomySchema };
