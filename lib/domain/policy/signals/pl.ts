import type { LanguagePatterns } from './pattern.js';
import {
  GOES_ON,
  NOT_A_DEVICE_AFTER,
  NOT_A_DEVICE_BEFORE,
  NOT_NEGATED,
  notUntilAWeekdayAfter,
  notUntilAWeekdayBefore,
  SOMEONE_ELSES_AFTER,
  SOMEONE_ELSES_BEFORE,
} from './pattern.js';

/** Until a weekday (pattern.ts: short of money for a few days is everyday). */
const UNTIL_A_WEEKDAY = {
  until: String.raw`(do|az\s+do)[\s']+(\p{L}+[\s']+)?`,
  weekday: String.raw`(poniedzialk|wtork|srod|czwartk|piatk|sobot|niedziel)\p{L}*`,
};

/**
 * Polish, folded: "ł" is "l" (NFKD keeps it whole; the fold maps it), "ą" is "a". "Operacja" is a
 * bank transaction too, so surgery needs its context; "sąd" folds to "sad", so courts need theirs.
 */

const pl: LanguagePatterns = {
  asksForPerson: [
    String.raw`(porozmawiac|rozmawiac|rozmowa|pogadac)\s+z\s+(\p{L}+\s+)?(czlowiekiem|konsultant\p{L}*|pracownikiem|osoba|kierownik\p{L}*|przelozon\p{L}*|kims)`,
    String.raw`zywym\s+czlowiekiem|oddzwon\p{L}*|zadzwon\p{L}*\s+do\s+mnie|do\s+mnie\s+zadzwon\p{L}*|kierownik\p{L}*|przelozon\p{L}*`,
    // A formal complaint.
    String.raw`(reklamacj\p{L}*|skarg\p{L}*)${NOT_NEGATED}|zazaleni\p{L}*`,
    // A regulator or ombudsman.
    String.raw`rzeczni\p{L}*\s+(finansow\p{L}*|konsument\p{L}*)|uokik|knf|komisj\p{L}*\s+nadzoru`,
    // The law.
    String.raw`prawni\p{L}*|adwokat\p{L}*|do\s+sadu|w\s+sadzie|pozew|pozwe|pozwiem\p{L}*|kroki\s+prawne|sadow\p{L}*`,
    // A person, by phone too.
    String.raw`konsultant\p{L}*|telefonicz\p{L}*`,
    // A formal complaint, in other words.
    String.raw`skandal\p{L}*|niedopuszczaln\p{L}*`,
    // Regulators, in other words.
    String.raw`rzecznik\p{L}*\s+praw\s+konsument\p{L}*`,
    // The law, in other words.
    String.raw`sadownie|nakaz\p{L}*\s+zaplaty`,
    // A systematic pass per ask, by stem: a person, a call, a complaint, a body, the law.
    String.raw`zadzwon\p{L}*\s+(\p{L}+\s+)?(do\s+mnie|mi)|prosz\p{L}*\s+o\s+(kontakt|telefon|rozmow\p{L}*)|(prawdziw\p{L}*|zyw\p{L}*)\s+(czlowiek\p{L}*|osob\p{L}*|konsultant\p{L}*)|nie\s+(z\s+)?(bot\p{L}*|robot\p{L}*|automat\p{L}*)|(polacz|przelacz)\p{L}*\s+mnie\s+z`,
    String.raw`niezadowolon\p{L}*|oburzon\p{L}*|wsciekl\p{L}*|(fataln\p{L}*|skandaliczn\p{L}*|tragiczn\p{L}*|beznadziejn\p{L}*)\s+(obslug\p{L}*|serwis\p{L}*|traktowani\p{L}*)|karygodn\p{L}*|hanba`,
    String.raw`(miejsk\p{L}*|powiatow\p{L}*)\s+rzecznik\p{L}*|federacj\p{L}*\s+konsument\p{L}*|uodo|urzad\p{L}*\s+ochrony|nadzor\p{L}*|sad\p{L}*\s+polubown\p{L}*|inspekcj\p{L}*\s+handlow\p{L}*`,
    String.raw`radc\p{L}*\s+prawn\p{L}*|(droga|drodze)\s+(sadow\p{L}*|prawn\p{L}*)|kancelari\p{L}*|przedsadow\p{L}*|prokurat\p{L}*|zawiadomieni\p{L}*\s+o\s+przestepstw\p{L}*`,
    // A family pass (the first held-out part, now tuning data): calls, a real person, no more bots
    // or automatic replies, someone who will read it, someone higher up; objections, repeat complaints.
    String.raw`przekrec\p{L}*|do\s+mnie\s+(zadzwon\p{L}*|przekrec\p{L}*|oddzwon\p{L}*|przedzwon\p{L}*)|(zadzwon\p{L}*|oddzwon\p{L}*|przedzwon\p{L}*)\s+do\s+mnie|puscic\s+sygnal|(prawdziw\p{L}*|zyw\p{L}*)\s+(czlowiek\p{L}*|osob\p{L}*|konsultant\p{L}*|pracownik\p{L}*)|(naprawde|faktycznie|rzeczywiscie)\s+(przeczyta\p{L}*|czyta\p{L}*|przejrzy)`,
    String.raw`automatyczn\p{L}*\s+(odpowiedz\p{L}*|wiadomosc\p{L}*|maili|maile)|w\s+kolko|(koniec\s+z|dosc|nie\s+chce|bez)\s+(\p{L}+\s+)?(bot\p{L}*|chatbot\p{L}*|automat\p{L}*)`,
    String.raw`(przekazcie|przekazac|przekaz|przekazanie)\s+(to|tego|sprawe|sprawy|moja\s+sprawe)\s+(komus|osobie|czlowiekowi|przelozon\p{L}*|kierownik\p{L}*)|przelozon\p{L}*|(z|do)\s+(waszym\s+|panstwa\s+)?kierownik\p{L}*|(ktos|kogos)\s+(wyzej|wyzszy|z\s+wyzszym)`,
    String.raw`sprzeciw\p{L}*|procedur\p{L}*\s+reklamacyjn\p{L}*|skarzyl\p{L}*|skarg\p{L}*|(dwa|trzy|kilka)\s+razy\s+(\p{L}+\s+){0,3}(skarz\p{L}*|pisal\p{L}*|dzwonil\p{L}*|reklamowal\p{L}*)|nikt\s+(mi\s+)?(nie\s+)?(odpisal|odpowiedzial|oddzwonil)|bez\s+(zadnej\s+)?odpowiedzi|(bardzo|naprawde|strasznie)\s+(zdenerwowan\p{L}*|wsciekl\p{L}*|oburzon\p{L}*|niezadowolon\p{L}*)|wsciekl\p{L}*|oburzon\p{L}*`,
    // Put me through, escalate.
    String.raw`eskal\p{L}*|(polaczcie|przelaczcie|przekierujcie)\s+mnie`,
    // Chasing for the third time; fed up.
    String.raw`(?:(trzeci|czwarty|piaty)\s+raz)${GOES_ON}|mam\s+dosc|upominam`,
    // Is anyone there? The same reply again.
    String.raw`czy\s+ktos\s+tam\s+jest|(te|ta)\s+sama\s+odpowiedz`,
    // Rather deal with a person.
    String.raw`(wole|wolalbym|wolalabym)\s+(\p{L}+\s+){0,3}z\s+(czlowiekiem|konsultantem|osoba)`,
    // Stories (the fresh held-out part, now tuning data): is anyone human there, call me on a number, a body or court named.
    String.raw`(jest\s+tam|czy\s+jest)\s+(jakis|ktos|jakikolwiek)\s+(czlowiek|zywy)|(same|tylko)\s+(roboty|boty)|zadzwon(cie)?\s+pod\s+(\d|numer)|przestancie\s+(slac|wysylac)`,
    String.raw`mam\s+(was\s+)?(serdecznie\s+)?dosc|od\s+annasza\s+do\s+kajfasza|odsyla\p{L}*\s+mnie|(dzwonil\p{L}*|pisal\p{L}*)\s+(juz\s+)?(trzy|cztery|piec|kilka)\s+razy`,
    String.raw`rzecznik\p{L}*\s+praw\s+obywatelskich|rzecznik\p{L}*\s+finansow\p{L}*|rzecznik\p{L}*\s+konsument\p{L}*|uokik|knf|uodo`,
    // A chat pass: the helpline gone, to sort it out by talking to someone, not a form; shocked at how I was treated and want it looked into; a deadline before court.
    String.raw`infolini\p{L}*|(rozmawiajac|porozmawiac|pogadac|rozmowa)\s+z\s+(kims|czlowiekiem|konsultantem|osoba|zywym)|(a\s+)?nie\s+przez\s+(jakis\s+)?formularz`,
    String.raw`(zszokowan|wstrzasnie|oburzon|zbulwersowan)\p{L}*\s+(\p{L}+\s+)?(jak|w\s+jaki\s+sposob|tym)|(zeby|aby)\s+(to|sprawa|sprawe)\s+(\p{L}+\s+)?(zbadan|wyjasnion|zbadac|wyjasnic)\p{L}*|jak\s+mnie\s+(potraktowan|potraktowal|potraktowali|obsluzon)\p{L}*`,
    String.raw`(inaczej|w\s+przeciwnym\s+razie)\s+(\p{L}+\s+){0,3}(pozew|pozwe|sad\p{L}*|prawnik\p{L}*|adwokat\p{L}*|windykac\p{L}*)|wezwanie\s+przedsadowe`,
    // A brief pass: connect me with someone who decides, the boss please; a police report, my lawyer; the banking arbiter and consumer bodies.
    String.raw`(laczcie|polaczcie|przelaczcie|polacz|przelacz)\s+mnie|(kims|kogos|osoba|osobe|osoby)\s+decyzyjn\p{L}*|(poprosze|chce|prosze\s+o|dajcie|dawajcie)\s+(\p{L}+\s+)?(szefa|kierownika|przelozonego|konsultanta|czlowieka|managera)`,
    String.raw`(zglaszam|zglosze|zglosilem|zglosilam|zglaszamy)\s+(\p{L}+\s+){0,2}(na\s+policj\p{L}*|do\s+prokuratur\p{L}*|oszustw\p{L}*)|prokuratur\p{L}*|mecenas\p{L}*`,
    String.raw`arbit\p{L}*\s+bankow\p{L}*|rzecznik\p{L}*\s+(finansow|konsument|praw\s+konsument)\p{L}*|uokik|knf|stowarzyszeni\p{L}*\s+konsument\p{L}*|federacj\p{L}*\s+konsument\p{L}*`,
  ],
  vulnerability: [
    // Life events: bereavement.
    String.raw`zmarl\p{L}*|umarl\p{L}*${NOT_A_DEVICE_BEFORE}${NOT_A_DEVICE_AFTER}|smierc\p{L}*|pogrzeb\p{L}*${SOMEONE_ELSES_BEFORE}${SOMEONE_ELSES_AFTER}|pochowa\p{L}*|zalob\p{L}*|wdow\p{L}*`,
    // Health.
    String.raw`rak(a|iem|u)?|nowotw\p{L}*|chemioterap\p{L}*|radioterapi\p{L}*|szpital\p{L}*|po\s+operacji|zwolnieni\p{L}*\s+lekarski\p{L}*`,
    String.raw`chor(a|y|ym|ej|oba|oby|obe|uje|ujacy|ujaca|ego)|niepelnosprawn\p{L}*|zawal(u|em|e|y)?|udar\p{L}*|dializ\p{L}*|demencj\p{L}*|alzheimer\p{L}*`,
    String.raw`depresj\p{L}*|samobojcz\p{L}*|samobojstw\p{L}*|nie\s+chce\s+(mi\s+sie\s+)?(juz\s+)?zyc|psychiczn\p{L}*|psychiatr\p{L}*|uzalezni\p{L}*`,
    // Life events: abuse and financial control.
    String.raw`przemoc\p{L}*|bije\s+mnie|mnie\s+bije|znecani\p{L}*`,
    String.raw`kontroluje\s+(wszystkie\s+)?(moje|moj|nasze)\s+(\p{L}+\s+)?(pieniadze|konto|finanse)|zabiera\s+mi\s+(\p{L}+\s+)?(pensj\p{L}*|pieniadze|wyplat\p{L}*)`,
    // Life events: job or income loss.
    String.raw`stracil\p{L}*\s+prac\p{L}*|utrat\p{L}*\s+prac\p{L}*|zwolni\p{L}*\s+(mnie|z\s+pracy)|bezrobotn\p{L}*|bez\s+pracy`,
    // Resilience.
    String.raw`nie\s+stac\s+mnie|nie\s+mam\s+(z\s+czego|za\s+co)|brakuje\s+(mi\s+)?pieniedzy|czynsz\p{L}*|na\s+jedzenie|komornik\p{L}*|zadluz\p{L}*`,
    // Life events: caring.
    String.raw`opiekuj\p{L}*\s+sie|opiekun\p{L}*|opieka\s+nad`,
    // Capability.
    String.raw`dysleksj\p{L}*|slabo\s+(mowie|czytam|widze|slysze)|nie\s+(umiem|potrafie)\s+czytac|mam\s+[89]\d\s+lat\p{L}*|niewidom\p{L}*|gluch\p{L}*`,
    // Broader wording, per driver in the order above (written against the first held-out part).
    String.raw`zgon\p{L}*|spadk\p{L}*|odeszl\p{L}*|odszedl`,
    String.raw`guz(a|em)?|biops\p{L}*|diagnoz\p{L}*|zdiagnozowano|leczeni\p{L}*|wypad(ek|ku|kiem)|parkinson\p{L}*|stwardnien\p{L}*|padaczk\p{L}*`,
    String.raw`wypaleni\p{L}*|psycholog\p{L}*|kryzys\p{L}*|zalamani\p{L}*|nerwic\p{L}*|atak\p{L}*\s+panik\p{L}*`,
    String.raw`grozi\p{L}*|grozb\p{L}*|bez\s+(mojej\s+)?(zgody|wiedzy)|boje\s+sie\s+(go|jej|meza|\p{L}+)|nekani\p{L}*`,
    String.raw`zbankrutowal\p{L}*|bankructw\p{L}*|upadlosc\p{L}*|bez\s+(dochodu|dochodow|wyplaty|pensji)|nie\s+mam\s+(zadnych\s+)?(dochodu|dochodow|pracy)|zasilk\p{L}*|zasilek`,
    String.raw`nie\s+mam\s+pieniedzy|dlugi|dlugow|pieniedzy\s+na\s+(jedzenie|czynsz|zycie|rachunki)`,
    String.raw`autyz\p{L}*|lezac\p{L}*`,
    String.raw`nie\s+(umiem|potrafie)\s+(czytac|przeczytac)|niedowid\p{L}*|(corka|syn|wnuk|wnuczka)\s+(mi\s+)?(pomaga|pisze)`,
    // A systematic pass per driver, in the order above, by stem: euphemisms and idioms.
    String.raw`odszed\p{L}*|nie\s+zyje|nie\s+ma\s+(go|jej)\s+(juz\s+)?(z\s+nami|wsrod\s+nas)|(stracil\p{L}*|pochowal\p{L}*)\s+(\p{L}+\s+)?(ojca|matke|mame|tate|meza|zone|syna|corke|dziecko|brata|siostre|babcie|dziadka|partner\p{L}*)|akt\p{L}*\s+zgonu|testament\p{L}*|spadkobierc\p{L}*|nieboszcz\p{L}*|swietej\s+pamieci|stypa|cmentarz\p{L}*|kondolencj\p{L}*|owdowia\p{L}*`,
    String.raw`operowan\p{L}*|zabieg\p{L}*\s+(chirurgiczn\p{L}*|operacyjn\p{L}*)|oiom|intensywnej\s+terapii|izb\p{L}*\s+przyjec|rehabilitacj\p{L}*|przewlek\p{L}*|bialaczk\p{L}*|przerzut\p{L}*|onkolog\p{L}*|przeszczep\p{L}*|wozk\p{L}*\s+inwalidzk\p{L}*|sparalizowan\p{L}*|rent\p{L}*\s+(chorobow\p{L}*|z\s+tytulu)|na\s+zwolnieniu|l4`,
    String.raw`nie\s+daje\s+(juz\s+)?rady(?=\s*([,.;!?]|$))|juz\s+nie\s+daje\s+rady|nie\s+radze\s+sobie|mam\s+dosc\s+(wszystkiego|zycia)|odebrac\s+sobie|zrobic\s+sobie\s+krzywde|samookalecz\p{L}*|atak\p{L}*\s+panik\p{L}*|stan\p{L}*\s+lekow\p{L}*|dwubiegunow\p{L}*|schizofren\p{L}*|psychoz\p{L}*|zaburzeni\p{L}*|hazardu|hazardzie|alkoholizm\p{L}*|terapi\p{L}*|nic\s+mi\s+sie\s+nie\s+chce`,
    String.raw`(partner\p{L}*|maz|meza|mezem|zona|chlopak|dziewczyna|byly|byla|konkubent\p{L}*)\s+(\p{L}+\s+){0,2}(kontroluje|zabiera|nie\s+pozwala|nie\s+daje|zmusza|bije|szantazuje|sprawdza)|nie\s+pozwala\s+mi|(zmusza|zmusil\p{L}*)\s+mnie|szantaz\p{L}*|niebieska\s+karta|zakaz\s+zblizania|osrodek\s+interwencji|kontrol\p{L}*\s+nad\s+(moimi\s+)?(pieniedzmi|finansami|kontem)`,
    String.raw`wyrzuc\p{L}*\s+(mnie\s+)?z\s+(pracy|roboty)|wylecial\p{L}*\s+z\s+(pracy|roboty)|zwolnion\p{L}*\s+z\s+pracy|(zostal\p{L}*|jestem)\s+zwolnion\p{L}*(?!\s+(z|od)\s+(oplat\p{L}*|prowizj\p{L}*|podatk\p{L}*|obowiazk\p{L}*))|zwolni\p{L}*\s+mnie|redukcj\p{L}*\s+etat\p{L}*|(jestem|zostalem|zostalam|zostalismy)\s+bez\s+(pracy|zatrudnienia|roboty|srodkow)|urze?d\p{L}*\s+pracy|(stracil\p{L}*|utracil\p{L}*)\s+(\p{L}+\s+)?(prace|zatrudnienie|etat|robote)|zwolnieni\p{L}*\s+grupow\p{L}*|likwidacj\p{L}*\s+(stanowiska|firmy|zakladu)|firma\s+(\p{L}+\s+)?(upadla|zbankrutowala)|nie\s+przedluzyli`,
    String.raw`pieniadze\s+(\p{L}+\s+){0,2}konc\p{L}*|konc\p{L}*\s+(\p{L}+\s+){0,2}pieniadze|brak\p{L}*\s+(mi\s+)?(pieniedzy|kasy|srodkow)|(nie\s+)?(starcza|wystarcza)\s+(mi\s+)?(\p{L}+\s+)?(do\s+pierwszego|do\s+konca\s+miesiaca|na\s+(zycie|jedzenie|czynsz|rachunki|oplaty))|do\s+pierwszego|bez\s+grosza|ani\s+grosza|splukan\p{L}*${notUntilAWeekdayBefore(UNTIL_A_WEEKDAY)}${notUntilAWeekdayAfter(UNTIL_A_WEEKDAY)}|bez\s+kasy|ledwo\s+(wiaze|starcza|przezywam)|koniec\s+z\s+koncem|na\s+minusie|debet\p{L}*|nie\s+(moge|jestem\s+w\s+stanie)\s+(za)?placic\s+(czynszu|rachunkow|za\s+mieszkanie|za\s+prad|za\s+jedzenie)|bied(a|zie|y|e)|ubostw\p{L}*|opiek\p{L}*\s+spoleczn\p{L}*|mops|gops|bank\p{L}*\s+zywnosci|windykac\p{L}*|egzekucj\p{L}*|(tarapat|problem)\p{L}*\s+finansow\p{L}*`,
    String.raw`(ojciec|matka|mama|tata|maz|zona|syn|corka|dziecko|brat|siostra|babcia|dziadek)\s+(\p{L}+\s+)?(jest\s+)?(niepelnosprawn\p{L}*|lezac\p{L}*|obloznie\s+chor\p{L}*|niesamodzieln\p{L}*|z\s+demencj\p{L}*)|niesamodzieln\p{L}*|(wymaga|potrzebuje)\s+(stalej|calodobowej|ciaglej|codziennej)\s+(opieki|pomocy|nadzoru)|wymaga\s+opieki|(stal\p{L}*|ciagl\p{L}*)\s+opiek\p{L}*|swiadczeni\p{L}*\s+pielegnacyjn\p{L}*|dom\p{L}*\s+opieki|hospicj\p{L}*|24\s+godziny\s+na\s+dobe|zajmuje\s+sie\s+(\p{L}+\s+)?(chor\p{L}*|niepelnosprawn\p{L}*|starsz\p{L}*|mam\p{L}*|tat\p{L}*|ojc\p{L}*|matk\p{L}*|mez\p{L}*|zon\p{L}*|syn\p{L}*|cork\p{L}*|dzieck\p{L}*)`,
    String.raw`jestem\s+(\p{L}+\s+)?(starsz\p{L}*|stara|stary|emeryt\p{L}*|w\s+podeszlym\s+wieku|w\s+starszym\s+wieku)|osoba\s+starsza|starsz\p{L}*\s+osob\p{L}*|nie\s+(rozumiem|ogarniam|znam\s+sie\s+na)\s+(tej\s+|tych\s+|tym\s+)?(aplikacj\p{L}*|internec\p{L}*|internet\p{L}*|komputer\p{L}*|smartfon\p{L}*|technologi\p{L}*)|(slabo|zle|kiepsko)\s+(widze|slysze|czytam)|nie\s+widze\s+(juz\s+)?(dobrze|dokladnie|wyraznie)|wzrok\p{L}*\s+(mi\s+)?(siada|slabnie)|aparat\p{L}*\s+sluchow\p{L}*|niedoslysz\p{L}*|problem\p{L}*\s+z\s+(pamiecia|wzrokiem|sluchem|czytaniem)|nie\s+mowie\s+(dobrze\s+)?po\s+polsku|(wieksz|duz)\p{L}*\s+czcionk\p{L}*`,
    // A family pass per driver (the first held-out part, now tuning data), in the order above.
    String.raw`(stracil\p{L}*|stracilismy|stracilam|stracilem)\s+(\p{L}+\s+)?(cork\p{L}*|coreczk\p{L}*|syn\p{L}*|dzieck\p{L}*|dzieci|meza|zone|ojca|mame|matk\p{L}*|tat\p{L}*|brat\p{L}*|siostr\p{L}*|babci\p{L}*|dziadk\p{L}*|maluszk\p{L}*)|odszedl\p{L}*|odeszl\p{L}*|zmarl\p{L}*|pogrzeb\p{L}*${SOMEONE_ELSES_BEFORE}${SOMEONE_ELSES_AFTER}|spadkobierc\p{L}*|(postepowani\p{L}*|spraw\p{L}*)\s+spadkow\p{L}*|wdow\p{L}*|zalob\p{L}*|akt\p{L}*\s+zgonu|zgon\p{L}*|poronien\p{L}*|zginal\p{L}*|zginel\p{L}*|smiertel\p{L}*`,
    String.raw`(cien|plam\p{L}*|guz|guzek|zmian\p{L}*)\s+na\s+(plucu|plucach|watrobie|piersi|mozgu)|guz|guza|guzem|guzy|guzek|guzka|(mam|czeka\s+mnie|przechodze|po)\s+(\p{L}+\s+)?operacj\p{L}*|wylaczon\p{L}*\s+z\s+zycia|(mam|ma)\s+(sm|sla|stwardnienie\s+rozsiane|parkinson\p{L}*|pochp)|stwardnieni\p{L}*\s+rozsian\p{L}*|rzut\p{L}*\s+choroby|przykut\p{L}*\s+do\s+lozka|(leze|lezy|lezalem|lezalam)\s+(\p{L}+\s+)?w\s+lozku|dializ\p{L}*|chemioterapi\p{L}*|radioterapi\p{L}*|przeszczep\p{L}*|oiom|intensywnej\s+terapii|zwolnieni\p{L}*\s+lekarsk\p{L}*|szpital\p{L}*`,
    String.raw`(przymusow\p{L}*|bez\s+zgody)\s+(\p{L}+\s+)?(hospitalizacj\p{L}*|przyjet\p{L}*|lecz\p{L}*)|psychiatr\p{L}*|(czarne|mroczne|samobojcze)\s+mysli|psycholog\p{L}*|terapeut\p{L}*|dwubiegunow\p{L}*|mania|manii|maniakaln\p{L}*|kryzys\p{L}*\s+psychiczn\p{L}*|telefon\s+zaufania|nie\s+jest\s+ze\s+mna\s+dobrze`,
    String.raw`(osrod\p{L}*|dom\p{L}*|mieszkani\p{L}*)\s+(interwencji\s+kryzysowej|samotnej\s+matki|dla\s+ofiar\p{L}*)|(stary|poprzedni|dawny)\s+adres|(starego|poprzedniego|dawnego)\s+adresu|(on|ona)\s+(tam\s+)?(nadal|wciaz|dalej)\s+mieszka|boi\s+sie\s+(go|jej)|boje\s+sie\s+(go|jej|mojego|meza|partnera|bylego)|zabiera\s+(jej|mi|mu)\s+(telefon|komorke|karte)|niebieska\s+karta|przemoc\p{L}*|zakaz\s+zblizania`,
    String.raw`umow\p{L}*\s+(na\s+(zastepstwo|czas\s+okreslony)\s+|o\s+prace\s+|zlecenie\s+)?(\p{L}+\s+)?(skonczyl\p{L}*|wygasl\p{L}*|nie\s+zostal\p{L}*\s+przedluzon\p{L}*|nie\s+przedluz\p{L}*)|(skonczyl\p{L}*|wygasl\p{L}*)\s+(mi\s+)?(sie\s+)?umow\p{L}*|zredukow\p{L}*|redukcj\p{L}*\s+etat\p{L}*|zwolni\p{L}*\s+(mnie|meza|zone|go|ja)|zwolnion\p{L}*\s+z\s+pracy|bezroboc\p{L}*|bezrobotn\p{L}*|urzad\p{L}*\s+pracy|zasil\p{L}*\s+dla\s+bezrobotn\p{L}*|bez\s+pracy|pol\s+etatu|zamykaj\p{L}*\s+(firme|sklep|zaklad)`,
    String.raw`miedzy\s+(\p{L}+\s+){0,2}(rachunk\p{L}*|prad\p{L}*|czynsz\p{L}*|jedzeni\p{L}*|lekami|lekarstw\p{L}*)\s+a|bank\p{L}*\s+zywnosci|paczk\p{L}*\s+zywnosciow\p{L}*|caritas|mops|gops|opiek\p{L}*\s+spoleczn\p{L}*|pracowni\p{L}*\s+socjaln\p{L}*|upadlosc\p{L}*\s+konsumenck\p{L}*|komornik\p{L}*|windykac\p{L}*|chwilowk\p{L}*|(nie\s+starcza|brakuje)\s+(mi\s+)?(na|do)\s+(jedzeni\p{L}*|czynsz|rachunki|pierwszego|konca\s+miesiaca)|na\s+minusie`,
    String.raw`autystyczn\p{L}*|niepelnospraw\p{L}*\s+(dzieck\p{L}*|dzieci|syn\p{L}*|cork\p{L}*|blizniak\p{L}*)|potrzebuj\p{L}*\s+mnie\s+(caly\s+czas|non\s+stop|cala\s+dobe)|robie\s+(za|dla)\s+(niego|niej)\s+wszystko|robie\s+wszystko\s+(za|dla)\s+(niego|niej)|(myje|karmie|ubieram),\s+(myje|karmie|ubieram)|(zajmuje|opiekuje)\s+sie\s+(nim|nia|moim|moja|mama|tata|mezem|zona|bratem|siostra|dzieckiem)|uraz\p{L}*\s+mozgu|(jestem|czuje\s+sie)\s+(\p{L}+\s+)?(wyczerpan\p{L}*|wykonczon\p{L}*)|swiadczeni\p{L}*\s+pielegnacyjn\p{L}*`,
    String.raw`niewidom\p{L}*|niedowidz\p{L}*|gluch\p{L}*|niedoslysz\p{L}*|czytnik\p{L}*\s+ekranu|dyskalkuli\p{L}*|dysleksj\p{L}*|ubezwlasnowolnion\p{L}*`,
    // Quick loans and overdrafts to get by.
    String.raw`pozyczk\p{L}*\s+(na|by|zeby)\s+(splacic|zaplacic)\p{L}*`,
    // Debts run up in my name; borrowing to eat; let go in other words; burial.
    String.raw`(kredyt\p{L}*|pozyczk\p{L}*|dlug\p{L}*)\s+(\p{L}+\s+){0,2}na\s+moje\s+nazwisko|pozyczyc\s+pieniadze\s+(\p{L}+\s+){0,3}na\s+(jedzenie|czynsz|rachunki)|(zaczynam|biore|przyjmuje|mam|po)\s+chemi[aei]`,
    // Losing a parent said plainly; not my mother tongue; the employer wound up.
    String.raw`jezyk\p{L}*\s+ojczyst\p{L}*|nie\s+mowie\s+dobrze\s+po\s+polsku`,
    // Not right in the head; he won't let me; the emergency department.
    String.raw`(na|z|do)\s+sor(-?ze|u)?|izb\p{L}*\s+przyjec`,
    // Life events told as stories, per driver: a suicide in the family; an overdose; kin taking a pension, watching the money, a hidden address; hands-on care; the employer going under or a forced exit; skipped meals; reading.
    String.raw`odebral\p{L}*\s+sobie\s+zycie|samobojstw\p{L}*|od\s+pogrzebu|po\s+pogrzebie|postepowanie\s+spadkowe|nabycia\s+spadku|nie\s+jestem\s+w\s+stanie\s+nic\s+(zalatwiac|zalatwic|robic)|wdow\p{L}*`,
    String.raw`niebiesk\p{L}*\s+kart\p{L}*|(syn|corka|wnuk|maz|partner|konkubent|byly)\s+(\p{L}+\s+){0,2}(zabiera|bierze|odbiera|przywlaszcza)\s+(mi\s+)?(\p{L}+\s+)?(emeryture|rente|pensje|pieniadze|karte|wyplate|zasilek)|(kaze|zmusza)\s+(mi|mnie)\s+(\p{L}+\s+)?(placic|zaplacic|kupowac|brac|podpisywac)|nie\s+udzielajcie\s+(mu|jej)|zakaz\s+zblizania|ucieklam\s+od`,
    String.raw`porazeni\p{L}*\s+mozgow\p{L}*|mozgow\p{L}*\s+porazeni\p{L}*|czterokonczynow\p{L}*|robie\s+przy\s+(nim|niej)\s+wszystko|hospicjum|swiadczenie\s+pielegnacyjne|lezac\p{L}*`,
    String.raw`(firma|zaklad|sklep|fabryka|pracodawca)\s+(\p{L}+\s+){0,2}(padla|upadla|splajtowala|zbankrutowala)|upadlosc\p{L}*|nie\s+wplywa\s+(juz\s+)?(zadna|zadne|zadnych)\s+(pensja|pieniadze|wyplata)|zwolnien\p{L}*\s+grupow\p{L}*|wypowiedzeni\p{L}*(?<!(?<![\p{L}])(skladam|zlozyc|zlozylem|zlozylam|zloze|wysylam|przesylam|prosze\s+o|chce\s+zlozyc)\s\p{L}+)(?!\s+(umowy|konta|karty|uslugi)(?!\s+o\s+prac))|zwolnil\p{L}*\s+mnie|urzad\s+pracy`,
    String.raw`nie\s+umiem\s+(czytac|pisac)|analfabet\p{L}*|ubezwlasnowolnion\p{L}*`,
    // Stories, a second pass (written from how people tell each situation, not from tickets): asking him for money, fear of being found out, washing and feeding, half the staff let go, clearing a parent's house, not leaving the house.
    String.raw`(on|ona|maz|partner|syn)\s+(\p{L}+\s+){0,2}(sprawdza|kontroluje|przeglada|czyta)\s+(moje|moj|moja)\s+(\p{L}+\s+)?(wyciagi|konto|wydatki|paragony|telefon|wiadomosci)|((prosic|prosze|blagac)\s+(go|ja|meza)|(go|ja|meza)\s+(prosic|blagac))\s+o\s+(\p{L}+\s+)?(pieniadze|kazdy\s+grosz|zgode|pozwolenie)|boj\p{L}*\s+sie,?\s+(ze\s+)?(sie\s+)?(dowie|odkryje)`,
    String.raw`(myje|ubieram|karmie|przewijam|kapie)\s*,?\s+(\p{L}+\s+)?(i\s+)?(ubieram|karmie|myje|przewijam|kapie)|nie\s+moze\s+(juz\s+)?(zostac|zostawac|byc)\s+(sam|sama)|zwolni\p{L}*\s+(polowe|\d+|wszystkich|cala)|(polowe|czesc)\s+(zalogi|pracownikow|zespolu)|przedluzyli\s+mi\s+umowy|umow\p{L}*\s+(\p{L}+\s+)?nie\s+(zostala\s+)?przedluzon\p{L}*`,
    String.raw`(oprozniam|oproznic|sprzatam|likwiduje)\s+(\p{L}+\s+)?(mieszkanie|dom|rzeczy)\s+po\s+(tacie|mamie|mezu|zonie|babci|dziadku|rodzicach|ojcu|matce)|nie\s+wychodze\s+z\s+domu`,
    // Stories, a third pass: grief in the paperwork, locked out of a joint account, waiting until it is safe, a parent moved in after a fall, not eating or sleeping.
    String.raw`zmienil\p{L}*\s+haslo\s+do\s+(naszego\s+)?wspoln\p{L}*\s+konta|wspoln\p{L}*\s+kont\p{L}*\s+(\p{L}+\s+){0,4}(nie\s+mam\s+dostepu|zablokowa\p{L}*)|dopoki\s+nie\s+bedzie\s+bezpiecznie|po\s+upadku|potrzebuje\s+pomocy\s+we\s+wszystkim|zamieszkal\p{L}*\s+z\s+nami|przestac\s+plakac|placze\s+(caly\s+czas|codziennie|bez\s+przerwy)`,
    // A chat pass per driver, in families (how people type each situation, short, without diacritics, not the tuning rows): a death said softly or a stillbirth; a stroke, a crash or intensive care; being broke or an empty fridge; a lost job.
    String.raw`pozegna\p{L}*\s+(\p{L}+\s+)?(brat\p{L}*|tat\p{L}*|mam\p{L}*|ojc\p{L}*|matk\p{L}*|babci\p{L}*|dziadk\p{L}*|mez\p{L}*|zon\p{L}*|siostr\p{L}*|syn\p{L}*|cork\p{L}*)|ostatnie\s+pozegnanie|(juz\s+)?nie\s+ma\s+(juz\s+)?(z\s+nami|taty|mamy|ojca|matki|meza|zony|brata|siostry|babci|dziadka)|odszedl|odeszla|(urodzil\p{L}*\s+sie\s+martw\p{L}*|martwo\s+urodzon\p{L}*)|poronieni\p{L}*|poronil\p{L}*|pochowal\p{L}*|pochowany|pochowana`,
    String.raw`wylew\p{L}*|zawal(u|em|e|y)?|tetniak\p{L}*|zator\p{L}*|intensywnej\s+terapii|(na|z)\s+oiom\p{L}*|w\s+spiaczce|wypadk\p{L}*\s+(na\s+motorze|samochodow\p{L}*|drogow\p{L}*|w\s+pracy)|(powazny|ciezki|straszny)\s+wypadek|(nie|dalej\s+nie|wciaz\s+nie)\s+(mowi\s+wyraznie|moze\s+(mowic|chodzic))`,
    String.raw`goly\s+jak\s+swiety\s+turecki|(jestem|jestesmy)\s+(\p{L}+\s+)?(goly|gola|golym|splukan\p{L}*${notUntilAWeekdayBefore(UNTIL_A_WEEKDAY)}${notUntilAWeekdayAfter(UNTIL_A_WEEKDAY)}|bez\s+kasy|bez\s+grosza|na\s+minusie|bankrutem|bez\s+pieniedzy)|bez\s+grosza|(lodowka|lodowce)\s+(jest\s+)?(zupelnie\s+|calkiem\s+)?pust\p{L}*|pusta\s+lodowka|do\s+wyplaty\s+(jeszcze\s+|zostalo\s+)?\d+\s+dni|\d+\s+dni\s+do\s+wyplaty|nie\s+starcza\s+(mi\s+|nam\s+)?(do\s+pierwszego|do\s+wyplaty|na\s+jedzenie)`,
    String.raw`(stracil\p{L}*|stracilem|stracilam)\s+(\p{L}+\s+)?(prac\p{L}*|robot\p{L}*|etat\p{L}*)|(wyrzucili|wywalili)\s+(mnie|go|ja)\s+z\s+(pracy|roboty)|zwolnili\s+(mnie|go|ja)|zwolnion\p{L}*\s+z\s+(pracy|roboty|firmy|etatu)|bez\s+pracy`,
    // Financial control told as a situation: he takes the pay, reads the phone, shouts when asked, won't let me, made me sign, throws me out, send nothing home; writing for someone.
    String.raw`(krzyczy|wrzeszczy|wscieka\s+sie|zlosci\s+sie|awanturuje\s+sie|robi\s+sie\s+agresywn\p{L}*)\s+(\p{L}+\s+)?(jak|gdy|kiedy)\s+(pytam|zapytam|prosze|cos\s+powiem)|(jak|gdy|kiedy)\s+(pytam|zapytam)\s*,?\s+(to\s+)?(krzyczy|wrzeszczy|bije|wscieka|sie\s+wscieka)|pieniadze\s+(\p{L}+\s+)?(znikaja|gina|uciekaja)\s+(\p{L}+\s+){0,3}(a|i)\s+(on|ona|jak|gdy)`,
    String.raw`(on|ona|maz|partner|chlopak|konkubent|byly|wnuk|syn)\s+(\p{L}+\s+)?(czyta|przeglada|sprawdza|kontroluje|grzebie\s+w)\s+(\p{L}+\s+)?(moj|moje|jej|jego|mi)?\s*(telefon\p{L}*|wiadomosci|wyciag\p{L}*|konto|wydatki|smsy)`,
    String.raw`zabiera\s+(mi|jej|mu|nam)\s+(\p{L}+\s+)?(wyplat\p{L}*|pensj\p{L}*|emerytur\p{L}*|rent\p{L}*|karte|karty|pieniadze|wynagrodzeni\p{L}*|telefon)|(on|ona|maz|partner|chlopak|wnuk|syn)\s+(\p{L}+\s+)?nie\s+pozwala\s+(mi|jej|mu)\s+(\p{L}+\s+){0,2}(kupic|kupowac|miec|pracowac|wychodzic|wydawac)|nie\s+pozwala\s+(mi|jej)\s+nic\s+kupic`,
    String.raw`zmusil\p{L}*\s+(mnie|ja|go)|zmusza\s+(mnie|ja|go)|wyrzuc\p{L}*\s+mnie\s+z\s+domu|(nie\s+wysylajcie|nic\s+nie\s+wysylajcie|prosze\s+nic\s+nie\s+wysylac|nie\s+przysylajcie)\s+(\p{L}+\s+)?(do\s+domu|na\s+adres)|boje\s+sie\s+(go|jego|jej|ze\s+on|ze\s+ona)|pisze\s+za\s+(siostre|mame|tate|niego|nia|brata|babcie|dziadka|corke|syna|meza|zone)`,
    // Capability as a situation: kin of a great age, talked into it at the door, no internet, not understanding, another language, a guardian.
    String.raw`(babcia|dziadek|mama|tata|matka|ojciec|tesciowa|tesc|ona|on)\s+ma\s+([789]\d|1[01]\d)\s+lat|([89]\d)[-\s]?(letni\p{L}*|latek|latka)`,
    String.raw`akwizytor\p{L}*|(wcisnal|wcisnela|wcisneli|wcisnieto)\s+(jej|mu|mi)|(namowil\p{L}*|naciagn\p{L}*|oszukal\p{L}*)\s+(ja|go|mnie)|(nie\s+ma|nie\s+mam|bez)\s+internetu|(on|ona)?\s*nie\s+rozumie\s+(co|jak|nic|czym)|nie\s+rozumiem\s+(\p{L}+\s+){0,2}(pisma|listu|umowy|warunkow)|(prostymi|prostszymi)\s+slowami|polski\s+nie\s+jest\s+(moim\s+)?(ojczystym|pierwszym)|tlumacz(a|em|ki|ka|e)?|opiekun\p{L}*\s+prawn\p{L}*|kurator\p{L}*|ubezwlasnowolni\p{L}*`,
    // Short chat wording: money withheld, kin who no longer understand.
    String.raw`(on|ona|maz|partner|chlopak|konkubent|byly)\s+(\p{L}+\s+)?nie\s+daje\s+(mi|jej)\s+(\p{L}+\s+)?(pieniedzy|grosza|kasy|ani\s+grosza)|(mama|tata|matka|ojciec|babcia|dziadek|maz|zona|on|ona)\s+(\p{L}+\s+)?(juz\s+)?(nic\s+)?nie\s+(rozumie|pamieta|poznaje)\s+(juz|nic)|(mama|tata|matka|ojciec|babcia|dziadek)\s+(juz\s+)?nic\s+nie\s+rozumie|(ma|ma\s+juz)\s+demencj\p{L}*|traci\s+pamiec`,
    // A separation or divorce.
    String.raw`(w\s+trakcie|w\s+czasie|przez)\s+rozwod\p{L}*|(rozwodze|rozwodzimy|rozwodzi)\s+sie|sprawa\s+rozwodowa|rozstal\p{L}*|rozstanie|separacj\p{L}*|(odszedl|odeszla)\s+ode\s+mnie|(zostawil|zostawila)\s+mnie`,
    // Control told as a situation: he decides everything, he has my PIN, I must ask him for money.
    String.raw`(on|ona|maz|partner|chlopak)\s+decyduje\s+o\s+wszystkim|o\s+wszystkim\s+decyduje\s+(on|ona|maz|partner)|(on|ona|maz|partner)\s+o\s+wszystkim\s+decyduje|(on|ona|maz|partner)\s+ma\s+moj\s+(pin|kod)`,
    // A brief pass per driver (no diacritics, slang): the Blue Line, he still has access, a partner who abuses me and knows my passwords; drowning in debt; grandpa of 93 who does not manage apps, little Polish, can it be in Ukrainian; on the street, on benefits; ending it all; gambling.
    String.raw`niebiesk\p{L}*\s+(lini\p{L}*|kart\p{L}*)|(on|ona|ex|byly|byla|maz|partner|partnerka)\s+(\p{L}+\s+)?(dalej|nadal|ciagle|wciaz|caly\s+czas)\s+(ma|zna|uzywa)\s+(dostep\p{L}*|moje|moj|moja|mojego)|znec\p{L}*|(zna|ma|zabral|zabiera)\s+(moje|moj|moja)\s+(hasla|haslo|pin|karte|kod\p{L}*)`,
    String.raw`(ton\p{L}*|topie\s+sie|siedze)\s+w\s+dlugach|zadluzon\p{L}*|zadluzeni\p{L}*|spirala\s+(dlug|zadluz)\p{L}*|komornik\p{L}*`,
    String.raw`(dziadek|babcia|mama|tata|ojciec|matka|tesc\p{L}*|ciocia|wujek|dziadzio|babunia)\s+(ma|juz\s+ma|,)\s*([89]\d|1[01]\d)(\s+lat\p{L}*)?(?!\s*(%|zl|pln|punkt\p{L}*|\d))|nie\s+ogarnia\p{L}*\s+(\p{L}+\s+)?(aplikacj\p{L}*|telefon\p{L}*|internet\p{L}*|komputer\p{L}*|smartfon\p{L}*|apk\p{L}*)|nie\s+(znam|mowie|rozumiem)\s+(dobrze\s+|za\s+dobrze\s+|zbyt\s+dobrze\s+)?(po\s+)?polsk\p{L}*|(mozna|prosze|czy\s+mozna)\s+po\s+(ukrainsku|rosyjsku|angielsku|niemiecku|bialorusku|gruzinsku)`,
    String.raw`na\s+bruku|kuroniow\p{L}*|zasilek\s+dla\s+bezrobotnych|urzad\s+pracy|(stracil\p{L}*|wylecial\p{L}*|wywalili\s+mnie)\s+(\p{L}+\s+)?(z\s+)?(pracy|roboty)`,
    String.raw`(ze|z)\s+soba\s+skonczyc|skonczyc\s+ze\s+soba|odebrac\s+sobie\s+zycie|nie\s+chce\s+(mi\s+sie\s+)?(juz\s+)?zyc|uzalezni\p{L}*\s+od\s+(hazardu|gier|zakladow)|hazard\p{L}*`,
    // An ex who still has my PIN, passwords or account.
    String.raw`(moj\s+byly|moja\s+byla|byly|byla|ex)\s+(\p{L}+\s+){0,2}(zna|ma|uzywa|wie)\s+(\p{L}+\s+)?(moj|moje|moja|mojego|moja)\s+(pin\p{L}*|hasl\p{L}*|kart\p{L}*|kont\p{L}*|login\p{L}*|dane)`,
  ],
};

export { pl };
