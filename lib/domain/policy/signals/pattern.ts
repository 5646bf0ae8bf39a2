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
 * The context checks that look back ("_BEFORE", NOT_NEGATED) are written to stand right after the
 * first word of what they guard, and look back over that word too (the trailing `\p{L}+`): a
 * lookbehind at the start of an alternative would run at every word that starts with the same two
 * letters, before the word itself is tried, and the guard's steady cost grew by a fifth.
 */
/**
 * Someone the customer knows only through work or the street: a colleague's or a neighbour's
 * funeral (a wreath ordered for it) is not the customer's own loss. Written around a funeral word,
 * before it ("a colleague's funeral") and after it within four words ("the funeral of a colleague's
 * father"), in the eleven languages, since each language's funeral word also matches the others'.
 */
const ACQUAINTANCE =
  '(collea|cowork|co-work|workmate|neighbo|acquaint|companer|vecin|colleg|coleg|vizinh|voisin|kolleg|koleg|kolezank|nachbar|buurm|buurv|grann|nabo|tyokaver|naapur|sasiad)';
const SOMEONE_ELSES_BEFORE = String.raw`(?<!(?<![\p{L}])${ACQUAINTANCE}\p{L}*('s?)?\s\p{L}+)`;
const SOMEONE_ELSES_AFTER = String.raw`(?![\s']+(\p{L}+[\s']+){0,4}${ACQUAINTANCE})`;

/**
 * A device, in the eleven languages: a phone or a battery "dies" too ("se me murió el móvil", "mijn
 * telefoon ging dood"). A death word is not read as a death when a device is its subject, just
 * before it (with up to two words between) or just after it (with up to one).
 */
const DEVICE = String.raw`(phone|mobile|battery|laptop|tablet|movil|telefono|celular|bateria|portatil|ordenador|cellulare|telefonino|batteria|telemovel|telefone|computador|telephone|portable|ordinateur|handy|akku|telefoon|mobiel|gsm|batterij|accu|mobil\p{L}*|telefon\p{L}*|puhelin|kannykka|komorka|komputer|computer|pc|app|appen|appi)`;
const NOT_A_DEVICE_BEFORE = String.raw`(?<!(?<![\p{L}])${DEVICE}\s+(\p{L}+\s+){0,2}\p{L}+)`;
const NOT_A_DEVICE_AFTER = String.raw`(?![\s']+(\p{L}+[\s']+)?${DEVICE}(?![\p{L}]))`;

/**
 * Short of money until a named weekday ("sin blanca hasta el viernes jaja", "pank till fredag"):
 * a gap of a few days before pay, asked about to move a payment, which the routine tickets show is
 * everyday. Until payday, a date or the end of the month stays a sign of strain, and so does
 * being broke since a weekday. Written around a broke word: "until" and a weekday just after it,
 * or just before it ("tot vrijdag helemaal blut", "bis Freitag pleite").
 */
/**
 * A language's "until" (with the space and the article after it) and its weekdays. Finnish puts
 * its "until" after the weekday ("perjantaihin asti"), so its weekday carries it and its until is empty.
 */
interface UntilAWeekday {
  until: string;
  weekday: string;
}
const notUntilAWeekdayBefore = ({ until, weekday }: UntilAWeekday): string =>
  String.raw`(?<!(?<![\p{L}])${until}${weekday}\s+(\p{L}+\s+){0,2}\p{L}+)`;
const notUntilAWeekdayAfter = ({ until, weekday }: UntilAWeekday): string =>
  String.raw`(?!([\s']+\p{L}+){0,2}[\s']+${until}${weekday}(?![\p{L}]))`;
/** For a broke word that ends with its own "until" ("broke till", "flad til"). */
const notAWeekdayNext = ({ weekday }: UntilAWeekday): string =>
  String.raw`(?![\s']+(the\s+|on\s+)?${weekday}(?![\p{L}]))`;

/**
 * "No complaints, just a question", "ce n'est pas une réclamation": a complaint word negated just
 * before it is not a complaint. One list for all languages, since each language's complaint word
 * also matches its neighbours' ("reclam" is Italian, Spanish, French and Portuguese); only words
 * that negate in every language they occur in ("en" is "a" in Danish, so Finnish "en" is left out).
 */
const NOT_NEGATED = String.raw`(?<!(?<![\p{L}])(no|not\s+a|not\s+an|isn'?t\s+a|nothing\s+to|without|keine|keiner|kein|ohne|nicht\s+als|pas\s+une|pas\s+de|aucune|sans|no\s+es\s+una|no\s+es|ninguna|sin|nada\s+de|non\s+e\s+un|non\s+e\s+una|nessun|nessuna|senza|nao\s+e\s+uma|nao\s+e|nenhuma|sem|geen|zonder|inget|inga|utan|inte\s+ett|inte\s+nagot|ingen|ikke\s+en|uden|ikke\s+nogen|ei|ole|mikaan|mitaan|nie\s+jest|to\s+nie|zadna|zadnej|bez|nie\s+mam|nie\s+skladam)\s\p{L}+)`;

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

export type { LanguagePatterns, UntilAWeekday };
export {
  compiledSource,
  END,
  GOES_ON,
  NOT_A_DEVICE_AFTER,
  NOT_A_DEVICE_BEFORE,
  NOT_NEGATED,
  notAWeekdayNext,
  notUntilAWeekdayAfter,
  notUntilAWeekdayBefore,
  SOMEONE_ELSES_AFTER,
  SOMEONE_ELSES_BEFORE,
  START,
  WORD_CHAR,
  words,
};
