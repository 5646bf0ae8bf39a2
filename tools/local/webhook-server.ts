import { randomUUID } from 'node:crypto';
import type { IncomingMessage, Server, ServerResponse } from 'node:http';
import { createServer } from 'node:http';
import type { AddressInfo } from 'node:net';
import type { APIGatewayProxyEventV2, APIGatewayProxyStructuredResultV2, Context } from 'aws-lambda';
import { createLambdaContext } from './lambda-context.js';

/**
 * API Gateway's HTTP API in front of the webhook function, on 127.0.0.1, with the routes infra/
 * gives it: one `POST /{adapter}` each. A request on a route becomes a payload-format-2.0 event for
 * the real handler, and its result goes back as given. Like the gateway, it answers 404 for any
 * other method or path without invoking anything, 413 past its own payload limit, and 500, with
 * nothing of the error, when the function fails.
 */

type WebhookLambda = (
  event: APIGatewayProxyEventV2,
  context: Context,
) => Promise<APIGatewayProxyStructuredResultV2>;

interface WebhookServer {
  /** The base URL; adapters are at {url}/generic, /zendesk, /freshdesk. */
  url: string;
  stop(): Promise<void>;
}

interface WebhookServerOptions {
  handler: WebhookLambda;
  /** The adapters that have a route: `generic` is served at `POST /generic`. */
  adapters: readonly string[];
  /** The gateway's own payload limit, far above the function's (WEBHOOK_MAX_BODY_BYTES). */
  maxPayloadBytes?: number;
  /** API Gateway's integration timeout. */
  timeoutMs?: number;
}

/** Content types API Gateway passes as text; any other body arrives base64-encoded. */
const TEXTUAL = /^(text\/|application\/(json|xml|javascript|x-www-form-urlencoded)|[^;]*\+(json|xml))/i;

class PayloadTooLargeError extends Error {
  override name = 'PayloadTooLargeError';
}

const readBody = (req: IncomingMessage, limit: number): Promise<Buffer> =>
  new Promise((resolve, reject) => {
    const chunks: Buffer[] = [];
    let size = 0;
    req.on('data', (chunk: Buffer) => {
      size += chunk.length;
      if (size > limit) {
        reject(new PayloadTooLargeError());
        req.resume();
        return;
      }
      chunks.push(chunk);
    });
    req.on('end', () => resolve(Buffer.concat(chunks)));
    req.on('error', reject);
  });

const isUtf8 = (bytes: Buffer): boolean => {
  try {
    new TextDecoder('utf-8', { fatal: true }).decode(bytes);
    return true;
  } catch {
    return false;
  }
};

/** Header names lower-cased; repeated headers joined with commas, as the gateway does. */
const headersOf = (req: IncomingMessage): Record<string, string> => {
  const headers: Record<string, string> = {};
  for (let i = 0; i < req.rawHeaders.length; i += 2) {
    const name = (req.rawHeaders[i] as string).toLowerCase();
    const value = req.rawHeaders[i + 1] as string;
    headers[name] = name in headers ? `${headers[name]},${value}` : value;
  }
  return headers;
};

const toEvent = (req: IncomingMessage, body: Buffer): APIGatewayProxyEventV2 => {
  const target = new URL(req.url ?? '/', 'http://127.0.0.1');
  const headers = headersOf(req);
  const now = new Date();
  const text = body.length > 0 && TEXTUAL.test(headers['content-type'] ?? 'text/plain') && isUtf8(body);
  const query = [...new Set(target.searchParams.keys())];
  const routeKey = `${req.method ?? 'POST'} ${target.pathname}`;
  return {
    version: '2.0',
    routeKey,
    rawPath: target.pathname,
    rawQueryString: target.search.slice(1),
    ...(query.length > 0
      ? {
          queryStringParameters: Object.fromEntries(
            query.map((k) => [k, target.searchParams.getAll(k).join(',')]),
          ),
        }
      : {}),
    ...(headers.cookie ? { cookies: headers.cookie.split(/;\s*/) } : {}),
    headers,
    requestContext: {
      accountId: '123456789012',
      apiId: 'local',
      domainName: headers.host ?? '127.0.0.1',
      domainPrefix: 'local',
      http: {
        method: req.method ?? 'POST',
        path: target.pathname,
        protocol: `HTTP/${req.httpVersion}`,
        sourceIp: req.socket.remoteAddress ?? '127.0.0.1',
        userAgent: headers['user-agent'] ?? '',
      },
      requestId: randomUUID(),
      routeKey,
      stage: '$default',
      time: now.toUTCString(),
      timeEpoch: now.getTime(),
    },
    isBase64Encoded: body.length > 0 && !text,
    ...(body.length > 0 ? { body: body.toString(text ? 'utf8' : 'base64') } : {}),
  };
};

const sendJson = (res: ServerResponse, statusCode: number, message: string): void => {
  res.writeHead(statusCode, { 'content-type': 'application/json' });
  res.end(JSON.stringify({ message }));
};

const sendResult = (res: ServerResponse, result: APIGatewayProxyStructuredResultV2): void => {
  const headers: Record<string, string | string[]> = {};
  for (const [name, value] of Object.entries(result.headers ?? {})) headers[name] = String(value);
  if (result.cookies && result.cookies.length > 0) headers['set-cookie'] = result.cookies;
  const body = result.body === undefined ? '' : result.body;
  res.writeHead(result.statusCode ?? 200, headers);
  res.end(result.isBase64Encoded ? Buffer.from(body, 'base64') : body);
};

const startWebhookServer = async (options: WebhookServerOptions): Promise<WebhookServer> => {
  const limit = options.maxPayloadBytes ?? 10 * 1024 * 1024;
  const timeoutMs = options.timeoutMs ?? 30_000;
  const routes = new Set(options.adapters.map((a) => `/${a}`));
  const server: Server = createServer(async (req, res) => {
    const path = new URL(req.url ?? '/', 'http://127.0.0.1').pathname;
    if (req.method !== 'POST' || !routes.has(path)) {
      req.resume();
      sendJson(res, 404, 'Not Found');
      return;
    }
    let body: Buffer;
    try {
      body = await readBody(req, limit);
    } catch (error) {
      if (error instanceof PayloadTooLargeError) sendJson(res, 413, 'Request Entity Too Large');
      else res.destroy();
      return;
    }
    try {
      const result = await options.handler(toEvent(req, body), createLambdaContext('webhook', timeoutMs));
      sendResult(res, result);
    } catch {
      // The function failed: the gateway says so and shows nothing of the error.
      sendJson(res, 500, 'Internal Server Error');
    }
  });
  await new Promise<void>((resolve, reject) => {
    server.once('error', reject);
    server.listen(0, '127.0.0.1', () => resolve());
  });
  return {
    url: `http://127.0.0.1:${(server.address() as AddressInfo).port}`,
    stop: () =>
      new Promise<void>((resolve) => {
        server.close(() => resolve());
        server.closeAllConnections();
      }),
  };
};

export type { WebhookLambda, WebhookServer, WebhookServerOptions };
export { startWebhookServer, toEvent };
