/**
 * JavaScript's \b knows only ASCII word characters: it finds no boundary after "décédé" and one
 * inside "cancerígeno". Every pattern is bounded by Unicode letters, marks and digits instead.
 */
const WORD_CHAR = String.raw`[\p{L}\p{M}\p{N}_]`;
const START = `(?<!${WORD_CHAR})`;
const END = `(?!${WORD_CHAR})`;

/** A phrase that starts and ends on word boundaries. Write `\p{L}*` for an open word ending. */
/** Case-sensitive: the guard matches folded (lower-case) text, and the i flag costs much under u. */
const words = (source: string, flags = 'u'): RegExp => new RegExp(`${START}(?:${source})${END}`, flags);

const LETTER = String.raw`\p{L}`;
const SPACE = String.raw`\s`;

/**
 * A source as the guard compiles it: `\p{L}` as `[a-z]`. The guard only reads folded text
 * (fold.ts), whose letters are a to z in all eleven languages, so this changes no answer on them;
 * a word in another script is simply not crossed by a gap such as `(\p{L}+\s+){0,2}`. Under the u
 * flag V8 compiles each `\p{L}` into a search over hundreds of ranges, and with some six thousand
 * alternatives the native code grew past what V8 keeps native: patterns fell back to its
 * interpreter and the steady cost nearly doubled. Boundaries (START, END) keep Unicode letters.
 */
const compiledSource = (source: string): string => {
  let out = '';
  let inClass = false;
  for (let i = 0; i < source.length; i += 1) {
    const c = source[i] as string;
    if (source.startsWith(LETTER, i)) {
      out += inClass ? 'a-z' : '[a-z]';
      i += LETTER.length - 1;
    } else if (source.startsWith(SPACE, i)) {
      out += ' ';
      i += SPACE.length - 1;
    } else if (c === '\\') {
      out += c + (source[i + 1] ?? '');
      i += 1;
    } else {
      if (c === '[') inClass = true;
      else if (c === ']') inClass = false;
      out += c;
    }
  }
  return out;
};

/**
 * Someone the customer knows only through work or the street: a colleague's or a neighbour's
 * funeral (a wreath ordered for it) is not the customer's own loss. Written around a funeral word,
 * before it ("a colleague's funeral") and after it within four words ("the funeral of a colleague's
 * father"), in the eleven languages, since each language's funeral word also matches the others'.
 */
const ACQUAINTANCE = String.raw`(colleague|colleagues|coworker|co-worker|workmate|neighbou?r|acquaintance|companer[oa]|compi|vecin[oa]|collega|colleghi|colega|vizinh[oa]|collegue|voisin[e]?|kolleg\p{L}*|nachbar\p{L}*|collega's|buurman|buurvrouw|granne\p{L}*|nabo\p{L}*|tyokaveri\p{L}*|naapuri\p{L}*|kolega|kolegi|kolezank\p{L}*|sasiad\p{L}*)`;
const SOMEONE_ELSES_BEFORE = String.raw`(?<!(?<![\p{L}])${ACQUAINTANCE}'?s?\s)`;
const SOMEONE_ELSES_AFTER = String.raw`(?![\s']+(\p{L}+[\s']+){0,4}${ACQUAINTANCE})`;

/**
 * A device, in the eleven languages: a phone or a battery "dies" too ("se me murió el móvil", "mijn
 * telefoon ging dood"). A death word is not read as a death when a device is its subject, just
 * before it (with up to two words between) or just after it (with up to one).
 */
const DEVICE = String.raw`(phone|mobile|battery|laptop|tablet|movil|telefono|celular|bateria|portatil|ordenador|cellulare|telefonino|batteria|telemovel|telefone|computador|telephone|portable|ordinateur|handy|akku|telefoon|mobiel|gsm|batterij|accu|mobil\p{L}*|telefon\p{L}*|puhelin|kannykka|komorka|komputer|computer|pc|app|appen|appi)`;
const NOT_A_DEVICE_BEFORE = String.raw`(?<!(?<![\p{L}])${DEVICE}\s+(\p{L}+\s+){0,2})`;
const NOT_A_DEVICE_AFTER = String.raw`(?![\s']+(\p{L}+[\s']+)?${DEVICE}(?![\p{L}]))`;

/**
 * Short of money until a named weekday ("sin blanca hasta el viernes jaja", "pank till fredag"):
 * a gap of a few days before pay, asked about to move a payment, which the routine tickets show is
 * everyday. Until payday, a date or the end of the month stays a sign of strain, and so does
 * being broke since a weekday. Written around a broke word: "until" and a weekday just after it,
 * or just before it ("tot vrijdag helemaal blut", "bis Freitag pleite").
 */
