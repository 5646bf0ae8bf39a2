/** The targets, checked against the measured figures. */

interface TargetCheck {
  name: string;
  target: string;
  measured: string;
  met: boolean;
}

interface TargetInputs {
  ratio?: number;
  classifyBytes?: number;
  classifyInitMs?: number;
  haikuUsdPer1k?: number;
  haikuUsdPer1kCached?: number;
  embeddedAccuracy?: number;
  embeddedAurc?: number;
}

/** 1 MB read as 1,000,000 bytes, the stricter reading. */
const MAX_CLASSIFY_BYTES = 1_000_000;

const checkTargets = (m: TargetInputs): TargetCheck[] => {
  const checks: TargetCheck[] = [];
  const add = (
    name: string,
    target: string,
    value: number | undefined,
    show: (v: number) => string,
    ok: (v: number) => boolean,
  ) => {
    if (value !== undefined) checks.push({ name, target, measured: show(value), met: ok(value) });
  };
  add(
    'pipeline / floor throughput',
    '≥ 0.5',
    m.ratio,
    (v) => v.toFixed(2),
    (v) => v >= 0.5,
  );
  add(
    'classify bundle',
    '≤ 1 MB',
    m.classifyBytes,
    (v) => `${(v / 1e6).toFixed(3)} MB`,
    (v) => v <= MAX_CLASSIFY_BYTES,
  );
  add(
    'classify cold init',
    '≤ 150 ms',
    m.classifyInitMs,
    (v) => `${v.toFixed(0)} ms`,
    (v) => v <= 150,
  );
  add(
    'Haiku 4.5 per 1k tickets',
    '≤ $1.00',
    m.haikuUsdPer1k,
    (v) => `$${v.toFixed(2)}`,
    (v) => v <= 1,
  );
  add(
    'Haiku 4.5 per 1k tickets, with caching',
    '≤ $1.00',
    m.haikuUsdPer1kCached,
    (v) => `$${v.toFixed(2)}`,
    (v) => v <= 1,
  );
  add(
    'embedded accuracy (BANKING77 CV)',
    '≥ 92%',
    m.embeddedAccuracy,
    (v) => `${(100 * v).toFixed(2)}%`,
    (v) => v >= 0.92,
  );
  add(
    'embedded AURC (BANKING77 CV)',
    '≤ 0.012',
    m.embeddedAurc,
    (v) => v.toFixed(4),
    (v) => v <= 0.012,
  );
  return checks;
};

export type { TargetCheck, TargetInputs };
export { checkTargets, MAX_CLASSIFY_BYTES };
