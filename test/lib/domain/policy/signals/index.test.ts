import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { explainGuard, readGuardSignals } from '../../../../../lib/domain/policy/signals/index.js';
import { readSignals } from '../../../../../lib/domain/policy/signals.js';

describe('the guard signals', () => {
  it.each([
    ['en', 'When will my refund arrive? My dad died on Monday.'],
    ['en', 'How do I pay early? I got fired yesterday and want to clear it before my savings run out.'],
    ['en', 'Please extend my due date. I have been in and out of the psychiatric ward since August.'],
    ['en', 'got sacked on friday, when is my next payment'],
    ['de', 'Mein Vater ist verstorben, wann kommt die Rückerstattung?'],
    ['de', 'Ich habe meinen Job verloren. Wann ist die Rate fällig?'],
    ['fr', 'Je suis au chômage, pouvez-vous reporter mon échéance ?'],
    ['es', 'Me despidieron ayer, ¿cuándo vence mi pago?'],
    ['it', 'Mio padre è morto lunedì. Quando arriva il rimborso?'],
    ['pt', 'Perdi o meu emprego, posso adiar o pagamento?'],
    ['nl', 'Ik ben ontslagen, kan ik de betaling uitstellen?'],
    ['sv', 'Jag är arbetslös och har inte råd'],
    ['da', 'Min far døde i mandags. Hvornår får jeg pengene?'],
    ['da', 'min far dode i mandags'],
    ['fi', 'Isäni kuoli maanantaina, milloin saan palautuksen?'],
    ['pl', 'Straciłem pracę, kiedy jest termin raty?'],
    ['pl', 'stracilem prace, kiedy jest termin raty'],
  ])('flags vulnerability (%s): "%s"', (_lang, text) => {
    expect(readGuardSignals(text).vulnerability).toBe(true);
  });

  it.each([
    ['en', 'Late fee again?? Put me through to your manager.'],
    ['en', 'Can someone ring me please? I cannot log in.'],
    ['en', 'I want a callback about my statement'],
    ['en', 'I am going to the Financial Ombudsman about this late fee'],
    ['pt', 'Quero falar com uma pessoa sobre o reembolso.'],
    ['it', 'Voglio parlare con un operatore per la rata.'],
    ['pl', 'Chcę porozmawiać z człowiekiem o racie.'],
    ['da', 'Jeg vil tale med et menneske om min rate.'],
    ['fi', 'Haluan puhua ihmisen kanssa eräpäivästä.'],
    ['de', 'Ich möchte mich offiziell beschweren über die Mahngebühr.'],
    ['nl', 'Mijn advocaat neemt contact op over de boete.'],
  ])('flags a request for a person, a complaint, a regulator or the law (%s): "%s"', (_lang, text) => {
    expect(readGuardSignals(text).asksForHuman).toBe(true);
  });

  it.each([
    'My phone died so I could not log in, can you reset my password?',
    'My battery died at checkout, did the order go through?',
    'Can I see a breakdown of the late fees on my account?',
    'The app says notifications are disabled.',
    'rewards page says I am 80 points from Gold',
    'I got a new job, can I change my payment date to payday?',
    'Frage zu unserem Vertrag mit einem Mitarbeiterüberlassungsdienst',
    'Die Operation war erfolgreich: Zahlung eingegangen?',
    'Kan ik de vervaldatum uitstellen?',
    'Pouvez-vous me rappeler la date de mon prochain prélèvement ?',
    'Non pago a causa di un errore della carta',
    'Vald betalningsmetod fungerar inte',
    'Haluan irtisanoa sopimuksen ja sulkea tilin',
    'Operacja odrzucona, co mam zrobić?',
    'Jeg fik et nyt kort, hvordan opdaterer jeg det?',
    'How do I unfreeze my card? I froze it by accident',
    'Per ongeluk twee keer besteld, kan ik er een annuleren?',
    'The login page says my email format is invalid',
    'shut down my account pls, not using it',
    'why is there no pay later option at this shop?',
    'It asks me to upload a bill, but I have none in my name yet because I just moved',
    'Can I order a new card by phone?',
    'Is my refund in behandeling? Het duurt lang.',
  ])('flags nothing in a routine request: "%s"', (text) => {
    expect(explainGuard(text)).toEqual({ asksForHuman: undefined, vulnerability: undefined });
  });

  it('reads the same signals through readSignals and answers the same text the same way twice', () => {
    const text = 'Mio padre è morto. Voglio parlare con un operatore.';
    expect(readSignals(text)).toEqual({ asksForHuman: true, vulnerability: true, injectionSuspected: false });
    expect(readSignals(text)).toEqual(readSignals(text));
  });

  it('keeps an answer it remembers from being changed by its caller', () => {
    const text = 'My dad died last week, where is my refund?';
    const first = readGuardSignals(text);
    first.vulnerability = false;
    expect(readGuardSignals(text).vulnerability).toBe(true);
  });

  it.each([
    ['a word of one letter at the very end', 'I am disabled and need help, can you call me? a'],
    ['a pattern whose second character is an apostrophe', "Pouvez-vous m'appeler demain ?"],
    ['a pattern that starts with an optional word', 'mijn dochter helpt mij met de app'],
    ['a match that ends the text', 'please escalate'],
  ])('finds what every pattern tried at every word would find: %s', (_case, text) => {
    const explained = explainGuard(text);
    expect(readGuardSignals(text)).toEqual({
      asksForHuman: explained.asksForHuman !== undefined,
      vulnerability: explained.vulnerability !== undefined,
    });
  });

  it('answers as the reference does on a sample of the guard set and of routine tickets', () => {
    const rows = (path: string) =>
      readFileSync(join(__dirname, '../../../../..', path), 'utf8')
        .split('\n')
        .slice(1)
        .filter(Boolean);
    const texts = [
      ...rows('data/guard/needs-person.csv').filter((_, i) => i % 53 === 0),
      ...rows('data/bnpl/tickets.csv').filter((_, i) => i % 50 === 0),
    ];
    for (const text of texts) {
      const explained = explainGuard(text);
      expect(readGuardSignals(text), text).toEqual({
        asksForHuman: explained.asksForHuman !== undefined,
        vulnerability: explained.vulnerability !== undefined,
      });
    }
  });
});
