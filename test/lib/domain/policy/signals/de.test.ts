import { describe, expect, it } from 'vitest';
import { readGuardSignals } from '../../../../../lib/domain/policy/signals/index.js';

/** German: how customers write each driver, beyond the guard set, and routine wording that looks close. */

const flagged = (text: string): boolean => {
  const s = readGuardSignals(text);
  return s.asksForHuman || s.vulnerability;
};

describe('the guard signals in German', () => {
  it.each([
    ['bereavement', 'mein Opa ist letzten Monat von uns gegangen'],
    ['illness', 'ich liege nach einer Herz-OP im Krankenhaus'],
    ['mental_health', 'ich bin psychisch total am Ende'],
    ['abuse', 'mein Freund kontrolliert mein Handy und mein Konto'],
    ['abuse', 'mein Mann nimmt mir jeden Monat mein Gehalt weg'],
    ['job_loss', 'mein Arbeitgeber hat mir gekündigt'],
    ['cant_afford', 'das Geld reicht hinten und vorne nicht'],
    ['cant_afford', 'am Monatsende bleibt nichts übrig'],
    ['carer', 'ich betreue meine demente Mutter zuhause'],
    ['capability', 'ich bin schon älter und tu mich schwer mit dem Internet'],
    ['person', 'verbinden Sie mich mit einem echten Menschen'],
    ['complaint', 'das lasse ich mir nicht gefallen'],
    ['regulator', 'ich wende mich an die Aufsichtsbehörde'],
    ['legal', 'ich lasse das rechtlich prüfen'],
    ['abuse', 'er lässt mich nicht an unser Konto'],
    ['capability', 'kann kaum noch lesen wegen meiner Augen'],
    ['person', 'will endlich mit nem Menschen reden'],
    ['cant_afford', 'ich bin total blank'],
  ])('send %s to a person: "%s"', (_driver, text) => {
    expect(flagged(text)).toBe(true);
  });

  it.each([
    'Meine Karte ist weg, können Sie sie sperren?',
    'Ich möchte meinen Vertrag kündigen, wie geht das?',
    'Die Zahlung ist am Monatsende fällig, richtig?',
    'Ich bin älter als 18, warum wird mein Alter abgelehnt?',
    'Die App lässt mich nicht an mein Konto',
  ])('flag nothing in a routine request: "%s"', (text) => {
    expect(readGuardSignals(text)).toEqual({ asksForHuman: false, vulnerability: false });
  });

  it.each([
    ['person', 'Könnten Sie mich heute Nachmittag kurz anklingeln?'],
    ['person', 'Bitte keine Textbausteine mehr, ich möchte einen echten Mitarbeiter.'],
    ['person', 'Ich möchte, dass sich ein Vorgesetzter darum kümmert.'],
    ['bereavement', 'Ich bin Testamentsvollstrecker für meinen Onkel.'],
    ['illness', 'Ich habe Multiple Sklerose und liege seit einer Woche flach.'],
    ['mental_health', 'Ich war in der geschlossenen Abteilung und bin gerade entlassen worden.'],
    ['abuse', 'Ich wohne gerade im Frauenhaus.'],
    ['job_loss', 'Mein Zeitvertrag wurde nicht verlängert, jetzt bin ich beim Jobcenter.'],
    ['cant_afford', 'Ich gehe seit Monaten zur Tafel.'],
    ['carer', 'Seit dem Schlaganfall mache ich alles für sie.'],
    ['capability', 'Ich bin gehörlos und kann nicht telefonieren.'],
    ['abuse', 'Mein Ex hat Verträge auf meinen Namen abgeschlossen'],
    ['complaint', 'Das ist jetzt das dritte Mal, dass ich nachhake'],
    ['bereavement', 'Wir haben unseren Vater an Corona verloren'],
    ['person', 'Gibt es da auch einen Menschen, oder nur den Bot?'],
  ])('send %s to a person, in the families the first held-out part taught: "%s"', (_driver, text) => {
    expect(flagged(text)).toBe(true);
  });

  it.each([
    'Ich habe den Vertrag gekündigt, wann kommt die Bestätigung?',
    'Ich wohne im Kreis Heinsberg, liefern Sie dorthin?',
    'Ich habe eine automatische Zahlung eingerichtet.',
    'Meine Mutter hat ihre Karte verloren, kann sie eine neue bestellen?',
  ])('flag nothing in routine wording close to those families: "%s"', (text) => {
    expect(readGuardSignals(text)).toEqual({ asksForHuman: false, vulnerability: false });
  });

  it.each([
    'seit der Beerdigung habe ich keine Post mehr aufgemacht',
    'er kontrolliert jeden Abend meine Kontoauszüge',
    'ich muss ihn um jedes bisschen Geld bitten',
    'ich habe Angst, dass er herausfindet, dass ich Ihnen schreibe',
    'ich wasche, füttere und ziehe meine Mutter jeden Tag an',
    'sie haben die halbe Belegschaft entlassen',
    'ich räume gerade die Wohnung meines Vaters aus',
    'ich gehe seit Wochen nicht mehr aus dem Haus',
    'meine Schwester hat sich im Mai das Leben genommen',
    'mein Enkel nimmt mir jeden Monat die Rente ab',
  ])('send a life event told as a story, without its label word, to a person: "%s"', (text) => {
    expect(flagged(text)).toBe(true);
  });

  it.each([
    'Ich habe das Abo gekündigt, wann kommt die Erstattung?',
    'Wo finde ich meine Kontoauszüge in der App?',
  ])('flag nothing in routine wording close to those stories: "%s"', (text) => {
    expect(readGuardSignals(text)).toEqual({ asksForHuman: false, vulnerability: false });
  });

  it.each([
    'seit Mama nicht mehr da ist, schaffe ich den Papierkram nicht',
    'er hat das Passwort vom gemeinsamen Konto geändert',
    'ich wohne bei meiner Schwester, bis es sicher ist',
    'mein Vater ist nach seinem Sturz zu uns gezogen',
    'ich kann seit Tagen nicht aufhören zu weinen',
  ])('send a story of control, safety, care after a fall or distress to a person: "%s"', (text) => {
    expect(flagged(text)).toBe(true);
  });

  it.each(['Ich habe mein Passwort geändert und komme nicht rein'])(
    'flag nothing in a password change, an outage or a joint account asked about routinely: "%s"',
    (text) => {
      expect(readGuardSignals(text)).toEqual({ asksForHuman: false, vulnerability: false });
    },
  );

  it.each(['ich schreibe jetzt zum dritten Mal und keiner antwortet'])(
    'send a customer chasing for the third time with no answer to a person: "%s"',
    (text) => {
      expect(flagged(text)).toBe(true);
    },
  );
  it.each([
    ['bereavement', 'seit mama unter der erde ist, bleibt die post liegen'],
    ['bereavement', 'unser kind kam tot geboren zur welt'],
    ['illness', 'mein vater hatte einen motorradunfall'],
    ['job_loss', 'hab meine stelle im lager verloren'],
    ['abuse', 'er wird aggressiv wenn ich nach dem geld frage'],
    ['abuse', 'mein freund gibt mir nie taschengeld'],
    ['capability', 'mein opa ist 90 und hat an der haustuer einen vertrag unterschrieben'],
    ['capability', 'meine mutter versteht gar nichts mehr'],
    ['person', 'ruft mich doch bitte mal an'],
  ])('send %s to a person, told the way people type it in a chat box: "%s"', (_driver, text) => {
    expect(flagged(text)).toBe(true);
  });

  it.each([
    'Die App wirft mich ständig raus',
    'Das Paket wurde an der Haustür abgelegt',
    'Ich habe den Vertrag gekündigt, bitte bestätigen',
    'Der Geldautomat hat meine Karte behalten',
  ])('flag nothing in routine wording close to the chat families: "%s"', (text) => {
    expect(readGuardSignals(text)).toEqual({ asksForHuman: false, vulnerability: false });
  });
  it.each(['wir lassen uns gerade scheiden'])('send a separation to a person: "%s"', (text) => {
    expect(flagged(text)).toBe(true);
  });

  it.each(['Namensänderung nach der Scheidung'])(
    'flag nothing in a name change after a divorce: "%s"',
    (text) => {
      expect(readGuardSignals(text)).toEqual({ asksForHuman: false, vulnerability: false });
    },
  );
  it.each(['mensch bitte'])('send a person asked for in a fragment to a person: "%s"', (text) => {
    expect(flagged(text)).toBe(true);
  });
  it.each(['mein mann entscheidet über alles', 'er hat meine geheimzahl'])(
    'send a partner who decides everything or holds my PIN to a person: "%s"',
    (text) => {
      expect(flagged(text)).toBe(true);
    },
  );

  it.each(['Sie entscheiden alles selbst?'])(
    'flag nothing when a customer asks who decides: "%s"',
    (text) => {
      expect(readGuardSignals(text)).toEqual({ asksForHuman: false, vulnerability: false });
    },
  );

  it.each([
    'ich muss ab märz stempeln gehen',
    'lieg seit montag im kh',
    'mein ex hat immer noch zugriff auf mein konto',
    'ich zeig euch an',
    'das geht an die arbeiterkammer',
    'will jemand an der strippe',
  ])('send short chat-box wording to a person (slang, abbreviations, local bodies, typos): "%s"', (text) => {
    expect(flagged(text)).toBe(true);
  });
  it.each([
    'Keine Beschwerde, nur eine kurze Frage zur Rate',
    'Mein Handy ist gestorben, wie bekomme ich einen neuen Code?',
    'Pleite bis Montag haha, kann ich die Rate schieben?',
    'Blumen für die Beerdigung eines Kollegen bestellt, wo ist das Paket?',
    'Die neue App ist ein Albtraum auf dem Tablet',
  ])(
    'flag nothing in a negated complaint, an acquaintance\'s funeral, a device that died, broke until a weekday or a tries count that ends the sentence: "%s"',
    (text) => {
      expect(readGuardSignals(text)).toEqual({ asksForHuman: false, vulnerability: false });
    },
  );
  it.each(['mein ex kennt immer noch meine pin'])(
    'send an ex who still has my PIN to a person: "%s"',
    (text) => {
      expect(flagged(text)).toBe(true);
    },
  );
});
