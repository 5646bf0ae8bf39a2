import { describe, expect, it } from 'vitest';
import {
  BreakerConflictError,
  OutcomeBusyError,
  UndecidedTicketError,
} from '../../../../lib/domain/outcomes/outcome-errors.js';

describe('outcome errors', () => {
  it('name each retryable failure by its type', () => {
    expect(new OutcomeBusyError('x').name).toBe('OutcomeBusyError');
    expect(new UndecidedTicketError('x').name).toBe('UndecidedTicketError');
    expect(new BreakerConflictError('x').name).toBe('BreakerConflictError');
    expect(new BreakerConflictError('x')).toBeInstanceOf(Error);
  });
});
