import { redactPii } from '../../lib/domain/pii/redact.js';
import type { Route, Taxonomy } from '../../lib/domain/taxonomy/taxonomy.schema.js';
import type { RequestParts } from './classifier-request.js';
import { createRequestRecorder, typicalOutput } from './classifier-request.js';
import type { Candidate } from './narrowed-prompt.js';
import { buildNarrowedRequest, NONE_OF_THESE } from './narrowed-prompt.js';
import type { ExampleIndex } from './nearest-examples.js';

/**
 * The requests each prompt design sends for a set of tickets. Tickets are PII-redacted first, as
 * the classify use case does before it calls the model.
 */

interface CostTicket {
  text: string;
  /** The ticket's true route, which the typical answer names. */
  routeId: string;
  /** The embedded model's best routes, most probable first (needed by the narrowed design only). */
  topRoutes?: readonly string[];
}

/** What the real classifier sends today: every route, from lib/domain/classification/prompt.ts. */
const fullPromptRequests = async (
  taxonomy: Taxonomy,
  tickets: readonly CostTicket[],
): Promise<RequestParts[]> => {
  const record = createRequestRecorder(taxonomy);
  const requests: RequestParts[] = [];
  for (const t of tickets) {
    requests.push(await record({ body: redactPii(t.text).text }, typicalOutput(t.routeId)));
  }
  return requests;
};

interface NarrowingOptions {
  /** Candidates listed. Default 5. */
  k?: number;
  /** Nearest labelled examples per candidate. Default 2. */
  examplesPerRoute?: number;
}

/** The candidate-narrowing design: the top-k routes with descriptions and nearest examples. */
const narrowedPromptRequests = (
  taxonomy: Taxonomy,
  tickets: readonly CostTicket[],
  examples: ExampleIndex,
  options: NarrowingOptions = {},
): RequestParts[] => {
  const { k = 5, examplesPerRoute = 2 } = options;
  const routes = new Map<string, Route>(taxonomy.routes.map((r) => [r.id, r]));
  return tickets.map((t) => {
    const body = redactPii(t.text).text;
    const candidates: Candidate[] = (t.topRoutes ?? []).slice(0, k).flatMap((id) => {
      const route = routes.get(id);
      return route
        ? [{ id, description: route.description, examples: examples.nearest(t.text, id, examplesPerRoute) }]
        : [];
    });
    if (candidates.length === 0)
      throw new RangeError('narrowedPromptRequests: a ticket has no known candidate');
    const request = buildNarrowedRequest(candidates, { body });
    const answer = candidates.some((c) => c.id === t.routeId) ? t.routeId : NONE_OF_THESE;
    return {
      system: request.system,
      toolSpec: JSON.stringify(request.toolSpec),
      user: request.user,
      output: JSON.stringify(typicalOutput(answer)),
      staticSystem: true,
      // The route enum lists this ticket's candidates, so the tool schema differs per ticket.
      staticTools: false,
    };
  });
};

export type { CostTicket, NarrowingOptions };
export { fullPromptRequests, narrowedPromptRequests };