const WEEKDAY = String.raw`(monday|tuesday|wednesday|thursday|friday|saturday|sunday|mon|tues?|wed|thurs?|fri|sat|sun|lunes|martes|miercoles|jueves|viernes|sabado|domingo|lunedi|martedi|mercoledi|giovedi|venerdi|sabato|domenica|segunda|terca|quarta|quinta|sexta|lundi|mardi|mercredi|jeudi|vendredi|samedi|dimanche|montag|dienstag|mittwoch|donnerstag|freitag|samstag|sonntag|maandag|dinsdag|woensdag|donderdag|vrijdag|zaterdag|zondag|mandag|tisdag|tirsdag|onsdag|torsdag|fredag|lordag|sondag|maanantai\p{L}*|tiistai\p{L}*|keskiviikko\p{L}*|torstai\p{L}*|perjantai\p{L}*|lauantai\p{L}*|sunnuntai\p{L}*|poniedzial\p{L}*|wtor\p{L}*|srod\p{L}*|czwart\p{L}*|piat\p{L}*|sobot\p{L}*|niedziel\p{L}*)(-feira)?(?![\p{L}])`;
const UNTIL = String.raw`(until|till|til|'til|tills|indtil|hasta|fino\s+a|fino\s+al|ate|jusqu'?a|jusqu'?au|bis|tot|do)`;
const NOT_UNTIL_A_WEEKDAY_BEFORE = String.raw`(?<!(?<![\p{L}])${UNTIL}\s+(the\s+|el\s+|on\s+)?${WEEKDAY}\s+(\p{L}+\s+){0,2})`;
const NOT_UNTIL_A_WEEKDAY_AFTER = String.raw`(?!([\s']+\p{L}+){0,2}[\s']+${UNTIL}[\s']+(the\s+|el\s+|on\s+|a\s+)?${WEEKDAY}|([\s']+\p{L}+){0,2}[\s']+${WEEKDAY}\s+(asti|saakka|mennessa))`;
/** For a broke word that ends with its own "until" ("broke till", "flad til"). */
const NOT_A_WEEKDAY_NEXT = String.raw`(?![\s']+(the\s+|on\s+)?${WEEKDAY})`;

/**
 * "No complaints, just a question", "ce n'est pas une réclamation": a complaint word negated just
 * before it is not a complaint. One list for all languages, since each language's complaint word
 * also matches its neighbours' ("reclam" is Italian, Spanish, French and Portuguese); only words
 * that negate in every language they occur in ("en" is "a" in Danish, so Finnish "en" is left out).
 */
const NOT_NEGATED = String.raw`(?<!(?<![\p{L}])(no|not\s+a|not\s+an|isn'?t\s+a|nothing\s+to|without|keine|keiner|kein|ohne|nicht\s+als|pas\s+une|pas\s+de|aucune|sans|no\s+es\s+una|no\s+es|ninguna|sin|nada\s+de|non\s+e\s+un|non\s+e\s+una|nessun|nessuna|senza|nao\s+e\s+uma|nao\s+e|nenhuma|sem|geen|zonder|inget|inga|utan|inte\s+ett|inte\s+nagot|ingen|ikke\s+en|uden|ikke\s+nogen|ei|ole|mikaan|mitaan|nie\s+jest|to\s+nie|zadna|zadnej|bez|nie\s+mam|nie\s+skladam)\s)`;

/**
 * "Third time!!" said of a declined payment is an outburst about the payment, not a customer
 * chasing us: the count of tries is read as chasing only when the sentence goes on ("the third
 * time I have written"), not when it ends there, with "now" at most.
 */
const GOES_ON = String.raw`(?!\s*(now|nu|nyt|ora|agora|ahora|maintenant|jetzt|teraz|jo|ja|ya|gia|deja|today|hoy|oggi|hoje|heute|idag|i\s+dag|tanaan|dzisiaj)?\s*([!?.]|$))`;

/** What one language contributes to the guard: phrase sources, written for folded text. */
interface LanguagePatterns {
  /** Asking for a person, a call, a manager; a formal complaint; a regulator or ombudsman; the law. */
  asksForPerson: readonly string[];
  /** FCA FG21/1 drivers: health, life events, resilience, capability. */
  vulnerability: readonly string[];
}

export type { LanguagePatterns };
export {
  compiledSource,
  END,
  GOES_ON,
  NOT_A_DEVICE_AFTER,
  NOT_A_DEVICE_BEFORE,
  NOT_A_WEEKDAY_NEXT,
  NOT_NEGATED,
  NOT_UNTIL_A_WEEKDAY_AFTER,
  NOT_UNTIL_A_WEEKDAY_BEFORE,
  SOMEONE_ELSES_AFTER,
  SOMEONE_ELSES_BEFORE,
  START,
  WORD_CHAR,
  words,
};
