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
  until: String.raw`(tot)[\s']+(\p{L}+[\s']+)?`,
  weekday: '(maandag|dinsdag|woensdag|donderdag|vrijdag|zaterdag|zondag)',
};

/** Dutch, folded: "één" is "een". */

const nl: LanguagePatterns = {
  asksForPerson: [
    String.raw`met\s+(een|iemand)\s+(echte\s+)?(mens|medewerker|persoon)?\s*(spreken|praten)|medewerker\s+spreken`,
    String.raw`echte?\s+(mens|persoon)|terugbel\p{L}*|terug\s+(te\s+)?bellen|bel\s+me|(me|mij)\s+(\p{L}+\s+)?bellen`,
    String.raw`leidinggevende|teamleider|(uw|je|jullie)\s+(baas|chef|manager)`,
    // A formal complaint.
    String.raw`klacht\p{L}*${NOT_NEGATED}|beklag`,
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
    // A family pass (the first held-out part, now tuning data): calls, a real person, no more bots
    // or automatic replies, someone who will read it, someone higher up; repeated complaints; the law.
    String.raw`(een\s+)?(belletje|telefoontje)\s+(geven|doen|plegen)|(geef|geeft|geven)\s+(me|mij)\s+(\p{L}+\s+){0,2}(een\s+)?(belletje|telefoontje)|(bel|belt|bellen)\s+(me|mij)\s+(\p{L}+\s+){0,2}(op|terug)|terugbellen|teruggebeld|opbellen`,
    String.raw`(echte|levende)\s+(mens|persoon|medewerker|werknemer)|vlees\s+en\s+bloed|(echt|werkelijk|daadwerkelijk)\s+(leest|gelezen|bekijkt|bekeken)`,
    String.raw`automatische\s+(antwoorden|antwoord|berichten|mails|reacties)|standaard\s*(antwoorden|mails|reacties)|rondjes\s+(draaien|draai|lopen)|in\s+(een\s+)?kringetje|(geen|niet\s+weer|genoeg\s+van\s+(die|de))\s+(\p{L}+\s+)?(chatbots?|bots?|robots?)|geen\s+(bot|robot|computer)`,
    String.raw`(geef|stuur|zet)\s+(dit|het|mijn\s+\p{L}+)\s+(door\s+)?(aan|naar)\s+(iemand|een\s+(mens|persoon|medewerker|leidinggevende|collega))|doorverbinden|doorverbind|leidinggevende|teamleider|supervisor|iemand\s+(van\s+)?(hoger\s*op|hogerop|met\s+meer\s+bevoegdheid)|hogerop|escal\p{L}*`,
    String.raw`(twee|drie|meerdere|vaker|verschillende)\s*(keer|maal|keren)\s+(\p{L}+\s+){0,3}(geklaagd|gemaild|gebeld|geschreven)|geklaagd|niemand\s+(heeft\s+)?(\p{L}+\s+)?(gereageerd|geantwoord|teruggebeld)|zonder\s+(enige\s+)?(reactie|antwoord)|(heel|erg|ontzettend|enorm)\s+(boos|kwaad|ontevreden)|woedend|woest|razend|schriftelijke\s+(reactie|verklaring|uitleg)`,
    String.raw`dagvaard\p{L}*|rechter|rechtbank|kantonrechter|advocaat|juridische\s+stappen|deurwaarder|ingebrekestelling|sommatie`,
    // Chasing for the third time; fed up.
    String.raw`(?:(derde|vierde|vijfde|zoveelste)\s+keer)${GOES_ON}|ik\s+ben\s+het\s+(zat|beu)|spuugzat`,
    // Is anyone there? The same reply again.
    String.raw`is\s+(daar|er)\s+iemand(?=\s*[?,.!])|hetzelfde\s+antwoord`,
    // Rather deal with a person.
    String.raw`(liever|prefereer)\s+(\p{L}+\s+){0,2}(met|tegen)\s+een\s+(persoon|mens|medewerker)`,
    // Stories (the fresh held-out part, now tuning data): is anyone human there, call me on a number, a body or court named.
    String.raw`(is\s+er|zijn\s+er)\s+(nog\s+)?(een\s+)?(mens|mensen|iemand)\s+(daar|of|echt)|(alleen|enkel)\s+(maar\s+)?(robots|bots)|bel\s+(mij|me)\s+(op|terug\s+op)\s+\d`,
    String.raw`(wil\s+me|me\s+wil)\s+beklagen|beklag\p{L}*|(hoorn|telefoon)\s+(erop\s+)?(gooide|neergooide|erop\s+gegooid)`,
    String.raw`rechtszaal|aangifte\s+(doen|gedaan|bij\s+de\s+politie)|rechtbank`,
    // A chat pass: no phone number any more, to talk it through with someone, not a form; shocked at how I was spoken to and want it looked into; formal notice and a court case.
    String.raw`(geen|jullie\s+geen)\s+(\p{L}+\s+)?(telefoonnummer|nummer\s+om\s+te\s+bellen|klantenservicenummer)|(met|tegen)\s+iemand\s+(\p{L}+\s+)?(bespreken|overleggen|praten|spreken)|niet\s+(via|met|door)\s+(een|dat|zo'?n|het)\s+(\p{L}+\s+)?(formulier|contactformulier|chatbot)`,
    String.raw`geschokt|(geschrokken|verbijsterd|ontdaan)\s+(van|over)\s+(hoe|de\s+manier)|te\s+woord\s+(ben\s+)?gestaan|hoe\s+ik\s+(\p{L}+\s+){0,3}(behandeld|aangesproken|afgescheept)\s+(ben|werd)|(wil|eis)\s+dat\s+(dit|het|dat)\s+(\p{L}+\s+)?(uitgezocht|onderzocht)`,
    String.raw`in\s+gebreke|(start|begin|beginnen|starten)\s+(ik\s+)?(een\s+)?(procedure|rechtszaak|zaak)|(anders|zo\s+niet)\s+(\p{L}+\s+){0,3}(procedure|rechter|advocaat|rechtszaak|juridisch\p{L}*|incasso)`,
    // A brief pass: Belgian and Dutch bodies and the justice of the peace.
    String.raw`vrederechter|kantonrechter|fod\s+economie|test-?aankoop|ombudsfin|ombudsdienst|consumentenbond|(meld|melden|gemeld)\s+(\p{L}+\s+){0,3}(afm|acm|kifid|fsma|fod)(?!\p{L})`,
  ],
  vulnerability: [
    // Life events: bereavement.
    String.raw`overled\p{L}*|gestorven|begraf\p{L}*|begraven|uitvaart${SOMEONE_ELSES_BEFORE}${SOMEONE_ELSES_AFTER}|crematie|rouw\p{L}*|weduw\p{L}*|nalatenschap`,
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
    String.raw`dood${NOT_A_DEVICE_BEFORE}${NOT_A_DEVICE_AFTER}|erfenis|crematie`,
    String.raw`tumor|biopt|diagnose|chemo\p{L}*|(een|ernstig)\s+ongeluk|ziek\p{L}*|parkinson|epilepsie`,
    String.raw`overspann\p{L}*|angst\p{L}*|paniek\p{L}*|psycholo\p{L}*|crisis|wanhopig|(kan|trek)\s+(dit|het)\s+(\p{L}+\s+){0,2}niet\s+(meer\s+)?aan`,
    String.raw`bedreig\p{L}*|dreigt|bang\s+voor\s+(hem|haar|mijn)|zonder\s+(mijn\s+)?medeweten|stalk\p{L}*`,
    String.raw`(bedrijf|werkgever|zaak|winkel|fabriek)\s+(\p{L}+\s+){0,2}(failliet|dicht|gesloten|sluit)|contract\s+(\p{L}+\s+){0,2}niet\s+verlengd|geen\s+(inkomen|salaris|loon)|zonder\s+(inkomen|baan)`,
    String.raw`kiezen\s+tussen|geld\s+voor\s+(eten|boodschappen)|rondkomen|betalingsachterstand\p{L}*`,
    String.raw`zorg\s+(\p{L}+\s+){0,3}voor\s+mijn|autis\p{L}*`,
    String.raw`(zie|hoor)\s+slecht|niet\s+goed\s+(zien|horen)|(mijn\s+)?(dochter|zoon|kleinzoon|kleindochter)\s+(helpt|typt|schrijft)`,
    // A systematic pass per driver, in the order above: inflections, euphemisms and idioms.
    String.raw`heengegaan|ontslapen|ingeslapen|overlijden|(verloren|verlies\s+van)\s+(mijn|onze)\s+(\p{L}+\s+)?(man|vrouw|vader|moeder|pa|ma|papa|mama|zoon|dochter|kind|broer|zus|opa|oma|partner|echtgeno\p{L}*|baby)|(mijn|onze)\s+(\p{L}+\s+)?(man|vrouw|vader|moeder|pa|ma|papa|mama|zoon|dochter|kind|broer|zus|opa|oma|partner|echtgeno\p{L}*|baby)\s+verloren|akte\s+van\s+overlijden|verklaring\s+van\s+erfrecht|testament|begrafenis${SOMEONE_ELSES_BEFORE}${SOMEONE_ELSES_AFTER}|nabestaande\p{L}*|weduwnaar|rust\s+zacht|condoleance\p{L}*|executeur|boedel\p{L}*`,
    String.raw`intensive\s+care|spoedeisende\s+hulp|eerste\s+hulp|revalid\p{L}*|chronisch\p{L}*|leukemie|uitzaaiing\p{L}*|oncolo\p{L}*|transplantatie|rolstoel|verlamd|arbeidsongeschikt\p{L}*|ziektewet|ziekgemeld|ziekmelding|bedlegerig`,
    String.raw`zit\s+(er\s+)?(\p{L}+\s+)?doorheen|ten\s+einde\s+raad|in\s+de\s+put|(zie|zag)\s+het\s+(\p{L}+\s+)?niet\s+meer\s+zitten|(mezelf|mijzelf)\s+(iets\s+)?(aandoen|pijn\s+doen)|zelfbeschadig\p{L}*|suicid\p{L}*|bipolair|schizofren\p{L}*|psychose|ggz|eetstoornis|gokverslaving|alcoholverslaving|somber\p{L}*|paniekaanval\p{L}*|(ben|voel\s+me)\s+(helemaal\s+|echt\s+)?(kapot|uitgeput|radeloos|wanhopig)`,
    String.raw`houdt\s+(\p{L}+\s+){0,3}achter|(partner|man|vrouw|vriend|vriendin|ex|echtgeno\p{L}*)\s+(\p{L}+\s+){0,2}(controleert|beheert|pakt|laat\s+(me|mij)\s+niet|geeft\s+(me|mij)\s+geen|dwingt|verbiedt|bedreigt|slaat)|laat\s+(me|mij)\s+niet\s+(bij|aan|werken|zelf)|(neemt|pakt)\s+(\p{L}+\s+){0,3}(pinpas|bankpas|geld|loon|salaris|kaart|telefoon)\s+af|(dwingt|dwong)\s+(me|mij)|(heeft|hebben)\s+(me|mij)\s+(\p{L}+\s+){0,2}gedwongen|(financieel|economisch)\s+(misbruik|geweld|afhankelijk)|dwingende\s+controle|veilig\s+thuis|vrouwenopvang|straatverbod|contactverbod|huiselijk\p{L}*`,
    String.raw`op\s+straat\s+gezet|eruit\s+gegooid|de\s+laan\s+uit(gestuurd)?|in\s+de\s+ww|ww-uitkering|werkloosheid\p{L}*|zonder\s+(baan|werk|inkomen)|(baan|werk|job)\s+(\p{L}+\s+)?kwijt(geraakt)?|kwijtgeraakt|reorganisatie|boventallig|contract\s+(\p{L}+\s+)?(afgelopen|beeindigd)|uwv|faillissement|failliet`,
    String.raw`kom\s+(\p{L}+\s+){0,2}niet\s+(meer\s+)?rond|niet\s+rond\s+(te\s+)?komen|rood\s+staan|sta\s+(\p{L}+\s+){0,2}rood|geen\s+cent|geen\s+(geld|euro)\s+meer(?!\s+(terug|ontvangen|gekregen|binnen))|blut${notUntilAWeekdayBefore(UNTIL_A_WEEKDAY)}${notUntilAWeekdayAfter(UNTIL_A_WEEKDAY)}|platzak|(huur|rekeningen|boodschappen|energie|energierekening|hypotheek|vaste\s+lasten)\s+(\p{L}+\s+)?niet\s+(meer\s+)?(betalen|opbrengen)|(geld|loon|salaris|uitkering)\s+(is|raakt)\s+(altijd\s+|al\s+|steeds\s+|snel\s+|weer\s+)?op(?=\s*([,.;!?]|$|voor|en|want|dus|halverwege))|armoede|voedselpakket|schuldsanering|wsnp|budgetbeheer|beslaglegging|loonbeslag`,
    String.raw`(mijn|onze)\s+(\p{L}+\s+)?(man|vrouw|vader|moeder|pa|ma|papa|mama|zoon|dochter|kind|broer|zus|opa|oma|partner|echtgeno\p{L}*|baby)\s+(\p{L}+\s+)?(gehandicapt|invalide|bedlegerig|dement|hulpbehoevend|zorgbehoevend)|zorgbehoevend\p{L}*|hulpbehoevend\p{L}*|verpleeghuis|(constant|voortdurend|continu|24/7)\s+(zorg|hulp|toezicht|verzorging)|zorg\s+nodig|dag\s+en\s+nacht|24\s+uur\s+per\s+dag|thuiszorg|pgb`,
    String.raw`ik\s+ben\s+(al\s+|erg\s+|heel\s+|te\s+)?(oud|bejaard|gepensioneerd|op\s+leeftijd|senior)(?!\s+klant)|oudere\s+(dame|heer|man|vrouw)|(snap|begrijp)\s+(er\s+)?(\p{L}+\s+)?(niks|niets)\s+van\s+((die|de|deze|dat|het)\s+)?(app|apps|computer|computers|internet|telefoon|techniek|website)|digibeet|(slecht|niet\s+goed)\s+met\s+(computers|internet|apps|techniek)|slechtho\p{L}*|(zie|hoor)\s+(heel\s+)?(weinig)|spreek\s+(geen|slecht|weinig)\s+nederlands|(grote|grotere)\s+letters|geheugen\p{L}*\s+(problemen|klachten)|vergeetachtig`,
    // A family pass per driver (the first held-out part, now tuning data), in the order above.
    String.raw`(ons|onze|mijn)\s+(\p{L}+\s+)?(dochter\p{L}*|zoon\p{L}*|kind\p{L}*|baby|man|vrouw|vader|moeder|broer|zus|opa|oma|kleine)\s+(\p{L}+\s+){0,2}verloren|(verloren|verliezen)\s+(ons|onze|mijn)\s+(\p{L}+\s+)?(dochter\p{L}*|zoon\p{L}*|kind\p{L}*|baby|man|vrouw|vader|moeder)|overled\p{L}*|overlijd\p{L}*|gestorven|omgekomen|verongelukt|nabestaand\p{L}*|erfenis|erfgena\p{L}*|executeur|nalatenschap|notaris|weduw\p{L}*|begrafenis${SOMEONE_ELSES_BEFORE}${SOMEONE_ELSES_AFTER}|crematie|rouw\p{L}*|uitvaart${SOMEONE_ELSES_BEFORE}${SOMEONE_ELSES_AFTER}|ontvallen|heengegaan|miskraam|doodgeboren`,
    String.raw`(ik\s+heb|heeft|lijd\s+aan|lijdt\s+aan)\s+(ms|als|copd|multiple\s+sclerose|parkinson)|multiple\s+sclerose|terugval|(lig|ligt|lag)\s+(\p{L}+\s+){0,4}(op\s+bed|in\s+bed|in\s+het\s+ziekenhuis)|bedlegerig|(vlek|plek|knobbel|schaduw|tumor)\s+(op|in|aan)\s+(de|mijn|zijn|haar)\s+(long|longen|lever|borst|hersenen)|tumor|geopereerd|operatie|uitgeschakeld|ziektewet|dialyse|chemo\p{L}*|bestraling\p{L}*|transplantatie|intensive\s+care|ziekenhuis\p{L}*`,
    String.raw`gedwongen\s+(opgenomen|opname)|psychiatrisch\p{L}*|ggz|crisisdienst|psychiater|psycholoog|therapeut|(donkere|zwarte|suicidale)\s+gedachten|bipolair\p{L}*|manisch\p{L}*|manie|(gaat|ga)\s+(het\s+)?(helemaal\s+)?niet\s+goed\s+met\s+(me|mij)|burn-?out`,
    String.raw`blijf\s+van\s+mijn\s+lijf\p{L}*|vrouwenopvang|opvanghuis|(in\s+de|naar\s+de)\s+opvang|(oude|vorige)\s+adres|(hij|zij)\s+woont\s+(er|daar)\s+(nog|nog\s+steeds)|bang\s+voor\s+(hem|haar|mijn\s+(ex|man|vriend|partner|vader))|(pakt|neemt|afpakt)\s+(mijn|haar|zijn)\s+(telefoon|mobiel|pas|bankpas)|huiselijk\s+geweld|contactverbod|straatverbod|veilig\s+thuis`,
    String.raw`(tijdelijk\p{L}*\s+)?contract\s+(\p{L}+\s+){0,2}(liep\s+af|is\s+afgelopen|niet\s+verlengd|beeindigd|werd\s+niet\s+verlengd)|ontslag\p{L}*|ontslagen|wegbezuinigd|werkloos\p{L}*|ww-?uitkering|(in\s+de|een)\s+ww|uwv|bijstand\p{L}*|zonder\s+(werk|baan|inkomen)|(geen|niks|niets)\s+(werk|baan)|reorganisatie|boventallig|failliet`,
    String.raw`voedselbank\p{L}*|schuldhulp\p{L}*|schuldsanering|wsnp|budgetbeheer|bewindvoer\p{L}*|(kiezen|keuze)\s+tussen\s+(\p{L}+\s+){0,3}(energie\p{L}*|stroom|huur|eten|boodschappen|gas)|rood\s+staan|sta\s+rood|in\s+het\s+rood|(geen|zonder)\s+(een\s+)?(cent|euro)\s+(meer|over)|rondkomen|maatschappelijk\s+werk\p{L}*|sociaal\s+loket|beslaglegging|loonbeslag|bkr`,
    String.raw`doe\s+(nu\s+)?alles\s+voor\s+(hem|haar)|(wassen|eten\s+geven|aankleden),\s+(wassen|eten\s+geven|aankleden)|mantelzorg\p{L}*|(zorg|zorgen)\s+voor\s+(hem|haar|mijn\s+\p{L}+)\s+(thuis|dag\s+en\s+nacht)|verzorg(en)?\s+(hem|haar|mijn)|(autistisch\p{L}*|gehandicapt\p{L}*)\s+(zoon|dochter|kind\p{L}*|tweeling)|dag\s+en\s+nacht|hersenletsel|(helemaal|totaal|compleet)\s+(uitgeput|kapot)|uitgeput`,
    String.raw`blind|slechtziend\p{L}*|doof|slechthorend\p{L}*|schermlezer|voorleessoftware|dyscalculie|dyslexie|bewindvoering|curatele`,
    // Quick loans and overdrafts to get by.
    String.raw`flitskrediet\p{L}*|minilening\p{L}*`,
    // Debts run up in my name; borrowing to eat; let go in other words; burial.
    String.raw`(lening\p{L}*|krediet\p{L}*|schulden)\s+(\p{L}+\s+){0,2}op\s+mijn\s+naam|geld\s+lenen\s+(\p{L}+\s+){0,4}(voor|om)\s+(boodschappen|eten|huur)|op\s+straat\s+gezet`,
    // Losing a parent said plainly; not my mother tongue; the employer wound up.
    String.raw`zijn\s+(\p{L}+\s+)?(papa|mama|opa|oma|vader|moeder|zoon|dochter|man|vrouw)\s+(\p{L}+\s+){0,2}verloren`,
    // Not right in the head; he won't let me; the emergency department.
    String.raw`(hij|zij|mijn\s+(man|vriend|partner|ex))\s+laat\s+me\s+(geen|niet|nooit)\s+(\p{L}+\s+)?(eigen|zelf|werken|pinnen|uitgeven)`,
    // Life events told as stories, per driver: a suicide in the family; an overdose; kin taking a pension, watching the money, a hidden address; hands-on care; the employer going under or a forced exit; skipped meals; reading.
    String.raw`einde\s+aan\s+(zijn|haar|hun)\s+leven\s+gemaakt|zelfmoord|suicide|sinds\s+de\s+(begrafenis|crematie|uitvaart)|nalatenschap|erfenis|weduw\p{L}*|kan\s+me\s+nergens\s+op\s+concentreren|(post|brieven)\s+(\p{L}+\s+){0,2}(niet|nooit)\s+(meer\s+)?(open|geopend)|brieven\s+trek\s+ik\s+(gewoon\s+)?niet`,
    'ptss|nachtmerries|overdosis|zelfmoordpoging',
    String.raw`(zoon|dochter|kleinzoon|man|partner|ex|vriend)\s+(\p{L}+\s+){0,2}(pakt|neemt|houdt)\s+(\p{L}+\s+)?(mijn|m'n)\s+(aow|pensioen|uitkering|salaris|geld|pas|bankpas)|laat\s+(mij|me)\s+(zijn|haar)\s+(\p{L}+\s+)?betalen|dwingt\s+(mij|me)|(controleert|checkt)\s+(\p{L}+\s+)?(mijn|m'n)\s+(afschriften|rekening|uitgaven|telefoon|bonnetjes)`,
    String.raw`gevlucht|geheim\s+adres|blijf-van-mijn-lijf\p{L}*|vrouwenopvang|(geef|geeft)\s+(aub\s+)?(niks|niets|geen\s+gegevens)\s+(door\s+)?aan\s+(hem|haar)|contactverbod|straatverbod`,
    String.raw`(alle\s+)?(zorg|verzorging)\s+voor\s+(hem|haar)|mantelzorg\p{L}*|palliatie\p{L}*|hersenverlamming|meervoudig\s+beperkt|(woont|trekt)\s+(nu\s+)?bij\s+ons|thuiszorg`,
    String.raw`vaststellingsovereenkomst|niemand\s+(neemt|wil)\s+(je|me|mij)\s+(meer\s+)?aan|neemt\s+niemand\s+(je|me|mij)\s+(meer\s+)?aan|(bedrijf|zaak|winkel|fabriek|werkgever)\s+(\p{L}+\s+){0,3}(failliet|omgevallen)|failliet|faillissement|ww-uitkering|uwv|geen\s+inkomen\s+meer`,
    String.raw`(kan|kon)\s+(niet|slecht)\s+(goed\s+)?(lezen|schrijven)|laaggeletterd\p{L}*|taalhuis|bewindvoer\p{L}*`,
    // Stories, a second pass (written from how people tell each situation, not from tickets): asking him for money, fear of being found out, washing and feeding, half the staff let go, clearing a parent's house, not leaving the house.
    String.raw`(hij|zij|ze|mijn\s+man|mijn\s+vrouw|mijn\s+partner|mijn\s+vriend)\s+(controleert|checkt|bekijkt)\s+(\p{L}+\s+){0,3}(mijn|m'n)\s+(afschriften|rekening|uitgaven|telefoon|bonnetjes|bankapp)|(moet|moest)\s+(hem|haar)\s+(\p{L}+\s+)?om\s+(\p{L}+\s+)?(geld|toestemming)\s+vragen|bang\s+(dat|als)\s+(hij|zij|ze)\s+(\p{L}+\s+)?(erachter\s+komt|ontdekt)`,
    String.raw`(was|kleed|voed|verschoon)\s*,?\s+(\p{L}+\s+)?(en\s+)?(kleed|voed|verschoon)\s+(mijn|haar|hem|m'n)|(kan|mag)\s+niet\s+(meer\s+)?alleen\s+(gelaten\s+worden|blijven)|(helft|deel)\s+van\s+(het\s+)?(personeel|de\s+medewerkers|de\s+afdeling)|contract\s+(\p{L}+\s+){0,2}niet\s+(meer\s+)?verlengd`,
    String.raw`(huis|woning|appartement|spullen)\s+van\s+(mijn|m'n)\s+(\p{L}+\s+)?(vader|moeder|man|vrouw|oma|opa|ouders|broer|zus)\s+(\p{L}+\s+){0,2}(leegruimen|leeghalen|uitruimen)|weken\s+(\p{L}+\s+){0,2}de\s+deur\s+niet\s+uit|kom\s+(al\s+\p{L}+\s+)?de\s+deur\s+niet\s+(meer\s+)?uit`,
    // Stories, a third pass: grief in the paperwork, locked out of a joint account, waiting until it is safe, a parent moved in after a fall, not eating or sleeping.
    String.raw`(hij|zij|ze)\s+heeft\s+(\p{L}+\s+){0,2}(wachtwoord|pincode|inlog\p{L}*)\s+(\p{L}+\s+){0,4}(veranderd|gewijzigd)|tot\s+het\s+(weer\s+)?veilig\s+is|sinds\s+(zijn|haar)\s+val|(overal|met\s+alles)\s+hulp\s+bij\s+nodig|(stoppen|ophouden)\s+met\s+huilen|huil\s+(de\s+hele\s+dag|elke\s+dag|constant)`,
    // A chat pass per driver, in families (how people type each situation, short, not the tuning rows): a death said softly or a stillbirth; a stroke, a crash or intensive care; a mental health team; being broke or an empty fridge.
    String.raw`(pa|ma|papa|mama|vader|moeder|man|vrouw|opa|oma|broer|zus|zoon|dochter|hij|zij)\s+(er\s+)?niet\s+meer\s+(is|leeft|bij\s+ons\s+is)(?!\s+(te|om|voor))|stil\s*geboren|levenloos\s+geboren|sterrenkind\p{L}*|afscheid\s+(\p{L}+\s+){0,2}(genomen\s+)?van\s+(mijn|onze|m'n)\s+(\p{L}+\s+)?(broer|zus|vader|moeder|pa|ma|papa|mama|man|vrouw|opa|oma|zoon|dochter|kind)|(begraven|gecremeerd)|brieven?\s+(\p{L}+\s+){0,2}(meer\s+)?(opengemaakt|open\s+gemaakt)`,
    String.raw`herseninfarct|hersenbloeding|hartinfarct|hartstilstand|aneurysma|(op|naar|van)\s+de\s+(ic|icu|intensive\s+care)|in\s+(een\s+)?coma|(motor|auto|fiets|scooter|verkeers|bedrijfs)ongeluk|(ernstig|zwaar|vreselijk)\s+ongeluk|(kan|kon)\s+(nog\s+)?(niet|nauwelijks)\s+(goed\s+)?(praten|lopen|spreken)`,
    String.raw`fact-?team|crisisteam|crisisdienst|(zie|zag)\s+(\p{L}+\s+){0,2}(nut|zin)\s+(\p{L}+\s+){0,2}(niet|niks|niets)\s+(meer\s+)?in|heeft\s+(allemaal\s+)?geen\s+zin\s+meer`,
    String.raw`(ben|zit|zitten|zijn)\s+(\p{L}+\s+)?(blut|platzak|aan\s+de\s+grond|op\s+zwart\s+zaad|financieel\s+aan\s+de\s+grond|diep\s+in\s+de\s+schulden)|(koelkast|ijskast|kastjes)\s+(is\s+|zijn\s+)?(helemaal\s+)?leeg|lege\s+(koelkast|ijskast)|nog\s+\d+\s+dagen\s+(tot|voor)\s+(mijn\s+|het\s+|de\s+)?(salaris|loon|uitkering|eerste|betaaldag)|geen\s+geld\s+voor\s+(eten|boodschappen)`,
    String.raw`(baan|werk|job)\s+(\p{L}+\s+){0,3}(kwijt|verloren)|(ben|werd|is)\s+(\p{L}+\s+)?(ontslagen|eruit\s+gegooid|op\s+straat\s+gezet)|(mocht|moest)\s+(\p{L}+\s+)?(vertrekken|weg|gaan)\s+(na|bij)`,
    // Financial control told as a situation: he keeps the card or pay, reads my phone, gets angry when asked, won't let me, made me sign, puts me out, send nothing home.
    String.raw`(wordt|werd)\s+(\p{L}+\s+)?(boos|kwaad|agressief|woedend|gewelddadig|razend|gemeen)\s+(als|wanneer|zodra|elke\s+keer\s+als)\s+ik`,
    String.raw`(hij|zij|ze|mijn\s+(man|vriend|partner|ex|vrouw|vriendin|kleinzoon|zoon))\s+(\p{L}+\s+)?(leest|bekijkt|checkt|controleert|doorzoekt)\s+(\p{L}+\s+)?(mijn|m'n)\s+(telefoon|mobiel|berichten|appjes|afschriften|bankapp|rekening|uitgaven|mail)`,
    String.raw`(hij|zij|ze|mijn\s+(man|vriend|partner|ex|vrouw|vriendin|kleinzoon|zoon))\s+(\p{L}+\s+)?(houdt|pakt|neemt|beheert)\s+(\p{L}+\s+)?(mijn|m'n)\s+(pas|pinpas|bankpas|loon|salaris|geld|uitkering|pensioen|aow|telefoon)|(zet|gooit|schopt)\s+(me|mij)\s+(\p{L}+\s+)?(op\s+straat|de\s+deur\s+uit|het\s+huis\s+uit)|(stuur|stuurt|stuuren)\s+(\p{L}+\s+)?(niets|niks)\s+(\p{L}+\s+)?(naar\s+(mijn\s+)?huis|thuis|naar\s+mijn\s+adres)|bang\s+(dat|voor)\s+(hij|zij|hem|haar)`,
    // Capability as a situation: kin of a great age, talked into it at the door, no internet, not understanding, another language, a legal guardian.
    String.raw`(oma|opa|moeder|vader|mama|papa|schoonmoeder|schoonvader|hij|zij)\s+is\s+(al\s+)?([789]\d|1[01]\d)(?!\s*(euro|procent|%|minuten|dagen))|([89]\d)\s+jaar\s+(oud|en|,)`,
    String.raw`colporteur\p{L}*|(aan|bij)\s+de\s+(voor)?deur\s+(\p{L}+\s+){0,3}(verkocht|aangesmeerd|aangepraat|overgehaald|afgesloten)|aangesmeerd|aangepraat|(overgehaald|overrompeld|opgelicht)\s+(door|bij)`,
    String.raw`(heeft|heb|hebben)\s+geen\s+(internet|computer|smartphone|e-?mail)|(begrijpt|snapt)\s+(\p{L}+\s+)?(niet|niks|niets)\s+(van|wat|hoe)|(begrijp|snap)\s+(de|die|deze|jullie)\s+(brief|brieven|voorwaarden|formulieren|contract)\s+niet|(in\s+)?(eenvoudige|simpele|makkelijke)\s+(woorden|taal)|taalniveau|nederlands\s+is\s+niet\s+mijn|(een\s+)?tolk|curator|mentorschap`,
    // Short chat wording: money withheld, kin who no longer understand.
    String.raw`(hij|zij|mijn\s+(man|vriend|partner|ex|vrouw))\s+(\p{L}+\s+)?geeft\s+(me|mij)\s+(\p{L}+\s+)?(geen|nooit)\s+(\p{L}+\s+)?(geld|cent|euro)|(moeder|vader|mama|papa|oma|opa|man|vrouw|hij|zij)\s+(\p{L}+\s+){0,2}(snapt|begrijpt|herkent|weet)\s+(het|er|dat|niks|niets|me|mij)?\s*(\p{L}+\s+)?(niet\s+meer|niks\s+meer|niets\s+meer)|(wordt|is|raakt)\s+(\p{L}+\s+)?(dement|in\s+de\s+war|vergeetachtig)`,
    // A separation or divorce.
    String.raw`(in|midden\s+in|sinds\s+de|sinds\s+mijn|tijdens\s+de)\s+(\p{L}+\s+)?(scheiding|echtscheiding)|vechtscheiding|(ben|zijn|is)\s+(net\s+|pas\s+)?gescheiden|uit\s+elkaar\s+(gegaan|sinds)|(man|vrouw|partner|vriend|vriendin)\s+(\p{L}+\s+)?(heeft\s+me\s+verlaten|is\s+(bij\s+me\s+)?weggegaan)`,
    // Control told as a situation: he decides everything, he has my PIN, I must ask him for money.
    String.raw`(hij|zij|mijn\s+(man|vriend|partner))\s+(beslist|bepaalt)\s+(\p{L}+\s+)?alles|(hij|zij|mijn\s+(man|vriend|partner))\s+(heeft|weet|kent)\s+(mijn|m'n)\s+(pincode|pin|wachtwoord|inlog\p{L}*)`,
    // A brief pass per driver (Flemish and Dutch, text-speak): a home help using his card; gas and light cut off, really cannot pay; reading little Dutch, kin of a great age clicking without understanding; Down syndrome, needing me all the time; the emergency room; on the dole, the sack; gambling.
    String.raw`(thuishulp|thuiszorg|verzorger|verzorgster|poetshulp|poetsvrouw|buurman|buurvrouw|kleinzoon|kleindochter|neef|nicht)\s+(van\s+(mijn|mn|m'n)\s+\p{L}+\s+)?(\p{L}+\s+)?(gebruikt|pakt|neemt|steelt|jat|heeft)\s+(zijn|haar|mijn|mn)\s+(pas|pinpas|bankpas|bankkaart|kaart|geld|pincode)`,
    String.raw`(gas|licht|stroom|water|energie)(\s+en\s+(gas|licht|stroom|water))?\s+(\p{L}+\s+){0,2}(afgesloten|afgesneden|afgeknepen)|(kan|kunnen)\s+(dit|het|dat)\s+(echt|gewoon|echt\s+gewoon|echt\s+niet)\s+niet\s+(meer\s+)?betalen|(kan|kunnen)\s+(dit|het|dat)\s+echt\s+niet\s+(meer\s+)?betalen`,
    String.raw`(lees|spreek|begrijp|versta|ken|schrijf)\s+(weinig|slecht|geen|niet\s+goed|nauwelijks|amper)\s+(nederlands|vlaams)|(opa|oma|vader|moeder|pa|ma|papa|mama|schoonvader|schoonmoeder|oom|tante|bompa|bomma|meme|pepe)\s+(van|is|,|werd)\s*([89]\d|1[01]\d)(?!\s*(%|euro|punten|\d))|zonder\s+(het|dat|iets|er\s+iets\s+van)\s+te\s+(snappen|begrijpen|weten|lezen)`,
    String.raw`syndroom\s+van\s+down|downsyndroom|heeft\s+(me|mij)\s+(constant|continu|24\/7|dag\s+en\s+nacht|de\s+hele\s+dag|altijd)\s+nodig`,
    String.raw`(op|naar|in)\s+de\s+spoed(eisende\s+hulp)?(?!\p{L})|(lig|ligt|liggen|lag)\s+(\p{L}+\s+)?op\s+(de\s+)?(spoed|ic|intensive\s+care)`,
    String.raw`(aan\s+het\s+)?stempelen(?!\s+(van|op|met))|stempelgeld|de\s+zak\s+(gekregen|gegeven|krijgen)|(gok|speel)verslaafd\p{L}*|gokverslaving|gokprobleem`,
    // An ex who still has my PIN, passwords or account.
    String.raw`(mijn|m'n|mn)\s+ex\s+(\p{L}+\s+){0,3}(heeft|kent|weet|gebruikt)\s+(\p{L}+\s+){0,2}(mijn|mn)\s+(pincode|pin|wachtwoord|wachtwoorden|inlog\p{L}*|pas|rekening|account|app)`,
  ],
};

export { nl };
