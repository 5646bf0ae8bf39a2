/**
 * The handlers log and emit EMF metrics as JSON lines on stdout and stderr, as in Lambda. Locally
 * those lines are taken off the terminal into a sink (the same data CloudWatch would receive), so
 * the progress bar and the final table stay readable. Anything else passes straight through.
 */

interface TelemetrySink {
  lines: string[];
  restore(): void;
}

type Write = typeof process.stdout.write;

const intercept = (stream: NodeJS.WriteStream, keep: boolean, lines: string[]) => {
  const original = stream.write.bind(stream) as Write;
  let pending = '';
  stream.write = ((chunk: string | Uint8Array, ...rest: unknown[]) => {
    const text = typeof chunk === 'string' ? chunk : Buffer.from(chunk).toString('utf8');
    const callback = rest.find((r) => typeof r === 'function') as (() => void) | undefined;
    // Only JSON lines are held back; a progress bar redrawn with \r must reach the terminal now.
    if (pending === '' && !text.startsWith('{')) {
      const written = original(text);
      callback?.();
      return written;
    }
    pending += text;
    const parts = pending.split('\n');
    pending = parts.pop() ?? '';
    for (const line of parts) {
      if (line.startsWith('{')) {
        if (keep) lines.push(line);
      } else {
        original(`${line}\n`);
      }
    }
    callback?.();
    return true;
  }) as Write;
  return () => {
    stream.write = original;
    if (pending) original(pending);
  };
};

const captureTelemetry = (keep = true): TelemetrySink => {
  const lines: string[] = [];
  const restores = [intercept(process.stdout, keep, lines), intercept(process.stderr, keep, lines)];
  return {
    lines,
    restore: () => {
      for (const restore of restores) restore();
    },
  };
};

export type { TelemetrySink };
export { captureTelemetry };
