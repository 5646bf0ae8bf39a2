/**
 * Redacts personal data before a ticket reaches the model or a log. Card numbers are Luhn-checked
 * and IBANs mod-97-checked, so order numbers and amounts survive and the model keeps its context.
 */

type PiiKind = 'email' | 'card' | 'iban' | 'phone' | 'national_id';

interface Redaction {
  text: string;
  counts: Partial<Record<PiiKind, number>>;
}

const luhnValid = (digits: string): boolean => {
  let sum = 0;
  for (let i = 0; i < digits.length; i += 1) {
    let d = Number(digits[digits.length - 1 - i]);
    if (i % 2 === 1) {
      d *= 2;
      if (d > 9) d -= 9;
    }
    sum += d;
  }
  return sum % 10 === 0;
};

const ibanValid = (raw: string): boolean => {
  const iban = raw.replace(/\s+/g, '').toUpperCase();
  if (iban.length < 15 || iban.length > 34) return false;
  const rearranged = `${iban.slice(4)}${iban.slice(0, 4)}`;
  let remainder = 0;
  for (const ch of rearranged) {
    const value = ch >= 'A' && ch <= 'Z' ? String(ch.charCodeAt(0) - 55) : ch;
    for (const digit of value) remainder = (remainder * 10 + Number(digit)) % 97;
  }
  return remainder === 1;
};

interface Rule {
  kind: PiiKind;
  pattern: RegExp;
  accept?: (match: string) => boolean;
}

// Order matters: IBANs and cards before phone numbers, which would otherwise eat their digits.
const RULES: readonly Rule[] = [
  { kind: 'email', pattern: /[\p{L}\p{N}._%+-]+@[\p{L}\p{N}.-]+\.[\p{L}]{2,}/gu },
  {
    kind: 'iban',
    pattern: /\b[A-Z]{2}\d{2}(?:[ ]?[A-Z0-9]{4}){2,7}(?:[ ]?[A-Z0-9]{1,4})?\b/gi,
    accept: ibanValid,
  },
  {
    kind: 'card',
    pattern: /\b\d(?:[ -]?\d){12,18}\b/g,
    accept: (m) => luhnValid(m.replace(/\D/g, '')),
  },
  // US SSN, UK National Insurance number, Nordic personal identity numbers (YYMMDD-NNNN).
  {
    kind: 'national_id',
    pattern:
      /\b(?:\d{3}-\d{2}-\d{4}|[A-CEGHJ-PR-TW-Z]{2}\s?\d{2}\s?\d{2}\s?\d{2}\s?[A-D]|(?:19|20)?\d{6}[-+]\d{4})\b/gi,
  },
  // International numbers start with +; national ones with a trunk 0. Bare digit runs are more often
  // order numbers, and ISO dates must survive.
  {
    kind: 'phone',
    pattern: /(?<![\w+])(?:\+\d[\d\s().-]{6,}\d|\(?0\d[\d\s().-]{6,}\d)(?!\w)/g,
    accept: (m) => {
      const digits = m.replace(/\D/g, '').length;
      return digits >= 8 && digits <= 15 && !/^\d{4}-\d{2}-\d{2}$/.test(m.trim());
    },
  },
];

const redactPii = (input: string): Redaction => {
  const counts: Partial<Record<PiiKind, number>> = {};
  let text = input;
  for (const rule of RULES) {
    text = text.replace(rule.pattern, (match) => {
      if (rule.accept && !rule.accept(match)) return match;
      counts[rule.kind] = (counts[rule.kind] ?? 0) + 1;
      return `[${rule.kind.toUpperCase()}]`;
    });
  }
  return { text, counts };
};

export type { PiiKind, Redaction };
export { ibanValid, luhnValid, redactPii };
