import type { LanguagePatterns } from './pattern.js';

/**
 * Polish, folded: "ł" is "l" (NFKD keeps it whole; the fold maps it), "ą" is "a". "Operacja" is a
 * bank transaction too, so surgery needs its context; "sąd" folds to "sad", so courts need theirs.
 */

const pl: LanguagePatterns = {
  asksForPerson: [
    String.raw`(porozmawiac|rozmawiac|rozmowa|pogadac)\s+z\s+(\p{L}+\s+)?(czlowiekiem|konsultant\p{L}*|pracownikiem|osoba|kierownik\p{L}*|przelozon\p{L}*|kims)`,
    String.raw`zywym\s+czlowiekiem|oddzwon\p{L}*|zadzwon\p{L}*\s+do\s+mnie|do\s+mnie\s+zadzwon\p{L}*|kierownik\p{L}*|przelozon\p{L}*`,
    // A formal complaint.
    String.raw`reklamacj\p{L}*|skarg\p{L}*|zazaleni\p{L}*`,
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
  ],
  vulnerability: [
    // Life events: bereavement.
    String.raw`zmarl\p{L}*|umarl\p{L}*|smierc\p{L}*|pogrzeb\p{L}*|pochowa\p{L}*|zalob\p{L}*|wdow\p{L}*`,
    // Health.
    String.raw`rak(a|iem|u)?|nowotw\p{L}*|chemioterap\p{L}*|radioterapi\p{L}*|szpital\p{L}*|po\s+operacji|zwolnieni\p{L}*\s+lekarski\p{L}*`,
    String.raw`chor(a|y|ym|ej|oba|oby|obe|uje|ujacy|ujaca|ego)|niepelnosprawn\p{L}*|zawal\p{L}*|udar\p{L}*|dializ\p{L}*|demencj\p{L}*|alzheimer\p{L}*`,
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
    String.raw`pieniadze\s+(\p{L}+\s+){0,2}konc\p{L}*|konc\p{L}*\s+(\p{L}+\s+){0,2}pieniadze|brak\p{L}*\s+(mi\s+)?(pieniedzy|kasy|srodkow)|(nie\s+)?(starcza|wystarcza)\s+(mi\s+)?(\p{L}+\s+)?(do\s+pierwszego|do\s+konca\s+miesiaca|na\s+(zycie|jedzenie|czynsz|rachunki|oplaty))|do\s+pierwszego|bez\s+grosza|ani\s+grosza|splukan\p{L}*|bez\s+kasy|ledwo\s+(wiaze|starcza|przezywam)|koniec\s+z\s+koncem|na\s+minusie|debet\p{L}*|nie\s+(moge|jestem\s+w\s+stanie)\s+(za)?placic\s+(czynszu|rachunkow|za\s+mieszkanie|za\s+prad|za\s+jedzenie)|bied(a|zie|y|e)|ubostw\p{L}*|opiek\p{L}*\s+spoleczn\p{L}*|mops|gops|bank\p{L}*\s+zywnosci|windykac\p{L}*|egzekucj\p{L}*|(tarapat|problem)\p{L}*\s+finansow\p{L}*`,
    String.raw`(ojciec|matka|mama|tata|maz|zona|syn|corka|dziecko|brat|siostra|babcia|dziadek)\s+(\p{L}+\s+)?(jest\s+)?(niepelnosprawn\p{L}*|lezac\p{L}*|obloznie\s+chor\p{L}*|niesamodzieln\p{L}*|z\s+demencj\p{L}*)|niesamodzieln\p{L}*|(wymaga|potrzebuje)\s+(stalej|calodobowej|ciaglej|codziennej)\s+(opieki|pomocy|nadzoru)|wymaga\s+opieki|(stal\p{L}*|ciagl\p{L}*)\s+opiek\p{L}*|swiadczeni\p{L}*\s+pielegnacyjn\p{L}*|dom\p{L}*\s+opieki|hospicj\p{L}*|24\s+godziny\s+na\s+dobe|zajmuje\s+sie\s+(\p{L}+\s+)?(chor\p{L}*|niepelnosprawn\p{L}*|starsz\p{L}*|mam\p{L}*|tat\p{L}*|ojc\p{L}*|matk\p{L}*|mez\p{L}*|zon\p{L}*|syn\p{L}*|cork\p{L}*|dzieck\p{L}*)`,
    String.raw`jestem\s+(\p{L}+\s+)?(starsz\p{L}*|stara|stary|emeryt\p{L}*|w\s+podeszlym\s+wieku|w\s+starszym\s+wieku)|osoba\s+starsza|starsz\p{L}*\s+osob\p{L}*|nie\s+(rozumiem|ogarniam|znam\s+sie\s+na)\s+(tej\s+|tych\s+|tym\s+)?(aplikacj\p{L}*|internec\p{L}*|internet\p{L}*|komputer\p{L}*|smartfon\p{L}*|technologi\p{L}*)|(slabo|zle|kiepsko)\s+(widze|slysze|czytam)|nie\s+widze\s+(juz\s+)?(dobrze|dokladnie|wyraznie)|wzrok\p{L}*\s+(mi\s+)?(siada|slabnie)|aparat\p{L}*\s+sluchow\p{L}*|niedoslysz\p{L}*|problem\p{L}*\s+z\s+(pamiecia|wzrokiem|sluchem|czytaniem)|nie\s+mowie\s+(dobrze\s+)?po\s+polsku|(wieksz|duz)\p{L}*\s+czcionk\p{L}*`,
  ],
};

export { pl };
