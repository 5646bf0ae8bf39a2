/**
 * The stand-in model's answers for the fields a text classifier cannot learn from intent labels:
 * small lexicons, the way a rules-based helpdesk would guess them. The policy does not trust these
 * alone; it reads its own signals from the ticket text too.
 */

const NEGATIVE =
  /\b(angry|furious|ridiculous|unacceptable|disgusted|terrible|awful|worst|scam|useless|fed up|sick of|joke|outrageous|appalling|wtf|hate|pathetic|incompetent|wütend|inakzeptabel|katastrophe|arg|oacceptabelt|inaceptable|furioso|harta|inadmissible|scandaleux|boos|belachelijk)\b/i;
const POSITIVE =
  /\b(thanks|thank you|great|love|appreciate|brilliant|perfect|danke|tack|gracias|merci|bedankt)\b/i;
const URGENT =
  /\b(urgent|immediately|asap|right now|emergency|stolen|fraud|hacked|dringend|sofort|brådskande|urgente|inmediatamente|tout de suite|spoed)\b/i;
const HIGH =
  /\b(today|tonight|deadline|overdue|final notice|before friday|heute|idag|hoy|aujourd'hui|vandaag)\b/i;
const WANTS_HUMAN =
  /\b(human|real person|an agent|someone real|representative|call me|phone me|not a bot|mensch|människa|persona real|quelqu'un|medewerker)\b/i;
const VULNERABLE =
  /\b(lost my job|unemployed|can't afford|cannot afford|hardship|bereavement|passed away|illness|hospital|cancer|disabled|mental health|depressed|carer|arbeitslos|arbetslös|desempleado|chômage|werkloos)\b/i;

const LANGUAGE_MARKERS: readonly [string, RegExp][] = [
  ['de', /\b(ich|nicht|und|meine?|bitte|ist|das|warum|habe|zahlung)\b/gi],
  ['sv', /\b(jag|inte|och|min|mitt|är|det|varför|har|betalning)\b/gi],
  ['es', /\b(yo|no|mi|por favor|es|el|la|por qué|tengo|pago)\b/gi],
  ['fr', /\b(je|ne|pas|mon|ma|est|le|la|pourquoi|paiement|s'il vous plaît)\b/gi],
  ['nl', /\b(ik|niet|en|mijn|is|het|waarom|heb|betaling|graag)\b/gi],
  ['en', /\b(i|not|and|my|is|the|why|have|payment|please)\b/gi],
];

const countMatches = (text: string, pattern: RegExp): number => text.match(pattern)?.length ?? 0;

const guessLanguage = (text: string): string => {
  let best = 'en';
  let bestCount = 0;
  for (const [lang, pattern] of LANGUAGE_MARKERS) {
    const count = countMatches(text, pattern);
    if (count > bestCount) {
      best = lang;
      bestCount = count;
    }
  }
  return best;
};

const shouting = (text: string): boolean => {
  const letters = text.replace(/[^A-Za-z]/g, '');
  return letters.length >= 12 && letters.replace(/[^A-Z]/g, '').length / letters.length > 0.6;
};

const guessSentiment = (text: string): 'positive' | 'neutral' | 'negative' => {
  if (NEGATIVE.test(text) || shouting(text) || /!{3,}/.test(text)) return 'negative';
  return POSITIVE.test(text) ? 'positive' : 'neutral';
};

const guessUrgency = (text: string): 'low' | 'normal' | 'high' | 'urgent' => {
  if (URGENT.test(text)) return 'urgent';
  return HIGH.test(text) ? 'high' : 'normal';
};

/** First sentence, trimmed to fit the schema; the text was redacted before it got here. */
const summarise = (text: string): string => {
  const first =
    text
      .replace(/\s+/g, ' ')
      .trim()
      .split(/(?<=[.!?])\s/)[0] ?? '';
  const clipped = first.length > 160 ? `${first.slice(0, 157)}...` : first;
  return clipped.length > 0 ? clipped : '(empty ticket)';
};

const describeTicket = (text: string) => ({
  sentiment: guessSentiment(text),
  urgency: guessUrgency(text),
  wantsHuman: WANTS_HUMAN.test(text),
  vulnerable: VULNERABLE.test(text),
  language: guessLanguage(text),
  summary: summarise(text),
});

export { describeTicket };
