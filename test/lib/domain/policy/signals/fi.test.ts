import { describe, expect, it } from 'vitest';
import { readGuardSignals } from '../../../../../lib/domain/policy/signals/index.js';

/** Finnish: how customers write each driver, beyond the guard set, and routine wording that looks close. */

const flagged = (text: string): boolean => {
  const s = readGuardSignals(text);
  return s.asksForHuman || s.vulnerability;
};

describe('the guard signals in Finnish', () => {
  it.each([
    ['bereavement', 'isoisäni nukkui pois viime viikolla'],
    ['illness', 'olin teho-osastolla ja toivun nyt'],
    ['mental_health', 'olen loppuun palanut ja toivoton'],
    ['abuse', 'exäni pakotti minut ottamaan lainan'],
    ['job_loss', 'jäin työttömäksi muutosneuvotteluissa'],
    ['cant_afford', 'rahat loppuvat aina ennen kuun loppua'],
    ['carer', 'hoidan miestäni kotona ympärivuorokautisesti'],
    ['capability', 'olen vanha enkä ymmärrä sovellusta'],
    ['person', 'soittakaa minulle takaisin'],
    ['complaint', 'olen todella tyytymätön palveluun'],
    ['regulator', 'ilmoitan tästä viranomaisille'],
    ['legal', 'vien asian tuomioistuimeen'],
    ['capability', 'en näe enää kunnolla'],
    ['carer', 'isäni asuu luonani ja tarvitsee jatkuvaa hoitoa'],
  ])('send %s to a person: "%s"', (_driver, text) => {
    expect(flagged(text)).toBe(true);
  });

  it.each([
    'Haasteena on kirjautuminen sovellukseen',
    'Mielestäni sovellus ei anna maksaa kortilla',
    'Hoidan maksun mielelläni heti kun saan laskun',
  ])('flag nothing in a routine request: "%s"', (text) => {
    expect(readGuardSignals(text)).toEqual({ asksForHuman: false, vulnerability: false });
  });

  it.each([
    ['person', 'Voisitteko pirauttaa huomenna?'],
    ['person', 'Ei enää botteja, haluan puhua oikean ihmisen kanssa.'],
    ['person', 'Haluan, että esihenkilö katsoo asian.'],
    ['bereavement', 'Hoidan äitini kuolinpesän asioita.'],
    ['illness', 'Minulla on MS-tauti ja olen vuoteenomana.'],
    ['mental_health', 'Minulla on synkkiä ajatuksia.'],
    ['abuse', 'Asun turvakodissa, älkää lähettäkö mitään vanhaan osoitteeseen.'],
    ['job_loss', 'Määräaikainen työsopimukseni päättyi ja olen nyt työtön.'],
    ['cant_afford', 'Käyn ruoka-avussa joka viikko.'],
    ['carer', 'Olen omaishoitaja miehelleni.'],
    ['capability', 'Olen sokea ja käytän ruudunlukijaa.'],
    ['abuse', 'Entinen puolisoni otti lainaa nimissäni'],
    ['capability', 'Suomi ei ole äidinkieleni'],
    ['mental_health', 'Minulla on psyykkisesti tosi huono olo'],
  ])('send %s to a person, in the families the first held-out part taught: "%s"', (_driver, text) => {
    expect(flagged(text)).toBe(true);
  });

  it.each(['Menetin korttini, miten saan uuden?', 'Esimerkiksi eräpäivän siirto, onnistuuko?'])(
    'flag nothing in routine wording close to those families: "%s"',
    (text) => {
      expect(readGuardSignals(text)).toEqual({ asksForHuman: false, vulnerability: false });
    },
  );

  it.each([
    'hautajaisten jälkeen en ole avannut yhtään kirjettä',
    'hän tarkistaa tiliotteeni joka ilta',
    'minun täytyy pyytää häneltä rahaa kaikkeen',
    'pelkään että hän saa tietää että kirjoitan teille',
    'pesen, puen ja syötän äitiäni joka päivä',
    'määräaikaista sopimustani ei jatkettu',
    'tyhjennän isäni asuntoa',
    'en ole käynyt ulkona viikkoihin',
    'minulla on turvakielto',
  ])('send a life event told as a story, without its label word, to a person: "%s"', (text) => {
    expect(flagged(text)).toBe(true);
  });

  it.each(['Mistä löydän tiliotteeni?', 'Voinko maksaa mieheni kortilla?'])(
    'flag nothing in routine wording close to those stories: "%s"',
    (text) => {
      expect(readGuardSignals(text)).toEqual({ asksForHuman: false, vulnerability: false });
    },
  );

  it.each([
    'hän vaihtoi yhteisen tilin salasanan',
    'asun siskollani kunnes on turvallista palata',
    'isä tarvitsee apua kaikessa',
    'en pysty lopettamaan itkemistä',
  ])('send a story of control, safety, care after a fall or distress to a person: "%s"', (text) => {
    expect(flagged(text)).toBe(true);
  });

  it.each(['Sovelluksen kaatumisen jälkeen maksu ei näy'])(
    'flag nothing in a password change, an outage or a joint account asked about routinely: "%s"',
    (text) => {
      expect(readGuardSignals(text)).toEqual({ asksForHuman: false, vulnerability: false });
    },
  );

  it.each(['kirjoitan jo kolmatta kertaa eikä kukaan vastaa'])(
    'send a customer chasing for the third time with no answer to a person: "%s"',
    (text) => {
      expect(flagged(text)).toBe(true);
    },
  );
  it.each([
    ['illness', 'isa on teholla aivoverenvuodon jalkeen'],
    ['cant_afford', 'jaakaappi on tyhja ja 10 paivaa palkkapaivaan'],
    ['abuse', 'mieheni suuttuu jos kysyn rahoista'],
    ['abuse', 'mieheni ei koskaan anna mulle senttiakaan'],
    ['capability', 'mummoni on 90 ja ovimyyja huijasi hanta'],
    ['capability', 'aiti ei ymmarra enaa mitaan'],
    ['person', 'haluan hoitaa taman puhumalla'],
    ['complaint', 'olen jarkyttynyt siita miten minua kohdeltiin'],
    ['legal', 'muuten nostan kanteen'],
  ])('send %s to a person, told the way people type it in a chat box: "%s"', (_driver, text) => {
    expect(flagged(text)).toBe(true);
  });

  it.each([
    'Sovellus ei anna minun maksaa',
    'Voinko jakaa tilin jonkun kanssa?',
    'Olen ollut asiakkaana pitkaan',
  ])('flag nothing in routine wording close to the chat families: "%s"', (text) => {
    expect(readGuardSignals(text)).toEqual({ asksForHuman: false, vulnerability: false });
  });
  it.each(['mieheni paattaa kaikesta', 'lainat otettiin minun nimiini'])(
    'send a partner who decides everything or loans in my name to a person: "%s"',
    (text) => {
      expect(flagged(text)).toBe(true);
    },
  );

  it.each([
    'en jaksa enää elää',
    'oon velkakierteessä',
    'mummo on 95 eikä osaa käyttää puhelinta',
    'haluan puhua teidän esimiehen kanssa',
  ])('send short chat-box wording to a person (slang, abbreviations, local bodies, typos): "%s"', (text) => {
    expect(flagged(text)).toBe(true);
  });
  it.each([
    'Ei valitus, vaan kysymys laskusta',
    'sovellus on ihan painajainen',
    'persaukinen maanantaihin asti hah, voiko siirtää?',
    'puhelin kuoli kesken maksun',
  ])(
    'flag nothing in a negated complaint, an acquaintance\'s funeral, a device that died, broke until a weekday or a tries count that ends the sentence: "%s"',
    (text) => {
      expect(readGuardSignals(text)).toEqual({ asksForHuman: false, vulnerability: false });
    },
  );
});
