/**
 * `--faults SPEC`: what the local endpoint and publisher do wrong, and how often. For example
 * `throttle:0.2,5xx:0.05,garbage:0.05,duplicate:0.1`. Model faults are drawn per Converse request;
 * `duplicate` is drawn per published ticket (it is delivered twice, which is not a new ticket).
 */

const MODEL_FAULTS = [
  'throttle',
  '5xx',
  'hang',
  'garbage',
  'wrong-tool',
  'bad-route',
  'bad-confidence',
  'extra-fields',
] as const;

type ModelFault = (typeof MODEL_FAULTS)[number];

interface FaultRates {
  model: Partial<Record<ModelFault, number>>;
  duplicate: number;
}

class FaultSpecError extends Error {
  override name = 'FaultSpecError';
}

const parseFaultSpec = (spec: string): FaultRates => {
  const rates: FaultRates = { model: {}, duplicate: 0 };
  for (const part of spec
    .split(',')
    .map((p) => p.trim())
    .filter(Boolean)) {
    const [kind, value] = part.split(':');
    const rate = Number(value);
    if (!kind || value === undefined || !Number.isFinite(rate) || rate < 0 || rate > 1) {
      throw new FaultSpecError(`"${part}" should be KIND:RATE with a rate from 0 to 1`);
    }
    if (kind === 'duplicate') rates.duplicate = rate;
    else if ((MODEL_FAULTS as readonly string[]).includes(kind)) rates.model[kind as ModelFault] = rate;
    else throw new FaultSpecError(`unknown fault "${kind}"; known: duplicate, ${MODEL_FAULTS.join(', ')}`);
  }
  const total = Object.values(rates.model).reduce((a, b) => a + b, 0);
  if (total > 1) throw new FaultSpecError(`model fault rates add up to ${total}, more than 1`);
  return rates;
};

/** One draw: which model fault (if any) this request gets. */
const drawModelFault = (rates: FaultRates['model'], u: number): ModelFault | undefined => {
  let edge = 0;
  for (const fault of MODEL_FAULTS) {
    edge += rates[fault] ?? 0;
    if (u < edge) return fault;
  }
  return undefined;
};

export type { FaultRates, ModelFault };
export { drawModelFault, FaultSpecError, MODEL_FAULTS, parseFaultSpec };
