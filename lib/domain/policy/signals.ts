/**
 * Deterministic signals read from the ticket text itself. They back up the model's own flags: a
 * ticket that asks for a person or describes hardship goes to a human even if the model misses it,
 * and text that tries to instruct the system is treated as suspect. Patterns cover the languages
 * of the sample set (en, de, sv, es, fr, nl). They only ever make handling more cautious.
 */

const HUMAN_REQUEST = [
  /\b(speak|talk|chat)\s+(to|with)\s+(a|an|some|your)?\s*(real\s+|actual\s+|live\s+)?(human|person|agent|someone|somebody|representative|rep|staff|manager|supervisor)\b/i,
  /\b(real|actual|live)\s+(human|person|agent|people)\b/i,
  /\b(human|person|agent)\s+please\b/i,
  /\b(want|need|get)\s+(a|an)\s+(human|person|agent)\b/i,
  /\b(call\s+me\s+back|phone\s+call\s+with|call\s+me\s+please)\b/i,
  /\bnot\s+(a|another|this)\s+(bot|robot|chatbot|machine)\b/i,
  /\b(mit\s+einem?\s+(menschen|mitarbeiter|berater)|echten?\s+menschen)\b/i,
  /\b(prata|tala)\s+med\s+(en\s+)?(människa|person|handläggare)\b/i,
  /\b(hablar\s+con\s+(una?\s+)?(persona|humano|agente))\b/i,
  /\b(parler\s+(à|a|avec)\s+(un|une|quelqu'un)\s*(humain|personne|conseiller|agent)?)\b/i,
  /\b(met\s+een\s+(mens|medewerker|persoon)\s+(spreken|praten))\b/i,
];

const VULNERABILITY = [
  /\b(lost|losing)\s+(my\s+)?job\b/i,
  /\b(laid\s+off|made\s+redundant|redundancy|unemployed)\b/i,
  /\b(can'?t|cannot|can\s+not|unable\s+to)\s+afford\b/i,
  /\b(financial\s+(hardship|difficult(y|ies))|struggling\s+(financially|to\s+(pay|make\s+ends\s+meet)))\b/i,
  /\b(bereave(d|ment)|passed\s+away|funeral)\b/i,
  /\b(cancer|chemo(therapy)?|hospital(ised|ized)|terminal(ly)?\s+ill|disabilit(y|ies)|mental\s+health|depress(ed|ion)|suicid(e|al))\b/i,
  /\b(domestic\s+(abuse|violence)|coercive\s+control|abusive\s+(partner|relationship))\b/i,
  /\b(arbeitslos|nicht\s+(mehr\s+)?leisten|verstorben)\b/i,
  /\b(arbetslös|har\s+inte\s+råd|avliden|gått\s+bort)\b/i,
  /\b(desemplead[oa]|no\s+me\s+alcanza|falleci(do|ó))\b/i,
  /\b(au\s+chômage|pas\s+les\s+moyens|décédée?)\b/i,
  /\b(werkloos|niet\s+betalen\s+kan|overleden)\b/i,
];

const INJECTION = [
  /\b(ignore|disregard|forget|override)\s+(all\s+|any\s+|the\s+|your\s+)?(previous|prior|above|earlier|system)?\s*(instructions|prompts?|rules|guidelines)\b/i,
  /<\/?\s*(system|assistant|instructions?|admin|developer|tool|ticket)\s*>/i,
  /\[\s*(system|inst|admin)\s*\]|<<\s*sys\s*>>|\b(system|developer)\s+prompt\b/i,
  /\b(set|make|give|return|report)\s+(the\s+|your\s+)?confidence\s+(to|=|of|at)\b/i,
  /\b(auto[-\s]?resolve|mark\s+(this|it)\s+as\s+resolved|wantsHuman|record_classification|tool[_\s]?use)\b/i,
  /\b(you\s+are\s+now|act\s+as|pretend\s+to\s+be|developer\s+mode|jailbreak)\b/i,
  /\b(ignoriere|vergiss)\s+(alle\s+|die\s+)?(vorherigen\s+)?(anweisungen|regeln)\b/i,
  /\b(ignorera|glöm)\s+(alla\s+)?(tidigare\s+)?instruktioner\b/i,
  /\b(ignora|olvida)\s+(todas\s+)?(las\s+)?(instrucciones|reglas)\b/i,
  /\b(ignore[zr]?|oublie[zr]?)\s+(toutes\s+)?(les\s+)?(instructions|consignes|règles)\b/i,
  /\b(negeer|vergeet)\s+(alle\s+|de\s+)?(vorige\s+)?(instructies|regels)\b/i,
];

interface TicketSignals {
  asksForHuman: boolean;
  vulnerability: boolean;
  injectionSuspected: boolean;
}

const matchesAny = (patterns: readonly RegExp[], text: string): boolean => patterns.some((p) => p.test(text));

const readSignals = (text: string): TicketSignals => {
  // NFKC folds full-width and other look-alike forms that are used to slip past patterns.
  const folded = text.normalize('NFKC');
  return {
    asksForHuman: matchesAny(HUMAN_REQUEST, folded),
    vulnerability: matchesAny(VULNERABILITY, folded),
    injectionSuspected: matchesAny(INJECTION, folded),
  };
};

export type { TicketSignals };
export { readSignals };
