import type { AdapterMap, FieldMaps, FieldMapsInput, GenericMap } from './field-map.schema.js';
import { AdapterMapSchema, FieldMapsSchema, GenericMapSchema } from './field-map.schema.js';

/**
 * The maps used when WEBHOOK_FIELD_MAPS leaves an adapter out. They read the bodies
 * docs/helpdesk-guide.md tells an admin to paste into a Zendesk trigger or a Freshdesk automation
 * rule: an `event` naming what happened and a `ticket` object of placeholders.
 */

/** Values that mean "fits no route" in the default maps, as a tag or as a dropdown's label. */
const OUT_OF_SCOPE_VALUES = ['out_of_scope', 'no_route', 'no route', 'none'];

const DEFAULT_ZENDESK = {
  rules: [
    {
      type: 'human_resolution',
      when: [{ path: 'event', equals: 'ticket_solved' }],
      ticketId: 'ticket.id',
      finalRoute: 'ticket.route',
      handleSeconds: 'ticket.handle_seconds',
      agentId: 'ticket.agent_id',
      neededPerson: 'ticket.needed_person',
      resolvedAt: 'ticket.solved_at',
    },
    {
      type: 'customer_feedback',
      when: [{ path: 'event', equals: 'ticket_reopened' }],
      ticketId: 'ticket.id',
      reopened: { value: true },
      at: 'ticket.updated_at',
    },
    {
      type: 'customer_feedback',
      when: [{ path: 'event', equals: 'satisfaction_rated' }],
      ticketId: 'ticket.id',
      csat: 'satisfaction.rating',
      at: 'ticket.updated_at',
    },
  ],
  outOfScope: OUT_OF_SCOPE_VALUES,
  // Zendesk's classic rating is good or bad (its placeholder may render the longer wording); a
  // 1-5 scale arrives as the number.
  csatValues: { good: 5, bad: 1, "good, i'm satisfied": 5, "bad, i'm unsatisfied": 1 },
} satisfies FieldMapsInput['zendesk'];

const DEFAULT_FRESHDESK = {
  rules: [
    {
      type: 'human_resolution',
      when: [{ path: 'event', equals: 'ticket_resolved' }],
      ticketId: 'ticket.id',
      finalRoute: 'ticket.route',
      handleSeconds: 'ticket.handle_seconds',
      agentId: 'ticket.agent_id',
      neededPerson: 'ticket.needed_person',
      // Freshdesk placeholders render dates for people, not as ISO 8601: the receipt time stands in.
      resolvedAt: { receivedAt: true },
    },
    {
      type: 'customer_feedback',
      when: [{ path: 'event', equals: 'ticket_reopened' }],
      ticketId: 'ticket.id',
      reopened: { value: true },
      at: { receivedAt: true },
    },
  ],
  outOfScope: OUT_OF_SCOPE_VALUES,
} satisfies FieldMapsInput['freshdesk'];

interface ResolvedFieldMaps {
  generic: GenericMap;
  zendesk: AdapterMap;
  freshdesk: AdapterMap;
}

const DEFAULT_FIELD_MAPS: ResolvedFieldMaps = {
  generic: GenericMapSchema.parse({}),
  zendesk: AdapterMapSchema.parse(DEFAULT_ZENDESK),
  freshdesk: AdapterMapSchema.parse(DEFAULT_FRESHDESK),
};

/** The configured maps with defaults for the adapters they leave out. */
const withDefaults = (maps: FieldMaps): ResolvedFieldMaps => ({
  generic: maps.generic ?? DEFAULT_FIELD_MAPS.generic,
  zendesk: maps.zendesk ?? DEFAULT_FIELD_MAPS.zendesk,
  freshdesk: maps.freshdesk ?? DEFAULT_FIELD_MAPS.freshdesk,
});

class FieldMapsError extends Error {
  override name = 'FieldMapsError';
}

/** Parses the WEBHOOK_FIELD_MAPS JSON text; a bad map fails with the path of each problem. */
const parseFieldMaps = (json: string): ResolvedFieldMaps => {
  let value: unknown;
  try {
    value = JSON.parse(json);
  } catch {
    throw new FieldMapsError('field maps are not valid JSON');
  }
  const parsed = FieldMapsSchema.safeParse(value);
  if (!parsed.success) {
    const issues = parsed.error.issues
      .slice(0, 5)
      .map((i) => `${i.path.map(String).join('.') || '(root)'}: ${i.message}`)
      .join('; ');
    throw new FieldMapsError(`invalid field maps (${issues})`);
  }
  return withDefaults(parsed.data);
};

export type { ResolvedFieldMaps };
export { DEFAULT_FIELD_MAPS, FieldMapsError, parseFieldMaps, withDefaults };
