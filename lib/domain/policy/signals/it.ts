import type { LanguagePatterns } from './pattern.js';

/** Italian, folded: "è morto" is "e morto". "Causa" is a lawsuit only after "fare": "a causa di" is "because of". */

const it: LanguagePatterns = {
  asksForPerson: [
    String.raw`parlare\s+con\s+(un\s+|una\s+|un'|il\s+|la\s+|lo\s+)?(operator\p{L}*|persona|essere\s+umano|umano|responsabile|consulente|addett\p{L}*|direttore|qualcuno)`,
    String.raw`richiamar\p{L}*|chiamatemi|mi\s+(chiami|chiamate|potete\s+chiamare)|(farmi|fatemi)\s+chiamare|telefonarmi`,
    String.raw`(un|il|al|col)\s+responsabile`,
    // A formal complaint.
    String.raw`reclam\p{L}*|lamentel\p{L}*|vergogn\p{L}*`,
    // A regulator or ombudsman.
    String.raw`arbitro\s+bancario|abf|banca\s+d'italia|ivass|consob|antitrust|agcm`,
    // The law.
    String.raw`avvocat\p{L}*|legale|(fare|faro|faccio|far)\s+causa|tribunale|giudice|denunc\p{L}*|vie\s+legali`,
  ],
  vulnerability: [
    // Life events: bereavement.
    String.raw`(e|sono)\s+(morto|morta|morti)|decedut\p{L}*|decesso|lutto|funeral\p{L}*|venut\p{L}*\s+a\s+mancare|vedov\p{L}*`,
    // Health.
    String.raw`cancro|tumore|chemio\p{L}*|radioterapia|ospedale|ricoverat\p{L}*|intervento\s+chirurgico|operat[oa]`,
    String.raw`in\s+malattia|malatti\p{L}*|malat[oaie]|disabil\p{L}*|infarto|ictus|dialisi|alzheimer|demenza`,
    String.raw`depress\p{L}*|suicid\p{L}*|farla\s+finita|non\s+ce\s+la\s+faccio|psichiatr\p{L}*|salute\s+mentale|ludopatia`,
    // Life events: abuse and financial control.
    String.raw`violenz\p{L}*|maltratt\p{L}*|mi\s+(picchia|minaccia)`,
    String.raw`controlla\s+(tutti\s+)?(i\s+)?(miei|mio|mia|nostri)\s+(soldi|conto|carta)|mi\s+toglie\s+(lo|il|i)\s+(stipendio|soldi)`,
    // Life events: job or income loss.
    String.raw`pers[oa]\s+(il|mio)\s+(lavoro|posto)|licenzi\p{L}*|disoccupat\p{L}*|cassa\s+integrazione|senza\s+lavoro`,
    // Resilience.
    String.raw`non\s+(ho|abbiamo)\s+soldi|fine\s+mese|affitto|difficolta\s+economic\p{L}*|permettermi|per\s+mangiare|indebitat\p{L}*`,
    // Life events: caring.
    String.raw`(assisto|accudisco|curo)\s+(mia|mio|i\s+miei)|mi\s+prendo\s+cura|caregiver|badante`,
    // Capability.
    String.raw`non\s+so\s+leggere|non\s+parlo\s+bene|dislessi\p{L}*|ho\s+[89]\d\s+anni|cieco|sordo|non\s+vedente`,
  ],
};

export { it };
