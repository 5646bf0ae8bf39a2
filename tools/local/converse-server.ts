import { createHash, randomUUID } from 'node:crypto';
import type { Http2Server, Http2ServerRequest, Http2ServerResponse, ServerHttp2Session } from 'node:http2';
import { createServer } from 'node:http2';
import type { AddressInfo } from 'node:net';
import { extractTicketText } from '../../lib/domain/classification/prompt.js';
import type { Random } from '../../lib/domain/scorer/prng.js';
import type { TextClassifier } from '../embedded/text-classifier.js';
import type { FaultRates, ModelFault } from './fault-spec.js';
import { drawModelFault } from './fault-spec.js';
import { describeTicket } from './stand-in-features.js';

/**
 * A local stand-in for Bedrock's Converse API: the subset the classifier uses (one forced tool
 * call). It is backed by the embedded text classifier, not an LLM. Token counts are estimates
 * (about four characters a token) of the request it really received. It speaks HTTP/2 without TLS
 * (h2c), as the Bedrock runtime client's default HTTP/2 handler expects of an http:// endpoint.
 */

interface ConverseRequest {
  messages?: { role: string; content: { text?: string; toolResult?: unknown }[] }[];
  system?: { text?: string; cachePoint?: unknown }[];
  toolConfig?: {
    tools?: {
      toolSpec?: { name?: string; inputSchema?: { json?: { properties?: { route?: { enum?: string[] } } } } };
    }[];
    toolChoice?: { tool?: { name?: string } };
  };
}

interface StandInServer {
  endpoint: string;
  /** Requests answered, and faults injected by kind; the fault-injection tests read it. */
  stats: { requests: number; answered: number; faults: Partial<Record<ModelFault, number>> };
  /** Every request body received, when `recordRequests` is set (for redaction tests). */
  received: string[];
  /** Changes the fault rates from now on (tests run several scenarios on one stack). */
  setFaultRates(rates: FaultRates['model']): void;
  /**
   * Scripts answers from now on (undefined: stop): for a ticket text the script knows, its fields
   * replace the stand-in's own (`wantsHuman`, `vulnerable`, `sentiment`, `route`, `confidence`...),
   * as an LLM would answer them. Tests use it to drive the flags a text classifier cannot judge.
   */
  setScript(script: AnswerScript | undefined): void;
  stop(): Promise<void>;
}

/** Fields to answer for a ticket text instead of the stand-in's own; undefined leaves them be. */
type AnswerScript = (ticketText: string) => Record<string, unknown> | undefined;

interface StandInOptions {
  classifier: TextClassifier;
  /**
   * The model that answers a given ticket text (as extracted from the prompt), when not the
   * classifier: the local stack answers labelled history with the fold model that never trained on
   * it, as a deployed model never saw a team's history.
   */
  modelFor?: (ticketText: string) => TextClassifier | undefined;
  recordRequests?: boolean;
  /** Fault injection: rates per fault, a seeded draw, and how long a hang lasts. */
  faults?: { rates: FaultRates['model']; random: Random; hangMs: number };
}

const estimateTokens = (text: string): number => Math.ceil(text.length / 4);

const readBody = (req: Http2ServerRequest): Promise<string> =>
  new Promise((resolve, reject) => {
    const chunks: Buffer[] = [];
    req.on('data', (c: Buffer) => chunks.push(c));
    req.on('end', () => resolve(Buffer.concat(chunks).toString('utf8')));
    req.on('error', reject);
  });

const sendError = (res: Http2ServerResponse, status: number, type: string, message: string): void => {
  res.writeHead(status, { 'content-type': 'application/json', 'x-amzn-errortype': type });
  res.end(JSON.stringify({ message }));
};

/** Smallest cacheable prefix; the stand-in uses Claude Haiku 4.5's, the strictest it prices like. */
const CACHE_MINIMUM_TOKENS = 4096;

/**
 * Token usage as Bedrock reports it: with a cache point after a long enough tools + system prefix,
 * the first request writes the prefix to the cache and later ones read it.
 */
const usageOf = (request: ConverseRequest, raw: string, outputTokens: number, cache: Set<string>) => {
  const total = estimateTokens(raw);
  const cached = request.system?.some((b) => b.cachePoint !== undefined) === true;
  const prefix =
    JSON.stringify(request.toolConfig ?? {}) + (request.system ?? []).map((b) => b.text ?? '').join('');
  const prefixTokens = estimateTokens(prefix);
  if (!cached || prefixTokens < CACHE_MINIMUM_TOKENS) {
    return {
      inputTokens: total,
      outputTokens,
      cacheReadInputTokens: 0,
      cacheWriteInputTokens: 0,
      totalTokens: 0,
    };
  }
  const key = createHash('sha256').update(prefix).digest('hex');
  const hit = cache.has(key);
  cache.add(key);
  return {
    inputTokens: Math.max(0, total - prefixTokens),
    outputTokens,
    cacheReadInputTokens: hit ? prefixTokens : 0,
    cacheWriteInputTokens: hit ? 0 : prefixTokens,
    totalTokens: 0,
  };
};

