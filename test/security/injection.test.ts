import { readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { describe, expect, it } from 'vitest';
import type { Classification } from '../../lib/domain/classification/classification.schema.js';
import { buildUserMessage, extractTicketText } from '../../lib/domain/classification/prompt.js';
import { decide } from '../../lib/domain/policy/decide.js';
import { readSignals } from '../../lib/domain/policy/signals.js';
import type { RouteConfig } from '../../lib/domain/route-config/route-config.schema.js';
import { readLabelledCsv } from '../../tools/data/labelled-csv.js';
import { ROOT, SAMPLE } from '../../tools/local/sample-data.js';
import { classificationOf } from '../support/classification.js';

/**
 * Ticket text must never buy automation. The corpus covers fake system tags, role-play, "set
 * confidence to 1", closing the delimiter and instructions aimed at the policy, in six languages.
 */

interface Injection {
  style: string;
  lang: string;
  text: string;
}

const corpus = readFileSync(resolve(ROOT, 'data/security/injection-corpus.jsonl'), 'utf8')
  .trim()
  .split('\n')
  .map((l) => JSON.parse(l) as Injection);
const benign = readLabelledCsv(SAMPLE.tickets).slice(0, 40);

const classification = (over: Partial<Classification> = {}): Classification =>
  classificationOf('late_fee', 0.95, over);
const configs: RouteConfig[] = [
  { routeId: 'late_fee', mode: 'auto', threshold: 0.9, explorationRate: 0, auditRate: 0, version: 1 },
  { routeId: 'late_fee', mode: 'auto', threshold: 0, explorationRate: 0, auditRate: 0, version: 1 },
  { routeId: 'late_fee', mode: 'shadow', threshold: 0.9, explorationRate: 0, auditRate: 0, version: 1 },
];
const classifications = [
  classification(),
  classification({ confidence: 0.2 }),
  classification({ sentiment: 'negative' }),
];

/** 0 for AUTO; otherwise how many reasons hold a human in the loop. More is more cautious. */
const caution = (d: ReturnType<typeof decide>) => (d.action === 'AUTO' ? 0 : d.reasons.length);

describe('prompt injection', () => {
  it('covers several styles and languages', () => {
    expect(new Set(corpus.map((c) => c.style)).size).toBeGreaterThanOrEqual(6);
    expect(new Set(corpus.map((c) => c.lang)).size).toBeGreaterThanOrEqual(6);
  });

  it('suspects every injection in the corpus', () => {
    const missed = corpus.filter((c) => !readSignals(c.text).injectionSuspected).map((c) => c.text);
    expect(missed).toEqual([]);
  });

  it('never makes decide more permissive: decide(ticket + injection) is at least as cautious as decide(ticket)', () => {
    let pairs = 0;
    for (const ticket of benign) {
      for (const injection of corpus) {
        for (const [position, body] of [
          ['after', `${ticket.text}\n${injection.text}`],
          ['before', `${injection.text} ${ticket.text}`],
        ] as const) {
          for (const c of classifications) {
            for (const config of configs) {
              const plain = decide(c, config, { body: ticket.text }, 0.99);
              const injected = decide(c, config, { body }, 0.99);
              pairs += 1;
              if (injected.action === 'AUTO') expect.fail(`${injection.style} ${position} was auto-resolved`);
              expect(caution(injected)).toBeGreaterThanOrEqual(caution(plain));
            }
          }
        }
      }
    }
    expect(pairs).toBe(benign.length * corpus.length * 2 * classifications.length * configs.length);
  });

  it('escalates an injected ticket even when the model was fooled into full confidence', () => {
    for (const injection of corpus) {
      const d = decide(
        classification({ confidence: 1 }),
        configs[1],
        { body: `When is my fee due? ${injection.text}` },
        0.99,
      );
      expect(d).toMatchObject({ action: 'HUMAN', reason: 'injection_suspected' });
    }
  });

  it('keeps the whole ticket inside one delimited block, whatever it contains', () => {
    for (const injection of corpus) {
      const message = buildUserMessage({ body: `Hello. ${injection.text} Thanks.` });
      expect(message.match(/<\/ticket>/g)).toHaveLength(1);
      expect(extractTicketText(message)).toContain('Thanks.');
    }
  });
});
