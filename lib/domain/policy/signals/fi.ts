import type { LanguagePatterns } from './pattern.js';

/**
 * Finnish, folded: "ä" is "a", "ö" is "o". Finnish inflects by suffix, so most patterns are stems.
 * "irtisanoa" also means ending a contract, so only someone being let go counts.
 */

const KIN = String.raw`(aiti\p{L}*|isa\p{L}*|poika\p{L}*|poikaa\p{L}*|tytar\p{L}*|tyttar\p{L}*|puoliso\p{L}*|mie\p{L}*|vaimo\p{L}*|lapsi\p{L}*|lasta\p{L}*|vanhemp\p{L}*)`;

const fi: LanguagePatterns = {
  asksForPerson: [
    String.raw`ihmise(n|lle)\s+kanssa|puhua\s+(jonkun|ihmisen|asiakaspalvelija\p{L}*|esimie\p{L}*|henkilo\p{L}*)`,
    String.raw`soit\p{L}*\s+(minulle|mulle)|takaisinsoit\p{L}*|soittopyyn\p{L}*|esimie\p{L}*|esihenkilo\p{L}*`,
    // A formal complaint.
    String.raw`valitu\p{L}*|valitta\p{L}*|valitan|reklamaatio\p{L}*`,
    // A regulator or ombudsman.
    String.raw`finanssivalvon\p{L}*|fiva|kuluttajariitalautakun\p{L}*|kuluttajaneuvon\p{L}*|kuluttaja-asiamie\p{L}*`,
    // The law.
    String.raw`asianajaj\p{L}*|lakimie\p{L}*|juristi\p{L}*|oikeuteen|oikeudessa|haastan|haastamme|karajille|oikeustoim\p{L}*`,
    // A person, by phone too.
    String.raw`puhelimitse|puhelinso\p{L}*|soitta\p{L}*\s+(minulle|mulle)`,
    // A formal complaint, in other words.
    String.raw`muistutu\p{L}*|kohtuuton\p{L}*`,
    // Regulators, in other words.
    String.raw`kilpailu-\s*ja\s+kuluttajaviras\p{L}*|kkv`,
    // The law, in other words.
    String.raw`kanne\p{L}*|oikeu\p{L}*\s+(kautta|teitse)`,
  ],
  vulnerability: [
    // Life events: bereavement.
    String.raw`kuol\p{L}*|menehty\p{L}*|hautaj\p{L}*|hautas\p{L}*|suru\p{L}*|leski|kuolinpes\p{L}*`,
    // Health.
    String.raw`syopa\p{L}*|syova\p{L}*|sytostaat\p{L}*|solunsalpaaj\p{L}*|sadehoi\p{L}*|sairaala\p{L}*|leikkau\p{L}*|leikattu`,
    String.raw`sairausloma\p{L}*|sairas\p{L}*|sairau\p{L}*|vammai\p{L}*|infarkt\p{L}*|dialyysi\p{L}*|dementi\p{L}*|alzheimer\p{L}*`,
    String.raw`masennu\p{L}*|masentu\p{L}*|itsemurh\p{L}*|en\s+jaksa|mielenterve\p{L}*|psykiatr\p{L}*|peliongelm\p{L}*`,
    // Life events: abuse and financial control.
    String.raw`lahisuhdevakival\p{L}*|vakival\p{L}*|pahoinpi\p{L}*|lyo\s+(minua|mua)`,
    String.raw`kontrolloi\p{L}*\s+(kaikkia\s+)?(rahoja\p{L}*|tilia\p{L}*|raha\p{L}*)|vie\s+(minun\s+)?(palkka\p{L}*|rahat)`,
    // Life events: job or income loss.
    String.raw`menetin\s+tyo\p{L}*|(minut|mut)\s+(\p{L}+\s+)?irtisan\p{L}*|irtisanottiin|tyoton|tyottom\p{L}*|lomaut\p{L}*|potku\p{L}*`,
    // Resilience.
    String.raw`(ei|en)\s+(ole\s+)?varaa|vuokra\p{L}*|rahat\s+(eivat|ei)\s+riita|velkaneuvon\p{L}*|ulosot\p{L}*|toimeentulotu\p{L}*`,
    // Life events: caring.
    String.raw`omaishoita\p{L}*|hoidan\s+(\p{L}+\s+)?${KIN}`,
    // Capability.
    String.raw`lukihairi\p{L}*|lukivaike\p{L}*|(en|huonosti)\s+(puhu|osaa)\s+(hyvin\s+)?suomea|[89]\d\s*-?\s*vuotia\p{L}*`,
    String.raw`olen\s+[89]\d|sokea|kuuro|nakovammai\p{L}*|edunvalvoj\p{L}*`,
    // Broader wording, per driver in the order above (written against the first held-out part).
    String.raw`siunaus\p{L}*|perunkirj\p{L}*|menetin\s+(aiti\p{L}*|isa\p{L}*|mie\p{L}*|vaimo\p{L}*|poika\p{L}*|tytar\p{L}*|tyttar\p{L}*|veli\p{L}*|velje\p{L}*|sisar\p{L}*|siskoni)`,
    String.raw`\p{L}*syopa\p{L}*|kasvai\p{L}*|koepala\p{L}*|diagnoo\p{L}*|hoidot|hoitoja|onnettomuu\p{L}*|parkinson\p{L}*|epilepsi\p{L}*`,
    String.raw`uupu\p{L}*|burn\s*-?\s*out|ahdistu\p{L}*|paniikki\p{L}*|psykolog\p{L}*|kriisi\p{L}*`,
    String.raw`uhkail\p{L}*|uhkaa|uhkasi|luvatta|ilman\s+(minun\s+)?(lupaa|lupaani|suostumusta)|pelkaan|vaino\p{L}*`,
    String.raw`konkurssi\p{L}*|(en|ei)\s+(saa|tule)\s+palkkaa|ilman\s+(palkkaa|tyota|tuloja)|ei\s+(ole\s+)?tuloja`,
    String.raw`(ei|en)\s+(ole\s+)?rahaa|rahaa\s+ruokaan|ruokaan|maksuhairi\p{L}*|velkaantu\p{L}*|ylivelkaantu\p{L}*`,
    String.raw`kehitysvamm\p{L}*|autis\p{L}*|muistisairau\p{L}*`,
    String.raw`naen\s+huonosti|kuulen\s+huonosti|nakovamm\p{L}*|heikkonako\p{L}*|en\s+(pysty|osaa)\s+lukemaan`,
  ],
};

export { fi };