const answer = (
  options: StandInOptions,
  request: ConverseRequest,
  raw: string,
  cache: Set<string>,
  script?: AnswerScript,
) => {
  const firstUser = request.messages?.find((m) => m.role === 'user');
  const text = extractTicketText(firstUser?.content.find((c) => c.text !== undefined)?.text ?? '') ?? '';
  const classifier = options.modelFor?.(text) ?? options.classifier;
  const tool = request.toolConfig?.tools?.[0]?.toolSpec;
  const toolName = request.toolConfig?.toolChoice?.tool?.name ?? tool?.name ?? 'tool';
  const allowed = tool?.inputSchema?.json?.properties?.route?.enum ?? classifier.labels;
  const prediction = classifier.predictAmong(text, allowed);
  const input: Record<string, unknown> = {
    route: prediction.label,
    confidence: Math.round(prediction.confidence * 10_000) / 10_000,
    ...describeTicket(text),
    ...script?.(text),
  };
  const outputTokens = estimateTokens(JSON.stringify(input)) + 12;
  return {
    output: {
      message: {
        role: 'assistant',
        content: [{ toolUse: { toolUseId: `tooluse_${randomUUID()}`, name: toolName, input } }],
      },
    },
    stopReason: 'tool_use',
    usage: usageOf(request, raw, outputTokens, cache),
    metrics: { latencyMs: 1 },
  };
};

type ConverseAnswer = ReturnType<typeof answer>;

/**
 * Applies one fault. Transport faults answer (or never answer) and return true; output faults
 * corrupt the tool input in place and return false, so the corrupted answer is sent as usual.
 */
const injectFault = async (
  fault: ModelFault,
  res: Http2ServerResponse,
  body: ConverseAnswer,
  hangMs: number,
) => {
  const tool = body.output.message.content[0]?.toolUse as { name: string; input: Record<string, unknown> };
  switch (fault) {
    case 'throttle':
      sendError(res, 429, 'ThrottlingException', 'Too many requests, please wait before trying again.');
      return true;
    case '5xx':
      sendError(res, 503, 'ServiceUnavailableException', 'The service is unavailable. Try again later.');
      return true;
    case 'hang':
      await new Promise((resolve) => setTimeout(resolve, hangMs));
      if (!res.closed) sendError(res, 500, 'InternalServerException', 'late');
      return true;
    case 'garbage':
      res.writeHead(200, { 'content-type': 'application/json' });
      res.end('{"output": {"message": {"role": "assistant", "content": [{"toolUse": ');
      return true;
    case 'wrong-tool':
      tool.name = 'issue_refund';
      return false;
    case 'bad-route':
      tool.input.route = 'refund_everything';
      return false;
    case 'bad-confidence':
      tool.input.confidence = 1.7;
      return false;
    case 'extra-fields':
      tool.input.action = 'AUTO';
      return false;
  }
};

const startConverseServer = async (options: StandInOptions): Promise<StandInServer> => {
  const stats: StandInServer['stats'] = { requests: 0, answered: 0, faults: {} };
  let faults = options.faults;
  let script: AnswerScript | undefined;
  const promptCache = new Set<string>();
  const received: string[] = [];
  const server: Http2Server = createServer((req, res) => {
    void (async () => {
      stats.requests += 1;
      const match = /^\/model\/([^/]+)\/converse$/.exec(req.url ?? '');
      if (req.method !== 'POST' || !match) {
        sendError(res, 404, 'UnknownOperationException', `the stand-in serves only Converse, not ${req.url}`);
        return;
      }
      const raw = await readBody(req);
      if (options.recordRequests) received.push(raw);
      let request: ConverseRequest;
      try {
        request = JSON.parse(raw) as ConverseRequest;
      } catch {
        sendError(res, 400, 'ValidationException', 'request body is not JSON');
        return;
      }
      const body = answer(options, request, raw, promptCache, script);
      const u = body.usage;
      u.totalTokens = u.inputTokens + u.outputTokens + u.cacheReadInputTokens + u.cacheWriteInputTokens;
      const fault = faults ? drawModelFault(faults.rates, faults.random()) : undefined;
      if (fault) {
        stats.faults[fault] = (stats.faults[fault] ?? 0) + 1;
        if (await injectFault(fault, res, body, faults?.hangMs ?? 0)) return;
      }
      stats.answered += 1;
      res.writeHead(200, { 'content-type': 'application/json' });
      res.end(JSON.stringify(body));
    })().catch((error: unknown) => sendError(res, 500, 'InternalServerException', String(error)));
  });
  // Clients hold HTTP/2 sessions open; close() waits for them, so stop() ends them itself.
  const sessions = new Set<ServerHttp2Session>();
  server.on('session', (session: ServerHttp2Session) => {
    sessions.add(session);
    session.on('close', () => sessions.delete(session));
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  return {
    endpoint: `http://127.0.0.1:${(server.address() as AddressInfo).port}`,
    stats,
    received,
    setFaultRates: (rates) => {
      faults = { random: faults?.random ?? Math.random, hangMs: faults?.hangMs ?? 0, ...faults, rates };
    },
    setScript: (next) => {
      script = next;
    },
    stop: () =>
      new Promise((resolve) => {
        server.close(() => resolve());
        for (const session of sessions) session.destroy();
      }),
  };
};

export type { AnswerScript, StandInOptions, StandInServer };
export { estimateTokens, startConverseServer };
