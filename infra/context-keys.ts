/**
 * Which CDK context keys are the app's. A misspelt key (`-c maxConcurrecy=8`) would otherwise be
 * ignored in silence and the default deployed; synth fails instead and names the closest key.
 * Keys of CDK itself and of libraries are namespaced (`aws:cdk:bundling-stacks`, feature flags
 * such as `@aws-cdk/core:checkSecretUsage`, lookup caches such as `availability-zones:account=…`,
 * `cdk-nag…`), so only plain names are checked against the app's keys.
 */

/** Plain names the CDK CLI itself writes (cdk.context.json). */
const FOREIGN_PLAIN_KEYS: readonly string[] = ['acknowledged-issue-numbers'];

const isForeignKey = (key: string): boolean =>
  /[:/@]/.test(key) ||
  key.startsWith('cdk-nag') ||
  key.startsWith('aws-cdk') ||
  FOREIGN_PLAIN_KEYS.includes(key);

/** Edit distance (insertions, deletions, substitutions, and swaps of neighbours), case-insensitive. */
const editDistance = (a: string, b: string): number => {
  const s = a.toLowerCase();
  const t = b.toLowerCase();
  const d = Array.from({ length: s.length + 1 }, (_, i) =>
    Array.from({ length: t.length + 1 }, (_, j) => (i === 0 ? j : j === 0 ? i : 0)),
  );
  for (let i = 1; i <= s.length; i += 1) {
    for (let j = 1; j <= t.length; j += 1) {
      const cost = s[i - 1] === t[j - 1] ? 0 : 1;
      const row = d[i] as number[];
      const above = d[i - 1] as number[];
      row[j] = Math.min(
        (above[j] as number) + 1,
        (row[j - 1] as number) + 1,
        (above[j - 1] as number) + cost,
      );
      if (i > 1 && j > 1 && s[i - 1] === t[j - 2] && s[i - 2] === t[j - 1]) {
        row[j] = Math.min(row[j] as number, ((d[i - 2] as number[])[j - 2] as number) + 1);
      }
    }
  }
  return (d[s.length] as number[])[t.length] as number;
};

/** The known key nearest to `key`, when it is near enough to be a typo of it. */
const closestKey = (key: string, known: readonly string[]): string | undefined => {
  let best: { key: string; distance: number } | undefined;
  for (const candidate of known) {
    const distance = editDistance(key, candidate);
    if (!best || distance < best.distance) best = { key: candidate, distance };
  }
  return best && best.distance <= Math.max(2, Math.floor(key.length / 4)) ? best.key : undefined;
};

/** One sentence per unknown key of the app's namespace. */
const unknownKeyProblems = (context: Record<string, unknown>, known: readonly string[]): string[] =>
  Object.keys(context)
    .filter((key) => !known.includes(key) && !isForeignKey(key))
    .map((key) => {
      const near = closestKey(key, known);
      return near
        ? `unknown context key ${key}; did you mean ${near}?`
        : `unknown context key ${key} (the keys are listed in docs/deploy.md)`;
    });

export { closestKey, editDistance, isForeignKey, unknownKeyProblems };
