import { describe, expect, it } from 'vitest';
import { ibanValid, luhnValid, redactPii } from '../../../../lib/domain/pii/redact.js';

describe('redactPii', () => {
  it.each([
    ['an email address', 'write to anna.berg+shop@example.co.uk today', '[EMAIL]'],
    ['a Luhn-valid card number with spaces', 'my card 4111 1111 1111 1111 was charged', '[CARD]'],
    ['a Luhn-valid card number with dashes', 'card 5500-0000-0000-0004 declined', '[CARD]'],
    ['an IBAN', 'pay to DE89 3704 0044 0532 0130 00 please', '[IBAN]'],
    ['an international phone number', 'call +46 70 123 45 67 after six', '[PHONE]'],
    ['a national phone number', 'ring me on 020 7946 0958', '[PHONE]'],
    ['a US social security number', 'ssn 123-45-6789', '[NATIONAL_ID]'],
    ['a UK National Insurance number', 'NI number AB 12 34 56 C', '[NATIONAL_ID]'],
    ['a Swedish personal identity number', 'personnummer 850101-1234', '[NATIONAL_ID]'],
  ])('redacts %s', (_kind, text, token) => {
    const out = redactPii(text);
    expect(out.text).toContain(token);
    expect(Object.values(out.counts).reduce((a, b) => a + (b ?? 0), 0)).toBeGreaterThan(0);
  });

  it.each([
    ['a 16-digit number that fails the Luhn check', 'order 1234 5678 9012 3456 shipped'],
    ['an amount', 'I paid 1,299.00 SEK and €49.99'],
    ['an ISO date', 'due on 2026-12-01'],
    ['a short order number', 'order #A12345 is late'],
  ])('keeps %s', (_kind, text) => {
    expect(redactPii(text).text).toBe(text);
  });

  it('leaves no canary value behind in a ticket that mixes them', () => {
    const canaries = [
      'canary.user@example.org',
      '4111111111111111',
      'GB82WEST12345698765432',
      '+44 7700 900123',
    ];
    const out = redactPii(`Hi, ${canaries.join(' and ')} are mine.`).text;
    for (const canary of canaries) expect(out).not.toContain(canary);
  });

  it('checks card numbers and IBANs with their check digits', () => {
    expect(luhnValid('4111111111111111')).toBe(true);
    expect(luhnValid('4111111111111112')).toBe(false);
    expect(ibanValid('GB82 WEST 1234 5698 7654 32')).toBe(true);
    expect(ibanValid('GB82 WEST 1234 5698 7654 33')).toBe(false);
  });
});
