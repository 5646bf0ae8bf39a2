import { readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import type { APIGatewayProxyEventV2, APIGatewayProxyStructuredResultV2 } from 'aws-lambda';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { ROOT } from '../../tools/local/sample-data.js';
import type { WebhookServer } from '../../tools/local/webhook-server.js';
import { startWebhookServer } from '../../tools/local/webhook-server.js';

/** The local HTTP API in front of the webhook function: payload format 2.0 in, the result out as given. */

let server: WebhookServer;
const events: APIGatewayProxyEventV2[] = [];
let answer: (event: APIGatewayProxyEventV2) => APIGatewayProxyStructuredResultV2 = () => ({
  statusCode: 202,
});

beforeAll(async () => {
  server = await startWebhookServer({
    adapters: ['generic', 'zendesk'],
    maxPayloadBytes: 1024,
    handler: async (event) => {
      events.push(event);
      return answer(event);
    },
  });
});

afterAll(async () => {
  await server?.stop();
});

const last = () => events[events.length - 1] as APIGatewayProxyEventV2;

describe('the local webhook HTTP API', () => {
  it('gives the function a 2.0 event with lower-cased headers and the text body, and returns its answer as is', async () => {
    answer = () => ({ statusCode: 202, headers: { 'X-Answer': 'yes' }, body: '{"accepted":true}' });
    const res = await fetch(`${server.url}/generic?a=1&a=2`, {
      method: 'POST',
      headers: { 'Content-Type': 'application/json', 'X-Signature': 'sha256=AB' },
      body: '{"type":"qa_verdict","note":"é"}',
    });
    expect(res.status).toBe(202);
    expect(res.headers.get('x-answer')).toBe('yes');
    expect(await res.text()).toBe('{"accepted":true}');
    expect(last()).toMatchObject({
      version: '2.0',
      routeKey: 'POST /generic',
      rawPath: '/generic',
      rawQueryString: 'a=1&a=2',
      queryStringParameters: { a: '1,2' },
      headers: { 'content-type': 'application/json', 'x-signature': 'sha256=AB' },
      requestContext: { http: { method: 'POST', path: '/generic' }, stage: '$default' },
      body: '{"type":"qa_verdict","note":"é"}',
      isBase64Encoded: false,
    });
  });

  it('base64-encodes a body that is not text, and decodes an answer the function base64-encoded', async () => {
    answer = () => ({
      statusCode: 200,
      body: Buffer.from([0xff, 0x00, 0x01]).toString('base64'),
      isBase64Encoded: true,
    });
    const bytes = Buffer.from([0xc3, 0x28, 0x00, 0xff]);
    const res = await fetch(`${server.url}/zendesk`, {
      method: 'POST',
      headers: { 'content-type': 'application/json' },
      body: bytes,
    });
    expect(Buffer.from(await res.arrayBuffer())).toEqual(Buffer.from([0xff, 0x00, 0x01]));
    expect(last()).toMatchObject({ isBase64Encoded: true, body: bytes.toString('base64') });
  });

  it('answers 404 without invoking the function for another method or a path with no route', async () => {
    const before = events.length;
    const get = await fetch(`${server.url}/generic`);
    const other = await fetch(`${server.url}/freshdesk`, { method: 'POST', body: '{}' });
    expect([get.status, other.status]).toEqual([404, 404]);
    expect(await other.json()).toEqual({ message: 'Not Found' });
    expect(events.length).toBe(before);
  });

  it('answers another method with the status docs/helpdesk-guide.md gives for it', async () => {
    // The deployed HTTP API has only `POST /{adapter}` routes (test/infra/webhook.test.ts) and no
    // $default route, so API Gateway answers any other method on an adapter path with 404.
    const guide = readFileSync(resolve(ROOT, 'docs/helpdesk-guide.md'), 'utf8');
    const row = guide.split('\n').find((line) => /^\|\s*\d{3}\s*\|.*not a POST/i.test(line));
    const documented = Number(row?.match(/^\|\s*(\d{3})/)?.[1]);
    const answers = await Promise.all(
      ['GET', 'PUT', 'DELETE'].map(
        async (method) => (await fetch(`${server.url}/generic`, { method })).status,
      ),
    );
    expect(answers).toEqual([documented, documented, documented]);
  });

  it('answers 413 past the gateway payload limit, and 500 with nothing of the error when the function throws', async () => {
    const before = events.length;
    const big = await fetch(`${server.url}/generic`, { method: 'POST', body: 'x'.repeat(2048) });
    expect(big.status).toBe(413);
    expect(events.length).toBe(before);
    answer = () => {
      throw new Error('secret detail');
    };
    const failed = await fetch(`${server.url}/generic`, { method: 'POST', body: '{}' });
    expect(failed.status).toBe(500);
    expect(await failed.text()).toBe('{"message":"Internal Server Error"}');
  });
});
