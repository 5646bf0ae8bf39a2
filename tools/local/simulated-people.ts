import type { QaAdjudicationItem, QaAuditItem } from '../../lib/domain/outbound/outbound.schema.js';
import type { Outcome } from '../../lib/domain/outcomes/outcome.schema.js';
import type { Random } from '../../lib/domain/scorer/prng.js';

/**
 * Simulated agents, customers and QA for the local runner and the simulator. They answer from
 * ground-truth labels, so the feedback loop can be watched converging. Agents are right with a
 * configurable accuracy (a ticket whose label is `out_of_scope` is one they can call so);
 * customers reopen a wrong auto-answer with some probability; QA is right, on audits and on
 * adjudications of labels the agent and the model disagreed on.
 */

interface PeopleSettings {
  agentAccuracy: number;
  /** Seconds an agent spends on a ticket, on average. */
  handleSeconds: number;
  /** Probability that a customer reopens a wrong auto-resolution. */
  reopenIfWrong: number;
  /** Probability that a customer reopens a right one anyway. */
  reopenIfRight: number;
}

const DEFAULT_PEOPLE: PeopleSettings = {
  agentAccuracy: 0.98,
  handleSeconds: 420,
  reopenIfWrong: 0.6,
  reopenIfRight: 0.03,
};

const createSimulatedPeople = (
  truth: (ticketId: string) => string | undefined,
  routes: readonly string[],
  random: Random,
  settings: PeopleSettings = DEFAULT_PEOPLE,
  /** The clock their answers are stamped with: a replay's simulated time, or the wall clock. */
  now: () => number = Date.now,
) => {
  const at = () => new Date(now()).toISOString();
  const otherRoute = (not: string) => {
    const others = routes.filter((r) => r !== not);
    return others[Math.floor(random() * others.length)] ?? not;
  };

  /** An agent resolves the ticket and reports the route it really belonged to. */
  const agent = (item: { ticketId: string }): Outcome | undefined => {
    const label = truth(item.ticketId);
    if (label === undefined) return undefined;
    return {
      type: 'human_resolution',
      ticketId: item.ticketId,
      finalRoute: random() < settings.agentAccuracy ? label : otherRoute(label),
      handleSeconds: Math.round(settings.handleSeconds * (0.5 + random())),
      resolvedAt: at(),
    };
  };

  /** The customer who got an auto-answer: reopens it (more often when it was wrong) and rates it. */
  const customer = (message: { ticketId: string; routeId: string }): Outcome | undefined => {
    const label = truth(message.ticketId);
    if (label === undefined) return undefined;
    const right = label === message.routeId;
    const reopened = random() < (right ? settings.reopenIfRight : settings.reopenIfWrong);
    return {
      type: 'customer_feedback',
      ticketId: message.ticketId,
      reopened,
      csat: reopened ? 1 + Math.floor(random() * 2) : 4 + Math.floor(random() * 2),
      at: at(),
    };
  };

  /** QA rules on an audit (was the auto-resolution's route right?) or an adjudication (whose was?). */
  const qa = (
    item: Pick<QaAuditItem, 'ticketId' | 'routeId'> | Pick<QaAdjudicationItem, 'ticketId' | 'modelRoute'>,
  ): Outcome | undefined => {
    const label = truth(item.ticketId);
    if (label === undefined) return undefined;
    const modelRoute = 'modelRoute' in item ? item.modelRoute : item.routeId;
    return {
      type: 'qa_verdict',
      ticketId: item.ticketId,
      correct: label === modelRoute,
      correctRoute: label,
      auditedAt: at(),
    };
  };

  return { agent, customer, qa };
};

type SimulatedPeople = ReturnType<typeof createSimulatedPeople>;

export type { PeopleSettings, SimulatedPeople };
export { createSimulatedPeople, DEFAULT_PEOPLE };
