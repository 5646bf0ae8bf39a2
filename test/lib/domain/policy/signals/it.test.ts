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

  it.each([
    ['person', 'Potete farmi una telefonata domani?'],
    ['person', 'Basta risposte automatiche, voglio un operatore in carne e ossa.'],
    ['person', 'Voglio parlare con un superiore.'],
    ['bereavement', 'Sto seguendo la successione di mio padre.'],
    ['illness', 'Ho la sclerosi multipla e sono allettata.'],
    ['mental_health', 'Ho pensieri neri in questo periodo.'],
    ['abuse', 'Sono in una casa rifugio, non scrivete al vecchio indirizzo.'],
    ['job_loss', 'Il mio contratto a tempo determinato è scaduto e prendo la Naspi.'],
    ['cant_afford', 'Vado al banco alimentare della Caritas.'],
    ['carer', 'Faccio la caregiver per mia madre 24 ore su 24.'],
    ['capability', 'Sono ipovedente e uso un lettore di schermo.'],
    ['abuse', 'Il mio ex ha aperto finanziamenti a mio nome'],
    ['bereavement', 'Abbiamo seppellito mio nonno la settimana scorsa'],
    ['person', 'Voglio essere richiamato da un operatore'],
    ['bereavement', 'Abbiamo perso papà per il covid'],
    ['person', "C'è qualcuno? Ricevo sempre la stessa risposta"],
  ])('send %s to a person, in the families the first held-out part taught: "%s"', (_driver, text) => {
    expect(flagged(text)).toBe(true);
  });

  it.each([
    'Ho visto una successione di addebiti, perché?',
    'Mi chiamo Marco e vorrei sapere la scadenza.',
    'Mi passi il numero della pratica, per favore?',
    'Vi prego di spostare la scadenza.',
  ])('flag nothing in routine wording close to those families: "%s"', (text) => {
    expect(readGuardSignals(text)).toEqual({ asksForHuman: false, vulnerability: false });
  });

  it.each([
    'dal funerale non apro più la posta',
    'devo chiedergli i soldi per qualsiasi cosa',
    'ho paura che scopra che vi sto scrivendo',
    'lavo, vesto e imbocco mia madre ogni giorno',
    'hanno licenziato metà del personale',
    'non mi hanno rinnovato il contratto',
    'sto svuotando la casa di mio padre',
    'non esco di casa da settimane',
    'mio fratello si è tolto la vita',
    'mio nipote mi prende la pensione ogni mese',
  ])('send a life event told as a story, without its label word, to a person: "%s"', (text) => {
    expect(flagged(text)).toBe(true);
  });

  it.each(['Come posso svuotare il carrello?', 'Il contratto si rinnova da solo?'])(
    'flag nothing in routine wording close to those stories: "%s"',
    (text) => {
      expect(readGuardSignals(text)).toEqual({ asksForHuman: false, vulnerability: false });
    },
  );

  it.each([
    'ha cambiato la password del conto cointestato',
    'sto da mia sorella finché non sarà sicuro tornare',
    'mio padre ha bisogno di aiuto per tutto dopo la caduta',
    'non riesco a smettere di piangere',
  ])('send a story of control, safety, care after a fall or distress to a person: "%s"', (text) => {
    expect(flagged(text)).toBe(true);
  });

  it.each(['Dopo la caduta della linea non vedo il pagamento'])(
    'flag nothing in a password change, an outage or a joint account asked about routinely: "%s"',
    (text) => {
      expect(readGuardSignals(text)).toEqual({ asksForHuman: false, vulnerability: false });
    },
  );
  it.each([
    ['bereavement', "da quando papa non c'e piu non apro la posta"],
    ['bereavement', 'il nostro bimbo e nato morto'],
    ['cant_afford', 'sono in bolletta, il frigo e vuoto'],
    ['abuse', 'si arrabbia quando gli chiedo dei soldi'],
    ['abuse', 'mio marito non mi da soldi'],
    ['capability', 'mio nonno ha 90 anni e un venditore porta a porta gli ha fatto firmare'],
    ['capability', 'mia madre non capisce piu niente'],
    ['person', 'ma non avete un numero verde?'],
  ])('send %s to a person, told the way people type it in a chat box: "%s"', (_driver, text) => {
    expect(flagged(text)).toBe(true);
  });

  it.each([
    'Il bancomat si è tenuto la carta',
    'La consegna porta a porta è in ritardo',
    'È mancato il pagamento di marzo?',
    "Il pulsante non c'è più nell'app",
  ])('flag nothing in routine wording close to the chat families: "%s"', (text) => {
    expect(readGuardSignals(text)).toEqual({ asksForHuman: false, vulnerability: false });
  });
  it.each(['mio marito decide su tutto'])(
    'send a partner who decides everything or holds my PIN to a person: "%s"',
    (text) => {
      expect(flagged(text)).toBe(true);
    },
  );

  it.each([
    'mi passate il responsabile per favore',
    'sono a spasso da marzo',
    'mi hanno staccato la luce',
    'mio marito mi picchia',
  ])('send short chat-box wording to a person (slang, abbreviations, local bodies, typos): "%s"', (text) => {
    expect(flagged(text)).toBe(true);
  });
  it.each([
    'Nessun reclamo, volevo solo sapere la data della rata',
    'Mi è morta la batteria del telefono mentre pagavo',
    'al verde fino a lunedì, posso spostare la rata?',
    'codice invalido nel carrello',
  ])(
    'flag nothing in a negated complaint, an acquaintance\'s funeral, a device that died, broke until a weekday or a tries count that ends the sentence: "%s"',
    (text) => {
      expect(readGuardSignals(text)).toEqual({ asksForHuman: false, vulnerability: false });
    },
  );
});
