import type { LanguagePatterns } from './pattern.js';

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
    String.raw`beschwer\p{L}*|so\s+geht\s+das\s+nicht`,
    // A regulator or ombudsman.
    String.raw`bafin|schlichtung\p{L}*|ombuds\p{L}*|verbraucherzentrale|finanzaufsicht`,
    // The law.
    String.raw`(rechts)?anw(a|ae)lt\p{L}*|rechtliche\p{L}*\s+schritte|verklag\p{L}*|klage|gericht\p{L}*`,
    // A person, by phone too.
    String.raw`ansprechpartner\p{L}*|telefonisch\p{L}*|am\s+telefon|per\s+telefon|(ein|einen)\s+anruf|pers(o|oe)nlich\p{L}*\s+(sprechen|kontakt|beraten)`,
    // A formal complaint, in other words.
    String.raw`unzufrieden|unversch(a|ae)mt|frechheit|skandal\p{L}*|zumutung`,
    // Regulators, in other words.
    String.raw`verbraucherschutz|\p{L}*schlichtung\p{L}*`,
    // The law, in other words.
    String.raw`juristisch\p{L}*|mahnverfahren`,
  ],
  vulnerability: [
    // Life events: bereavement.
    String.raw`gestorben|verstorben\p{L}*|verstarb|todesfall|beerdigung|beisetzung|trauerfall|witwe\p{L}*|nachlass`,
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
    String.raw`(job|arbeit|stelle|arbeitsplatz)\s+verloren|arbeitslos\p{L}*|erwerbslos\p{L}*|b(u|ue)rgergeld|kurzarbeit|pleite`,
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
    String.raw`tod|todes\p{L}*|verstorbene\p{L}*|trauer\p{L}*|erbschein|hinterbliebene\p{L}*|beerdig\p{L}*`,
    String.raw`diagnos\p{L}*|tumor|biops\p{L}*|in\s+behandlung|(krebs|chemo)\p{L}*|reha\p{L}*|unfall|intensivstation|sklerose|parkinson|epileps\p{L}*`,
    String.raw`angst\p{L}*|panik\p{L}*|(u|ue)berfordert|verzweifelt|therapie|psycholog\p{L}*|krise|schaffe\s+(gerade\s+)?(nichts|es\s+nicht)`,
    String.raw`bedroh\p{L}*|droht\s+mir|angst\s+vor\s+(ihm|ihr|meinem|meiner)|ohne\s+mein\s+wissen|stalk\p{L}*|gewalt\p{L}*`,
    String.raw`(firma|arbeitgeber|betrieb|laden)\s+(\p{L}+\s+){0,2}(pleite|insolvent|geschlossen|zu)|kein\p{L}*\s+(einkommen|gehalt|lohn)|arbeitslosengeld|jobcenter|jobverlust`,
    String.raw`(kein|zu\s+wenig)\s+geld\s+f(u|ue)rs?|essen\s+f(u|ue)r\s+die\s+kinder|lebensmittel|(u|ue)ber\s+die\s+runden|schuldenfalle|verschuldet|(u|ue)berschuldet|weiss\s+nicht\s+wie\s+ich\s+(\p{L}+\s+){0,5}(zahlen|bezahlen|kaufen)`,
    String.raw`pflegebed(u|ue)rftig\p{L}*|autis\p{L}*|schwerkrank\p{L}*|pflege\s+(meine\p{L}*|unsere\p{L}*)`,
    String.raw`(kann|konnen)\s+(nicht|kaum)\s+(gut\s+)?(lesen|schreiben)|(sehe|hore|hoere)\s+(schlecht|kaum)|schlecht\s+deutsch|kein\s+(gutes\s+)?deutsch|jemand(en)?\s+der\s+mir\s+(das\s+)?(erkl(a|ae)rt|hilft)`,
  ],
};

export { de };
