import { describe, expect, it } from 'vitest';
import { formatTable, formatThreshold } from '../../../tools/local/terminal.js';

describe('formatThreshold', () => {
  it('shows the grid’s thousandths, so a threshold of 0.999 never reads as 1.00', () => {
    expect(formatThreshold(0.999)).toBe('0.999');
    expect(formatThreshold(0.9)).toBe('0.900');
    expect(formatThreshold(0.9925)).toMatch(/^0\.99[23]$/);
  });

  it('fits a route table’s threshold column', () => {
    const table = formatTable(['route', 'threshold'], [['pay_early', formatThreshold(0.999)]]);
    expect(table).toContain('0.999');
    expect(table).not.toContain('1.00');
  });
});
