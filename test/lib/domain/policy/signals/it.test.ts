import { describe, expect, it } from 'vitest';
import { readGuardSignals } from '../../../../../lib/domain/policy/signals/index.js';

/** Italian: how customers write each driver, beyond the guard set, and routine wording that looks close. */

const flagged = (text: string): boolean => {
  const s = readGuardSignals(text);
  return s.asksForHuman || s.vulnerability;
};

describe('the guard signals in Italian', () => {
  it.each([
    ['bereavement', 'è mancato mio padre la settimana scorsa'],
    ['bereavement', 'abbiamo perso il nonno a gennaio'],
    ['illness', 'sono stato ricoverato al pronto soccorso'],
    ['mental_health', 'soffro di attacchi di panico, non reggo più'],
    ['abuse', 'il mio compagno mi controlla i soldi e il telefono'],
    ['abuse', 'il mio ex mi ha costretta a firmare il finanziamento'],
    ['job_loss', 'mi hanno lasciato a casa dal lavoro'],
    ['cant_afford', 'non ho più un euro, sono al verde'],
    ['cant_afford', 'a fine mese non ci arrivo'],
    ['carer', 'mio marito è allettato, gli sto vicino giorno e notte'],
    ['capability', 'sono anziano e non so usare lo smartphone'],
    ['person', 'vorrei un operatore in carne ed ossa'],
    ['complaint', 'sono indignato, presento un esposto'],
    ['regulator', 'mi rivolgo a Altroconsumo'],
    ['legal', 'vi mando una diffida tramite lo studio legale'],
    ['capability', 'sono vecchio e queste app non le capisco'],
    ['carer', 'mio padre vive con me e ha bisogno di assistenza continua'],
  ])('send %s to a person: "%s"', (_driver, text) => {
    expect(flagged(text)).toBe(true);
  });

  it.each([
    'È mancato il pagamento della rata di marzo?',
    "Il negozio ha chiuso l'ordine senza avvisarmi",
    'Posso spostare la scadenza a fine mese?',
    'A causa di un errore ho pagato due volte',
  ])('flag nothing in a routine request: "%s"', (text) => {
    expect(readGuardSignals(text)).toEqual({ asksForHuman: false, vulnerability: false });
  });
});
