import { describe, expect, it } from 'vitest';
import { readGuardSignals } from '../../../../../lib/domain/policy/signals/index.js';

/** French: how customers write each driver, beyond the guard set, and routine wording that looks close. */

const flagged = (text: string): boolean => {
  const s = readGuardSignals(text);
  return s.asksForHuman || s.vulnerability;
};

describe('the guard signals in French', () => {
  it.each([
    ['bereavement', "la succession de mon père n'est pas réglée"],
    ['illness', "je sors d'une intervention chirurgicale, je suis en convalescence"],
    ['mental_health', "je suis à bout, j'ai des idées noires"],
    ['abuse', 'mon conjoint me prend tout mon salaire'],
    ['job_loss', "mon patron m'a viré la semaine dernière"],
    ['job_loss', 'je viens de perdre mon travail'],
    ['cant_afford', "je suis à découvert tous les mois, c'est la galère"],
    ['carer', "je m'occupe de ma mère dépendante jour et nuit"],
    ['capability', 'je ne comprends rien à internet, je suis âgé'],
    ['capability', 'je suis mal voyant'],
    ['person', 'merci de me rappeler au plus vite'],
    ['complaint', 'je vous envoie une mise en demeure'],
    ['regulator', 'je vais saisir la CNIL'],
    ['legal', "je vais porter l'affaire devant les tribunaux"],
    ['mental_health', 'je vais vraiment pas bien moralement'],
    ['capability', "j'y vois plus très clair à mon âge"],
    ['carer', "mon père vit chez moi, il a besoin d'aide en permanence"],
  ])('send %s to a person: "%s"', (_driver, text) => {
    expect(flagged(text)).toBe(true);
  });

  it.each([
    "Pouvez-vous me rappeler à quelle date tombe l'échéance ?",
    'Le magasin a fermé ma commande sans me prévenir',
    "En outre, je n'ai pas reçu de confirmation par e-mail",
    "J'ai une succession de prélèvements refusés, pourquoi ?",
    'Le prélèvement aura lieu à la fin du mois ?',
    'What are the exchange rates you assign?',
  ])('flag nothing in a routine request: "%s"', (text) => {
    expect(readGuardSignals(text)).toEqual({ asksForHuman: false, vulnerability: false });
  });
});
