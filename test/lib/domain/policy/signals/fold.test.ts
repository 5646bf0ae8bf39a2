import { describe, expect, it } from 'vitest';
import { foldForGuard } from '../../../../../lib/domain/policy/signals/fold.js';

describe('foldForGuard', () => {
  it.each([
    ['Straße', 'strasse'],
    ['Søster døde', 'soster dode'],
    ['KÆRESTE', 'kaereste'],
    ['Straciłem pracę', 'stracilem prace'],
    ['Œuvre', 'oeuvre'],
    ['DÉCÉDÉ', 'decede'],
    ['ｆｕｌｌ\u200bwidth', 'fullwidth'],
    ['quelqu’un\t\tau  téléphone', "quelqu'un au telephone"],
  ])('folds "%s" to "%s"', (text, folded) => {
    expect(foldForGuard(text)).toBe(folded);
  });
});
