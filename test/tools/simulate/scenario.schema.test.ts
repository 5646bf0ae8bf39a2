import { describe, expect, it } from 'vitest';
import { parseLlmSpec, ScenarioSpecError } from '../../../tools/simulate/scenario.schema.js';

describe('parseLlmSpec', () => {
  it('reads accuracy, correlation and wrong-high', () => {
    expect(parseLlmSpec('accuracy=0.85,correlation=0.3,wrong-high=0.3')).toEqual({
      accuracy: 0.85,
      correlation: 0.3,
      wrongHigh: 0.3,
    });
  });

  it('defaults correlation and wrong-high to 0', () => {
    expect(parseLlmSpec('accuracy=0.9')).toEqual({ accuracy: 0.9, correlation: 0, wrongHigh: 0 });
  });

  it('refuses a missing accuracy, a share above 1 and an unknown key, naming the part', () => {
    expect(() => parseLlmSpec('correlation=0.3')).toThrow(/accuracy/);
    expect(() => parseLlmSpec('accuracy=1.2')).toThrow(ScenarioSpecError);
    expect(() => parseLlmSpec('accuracy=0.8,bias=1')).toThrow(/bias/);
  });
});
