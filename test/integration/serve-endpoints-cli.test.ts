import { mkdirSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { writeEndpointsFile } from '../../tools/local/endpoints-file.js';
import { endpoints } from '../support/endpoints-fixture.js';
import { runCli } from '../support/run-cli.js';
import { smallSampleTrain } from '../support/small-train.js';

/**
 * `triage serve --endpoints PATH` refuses, before anything starts, a path it must not write: the
 * file of a serve that runs, a directory, or a file that is not an endpoints file, which it leaves
 * as it found it. Exit 2, one line naming the flag.
 */

const work = mkdtempSync(join(tmpdir(), 'serve-endpoints-'));
afterAll(() => rmSync(work, { recursive: true, force: true }));
const train = smallSampleTrain(2);

const serve = (file: string) =>
  runCli(['serve', '--no-people', '--cold-start', '--train', train, '--endpoints', file]);

const expectRefused = (out: { code: number; stdout: string; stderr: string }, pattern: RegExp) => {
  expect(out.code).toBe(2);
  expect(out.stdout).toBe('');
  expect(out.stderr.split('\n').filter(Boolean)).toEqual([expect.stringMatching(/^triage: --endpoints: /)]);
  expect(out.stderr).toMatch(pattern);
};

describe('triage serve --endpoints', () => {
  it('leaves a file that is not an endpoints file as it is, and exits 2 naming --endpoints', async () => {
    const notes = join(work, 'notes.json');
    writeFileSync(notes, '{"my": "settings"}\n');
    expectRefused(await serve(notes), /is not a triage serve endpoints file/);
    const text = join(work, 'notes.txt');
    writeFileSync(text, 'not json at all\n');
    expectRefused(await serve(text), /is not a triage serve endpoints file/);
    expect(readFileSync(notes, 'utf8')).toBe('{"my": "settings"}\n');
    expect(readFileSync(text, 'utf8')).toBe('not json at all\n');
  });

  it('exits 2 naming --endpoints for a directory, or a file in a directory that does not exist', async () => {
    const dir = join(work, 'a-dir');
    mkdirSync(dir);
    expectRefused(await serve(dir), /is a directory/);
    expectRefused(await serve(join(work, 'no-such-dir', 'e.json')), /does not exist/);
  });

  it('refuses the endpoints file of a serve that is running, and keeps it', async () => {
    const file = join(work, 'live.json');
    writeEndpointsFile(file, endpoints(process.ppid));
    const before = readFileSync(file, 'utf8');
    expectRefused(await serve(file), new RegExp(`running \\(pid ${process.ppid}\\)`));
    expect(readFileSync(file, 'utf8')).toBe(before);
  });
});
