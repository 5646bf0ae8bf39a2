/**
 * How well the guard sends tickets that need a person to one, per layer, language, driver and
 * split, and how many routine tickets it sends there too:
 *
 *   npx tsx bench/guard-recall.ts [--json] [--banking77 DIR] [--misses [--split heldout] [--style late] | --misses --routine] [--detector]
 *
 * Recall is on data/guard/needs-person.csv (dev: the part the deterministic signals are tuned on,
 * in eight styles, reported each; heldout: clauses written by someone who had not seen the signals,
 * the `plain` style, when there are any). False positives are routine tickets (labels whose route is auto-eligible)
 * the guard would send to a person: the sample (data/bnpl tickets and training set), BANKING77
 * (../shared/data/banking77, or --banking77 DIR; skipped when absent), and the routine set
 * (data/guard/routine.csv: 50 tickets in each guard language, a third of them near misses, written
 * without seeing the signals), in its dev half (false positives may be tuned away there) and its
 * held-out half, also per language. `--misses --routine` lists the dev half's false positives.
 * Layers: the deterministic signals; the LLM's own flags (wantsHuman, vulnerable), which cannot be
 * measured locally since the stand-in model is no LLM; the stand-in's small lexicon for those
 * flags, which is what the local stack answers with; and the union the local policy applies.
 * `--misses` lists the tickets the signals miss, to tune on: the dev part's by default, another
 * part's with `--split` (the `mixed`, `fresh`, `chat` and `brief` parts, once held out, are tuning data now), of one style with
 * `--style`. A part still held out should not be listed: its misses are not to be tuned on. `--detector` adds the need-a-person detector trained on the dev part
 * (tools/guard/detector-layer.ts). It also times the signals: their first call in this fresh
 * process, and their steady cost per ticket.
 */
import { existsSync } from 'node:fs';
import { join } from 'node:path';
import { parseArgs } from 'node:util';
import { loadTaxonomy } from '../lib/config/load-taxonomy.js';
import { readGuardSignals } from '../lib/domain/policy/signals/index.js';
import { readLabelledCsv } from '../tools/data/labelled-csv.js';
import { formatDetectorLayer, measureDetectorLayer } from '../tools/guard/detector-layer.js';
import { measureGuardCost } from '../tools/guard/guard-cost.js';
import type { Layer } from '../tools/guard/guard-recall.js';
import { either, falsePositives, flagged, recallBy } from '../tools/guard/guard-recall.js';
import type { GuardTicket } from '../tools/guard/guard-set.js';
import { readGuardSet } from '../tools/guard/guard-set.js';
import { readRoutineSet, splitRoutineSet } from '../tools/guard/routine-set.js';
import { BANKING77, ROOT, SAMPLE } from '../tools/local/sample-data.js';
import { describeTicket } from '../tools/local/stand-in-features.js';
import { readPolicyCsv, toRouteId } from '../tools/taxonomy/derive-taxonomy.js';

const { values } = parseArgs({
  options: {
    json: { type: 'boolean' },
    banking77: { type: 'string' },
    misses: { type: 'boolean' },
    detector: { type: 'boolean' },
    style: { type: 'string' },
    split: { type: 'string', default: 'dev' },
    routine: { type: 'boolean' },
  },
  strict: true,
});

const GUARD_SET = join(ROOT, 'data/guard/needs-person.csv');
const ROUTINE_SET = join(ROOT, 'data/guard/routine.csv');

const standIn: Layer = (text) => {
  const d = describeTicket(text);
  return { asksForHuman: d.wantsHuman, vulnerability: d.vulnerable };
};
const LAYERS: Record<string, Layer> = {
  signals: readGuardSignals,
  standInFlags: standIn,
  localTogether: either(readGuardSignals, standIn),
};
const LLM_FLAGS = 'not measurable locally: the stand-in model is a text classifier, not an LLM';

const recallOf = (tickets: readonly GuardTicket[]) =>
  Object.fromEntries(
    Object.entries(LAYERS).map(([name, layer]) => [
      name,
      {
        all: recallBy(tickets, layer, () => 'all').all,
        style: recallBy(tickets, layer, (t) => t.style).by,
        language: recallBy(tickets, layer, (t) => t.language).by,
        driver: recallBy(tickets, layer, (t) => t.driver).by,
        group: recallBy(tickets, layer, (t) => t.group).by,
      },
    ]),
  );

const sampleRoutine = (): string[] => {
  const auto = new Set(
    loadTaxonomy(SAMPLE.taxonomy)
      .routes.filter((r) => r.policy === 'auto')
      .map((r) => r.id),
  );
  return [SAMPLE.tickets, SAMPLE.train]
    .flatMap((p) => readLabelledCsv(p))
    .filter((e) => auto.has(e.label))
    .map((e) => e.text);
};

const banking77Routine = (): string[] | undefined => {
  const dir = values.banking77;
  const train = dir ? join(dir, 'train.csv') : BANKING77.train;
  const policyPath = dir ? join(dir, 'policy.csv') : BANKING77.policy;
  if (!existsSync(train) || !existsSync(policyPath)) return undefined;
  const policy = readPolicyCsv(policyPath);
  const auto = new Set(
    [...policy].filter(([, row]) => row.policy === 'auto').map(([label]) => toRouteId(label)),
  );
  return readLabelledCsv(train)
    .filter((e) => auto.has(toRouteId(e.label)))
    .map((e) => e.text);
};

