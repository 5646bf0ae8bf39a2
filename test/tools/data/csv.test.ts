import { describe, expect, it } from 'vitest';
import { parseCsvRecords } from '../../../tools/data/csv.js';

/** CSV from outside tools: spreadsheet exports, any header case, the usual delimiters. */

describe('parseCsvRecords', () => {
  it('keys cells by the trimmed, lower-cased header and skips a byte-order mark', () => {
    expect(parseCsvRecords('\uFEFF Intent ,Policy\r\nfees,auto\r\n')).toEqual([
      { line: 2, record: { intent: 'fees', policy: 'auto' } },
    ]);
  });
});
