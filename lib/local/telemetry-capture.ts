/**
 * The handlers log and emit EMF metrics on stdout, as in Lambda. Locally those JSON lines are
 * taken off the terminal into a sink (the same data CloudWatch would receive), so the progress
 * bar and the final table stay readable.
 */

interface TelemetrySink {
  lines: string[];
  restore(): void;
}

const captureTelemetry = (keep = true): TelemetrySink => {
  const original = process.stdout.write.bind(process.stdout);
  const lines: string[] = [];
  let pending = '';
  process.stdout.write = ((chunk: string | Uint8Array, ...rest: unknown[]) => {
    pending += typeof chunk === 'string' ? chunk : Buffer.from(chunk).toString('utf8');
    const parts = pending.split('\n');
    pending = parts.pop() ?? '';
    for (const line of parts) {
      if (line.startsWith('{')) {
        if (keep) lines.push(line);
      } else {
        original(`${line}\n`);
      }
    }
    const callback = rest.find((r) => typeof r === 'function') as (() => void) | undefined;
    callback?.();
    return true;
  }) as typeof process.stdout.write;
  return {
    lines,
    restore: () => {
      process.stdout.write = original;
      if (pending) original(pending);
    },
  };
};

export type { TelemetrySink };
export { captureTelemetry };
