import { describe, expect, it } from 'vitest';
import { readGuardSignals } from '../../../../../lib/domain/policy/signals/index.js';

/** Dutch: how customers write each driver, beyond the guard set, and routine wording that looks close. */

const flagged = (text: string): boolean => {
  const s = readGuardSignals(text);
  return s.asksForHuman || s.vulnerability;
};

describe('the guard signals in Dutch', () => {
  it.each([
    ['bereavement', 'mijn oma is onlangs heengegaan'],
    ['illness', 'ik zit in de ziektewet en ben arbeidsongeschikt'],
    ['mental_health', 'ik zit er psychisch helemaal doorheen, zit in de put'],
    ['abuse', 'mijn partner houdt al ons geld achter'],
    ['abuse', 'mijn man neemt mijn pinpas af'],
    ['job_loss', 'ik ben op straat gezet door mijn baas'],
    ['cant_afford', 'ik kom niet meer rond'],
    ['cant_afford', 'mijn geld is altijd op voor het einde van de maand'],
    ['carer', 'mijn moeder is hulpbehoevend, ik zorg dag en nacht'],
    ['capability', 'ik ben oud en snap niks van die app'],
    ['person', 'graag een telefoontje van een medewerker'],
    ['complaint', 'ik ben woedend over de slechte service'],
    ['regulator', 'ik stap naar de Geschillencommissie'],
    ['legal', 'ik stap naar de rechter'],
    ['person', 'ik wil iemand aan de telefoon'],
    ['carer', 'mijn vader woont bij mij en heeft constant zorg nodig'],
  ])('send %s to a person: "%s"', (_driver, text) => {
    expect(flagged(text)).toBe(true);
  });

  it.each([
    'Het geld is al op mijn rekening, klopt dat?',
    'Mijn man neemt morgen contact op over de bestelling',
    'De betaling staat gepland voor het eind van de maand',
  ])('flag nothing in a routine request: "%s"', (text) => {
    expect(readGuardSignals(text)).toEqual({ asksForHuman: false, vulnerability: false });
  });

  it.each([
    ['person', 'Kan iemand me vanavond een telefoontje geven?'],
    ['person', 'Geen automatische antwoorden meer, ik wil een echte medewerker.'],
    ['person', 'Ik wil dat een leidinggevende ernaar kijkt.'],
    ['bereavement', 'Ik ben executeur van de nalatenschap van mijn oom.'],
    ['illness', 'Ik heb multiple sclerose en lig al weken op bed.'],
    ['mental_health', 'Ik heb donkere gedachten de laatste tijd.'],
    ['abuse', 'Ik zit in de vrouwenopvang, stuur niets naar mijn oude adres.'],
    ['job_loss', 'Mijn tijdelijke contract werd niet verlengd, nu zit ik in de WW.'],
    ['cant_afford', 'Ik haal elke week een pakket bij de voedselbank.'],
    ['carer', 'Ik ben mantelzorger voor mijn moeder, dag en nacht.'],
    ['capability', 'Ik ben slechtziend en gebruik een schermlezer.'],
    ['abuse', 'Mijn ex heeft leningen op mijn naam afgesloten'],
    ['complaint', 'Dit is de derde keer dat ik erachteraan zit'],
    ['bereavement', 'We zijn papa verloren aan corona'],
    ['abuse', 'Hij laat me geen eigen bankpas hebben'],
    ['person', 'Ik heb liever contact met een persoon'],
  ])('send %s to a person, in the families the first held-out part taught: "%s"', (_driver, text) => {
    expect(flagged(text)).toBe(true);
  });

  it.each([
    'Na overleg met mijn partner wil ik eerder betalen.',
    'Het neemt veel tijd in beslag, kan het sneller?',
    'Ik heb meerdere betalingen gedaan.',
    'De app laat me niet inloggen.',
  ])('flag nothing in routine wording close to those families: "%s"', (text) => {
    expect(readGuardSignals(text)).toEqual({ asksForHuman: false, vulnerability: false });
  });

  it.each([
    'sinds de begrafenis heb ik geen post meer geopend',
    'hij controleert elke avond mijn afschriften',
    'ik moet hem om geld vragen voor alles',
    'ik ben bang dat hij erachter komt dat ik jullie schrijf',
    'ik was, kleed en voed mijn moeder elke dag',
    'ze hebben de helft van het personeel ontslagen',
    'mijn contract is niet verlengd',
    'ik ben het huis van mijn vader aan het leegruimen',
    'ik kom al weken de deur niet uit',
    'mijn zus heeft een einde aan haar leven gemaakt',
  ])('send a life event told as a story, without its label word, to a person: "%s"', (text) => {
    expect(flagged(text)).toBe(true);
  });

  it.each(['Ik was vorige week in de winkel', 'Kan ik mijn afschriften downloaden?'])(
    'flag nothing in routine wording close to those stories: "%s"',
    (text) => {
      expect(readGuardSignals(text)).toEqual({ asksForHuman: false, vulnerability: false });
    },
  );

  it.each([
    'hij heeft het wachtwoord van de gezamenlijke rekening veranderd',
    'ik logeer bij mijn zus tot het veilig is',
    'mijn vader heeft sinds zijn val overal hulp bij nodig',
    'ik kan niet stoppen met huilen',
  ])('send a story of control, safety, care after a fall or distress to a person: "%s"', (text) => {
    expect(flagged(text)).toBe(true);
  });

  it.each(['Ik heb mijn wachtwoord veranderd'])(
    'flag nothing in a password change, an outage or a joint account asked about routinely: "%s"',
    (text) => {
      expect(readGuardSignals(text)).toEqual({ asksForHuman: false, vulnerability: false });
    },
  );
  it.each([
    ['bereavement', 'sinds oma er niet meer is lukt de post me niet'],
    ['bereavement', 'ons zoontje is stilgeboren'],
    ['illness', 'mijn moeder ligt op de ic na een hersenbloeding'],
    ['cant_afford', 'de koelkast is leeg en nog 9 dagen tot mijn salaris'],
    ['abuse', 'hij wordt kwaad als ik naar het geld vraag'],
    ['abuse', 'mijn man geeft me nooit een cent'],
    ['capability', 'mijn opa is 92 en kreeg aan de deur een abonnement aangesmeerd'],
    ['capability', 'mijn moeder snapt er niks meer van'],
    ['person', 'ik wil het met iemand bespreken'],
    ['complaint', 'ik ben geschokt over hoe ik behandeld ben'],
    ['legal', 'ik stel jullie hierbij in gebreke'],
  ])('send %s to a person, told the way people type it in a chat box: "%s"', (_driver, text) => {
    expect(flagged(text)).toBe(true);
  });

  it.each([
    'De app gooit me eruit',
    'Er gaat geld af van mijn rekening, wat is dit?',
    'Hoe lang duurt 14 dagen levering anders?',
  ])('flag nothing in routine wording close to the chat families: "%s"', (text) => {
    expect(readGuardSignals(text)).toEqual({ asksForHuman: false, vulnerability: false });
  });
  it.each(['ik zit midden in een vechtscheiding'])('send a separation to a person: "%s"', (text) => {
    expect(flagged(text)).toBe(true);
  });
  it.each(['mijn man bepaalt alles'])(
    'send a partner who decides everything or holds my PIN to a person: "%s"',
    (text) => {
      expect(flagged(text)).toBe(true);
    },
  );

  it.each(['hij heeft mijn pakket'])('flag nothing when a parcel is held: "%s"', (text) => {
    expect(readGuardSignals(text)).toEqual({ asksForHuman: false, vulnerability: false });
  });

  it.each([
    'mijn man is aan het stempelen',
    'gas en water zijn afgesloten',
    'ik lees slecht nederlands',
    'ik stap naar de kantonrechter',
  ])('send short chat-box wording to a person (slang, abbreviations, local bodies, typos): "%s"', (text) => {
    expect(flagged(text)).toBe(true);
  });
  it.each([
    'Geen klacht hoor, alleen een vraag over de termijn',
    'mijn gsm viel dood tijdens het betalen',
    'tot maandag blut haha, mag de betaling later?',
  ])(
    'flag nothing in a negated complaint, an acquaintance\'s funeral, a device that died, broke until a weekday or a tries count that ends the sentence: "%s"',
    (text) => {
      expect(readGuardSignals(text)).toEqual({ asksForHuman: false, vulnerability: false });
    },
  );
});
