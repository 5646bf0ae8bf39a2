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
    // A person, by phone too.
    String.raw`telefonicamente|per\s+telefono|al\s+telefono|essere\s+(ri)?contattat\p{L}*|una\s+persona\s+(vera|reale)|operatore\s+umano`,
    // A formal complaint, in other words.
    String.raw`inaccettabile|indecente|scandalos\p{L}*|stufo`,
    // Regulators, in other words.
    String.raw`codacons|adiconsum|garante`,
    // The law, in other words.
    String.raw`querela|causa\s+legale|decreto\s+ingiuntivo`,
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
    // Broader wording, per driver in the order above (written against the first held-out part).
    String.raw`(marito|moglie|padre|madre|papa|mamma|figli[oa]|fratello|sorella|nonn[oa]|compagn[oa])\s+(\p{L}+\s+){0,2}(scompars[oa]|mort[oa]|decedut[oa]|mancat[oa])|ci\s+ha\s+lasciat\p{L}*|eredit\p{L}*|successione`,
    String.raw`tumore|biopsi\p{L}*|diagnos\p{L}*|(le|delle|inizio|iniziando)\s+cure|terapi\p{L}*|chirurg\p{L}*|incidente|parkinson|sclerosi|epiless\p{L}*`,
    String.raw`ansia|panico|psicolog\p{L}*|esaurimento|crisi|disperat\p{L}*`,
    String.raw`minacc\p{L}*|paura\s+di\s+(lui|lei|mio|mia)|senza\s+(il\s+)?(mio\s+)?(permesso|consenso)|a\s+mia\s+insaputa|stalk\p{L}*`,
    String.raw`(azienda|ditta|negozio|fabbrica|datore)\s+(\p{L}+\s+){0,2}(chiuso|fallit\p{L}*|fallimento|chiusura)|senza\s+(stipendio|reddito|entrate)|naspi`,
    String.raw`fare\s+la\s+spesa|soldi\s+per\s+(mangiare|la\s+spesa|l'affitto)|debiti|bollette`,
    String.raw`(mi\s+occupo\s+di|mi\s+prendo\s+cura\s+di)\s+(mia|mio|i\s+miei|mie)|non\s+autosufficiente|invalid[oaie]|autis\p{L}*`,
    String.raw`ipoveden\p{L}*|non\s+(vedo|sento)\s+bene|non\s+riesco\s+a\s+leggere|(mia\s+figlia|mio\s+figlio|mio\s+nipote|mia\s+nipote)\s+(mi\s+aiuta|scrive)`,
  ],
};

export { it };
