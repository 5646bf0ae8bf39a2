import type { EndpointsFile } from '../../tools/local/endpoints-file.js';

const queue = (name: string) => `http://127.0.0.1:9324/000000000000/${name}`;

/** A whole endpoints file naming process `pid`, with made-up endpoints. */
const endpoints = (pid: number): EndpointsFile => ({
  version: 1,
  pid,
  region: 'us-east-1',
  sqsEndpoint: 'http://127.0.0.1:9324',
  dynamodbEndpoint: 'http://127.0.0.1:8000',
  s3Endpoint: 'http://127.0.0.1:4568',
  credentials: { accessKeyId: 'local', secretAccessKey: 'local' },
  webhookUrl: 'http://127.0.0.1:9000',
  webhookSecret: 'generic-secret',
  webhookSecrets: { generic: 'generic-secret', zendesk: 'zendesk-secret', freshdesk: 'freshdesk-token' },
  queues: {
    ingest: queue('ingest'),
    ingestDlq: queue('ingest-dlq'),
    resolutions: queue('resolutions'),
    resolutionsDlq: queue('resolutions-dlq'),
    human: queue('human'),
    humanDlq: queue('human-dlq'),
    qa: queue('qa'),
    qaDlq: queue('qa-dlq'),
    outcomes: queue('outcomes'),
    outcomesDlq: queue('outcomes-dlq'),
  },
  tables: {
    tickets: 't',
    outcomes: 'o',
    observations: 'ob',
    quarantine: 'q',
    routeConfig: 'rc',
    routeAudit: 'ra',
  },
  buckets: { scorer: 'scorer' },
  taxonomyPath: '/tmp/taxonomy.json',
  people: false,
});

export { endpoints };
