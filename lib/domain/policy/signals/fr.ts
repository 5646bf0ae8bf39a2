import type { LanguagePatterns } from './pattern.js';

/** French, folded: "décédé" is "decede". "Rappeler" asks for a call only when no date or fact follows. */

const fr: LanguagePatterns = {
  asksForPerson: [
    String.raw`parler\s+(a|avec)\s+(un|une|quelqu'un|votre|le|la)?\s*(vraie?\s+)?(humain|personne|conseill\p{L}*|agent|responsable|superieur|manager|interlocut\p{L}*)`,
    String.raw`parler\s+(a|avec)\s+quelqu'un|quelqu'un\s+(au\s+telephone|de\s+reel)|vraie?\s+personne|un\s+humain|pas\s+(un|a\s+un)\s+(robot|bot)`,
    String.raw`me\s+rappeler(?!\s+(la|le|les|quand|combien|comment|mon|ma|mes|ce|si|pourquoi|l'|d'|de|du|a|que))`,
    String.raw`rappelez-moi|appelez-moi|m'appeler|me\s+telephoner|rappel\s+telephonique`,
    String.raw`(un|une|le|la|votre)\s+(responsable|superieur\p{L}*|manager|directeur|directrice)`,
    // A formal complaint.
    String.raw`reclamation\p{L}*|plainte|me\s+plaindre|inadmissible|scandal\p{L}*`,
    // A regulator or ombudsman.
    String.raw`mediat(eur|rice|ion)|acpr|banque\s+de\s+france|dgccrf|ufc|signalconso`,
    // The law.
    String.raw`avocat\p{L}*|action\s+en\s+justice|justice|tribunal|poursuites?\s+judiciaires?`,
  ],
  vulnerability: [
    // Life events: bereavement.
    String.raw`deced\p{L}*|deces|(est|sont)\s+(mort|morte|morts|mortes)|enterr\p{L}*|obseques|funerailles|deuil|veu(f|ve)`,
    // Health.
    String.raw`cancer|chimio\p{L}*|radiotherap\p{L}*|hospitalis\p{L}*|hopital|(une|l')\s*operation|opere\p{L}*|arret\s+maladie`,
    String.raw`maladie|malade|handicap\p{L}*|avc|infarctus|dialyse|alzheimer|demence`,
    String.raw`depress\p{L}*|suicid\p{L}*|en\s+finir|me\s+tuer|psychiatr\p{L}*|sante\s+mentale|burn\s*-?\s*out`,
    String.raw`je\s+vais\s+mal|plus\s+envie\s+de\s+vivre|addiction`,
    // Life events: abuse and financial control.
    String.raw`violences?\s+(conjugale|domestique)s?|me\s+(frappe|bat|menace)|emprise`,
    String.raw`controle\s+(tout\s+)?(mon|mes|notre)\s+(argent|compte|finances)|sans\s+mon\s+(accord|autorisation|consentement)`,
    // Life events: job or income loss.
    String.raw`perdu\s+(mon\s+)?(emploi|travail|boulot|job)|perte\s+d'emploi|licenci\p{L}*|chomage|chomeur\p{L}*`,
    String.raw`sans\s+emploi|(ete|suis|me\s+suis\s+fait)\s+(vire|renvoye)\p{L}*`,
    // Resilience.
    String.raw`(pas|plus)\s+les\s+moyens|de\s+quoi\s+manger|loyer|precarite|surendett\p{L}*|difficultes?\s+financieres?`,
    String.raw`(rien|plus\s+rien)\s+(a|pour)\s+manger|restos?\s+du\s+coeur|banque\s+alimentaire`,
    // Life events: caring.
    String.raw`aidant\p{L}*|je\s+m'occupe\s+(de|d')\s+(ma|mon|mes)\s+(\p{L}+\s+)?(mere|pere|fils|fille|mari|femme|enfant\p{L}*|parents)`,
    // Capability.
    String.raw`sai[st]\s+pas\s+(bien\s+)?lire|(parle|comprends|lis)\s+mal\s+(le\s+)?francais|dyslex\p{L}*|illettr\p{L}*`,
    String.raw`j'ai\s+[89]\d\s+ans|malvoyant\p{L}*|aveugle|sourde?|tutelle|curatelle`,
  ],
};

export { fr };
