/**
 * Tokens and USD per ticket of the classifier's real request, for the sample taxonomy and a
 * BANKING77-derived one, with the full prompt (what ships) and the candidate-narrowing design.
 */
import { existsSync } from 'node:fs';
import { loadTaxonomy } from '../lib/config/load-taxonomy.js';
import { readLabelledCsv } from '../tools/data/labelled-csv.js';
import { trainTextClassifier } from '../tools/embedded/text-classifier.js';
import type { RequestParts } from '../tools/eval/classifier-request.js';
import { createExampleIndex } from '../tools/eval/nearest-examples.js';
import type { PromptCost } from '../tools/eval/prompt-cost.js';
import { countRequest, MODEL_RULES, promptCost } from '../tools/eval/prompt-cost.js';
import type { CostTicket } from '../tools/eval/prompt-scenarios.js';
import { fullPromptRequests, narrowedPromptRequests } from '../tools/eval/prompt-scenarios.js';
import { BANKING77, SAMPLE } from '../tools/local/sample-data.js';
import { deriveTaxonomy, readPolicyCsv, toRouteId } from '../tools/taxonomy/derive-taxonomy.js';
import type { EmbeddedRun } from './embedded-cv.js';

interface CostScenario {
  taxonomy: string;
  routes: number;
  prompt: 'full' | 'narrowed-top5';
  tickets: number;
  models: PromptCost[];
}

const K = 5;
/** Enough BANKING77 tickets for stable means; every 10th keeps all intents represented. */
const BANKING77_SAMPLE_STRIDE = 10;

const priced = (requests: readonly RequestParts[]) => {
  const counted = requests.map(countRequest);
  return MODEL_RULES.map((rules) => promptCost(counted, rules));
};

/** The sample taxonomy: the stand-in model trained on train.csv ranks the routes of tickets.csv. */
const sampleScenarios = async (): Promise<CostScenario[]> => {
  const taxonomy = loadTaxonomy(SAMPLE.taxonomy);
  const train = readLabelledCsv(SAMPLE.train).map((e) => ({ ...e, label: toRouteId(e.label) }));
  const classifier = trainTextClassifier(train);
  const tickets: CostTicket[] = readLabelledCsv(SAMPLE.tickets).map((e) => ({
    text: e.text,
    routeId: toRouteId(e.label),
    topRoutes: classifier
      .predict(e.text)
      .ranked.slice(0, K)
      .map((r) => r.label),
  }));
  const base = {
    taxonomy: `${taxonomy.name} (data/bnpl)`,
    routes: taxonomy.routes.length,
    tickets: tickets.length,
  };
  return [
    { ...base, prompt: 'full', models: priced(await fullPromptRequests(taxonomy, tickets)) },
    {
      ...base,
      prompt: 'narrowed-top5',
      models: priced(narrowedPromptRequests(taxonomy, tickets, createExampleIndex(train), { k: K })),
    },
  ];
};

/** BANKING77 with its policy CSV; the narrowed design takes each ticket's out-of-fold top-5. */
const banking77Scenarios = async (embedded: EmbeddedRun | undefined): Promise<CostScenario[]> => {
  if (!existsSync(BANKING77.train) || !existsSync(BANKING77.policy)) return [];
  const examples = embedded?.examples ?? readLabelledCsv(BANKING77.train);
  const taxonomy = deriveTaxonomy(examples, readPolicyCsv(BANKING77.policy), 'banking77');
  const sampled = examples.flatMap((e, i) => (i % BANKING77_SAMPLE_STRIDE === 0 ? [{ e, i }] : []));
  const tickets: CostTicket[] = sampled.map(({ e, i }) => ({
    text: e.text,
    routeId: toRouteId(e.label),
    ...(embedded ? { topRoutes: embedded.outOfFold[i]!.topLabels.map(toRouteId) } : {}),
  }));
  const base = { taxonomy: 'BANKING77-derived', routes: taxonomy.routes.length, tickets: tickets.length };
  const scenarios: CostScenario[] = [
    { ...base, prompt: 'full', models: priced(await fullPromptRequests(taxonomy, tickets)) },
  ];
  if (embedded) {
    const index = createExampleIndex(examples.map((e) => ({ text: e.text, label: toRouteId(e.label) })));
    scenarios.push({
      ...base,
      prompt: 'narrowed-top5',
      models: priced(narrowedPromptRequests(taxonomy, tickets, index, { k: K })),
    });
  }
  return scenarios;
};

const measureCost = async (embedded: EmbeddedRun | undefined): Promise<CostScenario[]> => [
  ...(await sampleScenarios()),
  ...(await banking77Scenarios(embedded)),
];

export type { CostScenario };
export { measureCost };
