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

  it.each([
    ['person', 'Kan I give mig et opkald i morgen?'],
    ['person', 'Ikke flere chatbots, jeg vil tale med en rigtig medarbejder.'],
    ['person', 'Jeg vil have at en leder ser på det.'],
    ['bereavement', 'Jeg er bobestyrer for min fars dødsbo.'],
    ['illness', 'Jeg har sklerose og har ligget i sengen i ugevis.'],
    ['mental_health', 'Jeg har mørke tanker for tiden.'],
    ['abuse', 'Jeg bor på krisecenter, send ikke noget til min gamle adresse.'],
    ['job_loss', 'Mit vikariat udløb og jeg får dagpenge.'],
    ['cant_afford', 'Jeg får madhjælp fra Kirkens Korshær.'],
    ['carer', 'Jeg passer ham hjemme efter hans hjerneskade.'],
    ['capability', 'Jeg er blind og bruger skærmlæser.'],
    ['job_loss', 'Jeg blev sagt op på mit arbejde i fredags'],
    ['bereavement', 'Vi mistede far til covid i foråret'],
    ['person', 'Er der nogen? Jeg får det samme svar hele tiden'],
  ])('send %s to a person, in the families the first held-out part taught: "%s"', (_driver, text) => {
    expect(flagged(text)).toBe(true);
  });

  it.each([
    'Jeg leder efter min ordre, hvor er den?',
    'Er det muligt at betale enkelt med kort?',
    'Jeg har opsagt mit abonnement, hvornår stopper det?',
    'Jeg har sagt op mit abonnement, hvornår stopper det?',
    'Er der nogen gebyrer ved at betale tidligt?',
  ])('flag nothing in routine wording close to those families: "%s"', (text) => {
    expect(readGuardSignals(text)).toEqual({ asksForHuman: false, vulnerability: false });
  });

  it.each([
    'siden begravelsen har jeg ikke åbnet noget post',
    'han tjekker mine kontoudtog hver aften',
    'jeg skal bede ham om penge til alt',
    'jeg er bange for at han finder ud af at jeg skriver til jer',
    'jeg vasker, klæder på og mader min mor hver dag',
    'de fyrede halvdelen af personalet',
    'jeg er ved at rydde min fars hus',
    'jeg har ikke været ude af huset i ugevis',
    'min bror tog sit eget liv',
  ])('send a life event told as a story, without its label word, to a person: "%s"', (text) => {
    expect(flagged(text)).toBe(true);
  });

  it.each(['Hvor finder jeg mine kontoudtog?', 'Kan jeg betale med min mands kort?'])(
    'flag nothing in routine wording close to those stories: "%s"',
    (text) => {
      expect(readGuardSignals(text)).toEqual({ asksForHuman: false, vulnerability: false });
    },
  );

  it.each([
    'han har skiftet adgangskoden til vores fælles konto',
    'jeg bor hos min søster indtil det er sikkert',
    'min far har brug for hjælp til alt efter sit fald',
    'jeg kan ikke holde op med at græde',
  ])('send a story of control, safety, care after a fall or distress to a person: "%s"', (text) => {
    expect(flagged(text)).toBe(true);
  });

  it.each(['Efter faldet i renten vil jeg betale mere af'])(
    'flag nothing in a password change, an outage or a joint account asked about routinely: "%s"',
    (text) => {
      expect(readGuardSignals(text)).toEqual({ asksForHuman: false, vulnerability: false });
    },
  );
  it.each([
    ['bereavement', 'vi tog afsked med far i sidste uge'],
    ['cant_afford', 'koleskabet er tomt og der er 9 dage til lon'],
    ['abuse', 'han bliver vred nar jeg sporger til pengene'],
    ['abuse', 'min kaereste giver mig ingen penge'],
    ['capability', 'min morfar er 91 og fik prakket et abonnement pa'],
    ['capability', 'min mor forstar ikke noget mere'],
    ['legal', 'jeg laegger sag an mod jer'],
  ])('send %s to a person, told the way people type it in a chat box: "%s"', (_driver, text) => {
    expect(flagged(text)).toBe(true);
  });

  it.each([
    'Appen lader mig ikke betale',
    'Kan I sende noget hjem til mig?',
    'Jeg kan ikke sige hvornår jeg betaler',
    'Skærmen er blank når jeg åbner appen',
  ])('flag nothing in routine wording close to the chat families: "%s"', (text) => {
    expect(readGuardSignals(text)).toEqual({ asksForHuman: false, vulnerability: false });
  });
  it.each(['jeg skal bede ham om lov'])('send a partner who decides everything to a person: "%s"', (text) => {
    expect(flagged(text)).toBe(true);
  });

  it.each([
    'har ikke en krone til mad',
    'min morfar på 92 forstår ingenting af appen',
    'ligger på skadestuen',
    'jeg går til forbrugerombudsmanden',
  ])('send short chat-box wording to a person (slang, abbreviations, local bodies, typos): "%s"', (text) => {
    expect(flagged(text)).toBe(true);
  });
  it.each([
    'Ingen klage, bare et spørgsmål om fakturaen',
    'sygt langsom app i dag',
    'flad til mandag haha, kan jeg rykke den?',
    'afvist igen, fjerde gang!',
  ])(
    'flag nothing in a negated complaint, an acquaintance\'s funeral, a device that died, broke until a weekday or a tries count that ends the sentence: "%s"',
    (text) => {
      expect(readGuardSignals(text)).toEqual({ asksForHuman: false, vulnerability: false });
    },
  );
});
