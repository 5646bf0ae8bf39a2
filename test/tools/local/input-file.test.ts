import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { readInputFile } from '../../../tools/local/input-file.js';

/** CSV from outside tools: spreadsheet exports, any header case, the usual delimiters. */

describe('readInputFile', () => {
  it('reads a CSV with camel-case columns in any case and numbers its file lines', () => {
    const path = join(mkdtempSync(join(tmpdir(), 'csv-')), 'in.csv');
    writeFileSync(path, 'TicketId;Text;Channel\nT-1;card declined;chat\n');
    const [item] = readInputFile(path, 'run');
    expect(item).toMatchObject({ line: 2, ticketId: 'T-1' });
    expect(JSON.parse(item?.body ?? '')).toMatchObject({ body: 'card declined', channel: 'chat' });
  });
});
