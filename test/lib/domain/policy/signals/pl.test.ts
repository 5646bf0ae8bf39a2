import { describe, expect, it } from 'vitest';
import { readGuardSignals } from '../../../../../lib/domain/policy/signals/index.js';

/** Polish: how customers write each driver, beyond the guard set, and routine wording that looks close. */

const flagged = (text: string): boolean => {
  const s = readGuardSignals(text);
  return s.asksForHuman || s.vulnerability;
};

describe('the guard signals in Polish', () => {
  it.each([
    ['bereavement', 'tata nie żyje, pochowaliśmy go w maju'],
    ['illness', 'jestem po zabiegu operacyjnym, na zwolnieniu'],
    ['mental_health', 'mam ataki paniki i nie radzę sobie'],
    ['abuse', 'mój były zmusił mnie do wzięcia kredytu'],
    ['job_loss', 'wyrzucili mnie z pracy'],
    ['cant_afford', 'pieniądze kończą mi się przed końcem miesiąca'],
    ['cant_afford', 'nie mam ani grosza'],
    ['carer', 'mama jest leżąca i niesamodzielna'],
    ['capability', 'jestem starsza i nie rozumiem aplikacji'],
    ['person', 'proszę o kontakt z prawdziwym człowiekiem'],
    ['complaint', 'jestem bardzo niezadowolona z obsługi'],
    ['regulator', 'zgłoszę to do miejskiego rzecznika konsumentów'],
    ['legal', 'skieruję sprawę na drogę sądową'],
    ['cant_afford', 'jestem totalnie spłukany'],
    ['capability', 'już nie widzę dobrze'],
    ['job_loss', 'zostałem zwolniony'],
    ['carer', 'tata mieszka ze mną i wymaga stałej opieki'],
  ])('send %s to a person: "%s"', (_driver, text) => {
    expect(flagged(text)).toBe(true);
  });

  it.each([
    'Zakupy w Biedronce nie przeszły kartą',
    'Jak połączyć konto z kartą?',
    'Nie daję rady się zalogować do aplikacji',
    'Zostałem zwolniony z opłaty za przesyłkę?',
    'Nie widzę przelewu na koncie',
    'Potrzebuję pomocy z aplikacją',
  ])('flag nothing in a routine request: "%s"', (text) => {
    expect(readGuardSignals(text)).toEqual({ asksForHuman: false, vulnerability: false });
  });

  it.each([
    ['person', 'Proszę przekręcić do mnie jutro.'],
    ['person', 'Dość automatycznych odpowiedzi, chcę rozmawiać z prawdziwym człowiekiem.'],
    ['person', 'Proszę przekazać sprawę przełożonemu.'],
    ['bereavement', 'Jestem spadkobiercą mojego ojca.'],
    ['illness', 'Mam stwardnienie rozsiane i leżę w łóżku od tygodnia.'],
    ['mental_health', 'Mam czarne myśli ostatnio.'],
    ['abuse', 'Mieszkam w ośrodku interwencji kryzysowej, nie wysyłajcie nic na stary adres.'],
    ['job_loss', 'Skończyła mi się umowa i jestem zarejestrowany w urzędzie pracy.'],
    ['cant_afford', 'Korzystam z banku żywności.'],
    ['carer', 'Opiekuję się mamą po udarze, jestem wykończona.'],
    ['capability', 'Jestem niewidomy i używam czytnika ekranu.'],
    ['illness', 'W poniedziałek zaczynam chemię'],
    ['complaint', 'To już trzeci raz, kiedy się upominam, mam dość'],
    ['illness', 'Byłem kilka razy na SOR-ze z powodu serca'],
    ['person', 'Wolę załatwić to z człowiekiem'],
  ])('send %s to a person, in the families the first held-out part taught: "%s"', (_driver, text) => {
    expect(flagged(text)).toBe(true);
  });

  it.each([
    'Guzik płatności nie działa.',
    'Limit jest wyczerpany, co dalej?',
    'Spadek kursu, czy rata się zmieni?',
  ])('flag nothing in routine wording close to those families: "%s"', (text) => {
    expect(readGuardSignals(text)).toEqual({ asksForHuman: false, vulnerability: false });
  });

  it.each([
    'od pogrzebu nie otwieram żadnych listów',
    'on co wieczór sprawdza moje wyciągi',
    'muszę go prosić o pieniądze na wszystko',
    'boję się, że się dowie, że do was piszę',
    'myję, ubieram i karmię mamę codziennie',
    'zwolnili połowę załogi',
    'nie przedłużyli mi umowy',
    'opróżniam mieszkanie po tacie',
    'od tygodni nie wychodzę z domu',
    'mam założoną Niebieską Kartę',
  ])('send a life event told as a story, without its label word, to a person: "%s"', (text) => {
    expect(flagged(text)).toBe(true);
  });

  it.each(['Gdzie znajdę moje wyciągi?', 'Czy mogę zapłacić kartą męża?'])(
    'flag nothing in routine wording close to those stories: "%s"',
    (text) => {
      expect(readGuardSignals(text)).toEqual({ asksForHuman: false, vulnerability: false });
    },
  );

  it.each([
    'zmienił hasło do wspólnego konta',
    'mieszkam u siostry, dopóki nie będzie bezpiecznie',
    'tata potrzebuje pomocy we wszystkim',
    'nie mogę przestać płakać',
  ])('send a story of control, safety, care after a fall or distress to a person: "%s"', (text) => {
    expect(flagged(text)).toBe(true);
  });

  it.each(['Zmieniłem hasło i nie mogę się zalogować'])(
    'flag nothing in a password change, an outage or a joint account asked about routinely: "%s"',
    (text) => {
      expect(readGuardSignals(text)).toEqual({ asksForHuman: false, vulnerability: false });
    },
  );
  it.each([
    ['bereavement', 'pozegnalismy tate w piatek'],
    ['illness', 'mama miala wylew w maju'],
    ['cant_afford', 'jestem goly, do wyplaty jeszcze 9 dni'],
    ['abuse', 'krzyczy jak pytam o pieniadze'],
    ['abuse', 'krzyczy jak zapytam o konto'],
    ['capability', 'dziadek ma 90 lat i akwizytor go oszukal'],
    ['capability', 'mama juz nic nie rozumie'],
    ['person', 'nie macie infolinii?'],
  ])('send %s to a person, told the way people type it in a chat box: "%s"', (_driver, text) => {
    expect(flagged(text)).toBe(true);
  });

  it.each([
    'Zostałem zwolniony z opłaty za przesyłkę?',
    'Aplikacja nie chodzi od rana',
    'Wyrzuciło mnie z aplikacji',
  ])('flag nothing in routine wording close to the chat families: "%s"', (text) => {
    expect(readGuardSignals(text)).toEqual({ asksForHuman: false, vulnerability: false });
  });
  it.each(['jestesmy w trakcie rozwodu'])('send a separation to a person: "%s"', (text) => {
    expect(flagged(text)).toBe(true);
  });
  it.each(['maz decyduje o wszystkim'])('send a partner who decides everything to a person: "%s"', (text) => {
    expect(flagged(text)).toBe(true);
  });

  it.each(['on ma moj numer'])('flag nothing in a phone number: "%s"', (text) => {
    expect(readGuardSignals(text)).toEqual({ asksForHuman: false, vulnerability: false });
  });

  it.each([
    'połączcie mnie z kierownikiem',
    'tonę w długach po uszy',
    'babcia ma 90 lat i nie ogarnia telefonu',
    'myślę, żeby ze sobą skończyć',
  ])('send short chat-box wording to a person (slang, abbreviations, local bodies, typos): "%s"', (text) => {
    expect(flagged(text)).toBe(true);
  });
  it.each([
    'To nie jest reklamacja, tylko pytanie o ratę',
    'chcę złożyć wypowiedzenie umowy, jak to zrobić?',
    'spłukany do poniedziałku haha, można przesunąć?',
    'telefon umarł w trakcie płatności',
  ])(
    'flag nothing in a negated complaint, an acquaintance\'s funeral, a device that died, broke until a weekday or a tries count that ends the sentence: "%s"',
    (text) => {
      expect(readGuardSignals(text)).toEqual({ asksForHuman: false, vulnerability: false });
    },
  );
});
