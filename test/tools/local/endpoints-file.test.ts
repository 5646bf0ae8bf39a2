import { mkdirSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import {
  endpointsEnv,
  inspectEndpointsPath,
  removeEndpointsFile,
  writeEndpointsFile,
} from '../../../tools/local/endpoints-file.js';
import { endpoints } from '../../support/endpoints-fixture.js';

const work = mkdtempSync(join(tmpdir(), 'endpoints-file-'));
afterAll(() => rmSync(work, { recursive: true, force: true }));

let n = 0;
const path = () => {
  n += 1;
  return join(work, `endpoints-${n}.json`);
};

describe('inspectEndpointsPath', () => {
  it('finds the path free when nothing is there', () => {
    expect(inspectEndpointsPath(path())).toEqual({ kind: 'free' });
  });

  it('finds an endpoints file stale when its serve is gone, and live when it runs', () => {
    const file = path();
    writeEndpointsFile(file, endpoints(4242));
    expect(inspectEndpointsPath(file, () => false)).toEqual({ kind: 'free', stalePid: 4242 });
    expect(inspectEndpointsPath(file, (pid) => pid === 4242)).toEqual({ kind: 'live', pid: 4242 });
  });

  it('calls a directory a directory, and any file that is not an endpoints file foreign', () => {
    const dir = path();
    mkdirSync(dir);
    expect(inspectEndpointsPath(dir).kind).toBe('directory');
    const notes = path();
    writeFileSync(notes, 'my notes\n');
    expect(inspectEndpointsPath(notes).kind).toBe('foreign');
    const other = path();
    writeFileSync(other, JSON.stringify({ pid: 1, region: 'us-east-1' }));
    expect(inspectEndpointsPath(other).kind).toBe('foreign');
  });
});

describe('removeEndpointsFile', () => {
  it('removes the file its own process wrote, and leaves another serve’s or a person’s', () => {
    const own = path();
    writeEndpointsFile(own, endpoints(process.pid));
    expect(removeEndpointsFile(own)).toBe(true);
    expect(inspectEndpointsPath(own)).toEqual({ kind: 'free' });
    const another = path();
    writeEndpointsFile(another, endpoints(process.pid + 1));
    expect(removeEndpointsFile(another)).toBe(false);
    expect(inspectEndpointsPath(another, () => true).kind).toBe('live');
    const notes = path();
    writeFileSync(notes, 'my notes\n');
    expect(removeEndpointsFile(notes)).toBe(false);
    expect(readFileSync(notes, 'utf8')).toBe('my notes\n');
  });
});

describe('endpointsEnv', () => {
  it('sets AWS_DEFAULT_REGION beside AWS_REGION, for the AWS CLI v1', () => {
    expect(endpointsEnv(endpoints(1))).toMatchObject({
      AWS_REGION: 'us-east-1',
      AWS_DEFAULT_REGION: 'us-east-1',
    });
  });

  it('points S3 clients at the emulated S3 endpoint beside SQS and DynamoDB', () => {
    expect(endpointsEnv(endpoints(1)).AWS_ENDPOINT_URL_S3).toBe('http://127.0.0.1:4568');
  });
});
