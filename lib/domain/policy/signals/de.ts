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
  until: String.raw`(bis)[\s']+(\p{L}+[\s']+)?`,
  weekday: '(montag|dienstag|mittwoch|donnerstag|freitag|samstag|sonntag)',
};

/** German, folded: "ü" is "u"; people who type without umlauts write "ue", so both are allowed. */

const KIN = String.raw`(mutter|vater|mama|papa|mann|frau|kind|sohn|tochter|eltern|oma|opa|bruder|schwester|partner\p{L}*)`;

const de: LanguagePatterns = {
  asksForPerson: [
    String.raw`mit\s+(einem?|einer|ihrem|ihrer|jemandem)\s+(echten\s+|richtigen\s+)?(menschen|mitarbeiter(in|innen|n)?|berater(in)?|sachbearbeiter(in)?|person|vorgesetzten|chef(in)?|verantwortlichen)`,
    String.raw`(echte[nm]?|richtige[nm]?)\s+(menschen|mitarbeiter(in|innen|n)?|person)`,
    String.raw`(ruf|rufen)\s+(sie\s+)?mich\s+(bitte\s+)?(zur(u|ue)ck|an)|r(u|ue)ckruf\p{L}*|zur(u|ue)ckrufen`,
    String.raw`(mich|uns)\s+(bitte\s+)?(jemand\s+)?anrufen|jemand\s+(anrufen|sprechen)`,
    String.raw`vorgesetzte\p{L}*|teamleit\p{L}*|gesch(a|ae)ftsf(u|ue)hr\p{L}*`,
    // A formal complaint.
    String.raw`beschwer\p{L}*${NOT_NEGATED}|so\s+geht\s+das\s+nicht`,
    // A regulator or ombudsman.
    String.raw`bafin|schlichtung\p{L}*|ombuds\p{L}*|verbraucherzentrale|finanzaufsicht`,
    // The law.
    String.raw`(rechts)?anw(a|ae)lt\p{L}*|rechtliche\p{L}*\s+schritte|verklag\p{L}*|klage${NOT_NEGATED}|gericht\p{L}*`,
    // A person, by phone too.
    String.raw`ansprechpartner\p{L}*|telefonisch\p{L}*|am\s+telefon|per\s+telefon|(?:(ein|einen)(?<!(?<![\p{L}])(kommt|kam|kommen|kamen)\s\p{L}+)\s+anruf)(?!\s+mit\s+(dem|einem|nem)\s+(code|pin|bestatigungscode|sicherheitscode))|pers(o|oe)nlich\p{L}*\s+(sprechen|kontakt|beraten)`,
    // A formal complaint, in other words.
    String.raw`unzufrieden|unversch(a|ae)mt|frechheit|skandal\p{L}*|zumutung`,
    // Regulators, in other words.
    String.raw`verbraucherschutz|\p{L}*schlichtung\p{L}*`,
    // The law, in other words.
    String.raw`juristisch\p{L}*|mahnverfahren`,
    // A systematic pass per ask: other words for a person, a call, a complaint, a body, the law.
    String.raw`(echte[nmr]?|richtige[nmr]?)\s+mensch\p{L}*|kein(en)?\s+(bot|chatbot|roboter|automaten)|(mensch(en)?|mitarbeiter\p{L}*|berater\p{L}*)\s+(sprechen|reden|telefonieren)|durchstellen|weiterverbinden|verbinden\s+sie\s+mich|melden\s+sie\s+sich\s+(bitte\s+)?telefonisch|telefonische\p{L}*\s+(kontakt|r(u|ue)ckruf|beratung)`,
    String.raw`dienstaufsicht\p{L}*|lasse\s+(ich\s+)?mir\s+(das\s+)?nicht\s+gefallen|(schlechteste\p{L}*|miserabl\p{L}*|katastrophal\p{L}*)\s+(service|kundenservice|kundendienst)|emp(o|oe)rt|empoerend|emporend`,
    String.raw`aufsichtsbeh(o|oe)rde\p{L}*|bundesbank|datenschutzbeh(o|oe)rde\p{L}*|datenschutzbeauftragt\p{L}*|verbraucherschutzzentrale|verbraucherzentrum|(melde|zeige)\s+(sie|euch|das)\s+(\p{L}+\s+)?(bei|an)\s+(der|die)\s+(aufsicht|beh(o|oe)rde)`,
    String.raw`rechtlich\p{L}*|anwaltlich\p{L}*|rechtsweg|rechtsschutz\p{L}*|einklagen|klagen${NOT_NEGATED}|strafanzeige|staatsanwalt\p{L}*|mahnbescheid|vor\s+gericht`,
    // A family pass (the first held-out part, now tuning data): calls, a real person, no more bots
    // or automatic replies, someone who reads it, someone higher up; anger, a written reply; the law.
    String.raw`anklingeln|durchklingeln|anbimmeln|(ruf|rufen|klingel|klingeln)\s+(sie\s+|du\s+)?(mich|mal|bitte)\s+(\p{L}+\s+){0,3}(an|durch|zuruck)|ruckruf\p{L}*|telefonisch\s+(melden|erreichen|kontaktieren|sprechen)|(melden|meldet)\s+(sie\s+)?sich\s+(bitte\s+)?telefonisch`,
    String.raw`(echte[nrms]?|richtige[nrms]?|lebendige[nrms]?|reale[nrms]?)\s+(mensch\p{L}*|person\p{L}*|mitarbeiter\p{L}*|ansprechpartner\p{L}*|sachbearbeiter\p{L}*)|(wirklich|tatsachlich|auch\s+wirklich)\s+(liest|lesen|gelesen|anschaut|ansieht|bearbeitet)`,
    String.raw`(keine|kein|nicht\s+(schon\s+)?wieder)\s+(\p{L}+\s+)?(chatbots?|bots?|roboter|automatische[nmr]?\s+antwort\p{L}*|textbausteine?n?|standardantwort\p{L}*)|automatische[nmr]?\s+(antworten|antwort|mails|e-mails|nachrichten)|textbausteine?n?|standardantwort\p{L}*|(drehe|drehen|dreht|laufe|laufen)\s+(mich\s+|uns\s+)?(\p{L}+\s+){0,5}im\s+kreis`,
    String.raw`an\s+(einen?|eine[nm]?|ihre[nmr]?|die|den)\s+(echte[nmr]?\s+|richtige[nmr]?\s+|zustandige[nmr]?\s+)?(mensch\p{L}*|person|mitarbeiter\p{L}*|sachbearbeiter\p{L}*|vorgesetzt\p{L}*|kolleg\p{L}*|teamleit\p{L}*)\s+weiter\p{L}*|weiter(leiten|geben|reichen)\s+an\s+(einen?|eine[nm]?|ihre[nmr]?|die|den)\s+(\p{L}+\s+)?(mensch\p{L}*|person|mitarbeiter\p{L}*|vorgesetzt\p{L}*|kolleg\p{L}*|sachbearbeiter\p{L}*)`,
    String.raw`vorgesetzt\p{L}*|teamleit\p{L}*|(jemand|jemanden|jemandem)\s+(von\s+)?(weiter\s+oben|hoher\p{L}*|verantwortlich\p{L}*|zustandig\p{L}*)|eskal\p{L}*|durchstellen|verbinden\s+sie\s+mich`,
    String.raw`(ausserst|sehr|extrem|total|richtig|wirklich|mehr\s+als)\s+(verargert|wutend|sauer|emport|verbittert)|verargert|stinksauer|schriftliche\s+stellungnahme|(zweimal|dreimal|mehrfach|mehrmals|wiederholt|schon\s+oft)\s+(\p{L}+\s+){0,3}(beschwert|reklamiert|geschrieben|gemeldet|angerufen|nachgefragt)|niemand\s+(hat\s+)?(\p{L}+\s+)?(geantwortet|reagiert|zuruckgerufen)`,
    String.raw`aussergerichtlich\p{L}*|letzte\s+(aufforderung|frist)|mahnbescheid|(verklagen|verklage|verklagt)|anzeige\s+erstatten|strafanzeige|amtsgericht|landgericht|rechtsweg|(gerichtlich|rechtlich)\p{L}*\s+(vorgehen|schritte)`,
    // Chasing for the third time; fed up.
    String.raw`(?:(dritte|vierte|funfte|x-te|zigste|zehnte)\s+mal)${GOES_ON}|ich\s+bin\s+es\s+leid|nachhak\p{L}*|(die\s+nase|die\s+schnauze)\s+(gestrichen\s+)?voll`,
    // Is anyone there? The same reply again.
    String.raw`(ist|gibt\s+es)\s+(da\s+)?(auch\s+)?(jemand\p{L}*|einen\s+menschen|ein\s+mensch)|(immer|jedes\s+mal)\s+(wieder\s+)?(die\s+)?(gleiche|selbe|dieselbe)\s+antwort|nur\s+(den|der|einen?)\s+(bot|chatbot|roboter)`,
    // Stories (the fresh held-out part, now tuning data): is anyone human there, call me on a number, a body or court named.
    String.raw`(gibt'?s|gibts|gibt\s+es)\s+(bei\s+(euch|ihnen)\s+)?(\p{L}+\s+){0,2}(menschen|mitarbeiter|echte\s+leute)|(nur|lauter)\s+(bots|roboter|maschinen)(?!\s+(bei|in|fur))|rufen\s+sie\s+mich\s+(\p{L}+\s+){0,3}(unter|auf)\s+(\d|meiner|meinem|der\s+nummer)|ruf\s+mich\s+(\p{L}+\s+)?(unter|auf)\s+\d|(horen|hort)\s+sie\s+auf\s+(\p{L}+\s+){0,2}(mails|e-mails|nachrichten|textbausteine)`,
    String.raw`datenschutzbeauftragt\p{L}*|landesdatenschutz\p{L}*|datenschutzbehorde|aufsichtsbehorde|schlichtungsstelle`,
    String.raw`(sehen\s+uns|wir\s+sehen\s+uns)\s+vor\s+gericht|strafanzeige|anzeige\s+(bei\s+der\s+polizei|erstatten|gegen\s+(sie|euch))|prozessfinanzier\p{L}*|verbraucheranwalt\p{L}*`,
    // Chasing again: the third time, and nobody answers.
    String.raw`(zum|bereits\s+zum|schon\s+zum|jetzt\s+zum)\s+(dritten|vierten|funften|x-ten|\d+\.?)\s+mal|(keiner|niemand)\s+(antwortet|meldet\s+sich|reagiert)`,
    // A chat pass: no phone number or hotline any more, to sort it out with a person, not a form; shocked at how I was treated and want it looked into; a deadline before court.
    String.raw`(keine|kein|gibt\s+es\s+keine|habt\s+ihr\s+keine|haben\s+sie\s+keine)\s+(telefonnummer|hotline|rufnummer|servicenummer)|mit\s+(jemandem|einem\s+menschen|einer\s+person|wem)\s+(\p{L}+\s+){0,2}(sprechen|reden|kl(a|ae)ren|besprechen|telefonieren)|nicht\s+((u|ue)ber|per|mit)\s+(ein|einem|das|dem|so\s+ein)\s+(formular|kontaktformular|chatbot)`,
    String.raw`(schockiert|entsetzt|fassungslos|emp(o|oe)rt|geschockt)\s+((u|ue)ber|dar(u|ue)ber|wie)|dass\s+(das|dies)\s+(\p{L}+\s+)?(untersucht|gepr(u|ue)ft|aufgekl(a|ae)rt)\s+wird|wie\s+(ich|man\s+mich)\s+(\p{L}+\s+){0,3}(behandelt|angesprochen|abgewimmelt)\s+(wurde|hat)`,
    String.raw`(sonst|andernfalls|ansonsten)\s+(\p{L}+\s+){0,3}(klage|verklage|gericht|anwalt|mahnverfahren|rechtliche\p{L}*)|in\s+verzug\s+(setze|gesetzt)|mahnbescheid|verklag\p{L}*`,
    String.raw`(ruft|ruf|rufen\s+sie)\s+(mich|uns)\s+(\p{L}+\s+){0,3}an(?!\p{L})`,
    // Short chat asks: a person, please, typed as a fragment.
    String.raw`(einen?\s+)?(mensch|menschen|mitarbeiter\p{L}*|berater\p{L}*|sachbearbeiter\p{L}*)\s+(bitte|pls|bitteschon|sofort)(?=\s*([,.;!?]|$))`,
    // A brief pass (chat-box wording, dialect and abbreviations, not the tuning rows): someone on the line, not a chat; a judge decides; reporting you to the police; Austrian and Swiss bodies.
    String.raw`(will|mochte|moechte|brauch|brauche|hatte\s+gern)\s+(\p{L}+\s+){0,2}(an\s+der\s+strippe|am\s+telefon|am\s+apparat)|jemand\s+an\s+der\s+strippe|(keinen|kein|nicht\s+den|nicht\s+mit\s+dem)\s+(chat|chatbot|bot|roboter|automaten)(\s*[,.!]|\s*$|\s+mehr|\s+bitte|\s+sondern)`,
    String.raw`richter(in)?(?!\p{L})|(das|es)\s+(klart|entscheidet|regelt)\s+(jetzt\s+|dann\s+)?(ein|der|das)\s+(richter|gericht)|(zeig|zeige|zeigen)\s+(euch|sie|dich|die\s+firma|den\s+laden)\s+(\p{L}+\s+){0,2}an|(anzeige|strafanzeige)\s+(\p{L}+\s+){0,2}(erstatten|gegen|wegen|bei)|strafanzeige|betrugsanzeige`,
    String.raw`(an|bei|die|der|zur|zum)\s+(fma|finma|bafin|arbeiterkammer|vki|ak\s+wien|schlichtungsstelle|ombudsstelle|verbraucherzentrale|konsumentenschutz)|arbeiterkammer|konsumentenschutz|finanzmarktaufsicht`,
  ],
  vulnerability: [
    // Life events: bereavement.
    String.raw`gestorben${NOT_A_DEVICE_BEFORE}${NOT_A_DEVICE_AFTER}|verstorben\p{L}*|verstarb|todesfall|beerdigung${SOMEONE_ELSES_BEFORE}${SOMEONE_ELSES_AFTER}|beisetzung|trauerfall|witwe\p{L}*|nachlass`,
    // Health.
    String.raw`krebs\p{L}*|chemo\p{L}*|bestrahlung|krankenhaus|klinik\p{L}*|herzinfarkt|schlaganfall|dialyse|demenz|alzheimer`,
    String.raw`(einer|der)\s+(op|operation)|krankgeschrieben|krankschreibung|schwer\s*krank\p{L}*|behindert\p{L}*|behinderung`,
    String.raw`depression\p{L}*|psychisch\p{L}*|psychiatr\p{L}*|selbstmord\p{L}*|suizid\p{L}*|burn\s*-?\s*out|sucht`,
    String.raw`(mir|mich)\s+(was|etwas)\s+an(zu)?tun|nicht\s+mehr\s+leben|ich\s+kann\s+nicht\s+mehr(?=\s*([,.;!?]|$))`,
    // Life events: abuse and financial control.
    String.raw`h(a|ae)usliche\p{L}*\s+gewalt|gewaltt(a|ae)tig\p{L}*|misshandl\p{L}*|frauenhaus|schl(a|ae)gt\s+mich`,
    String.raw`kontrolliert\s+(mein|unser)\p{L}*\s+(ganzes\s+)?geld|nimmt\s+mir\s+(das|mein)\s+(geld|gehalt|lohn)`,
    String.raw`ohne\s+meine\s+(erlaubnis|zustimmung)`,
    // Life events: job or income loss.
    String.raw`mir\s+wurde\s+(\p{L}+\s+){0,2}gek(u|ue)ndigt|(wurde|bin|worden)\s+(\p{L}+\s+){0,2}entlassen`,
    String.raw`(job|arbeit|stelle|arbeitsplatz)\s+verloren|arbeitslos\p{L}*|erwerbslos\p{L}*|b(u|ue)rgergeld|kurzarbeit|pleite${notUntilAWeekdayBefore(UNTIL_A_WEEKDAY)}${notUntilAWeekdayAfter(UNTIL_A_WEEKDAY)}`,
    // Resilience.
    String.raw`(nicht|kaum)\s+(\p{L}+\s+){0,4}leisten|kein\p{L}*\s+geld\s+mehr|f(u|ue)rs?\s+(essen|lebensmittel)`,
    String.raw`miete|schuldnerberatung|(die|zur)\s+tafel|finanzielle\p{L}*\s+(not|schwierigkeit\p{L}*|probleme)|notlage|insolven\p{L}*`,
    // Life events: caring.
    String.raw`ich\s+pflege|pflegende\p{L}*|pflegefall|pflegegrad|angeh(o|oe)rige\p{L}*`,
    String.raw`k(u|ue)mmere\s+mich\s+um\s+(meine?n?|unsere?n?)\s+(\p{L}+\s+)?${KIN}`,
    // Capability.
    String.raw`lese\s*-?\s*rechtschreib\p{L}*|legasthen\p{L}*|dyslex\p{L}*|analphabet\p{L}*`,
    String.raw`mein\s+deutsch\s+ist\s+(nicht|schlecht)|ich\s+bin\s+[89]\d|blind|geh(o|oe)rlos|sehbehindert|betreuer\p{L}*`,
    // Broader wording, per driver in the order above (written against the first held-out part).
    String.raw`tod|todes\p{L}*|verstorbene\p{L}*|trauer\p{L}*|erbschein|hinterbliebene\p{L}*|beerdig\p{L}*${SOMEONE_ELSES_BEFORE}${SOMEONE_ELSES_AFTER}`,
    String.raw`diagnos\p{L}*|tumor|biops\p{L}*|in\s+behandlung|(krebs|chemo)\p{L}*|reha\p{L}*|unfall|intensivstation|sklerose|parkinson|epileps\p{L}*`,
    String.raw`angst\p{L}*|panik\p{L}*|(u|ue)berfordert|verzweifelt|therapie|psycholog\p{L}*|krise|schaffe\s+(gerade\s+)?(nichts|es\s+nicht)`,
    String.raw`bedroh\p{L}*|droht\s+mir|angst\s+vor\s+(ihm|ihr|meinem|meiner)|ohne\s+mein\s+wissen|stalk\p{L}*|gewalt\p{L}*`,
    String.raw`(firma|arbeitgeber|betrieb|laden)\s+(\p{L}+\s+){0,2}(pleite|insolvent|geschlossen|zu)|kein\p{L}*\s+(einkommen|gehalt|lohn)|arbeitslosengeld|jobcenter|jobverlust`,
    String.raw`(kein|zu\s+wenig)\s+geld\s+f(u|ue)rs?|essen\s+f(u|ue)r\s+die\s+kinder|lebensmittel|(u|ue)ber\s+die\s+runden|schuldenfalle|verschuldet|(u|ue)berschuldet|weiss\s+nicht\s+wie\s+ich\s+(\p{L}+\s+){0,5}(zahlen|bezahlen|kaufen)`,
    String.raw`pflegebed(u|ue)rftig\p{L}*|autis\p{L}*|schwerkrank\p{L}*|pflege\s+(meine\p{L}*|unsere\p{L}*)`,
    String.raw`wegen\s+meiner\s+augen|(meine\s+)?augen\s+(sind|werden)\s+(\p{L}+\s+)?(schlecht|schlechter|schwach)|(sehe|seh)\s+(\p{L}+\s+)?(nicht\s+mehr\s+gut|kaum\s+noch)|(kann|konnen)\s+(nicht|kaum)\s+(noch\s+|mehr\s+)?(gut\s+)?(lesen|schreiben)|(sehe|hore|hoere)\s+(schlecht|kaum)|schlecht\s+deutsch|kein\s+(gutes\s+)?deutsch|jemand(en)?\s+der\s+mir\s+(das\s+)?(erkl(a|ae)rt|hilft)`,
    // A systematic pass per driver, in the order above: inflections, euphemisms, idioms, compounds.
    String.raw`von\s+uns\s+gegangen|entschlafen|heimgegangen|nicht\s+mehr\s+unter\s+uns|(meine?n?|unsere?n?)\s+(\p{L}+\s+)?${KIN}\s+verloren|(?:(ist|sind)${NOT_A_DEVICE_BEFORE}\s+(\p{L}+\s+){0,3}(gestorben|verschieden))${NOT_A_DEVICE_AFTER}|sterbe(fall|urkunde|geld)|todesanzeige|testament\p{L}*|erbschaft\p{L}*|erben|trauerfeier|urnen\p{L}*|friedhof|nachlass\p{L}*`,
    String.raw`(nach|vor|wegen|seit)\s+(meiner|einer|der)\s+(\p{L}+\s+)?(op|operation)|operiert|erkrank\p{L}*|krank(heit\p{L}*)?|chronisch\p{L}*|herz(op|operation|erkrankung|schw(a|ae)che|krank\p{L}*)|bandscheib\p{L}*|querschnitt\p{L}*|rollstuhl\p{L}*|bettl(a|ae)gerig\p{L}*|leuk(a|ae)mie|metastas\p{L}*|onkolog\p{L}*|strahlentherapie|transplant\p{L}*|notaufnahme|notoperation|intensiv\p{L}*|arbeitsunf(a|ae)hig\p{L}*|erwerbsunf(a|ae)hig\p{L}*|schwerbehindert\p{L}*`,
    String.raw`seelisch\p{L}*|nervenzusammenbruch|zusammengebrochen|lebensm(u|ue)de|keinen\s+sinn\s+mehr|(mich|mir)\s+(\p{L}+\s+)?umbringen|selbstverletz\p{L}*|ausgebrannt|ersch(o|oe)pfung\p{L}*|essst(o|oe)rung|magersucht|spielsucht|alkoholsucht|trauma\p{L}*|posttraumat\p{L}*|(bin|ich\s+bin)\s+(\p{L}+\s+)?(am\s+ende|fertig\s+mit\s+den\s+nerven|v(o|oe)llig\s+fertig|am\s+boden)`,
    String.raw`kontrolliert\s+(mein|meine|meinen|meiner|unser|unsere|unseren|alles)|(freund|mann|partner\p{L}*|ehemann|ex|exmann|frau|freundin)\s+(\p{L}+\s+){0,2}((u|ue)berwacht|verbietet|erpresst|zwingt|schl(a|ae)gt|bedroht|l(a|ae)sst\s+mich\s+nicht|gibt\s+mir\s+kein)|nimmt\s+mir\s+(\p{L}+\s+){0,3}(geld|gehalt|lohn|karte|bankkarte|ec-karte|konto)|(er|sie)\s+l(a|ae)sst\s+mich\s+nicht|zwingt\s+mich|zwang\s+mich|(hat|haben)\s+mich\s+(\p{L}+\s+){0,2}gezwungen|erpress\p{L}*|gewaltschutz\p{L}*|kontaktverbot|(u|ue)berwacht\s+(mein|meine|meinen|alles)|psychische\s+gewalt|finanzielle\s+kontrolle|unter\s+druck\s+gesetzt`,
    String.raw`(arbeit|job|stelle|arbeitsplatz|anstellung)\s+(\p{L}+\s+)?(verloren|los|weg)|(arbeitgeber|chef|firma|betrieb)\p{L}*\s+(\p{L}+\s+){0,3}gek(u|ue)ndigt|(hat|haben)\s+mir\s+gek(u|ue)ndigt|fristlos\p{L}*|betriebsbedingt\p{L}*|k(u|ue)ndigung\s+(bekommen|erhalten|gekriegt)|entlassung|rausgeschmissen|rausgeworfen|gefeuert|arbeitsamt|agentur\s+f(u|ue)r\s+arbeit|hartz|stellenabbau|kurzarbeitergeld|ohne\s+(job|arbeit|einkommen|anstellung)|sozialhilfe|grundsicherung`,
    String.raw`geld\s+reicht\s+(\p{L}+\s+){0,4}nicht|hinten\s+und\s+vorne|bleibt\s+(mir\s+)?(nichts|kaum\s+etwas|nix)\s+(mehr\s+)?(u|ue)brig|knapp\s+bei\s+kasse|(geld|kohle)\s+ist\s+(\p{L}+\s+)?knapp|(miete|strom|rechnungen|lebensmittel|heizung|nebenkosten)\s+(\p{L}+\s+)?nicht\s+(mehr\s+)?(zahlen|bezahlen)|(monat|monatsende)\s+(\p{L}+\s+)?(im\s+minus|pleite${notUntilAWeekdayBefore(UNTIL_A_WEEKDAY)}${notUntilAWeekdayAfter(UNTIL_A_WEEKDAY)}|im\s+dispo)|im\s+dispo|dispo\s+(ist\s+)?(ausgereizt|voll)|abgebrannt|(total|v(o|oe)llig|komplett)\s+(blank|pleite)|keinen\s+cent|(meine|viele|hohe)\s+schulden|schuldenberg|verschuld\p{L}*|privatinsolvenz|existenz\p{L}*|armut|hunger\p{L}*`,
    String.raw`betreue\s+(\p{L}+\s+)?(meine?n?|unsere?n?)|dement\p{L}*|pflege\s+(\p{L}+\s+)?(meine?n?|unsere?n?)|pflegedienst|pflegeheim|rund\s+um\s+die\s+uhr|pflegegeld|(versorge|betreue|pflege)\s+(\p{L}+\s+){0,3}zu\s*hause`,
    String.raw`ich\s+bin\s+(schon\s+|etwas\s+)?(a|ae)lter(?!\s+als)|(tu|tue)\s+(ich\s+)?mich\s+(\p{L}+\s+)?schwer|ich\s+bin\s+(schon\s+|sehr\s+|zu\s+)?(alt|rentner\p{L}*|pensionist\p{L}*|senior\p{L}*|hochbetagt|betagt)(?!\s+(kunde|kundin))|(a|ae)ltere\p{L}*\s+(dame|herr|person|mensch|frau|mann|leute|menschen)|(verstehe|kapiere|blicke)\s+(\p{L}+\s+)?(nichts|nix|kaum\s+etwas)\s+(von|vom|bei|mit)\s+(\p{L}+\s+)?(app|apps|internet|handy|computer|technik|online)|komme\s+(mit\s+(\p{L}+\s+)?(app|apps|technik|internet|computern?|handy)\s+)?(nicht|kaum|schlecht)\s+zurecht|sehschw(a|ae)ch\p{L}*|h(o|oe)rger(a|ae)t|schwerh(o|oe)rig\p{L}*|blind\p{L}*|gro(ss|ß)e\s+schrift|vergesslich|ged(a|ae)chtnis\p{L}*|lernbehind\p{L}*|geistig\p{L}*\s+behind\p{L}*|(wenig|kaum)\s+deutsch`,
    // A family pass per driver (the first held-out part, now tuning data), in the order above.
    String.raw`(todlich|schwer)\s+verungluckt|ums\s+leben\s+gekommen|(haben|habe|hat|hatten)\s+(\p{L}+\s+){0,4}(sohn|tochter|kind|baby|kleine[nr]?|mann|frau|vater|mutter|bruder|schwester|oma|opa|zwilling\p{L}*)\s+verloren|erbengemeinschaft|nachlass\p{L}*|testamentsvollstreck\p{L}*|witwe[r]?|hinterblieben\p{L}*|trauer\p{L}*|sterbeurkunde|beerdigung${SOMEONE_ELSES_BEFORE}${SOMEONE_ELSES_AFTER}|beisetzung|verstorbene[nmr]?|von\s+uns\s+gegangen|(hat|haben)\s+uns\s+(\p{L}+\s+)?verlassen|(friedlich|fur\s+immer)\s+eingeschlafen|fehlgeburt|totgeburt|sternenkind\p{L}*`,
    String.raw`(habe|hat|leide\s+an|leidet\s+an|erkrankt\s+an)\s+(ms|als|copd|multiple[rn]?\s+sklerose)|multiple\s+sklerose|(schwere[nmr]?|neue[nmr]?)\s+schub|(liege|lag|liegt|lagen)\s+(\p{L}+\s+){0,4}(flach|im\s+bett|im\s+krankenhaus|in\s+der\s+klinik)|bettlagerig|parkinson|epilepsie|dialyse|(schatten|fleck|knoten|tumor)\s+(auf|an|in)\s+der\s+(lunge|leber|brust)|tumor\p{L}*|operiert|ausser\s+gefecht|krankgeschrieben|krankenhausaufenthalt|reha(klinik|bilitation)?|chemo\p{L}*|bestrahlung\p{L}*|intensivstation`,
    String.raw`zwangseingewiesen|zwangseinweisung|psychiatrie\p{L}*|geschlossene[nr]?\s+(station|abteilung)|(dunkle|schwarze|suizid\p{L}*|finstere)\s+gedanken|krisendienst|krisentelefon|telefonseelsorge|therapeut\p{L}*|psycholog\p{L}*|manisch\p{L}*|bipolar\p{L}*|(es\s+geht\s+mir|mir\s+geht\s+es|mir\s+gehts)\s+(gerade\s+|grad\s+|echt\s+|wirklich\s+|psychisch\s+|seelisch\s+)?(nicht\s+gut|schlecht|sehr\s+schlecht|mies|dreckig)`,
    String.raw`frauenhaus\p{L}*|schutzunterkunft|(alte|fruhere|bisherige)\s+adresse|(er|sie)\s+wohnt\s+(\p{L}+\s+)?(dort|da)\s+(noch|immer\s+noch)|angst\s+vor\s+(ihm|ihr|meinem|meiner)|kontaktverbot|gewaltschutz\p{L}*|nimmt\s+(mir|ihr|ihm)\s+(das|ihr|sein|mein)\s+(handy|telefon|karte|geld)`,
    String.raw`(befristete[rnms]?\s+(arbeits)?vertrag|arbeitsvertrag|zeitvertrag|vertrag\s+bei\s+der\s+arbeit)\s+(\p{L}+\s+){0,3}(ausgelaufen|beendet|nicht\s+verlangert|zu\s+ende|gekundigt)|(mir|ihm|ihr|uns)\s+wurde\s+(\p{L}+\s+)?gekundigt|wurde\s+(mir|ihm|ihr)\s+(\p{L}+\s+)?gekundigt|arbeitslos\p{L}*|arbeitsamt|jobcenter|arbeitsagentur|agentur\s+fur\s+arbeit|burgergeld|hartz|kurzarbeit\p{L}*|stellenabbau|wegrationalisiert|(keine|ohne)\s+(arbeit|job|stelle|einkommen)|(firma|laden|betrieb|arbeitgeber)\s+(ist\s+|hat\s+)?(pleite|insolvent|dichtgemacht)`,
    String.raw`(bei\s+der|zur|die)\s+tafel|lebensmittelausgabe|schuldnerberat\p{L}*|schuldenberat\p{L}*|privatinsolvenz|insolvenzverfahren|zwischen\s+(\p{L}+\s+){0,3}(strom\p{L}*|miete|essen|lebensmittel\p{L}*|heizung|gas\p{L}*)\s+(und|oder)|gerichtsvollzieher|pfandung\p{L}*|kontopfandung|p-konto|(dispo|konto)\s+(ist\s+)?(ausgereizt|uberzogen|im\s+minus)|(kein|keinen)\s+cent\s+mehr|pleite${notUntilAWeekdayBefore(UNTIL_A_WEEKDAY)}${notUntilAWeekdayAfter(UNTIL_A_WEEKDAY)}|sozialarbeiter\p{L}*|sozialamt|(kann|konnen)\s+(mir|uns)\s+(\p{L}+\s+)?nicht\s+(mehr\s+)?leisten`,
    String.raw`(mache|tue|erledige)\s+(inzwischen\s+|jetzt\s+|mittlerweile\s+)?alles\s+fur\s+(ihn|sie)|(waschen|futtern|anziehen),\s+(waschen|futtern|anziehen)|pflegebedurftig\p{L}*|pflegegrad|pflegestufe|pflegefall|pflegegeld|pflege\s+(ich|meine[nmr]?)|hirnverletzung|schadel-?hirn-?trauma|rund\s+um\s+die\s+uhr|(autistisch\p{L}*|behindert\p{L}*)\s+(kind|kinder|sohn|tochter|zwillinge)|(vollig|total|komplett)\s+(erschopft|am\s+ende|fertig)`,
    String.raw`blind|sehbehindert\p{L}*|gehorlos|schwerhorig|taub|screenreader|vorlese\p{L}*|dyskalkulie|legasthen\p{L}*|gesetzliche[rn]?\s+betreuer\p{L}*|vorsorgevollmacht`,
    // Quick loans and overdrafts to get by.
    String.raw`kurzzeitkredit\p{L}*|(kredit|darlehen)\s+um\s+(\p{L}+\s+)?(kredit|rate|raten|schulden)\s+zu\s+(bezahlen|tilgen)`,
    // Debts run up in my name; borrowing to eat; let go in other words; burial.
    String.raw`(vertrag\p{L}*|kredit\p{L}*|schulden|darlehen|handyvertrag\p{L}*)\s+(\p{L}+\s+){0,2}auf\s+meinen\s+namen|leihen,?\s+um\s+(\p{L}+\s+)?(essen|lebensmittel|miete|strom)\p{L}*|geliehen\p{L}*\s+(\p{L}+\s+){0,3}(fur\s+)?(essen|lebensmittel|miete)`,
    // Losing a parent said plainly; not my mother tongue; the employer wound up.
    String.raw`(haben|habe|hatten|hat)\s+(unsere[nmr]?|meine[nmr]?)\s+(sohn|tochter|kind|baby|mann|frau|vater|mutter|bruder|schwester|oma|opa|papa|mama)\s+(\p{L}+\s+){0,3}verloren|muttersprache`,
    // Life events told as stories, per driver: a suicide in the family; an overdose; kin taking a pension, watching the money, a hidden address; hands-on care; the employer going under or a forced exit; skipped meals; reading.
    String.raw`(hat|habe)\s+sich\s+(\p{L}+\s+){0,3}das\s+leben\s+genommen|(nahm|nimmt)\s+sich\s+(\p{L}+\s+)?das\s+leben|suizid\p{L}*|selbstmord\p{L}*|seit\s+(der|seiner|ihrer)\s+(beerdigung|beisetzung|trauerfeier)|herzstillstand|plotzlich\s+(verstorben|gestorben${NOT_A_DEVICE_BEFORE}${NOT_A_DEVICE_AFTER}|tot)|(einfach\s+)?(umgefallen|zusammengebrochen)\s*,?\s*(herz\p{L}*|tot|hirn\p{L}*)|nachlass\p{L}*|erbschein|erbschaft\p{L}*|erbe|erben|erbin|witwe\p{L}*|(post|briefe)\s+(\p{L}+\s+){0,2}(nicht|kaum|nie)\s+(mehr\s+)?(geoffnet|aufgemacht|offnen|aufmachen)`,
    String.raw`klapse|psychiatrie\p{L}*|depri|uberdosis|(versucht|wollte)\s+(\p{L}+\s+){0,2}(mich\s+)?(umzubringen|das\s+leben\s+zu\s+nehmen)|suizidversuch|kann\s+(nicht|kaum)\s+(mehr\s+)?(schlafen|essen|aufstehen)|a?l[bp]traum(?=[\p{L}])\p{L}*|ptbs`,
    String.raw`(sohn|tochter|enkel\p{L}*|mann|frau|partner\p{L}*|ex|freund|er|sie)\s+(\p{L}+\s+){0,2}nimmt\s+mir\s+(\p{L}+\s+){0,3}(rente|geld|lohn|gehalt|karte|ec-karte|pension)\s+ab|(lasst|zwingt)\s+mich\s+(\p{L}+\s+){0,3}(bezahlen|zahlen|kredit\p{L}*)|(kontrolliert|uberwacht|liest)\s+(\p{L}+\s+)?(meine|mein|unsere)\s+(kontoauszug\p{L}*|ausgaben|konto|handy|nachrichten|post|einkaufe)|(darf|durfte)\s+(\p{L}+\s+){0,2}(kein|keine|nicht)\s+(eigenes?\s+)?(geld|konto|karte)|(gibt|gab)\s+mir\s+(nur\s+)?\d+\s*(euro|€)\s+(pro|in\s+der|die|im)\s+(woche|monat)`,
    String.raw`geflohen|gefluchtet|untergetaucht|frauenhaus|(neue|aktuelle)\s+adresse\s+(\p{L}+\s+){0,4}(nicht|keinesfalls|auf\s+keinen\s+fall)\s+(erfahren|wissen|bekommen)|auskunftssperre|nichts\s+an\s+(ihn|sie)\s+(raus|weiter)geben|kontaktverbot|gewaltschutz\p{L}*`,
    String.raw`(ubernehme|mache|erledige)\s+(\p{L}+\s+){0,2}(pflege|versorgung|grundpflege)|komplette\s+pflege|pflegegrad|pflegestufe|pflegegeld|zerebral\p{L}*|cerebral\p{L}*|spastik\p{L}*|schwerstbehindert\p{L}*|schwerbehindert\p{L}*|mehrfachbehindert\p{L}*|palliativ\p{L}*|sterbebegleitung|(wohnt|lebt)\s+jetzt\s+bei\s+(uns|mir)|pflegedienst\p{L}*`,
    String.raw`abfindung|aufhebungsvertrag|(firma|betrieb|laden|arbeitgeber|geschaft)\s+(\p{L}+\s+){0,3}(pleite|insolvent|dicht\s*gemacht|zugemacht|geschlossen)|insolvenz\p{L}*|(find|finde|findet)\s+(ich\s+|man\s+)?(\p{L}+\s+)?(keine\s+(arbeit|stelle)|keinen\s+(job|arbeitsplatz))|mit\s+\d\d\s+(find|findet|nimmt|stellt)|(kein|keinen)\s+(lohn|gehalt|cent)\s+mehr|stunden\s+(gekurzt|reduziert)|kurzarbeit\p{L}*|(nimmt|stellt)\s+(mich\s+)?(niemand|keiner)\s+(mehr\s+)?(ein|an)`,
    String.raw`mahlzeiten\s+(ausfallen|auslassen|uberspringen)|damit\s+die\s+kinder\s+(was\s+)?essen|(kann|konnen)\s+(nicht|kaum)\s+(richtig\s+)?(lesen|schreiben)|analphabet\p{L}*|(gesetzliche|rechtliche)\p{L}*\s+betreu\p{L}*|betreuungsgericht`,
    // Stories, a second pass (written from how people tell each situation, not from tickets): asking him for money, fear of being found out, washing and feeding, half the staff let go, clearing a parent's house, not leaving the house.
    String.raw`(er|sie|mein\s+mann|meine\s+frau|mein\s+partner|meine\s+partnerin|mein\s+freund|mein\s+sohn)\s+(\p{L}+\s+){0,2}(kontrolliert|uberpruft|checkt|liest|durchsucht|uberwacht)\s+(\p{L}+\s+){0,3}(meine|mein)\s+(kontoauszug\p{L}*|konto|ausgaben|einkaufe|bankapp|handy|post)|(muss|musste)\s+(ihn|sie)\s+(um\s+)?(\p{L}+\s+){0,3}(geld|erlaubnis)\s+(bitten|fragen)|angst,?\s+(davor,?\s+)?dass\s+(er|sie)\s+(\p{L}+\s+)?(herausfindet|rausfindet|erfahrt|mitbekommt|merkt)`,
    String.raw`(wasche|futtere|windle|dusche|bade)\s*,?\s+(\p{L}+\s+)?(und\s+)?(wasche|futtere|ziehe|windle|dusche|bade)|(allein|alleine)\s+gelassen\s+werden|(halbe|halfte\s+der)\s+(belegschaft|firma|abteilung|mannschaft)|entlassen|(arbeits)?vertrag\s+(\p{L}+\s+){0,2}nicht\s+(mehr\s+)?verlangert`,
    String.raw`(raume|raumen|lose|losen)\s+(\p{L}+\s+){0,2}(wohnung|haus|zimmer|sachen)\s+(meines|meiner|von\s+meinem|von\s+meiner)\s+(\p{L}+\s+)?(vaters|mutter|papas|mamas|mannes|frau|oma|opas|eltern)|haushaltsauflosung|wohnungsauflosung|(gehe|ging|bin)\s+(seit\s+\p{L}+\s+)?(nicht\s+mehr|kaum\s+noch|nie)\s+(\p{L}+\s+)?(aus\s+dem\s+haus|raus|vor\s+die\s+tur)`,
    // Stories, a third pass: grief in the paperwork, locked out of a joint account, waiting until it is safe, a parent moved in after a fall, not eating or sleeping.
    String.raw`(er|sie)\s+hat\s+(\p{L}+\s+){0,4}(passwort|kennwort|pin|zugangsdaten)\p{L}*\s+(\p{L}+\s+){0,3}geandert|bis\s+es\s+(wieder\s+)?sicher\s+ist|nach\s+(seinem|ihrem)\s+sturz|braucht\s+(bei|fur)\s+(allem|alles)\s+hilfe|(ist|sind)\s+(\p{L}+\s+){0,3}zu\s+uns\s+gezogen|aufhoren\s+zu\s+weinen|weine\s+(nur\s+noch|standig|die\s+ganze\s+zeit)|seit\s+(mama|papa|mutti|vati|oma|opa|mein\s+mann|meine\s+frau|er|sie)\s+nicht\s+mehr\s+(da|bei\s+uns)\s+ist`,
    // A chat pass per driver, in families (how people type each situation, short, without umlauts, not the tuning rows): a death said softly or a stillbirth; a stroke, a crash or intensive care; being broke or an empty fridge; a lost job of any kind.
    String.raw`unter\s+der\s+erde|(seit|seitdem|nachdem)\s+(\p{L}+\s+){0,2}(papa|mama|vater|mutter|oma|opa|mann|frau|bruder|schwester|sohn|tochter|er|sie)\s+(nicht\s+mehr\s+(da|hier|bei\s+uns|lebt)|weg\s+ist|tot\s+ist|gestorben\s+ist)|beigesetzt|beisetzung|beerdigt|abschied\s+(\p{L}+\s+){0,3}genommen|tot\s*geboren|totgeburt|stille\s+geburt|sternenkind\p{L}*|fehlgeburt|(papa|mama|vater|mutter|oma|opa|mann|frau|bruder|schwester)\s+ist\s+(\p{L}+\s+)?(tot|gestorben${NOT_A_DEVICE_BEFORE}${NOT_A_DEVICE_AFTER}|verstorben|nicht\s+mehr\s+da)`,
    String.raw`hirninfarkt|hirnblutung|herzinfarkt|aneurysma|intensivstation|auf\s+(der\s+)?intensiv|im\s+koma|koma|(motorrad|auto|arbeits|verkehrs|schwerer?|furchtbarer?)\s*unfall|(kann|konnte)\s+(noch\s+|immer\s+noch\s+)?(nicht|kaum)\s+(richtig\s+|mehr\s+)?(sprechen|reden|laufen)|reha\p{L}*|krankgeschrieben|krebs\p{L}*`,
    String.raw`(ich\s+bin|bin)\s+(total\s+|komplett\s+|voll\s+|vollig\s+|echt\s+|richtig\s+|so\s+)?(pleite|blank|abgebrannt|broke|knapp\s+bei\s+kasse)|(k(u|ue)hlschrank|schrank|schranke)\s+(ist\s+|sind\s+)?(komplett\s+|total\s+)?leer|leere[nrs]?\s+k(u|ue)hlschrank|kein\s+geld\s+(mehr\s+)?(fur|f(u|ue)r|zum)\s+(essen|lebensmittel|einkaufen|miete)|(noch\s+)?\d+\s+tage\s+bis\s+(zum\s+(ersten|gehalt|lohn|monatsende)|das\s+geld\s+kommt)`,
    String.raw`(job|arbeit|stelle|arbeitsplatz|anstellung)\s+(\p{L}+\s+){0,3}verloren|(job|arbeitsplatz)\s+(ist\s+)?(weg|futsch)|(wurde|bin|worden|wurden)\s+(\p{L}+\s+)?(entlassen|freigestellt|rausgeschmissen)|(seit|schon)\s+\d+\s+(wochen|monaten)\s+(kommt\s+)?(kein|ohne)\s+(geld|gehalt|lohn|einkommen)|arbeitslos\p{L}*|jobcenter|b(u|ue)rgergeld|hartz`,
    // Financial control told as a situation: he takes or keeps the card or pay, reads my phone, gets loud when asked, won't let me, made me sign, throws me out, send nothing home.
    String.raw`(er|sie|mann|freund|partner|ex|enkel|sohn|tochter|neffe|nichte|pfleger\p{L}*)\s+(\p{L}+\s+){0,2}(wird|ist|wurde)\s+(\p{L}+\s+)?(laut|w(u|ue)tend|aggressiv|sauer|handgreiflich|b(o|oe)se|ausfallend|gewalttatig)\s+(wenn|sobald|falls)\s+ich`,
    String.raw`(er|sie|mann|freund|partner|ex|enkel|sohn|tochter)\s+(\p{L}+\s+)?(nimmt|nahm|beh(a|ae)lt|behielt|kassiert|klaut|stiehlt|versteckt|kontrolliert)\s+(mir\s+)?(\p{L}+\s+)?(meine?n?|mein|das|die|den)\s+(ganzen?\s+|ganze\s+)?(karte|bankkarte|ec-?karte|girocard|lohn|gehalt|rente|geld|pin|handy|ausweis)`,
    String.raw`(er|sie|mann|freund|partner|ex)\s+(\p{L}+\s+)?(liest|checkt|kontrolliert|durchsucht|guckt|schaut)\s+(\p{L}+\s+)?(mein|meine|in\s+mein|in\s+meine|mir\s+)(\s*\p{L}+\s+)?(handy|nachrichten|kontoausz(u|ue)ge|konto|ausgaben|bankapp|kontobewegungen|mails)`,
    String.raw`(er|sie|mann|freund|partner|ex)\s+(\p{L}+\s+)?l(a|ae)sst\s+mich\s+(\p{L}+\s+)?(nicht|nichts|nie|kein\p{L}*)\s+(\p{L}+\s+){0,2}(kaufen|arbeiten|haben|ausgeben|allein\p{L}*|raus)|(hat|haben)\s+mich\s+(\p{L}+\s+){0,3}(gezwungen|gedr(a|ae)ngt|genotigt|gen(o|oe)tigt|uberredet|(u|ue)berredet)|(zwingt|zwang|dr(a|ae)ngt)\s+mich`,
    String.raw`(er|sie|mann|freund|partner|vater|mutter)\s+(\p{L}+\s+)?(wirft|schmeisst|schmeisst|setzt)\s+mich\s+(\p{L}+\s+){0,2}raus|(wirft|schmeisst|setzt)\s+mich\s+(\p{L}+\s+){0,2}(vor\s+die\s+t(u|ue)r|auf\s+die\s+strasse)|(bitte\s+)?(nichts|keine\s+post|keine\s+briefe)\s+(\p{L}+\s+)?(nach\s+hause|an\s+meine\s+adresse|zu\s+mir\s+nach\s+hause)|angst\s+(vor\s+(ihm|ihr|meinem|meiner)|dass\s+er|dass\s+sie)|darf\s+(das|davon)\s+(\p{L}+\s+)?nicht\s+(erfahren|wissen|sehen)`,
    String.raw`(geld|betr(a|ae)ge)\s+(\p{L}+\s+){0,2}(weg|verschwindet|verschwinden|abgebucht)\s+(\p{L}+\s+){0,3}(und|aber|seit)\s+(er|sie|mein\s+enkel|mein\s+sohn)|(enkel|sohn|tochter|neffe|nichte|pfleger\p{L}*|nachbar\p{L}*)\s+(\p{L}+\s+){0,2}(hebt|hob|nimmt|nahm|klaut|stiehlt|r(a|ae)umt)\s+(\p{L}+\s+){0,2}(geld|rente|konto|ersparnisse)`,
    // Capability as a situation: kin of a great age, talked into it at the door, no internet, not understanding the letter, another language, a legal carer.
    String.raw`(oma|opa|omi|opi|mutter|vater|mama|papa|mann|frau|er|sie)\s+(ist|wird)\s+(schon\s+|jetzt\s+)?([789]\d|1[01]\d)(?!\s*(%|euro|eur|prozent|minuten|tage|st(u|ue)ck))|([89]\d)\s*(-\s*)?(jahre|jahrige?r?|j\.)`,
    String.raw`haust(u|ue)rgesch(a|ae)ft\p{L}*|an\s+der\s+(haus)?t(u|ue)r\s+(\p{L}+\s+){0,2}(verkauft|aufgeschwatzt|(u|ue)berredet|angedreht)|aufgeschwatzt|aufschwatzen|angedreht|(u|ue)berrumpelt|(u|ue)berredet|vertreter\s+(an\s+der|vor\s+der)|dr(u|ue)ckerkolonne`,
    String.raw`(hat|habe|hab)\s+(kein|keinen)\s+(internet|computer|smartphone|email|e-mail|online-?banking)|kein\s+internet|versteht\s+(\p{L}+\s+)?(nicht|nichts|kaum)\s+(was|wie|davon)|(verstehe|versteh)\s+(\p{L}+\s+)?(brief|schreiben|vertrag|formular|bedingungen|das\s+alles)\s+(\p{L}+\s+)?nicht|(einfachen?|einfacher|leichten?|leichter)\s+(sprache|worten)|einfacher\s+erkl(a|ae)r\p{L}*`,
    String.raw`deutsch\s+ist\s+nicht\s+meine\s+(mutter|erst)sprache|(kein|wenig|schlecht|nicht\s+gut)\s+deutsch|(dolmetscher|(u|ue)bersetzer)\p{L}*|gesetzliche\p{L}*\s+betreu\p{L}*|vormund\p{L}*|gesch(a|ae)ftsunf(a|ae)hig\p{L}*`,
    // Short chat wording: money withheld, not allowed to shop alone, he looks through my account, kin who no longer understand.
    String.raw`(er|sie|mann|freund|partner|ex)\s+(\p{L}+\s+)?gibt\s+mir\s+(\p{L}+\s+)?(kein|keinen|nie)\s+(\p{L}+\s+)?(geld|cent|euro|taschengeld)|(darf|durfte)\s+(\p{L}+\s+)?(nicht|nichts|nie)\s+(\p{L}+\s+)?(selbst|selber|allein|alleine)\s+(\p{L}+\s+)?(kaufen|einkaufen|entscheiden|bezahlen|raus|ausgeben)|(schaut|guckt|sieht)\s+(\p{L}+\s+){0,3}(mein|meine|in\s+mein|in\s+meine)\s+(konto|kontoausz(u|ue)ge|handy|nachrichten|ausgaben)\s+(\p{L}+\s+)?(an|durch|nach)`,
    String.raw`(mutter|vater|mama|papa|oma|opa|mann|frau|er|sie)\s+(\p{L}+\s+){0,3}versteht\s+(\p{L}+\s+){0,2}(nicht|nichts)\s+mehr|(ist|wird)\s+(\p{L}+\s+)?(dement|verwirrt|tuddelig|vergesslich)|mein\s+ged(a|ae)chtnis`,
    // A separation or divorce.
    String.raw`(in|mitten\s+in|seit\s+der|seit\s+meiner|wegen\s+der)\s+(\p{L}+\s+)?(scheidung|trennung)|(lasse\s+mich|lassen\s+uns|habe\s+mich|haben\s+uns)\s+(\p{L}+\s+)?scheiden|frisch\s+(geschieden|getrennt)|(leben|lebe|haben\s+uns|sind|bin)\s+(\p{L}+\s+)?getrennt(?!\s+(zahlen|bezahlen|abrechnen|liefern|versenden))|(mann|frau|partner\p{L}*|freund\p{L}*)\s+hat\s+mich\s+(\p{L}+\s+)?verlassen`,
    // Control told as a situation: he decides everything, he has my PIN, I must ask him for money.
    String.raw`(er|sie|mann|freund|partner)\s+(\p{L}+\s+)?(entscheidet|bestimmt)\s+(\p{L}+\s+)?((u|ue)ber\s+)?(alles|mein\s+geld|meine\s+ausgaben)|(er|sie|mann|freund|partner)\s+hat\s+(meine|meinen)\s+(pin|geheimzahl|zugangsdaten|passwort|pincode)`,
    // A brief pass per driver (dialect, text-speak, no umlauts): the Weisser Ring and he still has access; hit, or he flips out; a carer who takes what is not theirs; hospital abbreviated or in Austrian and Swiss words, fractures and pneumonia; the dole in slang and Swiss and Austrian offices; thinking about dying; kin of a great age after a comma; a parent living with us since a fall.
    String.raw`weisse[nr]?\s+ring|hilfetelefon|(ex|er|sie|mann|freund|partner)\s+(hat|haben)\s+(\p{L}+\s+){0,2}(zugriff|zugang)\s+(auf|zu)|(hat|haben)\s+mich\s+(\p{L}+\s+){0,2}(geschlagen|verpr(u|ue)gelt|gew(u|ue)rgt|getreten|geschubst)|(schlagt|schl(a|ae)gt|haut|verpr(u|ue)gelt|w(u|ue)rgt|tritt)\s+mich|(er|sie|mann|freund|partner|ex|vater)\s+(\p{L}+\s+)?rastet\s+(\p{L}+\s+){0,3}aus`,
    String.raw`(wird|werde|wurde|werden|wurden)\s+(\p{L}+\s+){0,3}(ausgenommen|abgezockt|ausgenutzt|bestohlen|beklaut)(?!\s+(von\s+der|vom)\s+(rabatt|aktion|versand))|(pfleger\p{L}*|pflegerin|betreuer\p{L}*|haushaltshilfe|putzfrau|nachbar\p{L}*|enkel\p{L}*)\s+(\p{L}+\s+){0,3}(bestellt|kauft|zahlt|bezahlt|hebt)\s+(\p{L}+\s+)?((u|ue)ber|mit|von|auf)\s+(sein|seine|seinem|ihr|ihre|ihrem|mein|meine|meinem)`,
    String.raw`(im|ins|aus\s+dem|vom)\s+(kh|kkh|spital|spitol|krankenhaus|klinikum|klinik)(?!\p{L})|(lieg|liege|bin|war)\s+(\p{L}+\s+){0,3}(im\s+kh|im\s+spital)|(h(u|ue)ft|bein|arm|becken|wirbel|knochen|oberschenkelhals|schenkelhals)bruch|lungenentz(u|ue)ndung|herz(infrakt|infakt|infark)|(komm|komme)\s+an\s+(nix|nichts)\s+ran`,
    String.raw`stempeln\s+(gehen|geh|gegangen)|(geh|gehe|muss|musste|bin)\s+(\p{L}+\s+){0,3}stempeln|beim\s+(rav|ams|arbeitsamt|jobcenter)|(rav|ams)\s+angemeldet|(die|meine|unsere|seine|ihre)\s+bude\s+(ist\s+|hat\s+|macht\s+)?(zu|dicht|pleite)|seit\s+(die|der|das)\s+(bude|firma|betrieb|werk|fabrik)\s+(zu|dicht|pleite)\s+(ist|hat|war)`,
    String.raw`(denk|denke|denken|dachte)\s+(\p{L}+\s+){0,4}(ans|an\s+den|(u|ue)bers|an\s+)\s*(sterben|tod|aufgeben|selbstmord|suizid|aufh(o|oe)ren\s+zu\s+leben)|(will|mag|mochte|moechte)\s+(nicht\s+mehr\s+leben|sterben|nicht\s+mehr\s+da\s+sein)|lebensm(u|ue)de|(mir\s+gehts|mir\s+geht\s+es|es\s+geht\s+mir)\s+(richtig|total|voll|mega|sau|so|echt\s+richtig|extrem)\s+(schlecht|dreckig|mies|beschissen|scheisse)`,
    String.raw`(oma|opa|omi|opi|mutter|vater|mama|papa|schwiegermutter|schwiegervater|tante|onkel|uroma|uropa)\s*(,|\(|mit|von|ist)\s*([89]\d|1[01]\d)(\s*(jahre\p{L}*|j\.))?(?!\s*(%|euro|eur|€|prozent|minuten|tage|punkte|\d))|(checkt|kapiert|rafft|blickt|versteht)\s+(\p{L}+\s+){0,4}(handy|app|internet|computer|online\p{L}*)\s+(net|nicht|nix|nichts|null|gar\s+nicht)`,
    String.raw`seit\s+(seinem|ihrem|dem|einem)\s+(sturz|schlaganfall|unfall|infarkt|herzinfarkt)|(mach|mache|tu|tue|erledig|erledige)\s+(\p{L}+\s+){0,2}alles\s+f(u|ue)r\s+(ihn|sie|mama|papa|oma|opa)|down-?syndrom|trisomie\s*21|spielsucht|spiels(u|ue)chtig|gl(u|ue)cksspielsucht|(bin|ist)\s+(\p{L}+\s+)?(spiel|wett)s(u|ue)chtig`,
    String.raw`(strom|gas|wasser|heizung|licht)\s+(\p{L}+\s+){0,2}(abgestellt|abgedreht|gesperrt|abgeklemmt)|(strom|gas|wasser)sperre`,
    // An ex who still has my PIN, passwords or account.
    String.raw`(mein\s+ex|meine\s+ex|der\s+ex|die\s+ex|mein\s+exmann|meine\s+exfrau|mein\s+exfreund)\s+(\p{L}+\s+){0,2}(kennt|hat|nutzt|benutzt|weiss)\s+(\p{L}+\s+){0,2}(meine|mein|meinen)\s+(pin|passwort|passworter|zugangsdaten|karte|konto|app|login)`,
  ],
};

export { de };
