import type { Classification } from '../../lib/domain/classification/classification.schema.js';

/** A model answer for tests: the route and confidence given, everything else neutral and valid. */
const classificationOf = (
  route: string,
  confidence: number,
  over: Partial<Classification> = {},
): Classification => ({
  route,
  confidence,
  sentiment: 'neutral',
  urgency: 'normal',
  wantsHuman: false,
  vulnerable: false,
  language: 'en',
  summary: 's',
  ...over,
});

export { classificationOf };
