import type { LanguagePatterns } from './pattern.js';

/** Dutch, folded: "één" is "een". */

const nl: LanguagePatterns = {
  asksForPerson: [
    String.raw`met\s+(een|iemand)\s+(echte\s+)?(mens|medewerker|persoon)?\s*(spreken|praten)|medewerker\s+spreken`,
    String.raw`echte?\s+(mens|persoon)|terugbel\p{L}*|terug\s+(te\s+)?bellen|bel\s+me|(me|mij)\s+(\p{L}+\s+)?bellen`,
    String.raw`leidinggevende|teamleider|(uw|je|jullie)\s+(baas|chef|manager)`,
    // A formal complaint.
    String.raw`klacht\p{L}*|beklag`,
    // A regulator or ombudsman.
    String.raw`kifid|afm|geschillencommissie|consumentenbond|ombudsman|autoriteit\s+consument|juridisch\s+loket`,
    // The law.
    String.raw`advoca\p{L}*|jurist\p{L}*|juridisch\p{L}*|rechter|rechtbank|rechtszaak|aanklagen`,
  ],
  vulnerability: [
    // Life events: bereavement.
    String.raw`overled\p{L}*|gestorven|begraf\p{L}*|begraven|uitvaart|crematie|rouw\p{L}*|weduw\p{L}*|nalatenschap`,
    // Health.
    String.raw`kanker|chemo\p{L}*|bestraling\p{L}*|ziekenhuis|opgenomen|operatie|geopereerd|ziek|ziekte\p{L}*`,
    String.raw`gehandicapt\p{L}*|beperking|hartaanval|beroerte|dialyse|dementie|alzheimer`,
    String.raw`depress\p{L}*|zelfmoord\p{L}*|niet\s+meer\s+leven|psychisch\p{L}*|psychiatr\p{L}*|burn-?out|verslav\p{L}*`,
    // Life events: abuse and financial control.
    String.raw`huiselijk\s+geweld|geweld|mishandel\p{L}*|slaat\s+me`,
    String.raw`controleert\s+(al\s+)?(mijn|ons)\s+(geld|rekening)|pakt\s+(mijn|ons)\s+(loon|geld|salaris)|zonder\s+mijn\s+toestemming`,
    // Life events: job or income loss.
    String.raw`(baan|werk)\s+(kwijt|verloren)|ontslagen|ontslag|werkloos|zonder\s+werk|uitkering|bijstand`,
    // Resilience.
    String.raw`geen\s+geld\s+(meer\s+)?(voor|om)|(mijn|de)\s+huur|schulden|schuldhulp\p{L}*|voedselbank|financiele\s+problemen`,
    String.raw`krap\s+bij\s+kas|niet\s+betalen\s+kan`,
    // Life events: caring.
    String.raw`mantelzorg\p{L}*|zorg\s+(fulltime\s+)?voor\s+mijn|verzorg\p{L}*\s+(mijn|voor)`,
    // Capability.
    String.raw`niet\s+goed\s+lezen|nederlands\s+is\s+niet|dyslex\p{L}*|laaggeletterd\p{L}*|ik\s+ben\s+[89]\d|doof|slechtziend\p{L}*|bewindvoer\p{L}*`,
  ],
};

export { nl };
