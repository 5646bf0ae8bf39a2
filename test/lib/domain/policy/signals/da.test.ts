import { describe, expect, it } from 'vitest';
import { readGuardSignals } from '../../../../../lib/domain/policy/signals/index.js';

/** Danish: how customers write each driver, beyond the guard set, and routine wording that looks close. */

const flagged = (text: string): boolean => {
  const s = readGuardSignals(text);
  return s.asksForHuman || s.vulnerability;
};

describe('the guard signals in Danish', () => {
  it.each([
    ['bereavement', 'min farfar sov stille ind i sidste uge'],
    ['illness', 'jeg har været på skadestuen og sidder i kørestol'],
    ['mental_health', 'jeg kan ikke overskue noget og har angstanfald'],
    ['abuse', 'min partner styrer alle mine penge'],
    ['job_loss', 'jeg blev fyret i fredags og er på dagpenge'],
    ['job_loss', 'jeg er blevet opsagt fra mit job'],
    ['cant_afford', 'pengene slipper op før måneden er omme'],
    ['carer', 'min mor er plejekrævende og bor på plejehjem'],
    ['capability', 'jeg er gammel og forstår ikke noget af appen'],
    ['person', 'ring venligst til mig'],
    ['complaint', 'elendig service, jeg er rasende over det'],
    ['regulator', 'jeg klager til Forbrugerklagenævnet'],
    ['legal', 'jeg tager sagen retligt videre'],
    ['cant_afford', 'jeg er helt flad'],
    ['capability', 'jeg ser ikke så godt mere'],
    ['carer', 'min far bor hos mig og har brug for konstant pleje'],
    ['complaint', 'det er under al kritik'],
  ])('send %s to a person: "%s"', (_driver, text) => {
    expect(flagged(text)).toBe(true);
  });

  it.each([
    'Jeg har opsagt mit abonnement, hvorfor bliver jeg trukket?',
    'Kortet blev spærret uden varsel',
    'Der er misbrug af mit kort, jeg kender ikke købet',
  ])('flag nothing in a routine request: "%s"', (text) => {
    expect(readGuardSignals(text)).toEqual({ asksForHuman: false, vulnerability: false });
  });
});
