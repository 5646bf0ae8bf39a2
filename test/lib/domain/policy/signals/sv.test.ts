import { describe, expect, it } from 'vitest';
import { readGuardSignals } from '../../../../../lib/domain/policy/signals/index.js';

/** Swedish: how customers write each driver, beyond the guard set, and routine wording that looks close. */

const flagged = (text: string): boolean => {
  const s = readGuardSignals(text);
  return s.asksForHuman || s.vulnerability;
};

describe('the guard signals in Swedish', () => {
  it.each([
    ['bereavement', 'min farfar somnade in förra veckan'],
    ['illness', 'jag ligger inlagd och får sjukpenning'],
    ['mental_health', 'jag orkar ingenting och har panikångest'],
    ['abuse', 'min man tar mitt bankkort och kollar allt jag köper'],
    ['job_loss', 'jag har blivit av med jobbet'],
    ['cant_afford', 'pengarna tar slut innan månaden är slut'],
    ['carer', 'min mamma är dement och behöver hjälp dygnet runt'],
    ['capability', 'jag är gammal och förstår ingenting av appen'],
    ['person', 'kan ni ringa mig'],
    ['complaint', 'jag är missnöjd med bemötandet'],
    ['regulator', 'jag vänder mig till Allmänna reklamationsnämnden'],
    ['legal', 'jag kommer att stämma er'],
    ['capability', 'jag ser inte så bra längre'],
    ['carer', 'min pappa bor hos mig och behöver ständig vård'],
    ['complaint', 'det här är under all kritik'],
  ])('send %s to a person: "%s"', (_driver, text) => {
    expect(flagged(text)).toBe(true);
  });

  it.each([
    'Beloppet stämmer inte med fakturan',
    'Det ska stämma med kvittot, kan ni kolla?',
    'Kan man ändra förfallodagen?',
  ])('flag nothing in a routine request: "%s"', (text) => {
    expect(readGuardSignals(text)).toEqual({ asksForHuman: false, vulnerability: false });
  });

  it.each([
    ['person', 'Kan ni slå en signal till mig i morgon?'],
    ['person', 'Inga fler automatiska svar, jag vill ha en riktig handläggare.'],
    ['person', 'Jag vill att någon högre upp tittar på det.'],
    ['bereavement', 'Jag är dödsbodelägare efter min mormor.'],
    ['illness', 'Jag har MS och har legat till sängs i en vecka.'],
    ['mental_health', 'Jag har mörka tankar just nu.'],
    ['abuse', 'Jag bor på skyddat boende, skicka inget till gamla adressen.'],
    ['job_loss', 'Mitt vikariat tog slut och jag är inskriven på Arbetsförmedlingen.'],
    ['cant_afford', 'Jag hämtar matkasse från Stadsmissionen.'],
    ['carer', 'Jag sköter om honom hemma sedan hans hjärnskada.'],
    ['capability', 'Jag är blind och använder skärmläsare.'],
    ['job_loss', 'Jag fick gå från jobbet i fredags'],
    ['bereavement', 'Vi förlorade pappa i covid i våras'],
    ['person', 'Finns det någon där? Jag får samma svar hela tiden'],
    ['person', 'Jag vill hellre ha kontakt med en person'],
  ])('send %s to a person, in the families the first held-out part taught: "%s"', (_driver, text) => {
    expect(flagged(text)).toBe(true);
  });

  it.each([
    'Min beställning kom inte och ingen har hört av sig.',
    'Lagret är slut, när kommer varan?',
    'Jag förlorade mitt kort, hur spärrar jag det?',
  ])('flag nothing in routine wording close to those families: "%s"', (text) => {
    expect(readGuardSignals(text)).toEqual({ asksForHuman: false, vulnerability: false });
  });

  it.each([
    'sedan begravningen har jag inte öppnat någon post',
    'han kollar mina kontoutdrag varje kväll',
    'jag måste be honom om pengar för allt',
    'jag är rädd att han får reda på att jag skriver till er',
    'jag tvättar, klär och matar min mamma varje dag',
    'de sa upp halva personalen',
    'jag tömmer pappas hus',
    'jag har inte gått ut på flera veckor',
    'min bror tog sitt liv i våras',
    'jag har skyddad identitet',
  ])('send a life event told as a story, without its label word, to a person: "%s"', (text) => {
    expect(flagged(text)).toBe(true);
  });

  it.each(['Var hittar jag mina kontoutdrag?', 'Kan jag betala med min sambos kort?'])(
    'flag nothing in routine wording close to those stories: "%s"',
    (text) => {
      expect(readGuardSignals(text)).toEqual({ asksForHuman: false, vulnerability: false });
    },
  );

  it.each([
    'han har bytt lösenord på vårt gemensamma konto',
    'jag bor hos min syster tills det är säkert',
    'pappa flyttade in hos oss och behöver hjälp med allt',
    'jag kan inte sluta gråta',
  ])('send a story of control, safety, care after a fall or distress to a person: "%s"', (text) => {
    expect(flagged(text)).toBe(true);
  });

  it.each(['I det här fallet vill jag ha en faktura'])(
    'flag nothing in a password change, an outage or a joint account asked about routinely: "%s"',
    (text) => {
      expect(readGuardSignals(text)).toEqual({ asksForHuman: false, vulnerability: false });
    },
  );
  it.each([
    ['bereavement', 'vi tog farval av mamma i fredags'],
    ['illness', 'pappa fick en hjarnblodning och ligger pa iva'],
    ['job_loss', 'min man fick ga efter 20 ar'],
    ['abuse', 'han blir arg nar jag fragar om pengarna'],
    ['abuse', 'min sambo ger mig inga pengar'],
    ['capability', 'min mormor ar 90 och blev lurad av en forsaljare'],
    ['capability', 'mamma forstar inte langre'],
    ['legal', 'annars stammer jag er'],
  ])('send %s to a person, told the way people type it in a chat box: "%s"', (_driver, text) => {
    expect(flagged(text)).toBe(true);
  });

  it.each([
    'Appen låter mig inte betala',
    'Jag förstår inte vad avgiften är',
    'Jag fick gå igenom hela processen igen',
  ])('flag nothing in routine wording close to the chat families: "%s"', (text) => {
    expect(readGuardSignals(text)).toEqual({ asksForHuman: false, vulnerability: false });
  });
  it.each(['klarar inte rakningarna längre'])('send bills I cannot manage to a person: "%s"', (text) => {
    expect(flagged(text)).toBe(true);
  });
  it.each(['min sambo bestammer over pengarna'])(
    'send a partner who decides everything to a person: "%s"',
    (text) => {
      expect(flagged(text)).toBe(true);
    },
  );

  it.each([
    'vill prata med en levande person',
    'har inte ett öre till hyran',
    'jag har svårt att läsa svenska',
    'mitt ex har tillgång till mitt bankid',
  ])('send short chat-box wording to a person (slang, abbreviations, local bodies, typos): "%s"', (text) => {
    expect(flagged(text)).toBe(true);
  });
  it.each([
    'Inget klagomål, bara en fråga om fakturan',
    'pank till måndag haha, kan jag skjuta upp?',
    'betalningen nekades igen, fjärde gången!',
    'beställde blommor till en grannes begravning',
  ])(
    'flag nothing in a negated complaint, an acquaintance\'s funeral, a device that died, broke until a weekday or a tries count that ends the sentence: "%s"',
    (text) => {
      expect(readGuardSignals(text)).toEqual({ asksForHuman: false, vulnerability: false });
    },
  );
  it.each(['jag kan inte så mycket svenska'])(
    'send a customer who knows little Swedish to a person: "%s"',
    (text) => {
      expect(flagged(text)).toBe(true);
    },
  );
});