const fpOf = (texts: readonly string[] | undefined, keep?: number) =>
  texts === undefined
    ? { skipped: 'BANKING77 is not there (../shared/data/banking77, or pass --banking77 DIR)' }
    : Object.fromEntries(
        Object.entries(LAYERS).map(([name, layer]) => [name, falsePositives(texts, layer, keep)]),
      );

const tickets = readGuardSet(GUARD_SET);
const routineSet = splitRoutineSet(readRoutineSet(ROUTINE_SET));
// First, while nothing has compiled the signals' patterns yet.
const cost = measureGuardCost(readGuardSignals, [...tickets.map((t) => t.text), ...sampleRoutine()]);
/** The signals' false positives on the routine set's held-out half, language by language. */
const routineByLanguage = Object.fromEntries(
  [...new Set(routineSet.heldout.map((t) => t.language))].map((language) => [
    language,
    falsePositives(
      routineSet.heldout.filter((t) => t.language === language).map((t) => t.text),
      readGuardSignals,
      0,
    ),
  ]),
);
const result = {
  signalsCost: cost,
  guardSet: { path: 'data/guard/needs-person.csv', tickets: tickets.length },
  llmFlags: LLM_FLAGS,
  recall: {
    dev: recallOf(tickets.filter((t) => t.split === 'dev')),
    heldout: recallOf(tickets.filter((t) => t.split === 'heldout')),
  },
  falsePositives: {
    sample: fpOf(sampleRoutine()),
    banking77: fpOf(banking77Routine()),
    routineDev: fpOf(routineSet.dev.map((t) => t.text)),
    routineHeldOut: fpOf(
      routineSet.heldout.map((t) => t.text),
      0,
    ),
  },
  routineByLanguage,
  ...(values.detector ? { detector: measureDetectorLayer(tickets, values.banking77) } : {}),
};

/** A part with no tickets (no held-out clauses yet) has no recall, not a recall of 0%. */
const pct = (r: { rate: number; hits: number; total: number }) =>
  r.total === 0 ? '    — (none)' : `${(100 * r.rate).toFixed(1).padStart(5)}% (${r.hits}/${r.total})`;

const printTable = (title: string, key: 'style' | 'language' | 'driver' | 'group') => {
  const names = Object.keys(LAYERS);
  console.log(`\n${title}`);
  console.log(
    `${''.padEnd(16)}${names.map((n) => `${n} dev`.padEnd(20) + `${n} heldout`.padEnd(20)).join('')}`,
  );
  const keys = Object.keys(result.recall.dev.signals?.[key] ?? {});
  for (const k of keys) {
    const cells = names.map(
      (n) =>
        pct(result.recall.dev[n]?.[key][k] ?? { rate: 0, hits: 0, total: 0 }).padEnd(20) +
        pct(result.recall.heldout[n]?.[key][k] ?? { rate: 0, hits: 0, total: 0 }).padEnd(20),
    );
    console.log(`${k.padEnd(16)}${cells.join('')}`);
  }
};

if (values.misses && values.routine) {
  for (const t of routineSet.dev)
    if (flagged(readGuardSignals(t.text)))
      console.log(`false positive ${t.language} ${t.category}: ${t.text}`);
} else if (values.misses) {
  const listed = (t: GuardTicket) => t.split === values.split && (!values.style || t.style === values.style);
  for (const t of tickets.filter(listed)) {
    const s = readGuardSignals(t.text);
    if (!s.asksForHuman && !s.vulnerability)
      console.log(`miss ${t.style} ${t.language} ${t.driver}: ${t.text}`);
  }
} else if (values.json) {
  console.log(JSON.stringify(result, null, 2));
} else {
  console.log(`guard set: ${tickets.length} tickets; LLM flags: ${LLM_FLAGS}`);
  for (const [name] of Object.entries(LAYERS)) {
    console.log(
      `${name.padEnd(14)} recall dev ${pct(result.recall.dev[name]!.all)}  heldout ${pct(result.recall.heldout[name]!.all)}`,
    );
  }
  console.log(
    `signals cost: first call ${cost.firstCallMs.toFixed(0)} ms (patterns compile on first use), then ${cost.steadyMicrosPerTicket.toFixed(0)} µs a ticket (${cost.tickets} tickets, second pass)`,
  );
  printTable('recall by style', 'style');
  printTable('recall by language', 'language');
  printTable('recall by driver', 'driver');
  printTable('recall by FCA group', 'group');
  for (const [set, fp] of Object.entries(result.falsePositives)) {
    console.log(`\nfalse positives on ${set}`);
    if ('skipped' in fp) {
      console.log(`  skipped: ${fp.skipped}`);
      continue;
    }
    for (const [name, r] of Object.entries(fp)) {
      console.log(`  ${name.padEnd(14)} ${pct(r as { rate: number; hits: number; total: number })}`);
    }
    for (const e of (fp.signals as { examples: string[] }).examples)
      console.log(`    signals: ${e.slice(0, 140)}`);
  }
  console.log(
    `  signals on the routine set's held-out half by language: ${Object.entries(result.routineByLanguage)
      .map(([l, r]) => `${l} ${pct(r)}`)
      .join(', ')}`,
  );
}
if (!values.misses && !values.json && result.detector)
  console.log(formatDetectorLayer(result.detector).join('\n'));
