/**
 * The need-a-person detector as a guard layer, measured: the route scorer and its detector trained by
 * trainScorer as the train function trains them, with the guard set's dev part standing in for the
 * tickets agents marked `neededPerson` (each with its routine request's category as its route), and
 * routine tickets as the rest: the sample's training set, BANKING77's training rows (less a held-out
 * fifth), each language's routine requests and the dev half of the routine set (data/guard/routine.csv,
 * 25 a language), since with English-only negatives the detector would learn "not English, so a
 * person".
 *
 * Every guard ticket is one of a few routine requests per language plus a reason to need a person,
 * and the held-out splits reuse the dev part's routine requests: a detector trained on all of dev
 * could find a held-out ticket by its routine request alone. So half of each language's routine
 * requests are held out entirely (neither their guard tickets nor the requests themselves are
 * trained on), and recall is reported apart for held-out-split tickets built on them: that figure is
 * the detector reading the reason, not the request. False positives are on routine tickets it never
 * trained on, the held-out routine requests and the routine set's held-out half included.
 */
import { existsSync } from 'node:fs';
import { join } from 'node:path';
import { loadTaxonomy } from '../../lib/config/load-taxonomy.js';
import type { GuardSignals } from '../../lib/domain/policy/signals/index.js';
import { readGuardSignals } from '../../lib/domain/policy/signals/index.js';
import { loadScorer } from '../../lib/domain/scorer/load-scorer.js';
import type { ArtifactNeedDetector } from '../../lib/domain/scorer/scorer-artifact.schema.js';
import type { TrainingExample } from '../../lib/domain/scorer/train-scorer.js';
import { trainScorer } from '../../lib/domain/scorer/train-scorer.js';
import { readLabelledCsv } from '../data/labelled-csv.js';
import { BANKING77, ROOT, SAMPLE } from '../local/sample-data.js';
import { describeTicket } from '../local/stand-in-features.js';
import { readPolicyCsv, toRouteId } from '../taxonomy/derive-taxonomy.js';
import type { Layer, Rate } from './guard-recall.js';
import { either, falsePositives, recallBy } from './guard-recall.js';
import type { GuardTicket } from './guard-set.js';
import { NEEDS_PERSON_SOURCE } from './needs-person-source.js';
import { readRoutineSet, splitRoutineSet } from './routine-set.js';

interface Routine {
  text: string;
  route: string;
}

const ROUTINE_SET = join(ROOT, 'data/guard/routine.csv');

/** Every fifth row of BANKING77 is held out for false positives, the rest trained on. */
const HELD_OUT_EVERY = 5;

const banking77Rows = (dir: string | undefined) => {
  const train = dir ? join(dir, 'train.csv') : BANKING77.train;
  const policyPath = dir ? join(dir, 'policy.csv') : BANKING77.policy;
  if (!existsSync(train) || !existsSync(policyPath)) return undefined;
  const policy = readPolicyCsv(policyPath);
  const auto = new Set([...policy].filter(([, r]) => r.policy === 'auto').map(([label]) => toRouteId(label)));
  const rows = readLabelledCsv(train).map((e) => ({ text: e.text, route: `b77_${toRouteId(e.label)}` }));
  return {
    train: rows.filter((_, i) => i % HELD_OUT_EVERY !== 0),
    heldOutRoutine: rows
      .filter((r, i) => i % HELD_OUT_EVERY === 0 && auto.has(r.route.slice(4)))
      .map((r) => r.text),
  };
};

/** Each language's routine requests: even ones trained on, odd ones held out, by language:category. */
const languageRoutine = () => {
  const all = Object.entries(NEEDS_PERSON_SOURCE).flatMap(([language, s]) =>
    s.routine.map(([route, text], i) => ({ key: `${language}:${route}`, text, route, held: i % 2 === 1 })),
  );
  return {
    train: all.filter((r) => !r.held).map(({ text, route }) => ({ text, route })),
    heldOut: all.filter((r) => r.held).map((r) => r.text),
    heldKeys: new Set(all.filter((r) => r.held).map((r) => r.key)),
  };
};

/** Styles composed with routine requests of their own (BRIEF_ROUTINE, PLAIN_ROUTINE), not the source's. */
const OWN_ROUTINE_STYLES: ReadonlySet<string> = new Set(['brief', 'plain']);

/** The routine request a guard ticket is built on, as language:category. */
const routineKey = (t: GuardTicket): string => `${t.language}:${t.category}`;

const sampleRoutine = (path: string, auto: ReadonlySet<string>): string[] =>
  readLabelledCsv(path)
    .filter((e) => auto.has(e.label))
    .map((e) => e.text);

const toExamples = (positives: readonly GuardTicket[], negatives: readonly Routine[]): TrainingExample[] => [
  ...positives.map((t, i) => ({ ticketId: `p-${i}`, text: t.text, route: t.category, neededPerson: true })),
  ...negatives.map((r, i) => ({ ticketId: `n-${i}`, text: r.text, route: r.route })),
];

const standIn: Layer = (text) => {
  const d = describeTicket(text);
  return { asksForHuman: d.wantsHuman, vulnerability: d.vulnerable };
};

/** The detector's stored figures without its weights. */
const detectorStats = (d: ArtifactNeedDetector | undefined) =>
  d
    ? {
        threshold: d.threshold,
        flagBudget: d.flagBudget,
        positives: d.positives,
        negatives: d.negatives,
        oofRecall: d.oofRecall,
        oofFlagRate: d.oofFlagRate,
      }
    : 'not trained';

