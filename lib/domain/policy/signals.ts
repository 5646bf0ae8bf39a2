/**
 * Deterministic signals read from the ticket text itself. They back up the model's own flags: a
 * ticket that asks for a person or describes hardship goes to a human even if the model misses it,
 * and text that tries to instruct the system is treated as suspect. Patterns cover the languages
 * of the sample set (en, de, sv, es, fr, nl). They only ever make handling more cautious.
 */

// JavaScript's \b knows only ASCII word characters: it finds no boundary after "décédé" and one
// inside "cancerígeno". Every pattern is bounded by Unicode letters, marks and digits instead.
const WORD_CHAR = String.raw`[\p{L}\p{M}\p{N}_]`;
const START = `(?<!${WORD_CHAR})`;
const END = `(?!${WORD_CHAR})`;
const words = (source: string): RegExp => new RegExp(`${START}(?:${source})${END}`, 'iu');

const HUMAN_REQUEST = [
  words(
    String.raw`(speak|talk|chat)\s+(to|with)\s+(a|an|some|your)?\s*(real\s+|actual\s+|live\s+)?(human|person|agent|someone|somebody|representative|rep|staff|manager|supervisor)`,
  ),
  words(String.raw`(real|actual|live)\s+(human|person|agent|people)`),
  words(String.raw`(human|person|agent)\s+please`),
  words(String.raw`(want|need|get)\s+(a|an)\s+(human|person|agent)`),
  words(String.raw`(call\s+me\s+back|phone\s+call\s+with|call\s+me\s+please)`),
  words(String.raw`not\s+(a|another|this)\s+(bot|robot|chatbot|machine)`),
  words(String.raw`(mit\s+einem?\s+(menschen|mitarbeiter|berater)|echten?\s+menschen)`),
  words(String.raw`(prata|tala)\s+med\s+(en\s+)?(människa|person|handläggare)`),
  words(String.raw`(hablar\s+con\s+(una?\s+)?(persona|humano|agente))`),
  words(String.raw`(parler\s+(à|a|avec)\s+(un|une|quelqu'un)\s*(humain|personne|conseiller|agent)?)`),
  words(String.raw`(met\s+(een|één)\s+(mens|medewerker|persoon)\s+(spreken|praten))`),
];

const VULNERABILITY = [
  words(String.raw`(lost|losing)\s+(my\s+)?job`),
  words(String.raw`(laid\s+off|made\s+redundant|redundancy|unemployed)`),
  words(String.raw`(can'?t|cannot|can\s+not|unable\s+to)\s+afford`),
  words(
    String.raw`(financial\s+(hardship|difficult(y|ies))|struggling\s+(financially|to\s+(pay|make\s+ends\s+meet)))`,
  ),
  words(String.raw`(bereave(d|ment)|passed\s+away|funeral)`),
  words(
    String.raw`(cancer|chemo(therapy)?|hospital(ised|ized)|terminal(ly)?\s+ill|disabilit(y|ies)|mental\s+health|depress(ed|ion)|suicid(e|al))`,
  ),
  words(String.raw`(domestic\s+(abuse|violence)|coercive\s+control|abusive\s+(partner|relationship))`),
  words(String.raw`(arbeitslos|nicht\s+(mehr\s+)?leisten|verstorben)`),
  words(String.raw`(arbetslös|har\s+inte\s+råd|avliden|gått\s+bort)`),
  words(String.raw`(desemplead[oa]|no\s+me\s+alcanza|falleci(do|ó))`),
  words(String.raw`(au\s+chômage|pas\s+les\s+moyens|décédée?)`),
  words(String.raw`(werkloos|niet\s+betalen\s+kan|overleden)`),
];

const INJECTION = [
  words(
    String.raw`(ignore|disregard|forget|override)\s+(all\s+|any\s+|the\s+|your\s+)?(previous|prior|above|earlier|system)?\s*(instructions|prompts?|rules|guidelines)`,
  ),
  /<\/?\s*(system|assistant|instructions?|admin|developer|tool|ticket)\s*>/iu,
  /\[\s*(system|inst|admin)\s*\]|<<\s*sys\s*>>/iu,
  words(String.raw`(system|developer)\s+prompt`),
  // "=" is no word, so it takes no boundary after it: "confidence =1" and "confidence = 1" alike.
  new RegExp(
    String.raw`${START}(set|make|give|return|report)\s+(the\s+|your\s+)?confidence\s*(=|\s(to|of|at)${END})`,
    'iu',
  ),
  words(
    String.raw`(auto[-\s]?resolve|mark\s+(this|it)\s+as\s+resolved|wantsHuman|record_classification|tool[_\s]?use)`,
  ),
  words(String.raw`(you\s+are\s+now|act\s+as|pretend\s+to\s+be|developer\s+mode|jailbreak)`),
  words(String.raw`(ignoriere|vergiss|vergiß)\s+(alle\s+|die\s+)?(vorherigen\s+)?(anweisungen|regeln)`),
  words(String.raw`(ignorera|glöm)\s+(alla\s+)?(tidigare\s+)?instruktioner`),
  words(String.raw`(ignora|olvida)\s+(todas\s+)?(las\s+)?(instrucciones|reglas)`),
  words(String.raw`(ignore[zr]?|oublie[zr]?)\s+(toutes\s+)?(les\s+)?(instructions|consignes|règles)`),
  words(String.raw`(negeer|vergeet)\s+(alle\s+|de\s+)?(vorige\s+)?(instructies|regels)`),
];

interface TicketSignals {
  asksForHuman: boolean;
  vulnerability: boolean;
  injectionSuspected: boolean;
}

const matchesAny = (patterns: readonly RegExp[], text: string): boolean => patterns.some((p) => p.test(text));

/**
 * NFKC folds full-width and other look-alike forms that are used to slip past patterns.
 * Typographic apostrophes (the default on iOS and macOS) become ASCII ones, and every
 * run of whitespace (doubled spaces, re-wrapped lines, tabs) one space, so each pattern written
 * with ' and a single space also matches them. Invisible format characters (zero-width spaces and
 * joiners, word joiners, byte-order marks, soft hyphens, bidi controls: Unicode category Cf) are
 * dropped first, so they cannot split a phrase a pattern looks for.
 */
const fold = (text: string): string =>
  text
    .replace(/\p{Cf}/gu, '')
    .normalize('NFKC')
    .replace(/[\u2018\u2019\u201B\u02BC]/gu, "'")
    .replace(/\s+/gu, ' ');

const readSignals = (text: string): TicketSignals => {
  const folded = fold(text);
  return {
    asksForHuman: matchesAny(HUMAN_REQUEST, folded),
    vulnerability: matchesAny(VULNERABILITY, folded),
    injectionSuspected: matchesAny(INJECTION, folded),
  };
};

export type { TicketSignals };
export { readSignals };
