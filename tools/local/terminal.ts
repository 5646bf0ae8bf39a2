/** Terminal output for the CLI: a progress bar on stderr and plain tables on stdout. */

/** What a bar draws on: the process's stderr, or a test's collector. */
interface TextStream {
  write(text: string): unknown;
  isTTY?: boolean;
}

const createProgressBar = (label: string, stream: TextStream = process.stderr) => {
  let lastDraw = 0;
  const interactive = stream.isTTY === true;
  const draw = (done: number, total: number, detail = '', force = false) => {
    const now = Date.now();
    if (!force && now - lastDraw < (interactive ? 100 : 2000)) return;
    lastDraw = now;
    const width = 30;
    const ratio = total > 0 ? Math.min(1, done / total) : 0;
    const filled = Math.round(ratio * width);
    const bar = `${'█'.repeat(filled)}${'░'.repeat(width - filled)}`;
    const text = `${label} ${bar} ${done}/${total} ${Math.round(ratio * 100)}% ${detail}`;
    stream.write(interactive ? `\r${text}\u001b[K` : `${text}\n`);
  };
  return {
    update: (done: number, total: number, detail?: string) => draw(done, total, detail),
    finish: (done: number, total: number, detail?: string) => {
      draw(done, total, detail, true);
      if (interactive) stream.write('\n');
    },
  };
};

const formatTable = (header: readonly string[], rows: readonly (readonly (string | number)[])[]): string => {
  const cells = [header, ...rows].map((r) => r.map(String));
  const widths = header.map((_, col) => Math.max(...cells.map((r) => (r[col] ?? '').length)));
  const line = (r: readonly string[]) =>
    r.map((c, col) => (col === 0 ? c.padEnd(widths[col] ?? 0) : c.padStart(widths[col] ?? 0))).join('  ');
  return [
    line(cells[0] ?? []),
    widths.map((w) => '-'.repeat(w)).join('  '),
    ...cells.slice(1).map(line),
  ].join('\n');
};

/**
 * A threshold as people read it: three decimals, the grid's finest step, so 0.999 never shows as
 * 1.00 (which would read as "automates nothing").
 */
const formatThreshold = (threshold: number): string => threshold.toFixed(3);

export type { TextStream };
export { createProgressBar, formatTable, formatThreshold };
