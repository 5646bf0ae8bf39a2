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
  ],
};

export { da };