const recallOf = (tickets: readonly GuardTicket[], layer: Layer) => ({
  all: recallBy(tickets, layer, () => 'all').all,
  language: recallBy(tickets, layer, (t) => t.language).by,
  driver: recallBy(tickets, layer, (t) => t.driver).by,
});

/**
 * Trains the detector on the dev split and the routine training sets, then measures it and the
 * union with the local layers. `banking77Dir` overrides ../shared/data/banking77.
 */
const measureDetectorLayer = (tickets: readonly GuardTicket[], banking77Dir?: string) => {
  const auto = new Set(
    loadTaxonomy(SAMPLE.taxonomy)
      .routes.filter((r) => r.policy === 'auto')
      .map((r) => r.id),
  );
  const b77 = banking77Rows(banking77Dir);
  const routine = languageRoutine();
  const routineSet = splitRoutineSet(readRoutineSet(ROUTINE_SET));
  const negatives = [
    ...readLabelledCsv(SAMPLE.train).map((e) => ({ text: e.text, route: e.label })),
    ...(b77?.train ?? []),
    ...routine.train,
    ...routineSet.dev.map((t) => ({ text: t.text, route: t.category })),
  ];
  // A style with routine requests of its own shares none with the others: a dev one is trained on
  // whole, and a held-out one's requests were never trained on.
  const unseen = (t: GuardTicket) =>
    OWN_ROUTINE_STYLES.has(t.style) ? t.split !== 'dev' : routine.heldKeys.has(routineKey(t));
  const positives = tickets.filter((t) => t.split === 'dev' && !unseen(t));
  const started = Date.now();
  const artifact = trainScorer(toExamples(positives, negatives), {
    trainedAt: new Date(0).toISOString(),
    model: 'linear',
  });
  const trainMs = Date.now() - started;
  const scorer = loadScorer(artifact);
  const detector: Layer = (text): GuardSignals => ({
    asksForHuman: false,
    vulnerability: scorer.score(text).needsPerson === true,
  });
  const layers: Record<string, Layer> = {
    detector,
    localTogether: either(readGuardSignals, standIn),
    withDetector: either(readGuardSignals, standIn, detector),
  };
  const splits = [...new Set(tickets.map((t) => t.split))].filter((s) => s !== 'dev');
  const recallOn = (part: readonly GuardTicket[]) =>
    Object.fromEntries(Object.entries(layers).map(([n, l]) => [n, recallOf(part, l)]));
  const recall = Object.fromEntries(
    splits.flatMap((split) => {
      const part = tickets.filter((t) => t.split === split);
      return [
        [`${split}, routine request never trained on`, recallOn(part.filter(unseen))],
        [`${split}, routine request trained on`, recallOn(part.filter((t) => !unseen(t)))],
      ];
    }),
  );
  const fpSets: Record<string, readonly string[] | undefined> = {
    sampleTickets: sampleRoutine(SAMPLE.tickets, auto),
    banking77HeldOut: b77?.heldOutRoutine,
    routineRequestsHeldOut: routine.heldOut,
    routineSetHeldOut: routineSet.heldout.map((t) => t.text),
  };
  const fp = Object.fromEntries(
    Object.entries(fpSets).map(([set, texts]) => [
      set,
      texts === undefined
        ? { skipped: 'BANKING77 is not there (../shared/data/banking77, or pass --banking77 DIR)' }
        : Object.fromEntries(
            // The routine set's held-out half stays unread: its rows are counted, never listed.
            Object.entries(layers).map(([n, l]) => [
              n,
              falsePositives(texts, l, set === 'routineSetHeldOut' ? 0 : 10),
            ]),
          ),
    ]),
  );
  return {
    training: {
      positives: positives.length,
      negatives: negatives.length,
      banking77: b77 ? 'trained on four fifths of its rows' : 'absent: sample and routine requests only',
      trainMs,
      detector: detectorStats(artifact.detector),
    },
    recall,
    falsePositives: fp,
  };
};

type DetectorLayerResult = ReturnType<typeof measureDetectorLayer>;

const pct = (r: Rate) => `${(100 * r.rate).toFixed(1).padStart(5)}% (${r.hits}/${r.total})`;

/** The result as the bench prints it: training, recall per split, language and driver, false positives. */
const formatDetectorLayer = (result: DetectorLayerResult): string[] => {
  const lines = [`\nneed-a-person detector layer: ${JSON.stringify(result.training)}`];
  for (const [split, layers] of Object.entries(result.recall)) {
    const names = Object.keys(layers);
    lines.push(`recall on ${split}: ${names.map((n) => `${n} ${pct(layers[n]!.all)}`).join('  ')}`);
    for (const key of ['language', 'driver'] as const) {
      lines.push(`  by ${key}${''.padEnd(8)}${names.map((n) => n.padEnd(20)).join('')}`);
      for (const k of Object.keys(layers[names[0]!]![key])) {
        lines.push(`  ${k.padEnd(16)}${names.map((n) => pct(layers[n]![key][k]!).padEnd(20)).join('')}`);
      }
    }
  }
  for (const [set, fp] of Object.entries(result.falsePositives)) {
    if ('skipped' in fp) {
      lines.push(`false positives on ${set}: skipped: ${fp.skipped}`);
      continue;
    }
    const rates = Object.entries(fp).map(([n, r]) => `${n} ${pct(r as Rate)}`);
    lines.push(`false positives on ${set}: ${rates.join('  ')}`);
    for (const e of (fp.detector as { examples: string[] }).examples)
      lines.push(`    detector: ${e.slice(0, 140)}`);
  }
  return lines;
};

export type { DetectorLayerResult };
export { formatDetectorLayer, measureDetectorLayer };
