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
    // A systematic pass per ask: other words for a person, a call, a complaint, a body, the law.
    String.raw`telefoontje|(iemand|een\s+medewerker|een\s+mens)\s+aan\s+de\s+(telefoon|lijn)|gebeld\s+worden|(belt|bel)\s+(u|jullie|je)\s+(me|mij)|(gesprek|contact)\s+met\s+een\s+medewerker|geen\s+(bot|robot|chatbot|computer)|doorverbind\p{L}*|verbind\s+(me|mij)\s+door|vlees\s+en\s+bloed|menselijk\p{L}*\s+contact`,
    String.raw`woedend|ontevreden|schande\p{L}*|(slechte|waardeloze|belabberde)\s+(service|klantenservice)|bezwaar\s+(maken|indienen|aantekenen)|ingebrekestelling`,
    String.raw`toezichthouder|autoriteit\s+persoonsgegevens|klachteninstituut|geschillen\p{L}*|nederlandsche\s+bank|fsma|ombudsfin|test-aankoop`,
    String.raw`(naar|voor)\s+de\s+rechter|juridische\s+stappen|rechtsbijstand\p{L}*|rechtshulp|gerechtelijk\p{L}*|deurwaarder|sommatie|aansprakelijk\s+stellen|aansprakelijkheidsstelling|procederen|kort\s+geding`,
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
    // A systematic pass per driver, in the order above: inflections, euphemisms and idioms.
    String.raw`heengegaan|ontslapen|ingeslapen|overlijden|(verloren|verlies\s+van)\s+(mijn|onze)\s+(\p{L}+\s+)?(man|vrouw|vader|moeder|pa|ma|papa|mama|zoon|dochter|kind|broer|zus|opa|oma|partner|echtgeno\p{L}*|baby)|(mijn|onze)\s+(\p{L}+\s+)?(man|vrouw|vader|moeder|pa|ma|papa|mama|zoon|dochter|kind|broer|zus|opa|oma|partner|echtgeno\p{L}*|baby)\s+verloren|akte\s+van\s+overlijden|verklaring\s+van\s+erfrecht|testament|begrafenis|nabestaande\p{L}*|weduwnaar|rust\s+zacht|condoleance\p{L}*|executeur|boedel\p{L}*`,
    String.raw`intensive\s+care|spoedeisende\s+hulp|eerste\s+hulp|revalid\p{L}*|chronisch\p{L}*|leukemie|uitzaaiing\p{L}*|oncolo\p{L}*|transplantatie|rolstoel|verlamd|arbeidsongeschikt\p{L}*|ziektewet|ziekgemeld|ziekmelding|bedlegerig`,
    String.raw`zit\s+(er\s+)?(\p{L}+\s+)?doorheen|ten\s+einde\s+raad|in\s+de\s+put|(zie|zag)\s+het\s+(\p{L}+\s+)?niet\s+meer\s+zitten|(mezelf|mijzelf)\s+(iets\s+)?(aandoen|pijn\s+doen)|zelfbeschadig\p{L}*|suicid\p{L}*|bipolair|schizofren\p{L}*|psychose|ggz|eetstoornis|gokverslaving|alcoholverslaving|somber\p{L}*|paniekaanval\p{L}*|(ben|voel\s+me)\s+(helemaal\s+|echt\s+)?(kapot|uitgeput|radeloos|wanhopig)`,
    String.raw`houdt\s+(\p{L}+\s+){0,3}achter|(partner|man|vrouw|vriend|vriendin|ex|echtgeno\p{L}*)\s+(\p{L}+\s+){0,2}(controleert|beheert|pakt|laat\s+(me|mij)\s+niet|geeft\s+(me|mij)\s+geen|dwingt|verbiedt|bedreigt|slaat)|laat\s+(me|mij)\s+niet\s+(bij|aan|werken|zelf)|(neemt|pakt)\s+(\p{L}+\s+){0,3}(pinpas|bankpas|geld|loon|salaris|kaart|telefoon)\s+af|(dwingt|dwong)\s+(me|mij)|(heeft|hebben)\s+(me|mij)\s+(\p{L}+\s+){0,2}gedwongen|(financieel|economisch)\s+(misbruik|geweld|afhankelijk)|dwingende\s+controle|veilig\s+thuis|vrouwenopvang|straatverbod|contactverbod|huiselijk\p{L}*`,
    String.raw`op\s+straat\s+gezet|eruit\s+gegooid|de\s+laan\s+uit(gestuurd)?|in\s+de\s+ww|ww-uitkering|werkloosheid\p{L}*|zonder\s+(baan|werk|inkomen)|(baan|werk|job)\s+(\p{L}+\s+)?kwijt(geraakt)?|kwijtgeraakt|reorganisatie|boventallig|contract\s+(\p{L}+\s+)?(afgelopen|beeindigd)|uwv|faillissement|failliet`,
    String.raw`kom\s+(\p{L}+\s+){0,2}niet\s+(meer\s+)?rond|niet\s+rond\s+(te\s+)?komen|rood\s+staan|sta\s+(\p{L}+\s+){0,2}rood|geen\s+cent|geen\s+(geld|euro)\s+meer(?!\s+(terug|ontvangen|gekregen|binnen))|blut|platzak|(huur|rekeningen|boodschappen|energie|energierekening|hypotheek|vaste\s+lasten)\s+(\p{L}+\s+)?niet\s+(meer\s+)?(betalen|opbrengen)|(geld|loon|salaris|uitkering)\s+(is|raakt)\s+(altijd\s+|al\s+|steeds\s+|snel\s+|weer\s+)?op(?=\s*([,.;!?]|$|voor|en|want|dus|halverwege))|armoede|voedselpakket|schuldsanering|wsnp|budgetbeheer|beslaglegging|loonbeslag`,
    String.raw`(mijn|onze)\s+(\p{L}+\s+)?(man|vrouw|vader|moeder|pa|ma|papa|mama|zoon|dochter|kind|broer|zus|opa|oma|partner|echtgeno\p{L}*|baby)\s+(\p{L}+\s+)?(gehandicapt|invalide|bedlegerig|dement|hulpbehoevend|zorgbehoevend)|zorgbehoevend\p{L}*|hulpbehoevend\p{L}*|verpleeghuis|(constant|voortdurend|continu|24/7)\s+(zorg|hulp|toezicht|verzorging)|zorg\s+nodig|dag\s+en\s+nacht|24\s+uur\s+per\s+dag|thuiszorg|pgb`,
    String.raw`ik\s+ben\s+(al\s+|erg\s+|heel\s+|te\s+)?(oud|bejaard|gepensioneerd|op\s+leeftijd|senior)(?!\s+klant)|oudere\s+(dame|heer|man|vrouw)|(snap|begrijp)\s+(er\s+)?(\p{L}+\s+)?(niks|niets)\s+van\s+((die|de|deze|dat|het)\s+)?(app|apps|computer|computers|internet|telefoon|techniek|website)|digibeet|(slecht|niet\s+goed)\s+met\s+(computers|internet|apps|techniek)|slechtho\p{L}*|(zie|hoor)\s+(heel\s+)?(weinig)|spreek\s+(geen|slecht|weinig)\s+nederlands|(grote|grotere)\s+letters|geheugen\p{L}*\s+(problemen|klachten)|vergeetachtig`,
  ],
};

export { nl };
