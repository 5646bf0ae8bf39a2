import { mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { parseLabelledCsv, readLabelledCsv, writeLabelledCsv } from '../../../tools/data/labelled-csv.js';

/** CSV from outside tools: spreadsheet exports, any header case, the usual delimiters. */

describe('parseLabelledCsv', () => {
  it('matches header names regardless of case', () => {
    expect(parseLabelledCsv('Text,Category\nwhere is my refund,Refund\n')).toEqual([
      { line: 2, text: 'where is my refund', label: 'Refund' },
    ]);
  });

  it.each([
    ['a semicolon', 'text;label\nhello, world;greeting\n'],
    ['a tab', 'text\tlabel\nhello, world\tgreeting\n'],
    ['a comma', 'text,label\n"hello, world",greeting\n'],
  ])('detects %s delimiter', (_, csv) => {
    expect(parseLabelledCsv(csv)).toEqual([{ line: 2, text: 'hello, world', label: 'greeting' }]);
  });

  it('takes the label from category, label or intent', () => {
    expect(parseLabelledCsv('intent,text\nfees,why this fee\n')[0]?.label).toBe('fees');
  });

  it('lists the columns it found when the text or the label column is missing', () => {
    expect(() => parseLabelledCsv('body|category\nx|y\n', 'own.csv')).toThrow(
      /own\.csv: no "text" column \(columns found: body\|category\)/,
    );
    expect(() => parseLabelledCsv('text;topic\nx;y\n', 'own.csv')).toThrow(
      /no label column .*columns found: text, topic/,
    );
  });

  it('names the file line of an empty label, counting a quoted field over two lines', () => {
    const csv = 'text,label\n"first\nticket",a\n\nsecond,\n';
    expect(() => parseLabelledCsv(csv, 'own.csv')).toThrow('own.csv: line 5 has an empty label');
  });

  it('names the file line of a malformed quote', () => {
    expect(() => parseLabelledCsv('text,label\nok,a\n"bad"x,b\n', 'own.csv')).toThrow(/own\.csv: .*line 3/);
  });
});

describe('writeLabelledCsv', () => {
  it('writes examples that read back unchanged, quotes, commas and line breaks included', () => {
    const examples = [
      { text: 'plain text', label: 'a' },
      { text: 'a "quoted", comma\nand a second line', label: 'b_route' },
    ];
    const path = writeLabelledCsv(join(mkdtempSync(join(tmpdir(), 'csv-')), 'out.csv'), examples);
    expect(readLabelledCsv(path).map(({ text, label }) => ({ text, label }))).toEqual(examples);
  });
});
