import type { Classification } from '../../lib/domain/classification/classification.schema.js';
import type { RouteConfig } from '../../lib/domain/route-config/route-config.schema.js';

/** A confident, calm classification and an automated route config, for the policy's tests. */

const classification = (over: Partial<Classification> = {}): Classification => ({
  route: 'payment_schedule',
  confidence: 0.97,
  sentiment: 'neutral',
  urgency: 'normal',
  wantsHuman: false,
  vulnerable: false,
  language: 'en',
  summary: 'Asks when the next instalment is due.',
  ...over,
});

const config = (over: Partial<RouteConfig> = {}): RouteConfig => ({
  routeId: 'payment_schedule',
  mode: 'auto',
  threshold: 0.9,
  explorationRate: 0.05,
  auditRate: 0.02,
  version: 3,
  ...over,
});

export { classification, config };
