import type { LanguagePatterns } from './pattern.js';
import {
  GOES_ON,
  NOT_A_DEVICE_AFTER,
  NOT_A_DEVICE_BEFORE,
  NOT_NEGATED,
  notUntilAWeekdayAfter,
  notUntilAWeekdayBefore,
  SOMEONE_ELSES_AFTER,
  SOMEONE_ELSES_BEFORE,
} from './pattern.js';

/** Until a weekday (pattern.ts: short of money for a few days is everyday). */
const UNTIL_A_WEEKDAY = {
  until: String.raw`(jusqu'?a|jusqu'?au|jusque)[\s']+(\p{L}+[\s']+)?`,
  weekday: '(lundi|mardi|mercredi|jeudi|vendredi|samedi|dimanche)',
};

/** French, folded: "décédé" is "decede". "Rappeler" asks for a call only when no date or fact follows. */

const fr: LanguagePatterns = {
  asksForPerson: [
    String.raw`parler\s+(a|avec)\s+(un|une|quelqu'un|votre|le|la)?\s*(vraie?\s+)?(humain|personne|conseill\p{L}*|agent|responsable|superieur|manager|interlocut\p{L}*)`,
    String.raw`parler\s+(a|avec)\s+quelqu'un|quelqu'un\s+(au\s+telephone|de\s+reel)|vraie?\s+personne|un\s+humain|pas\s+(un|a\s+un)\s+(robot|bot)`,
    // The exceptions are whole words: "a" vetoes "a quelle date", never "au plus vite".
    String.raw`me\s+rappeler(?!\s+(la|le|les|quand|combien|comment|mon|ma|mes|ce|si|pourquoi|l'|d'|de|du|a|que)(?![\p{L}]))`,
    String.raw`rappelez-moi|appelez-moi|m'appeler|me\s+telephoner|rappel\s+telephonique`,
    String.raw`(un|une|le|la|votre)\s+(responsable|superieur\p{L}*|manager|directeur|directrice)`,
    // A formal complaint.
    String.raw`reclamation\p{L}*${NOT_NEGATED}|plainte|me\s+plaindre|inadmissible|scandal\p{L}*`,
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
    // A systematic pass per ask: other words for a person, a call, a complaint, a body, the law.
    String.raw`contactez-moi|recontact\p{L}*|un\s+coup\s+de\s+(fil|telephone)|de\s+vive\s+voix|(un|une)\s+(conseill\p{L}*|agent|operat\p{L}*|humain|personne)\s+(pour\s+)?(me\s+)?(rappeler|contacter|appeler|joindre)|pas\s+(de|un|a\s+un)\s+(robot|bot|chatbot|automate)`,
    String.raw`lettre\s+recommandee|mise\s+en\s+demeure|(suis|je\s+suis)\s+outre\p{L}*|outrag\p{L}*|furieu\p{L}*|indigne\p{L}*|c'est\s+(une\s+)?honte|service\s+(client\s+)?(lamentable|deplorable|catastrophique|nul)`,
    String.raw`cnil|defenseur\s+des\s+droits|associations?\s+de\s+consommateurs|que\s+choisir|autorite\s+de\s+(controle|regulation)|fsma|test-achats|ombudsfin|finma|frc`,
    String.raw`tribunaux|devant\s+la\s+justice|en\s+justice|juge|saisir\p{L}*\s+(le\s+|la\s+)?(juge|tribunal|justice)|procedure\s+judiciaire|conseil\s+juridique|assign(er|ation|era|erai|e)|porter\s+plainte`,
    // A family pass (the first held-out part, now tuning data): calls, a real person, no more bots
    // or automatic replies, someone who will read it, someone higher up; anger; the law.
    String.raw`(passer|passez|passe|donner|donnez)\s+(moi\s+|-moi\s+)?un\s+(petit\s+)?(coup\s+de\s+(fil|telephone|bigophone)|appel)|m'\s*(appeler|appelez|appeller|rappeler|rappelez|telephoner|telephonez)|rappel\s+telephonique|(etre|soit)\s+rappele\p{L}*`,
    String.raw`(vrai\p{L}*|veritable\p{L}*|reel\p{L}*)\s+(personne|humain|conseill\p{L}*|interlocut\p{L}*|agent|etre\s+humain)|(lira|lise|lisent|liront|regarde|regardera|traite|traitera)\s+vraiment|vraiment\s+(lu|lire|regarde|traite)`,
    String.raw`(tourne|tournons|tourner)\s+en\s+rond|reponses?\s+automatique\p{L}*|(plus\s+de|pas\s+de|arretez\s+(les|vos)|marre\s+des?)\s+(\p{L}+\s+)?(robots?|chatbots?|bots?|reponses?\s+type|messages?\s+automatique\p{L}*)|pas\s+(un|une|a\s+un|a\s+une)\s+(robot|machine|bot|chatbot|ia)`,
    String.raw`(transmettez|transmettre|transferez|transferer|passez|faites\s+suivre)\s+(\p{L}+\s+){0,3}(a|au|aux)\s+(une\s+|un\s+|votre\s+|vos\s+|des\s+)?(personne|humain|responsable|superieur|conseill\p{L}*|collegue|service\s+competent)|superieur\s+hierarchique|(un|votre|au|a\s+un)\s+superieur|quelqu'un\s+de\s+plus\s+haut|plus\s+haut\s+place|(parler|voir|joindre|contacter)\s+(\p{L}+\s+){0,2}(responsable|manager|superieur)`,
    String.raw`(extremement|tres|vraiment|profondement)\s+(mecontent\p{L}*|en\s+colere|furieu\p{L}*|agace\p{L}*)|furieu(x|se)|excede\p{L}*|(deux|trois|plusieurs)\s+fois\s+(\p{L}+\s+){0,4}(sans\s+(reponse|retour)|plaint\p{L}*|reclam\p{L}*${NOT_NEGATED}|ecrit)|personne\s+ne\s+m'a\s+(repondu|rappele|recontacte)|aucune\s+reponse|reponse\s+ecrite`,
    String.raw`mise\s+en\s+demeure|huissier\p{L}*|tribunal\p{L}*|assign(er|ation)|poursuites?\s+(judiciaire\p{L}*|en\s+justice)|injonction\s+de\s+payer|conciliateur\p{L}*|action\s+en\s+justice|porter\s+plainte`,
    // Put me through, escalate.
    String.raw`mettez-moi\s+en\s+(relation|contact)|(faire|faites)\s+remonter|escalad\p{L}*|(un|une|des)\s+(humain|humaine|vraie\s+personne)\s+(svp|s'il\s+vous\s+plait|merci)`,
    // A human voice; someone from your side to call me.
    String.raw`qu'(un|une|quelqu'un)\s+(\p{L}+\s+){0,2}me\s+rappelle|un\s+etre\s+humain|quelqu'un\s+(qui\s+)?me\s+rappelle`,
    // Chasing for the third time; fed up.
    String.raw`(?:(troisieme|quatrieme|cinquieme|enieme|nieme)\s+fois)${GOES_ON}|j'en\s+ai\s+marre|ras\s+le\s+bol|je(?<!(?<![\p{L}])(comment|ou|quand|pourquoi|que|qu'est-ce\s+que|est-ce\s+que)\s\p{L}+)\s+relance(?!\s*\?|\s+(le|la|les|l'|un|une|mon|ma|mes)\s*(paiement|prelevement|commande|code|transaction|achat|versement|virement|appli\p{L}*))`,
    // Is anyone there? The same reply again.
    String.raw`il\s+y\s+a\s+quelqu'un|y\s+a-t-il\s+quelqu'un|toujours\s+la\s+meme\s+reponse`,
    // Rather deal with a person.
    String.raw`(prefere|preferer\p{L}*|plutot)\s+(avoir\s+affaire|parler|traiter|echanger)\s+(a|avec)\s+(une|un|des)\s+(personne|humain|conseill\p{L}*)|avoir\s+affaire\s+a\s+(une\s+personne|un\s+humain)`,
    // Stories (the fresh held-out part, now tuning data): is anyone human there, call me on a number, a body or court named.
    String.raw`(y'a|y\s+a|il\s+y\s+a)(-t-il)?\s+(quelqu'un|un\s+humain|une\s+personne|des\s+humains)|(que|uniquement|seulement)\s+des\s+(robots|bots|machines)|(appelez|rappelez)-moi\s+(au|sur)`,
    String.raw`ras[-\s]le[-\s]bol|on\s+me\s+balade|(trois|quatre|cinq|3|4|5)\s+appels|raccroche\s+au\s+nez`,
    String.raw`repression\s+des\s+fraudes|dgccrf|cnil|signal\s*conso|acpr|defenseur\s+des\s+droits`,
    // A chat pass: no phone number any more, to sort it out by talking, not a form; shocked at how I was spoken to and want it looked into; a deadline before court.
    String.raw`(plus|pas|aucun)\s+(de\s+)?(numero|telephone|hotline|service\s+client)\s+(\p{L}+\s+)?(joignable|de\s+telephone|a\s+appeler|pour\s+appeler)|(plus|pas)\s+de\s+numero|(parler|discuter|regler\s+(\p{L}+\s+)?)\s+(a|avec)\s+(quelqu'?un|qqn|une\s+personne|un\s+humain)|(pas|plutot\s+que)\s+(par|via|avec)\s+(un|le|votre)\s+(formulaire|chatbot|robot)`,
    String.raw`(choque|choquee|scandalise|scandalisee|outre|outree|sidere|sideree)\s+(\p{L}+\s+)?(par|de)\s+(la\s+(facon|maniere)|comment)|(que|qu')\s*(ce\s+soit|cela\s+soit|ca\s+soit)\s+(examine|verifie|regarde|tire\s+au\s+clair)|(enquete|enqueter)\s+(sur|la-dessus)|(comment|la\s+facon\s+dont)\s+(on\s+m'?a|j'?ai\s+ete)\s+(parle|traite|traitee|reçu|recu|recue)`,
    String.raw`(sinon|faute\s+de\s+quoi|a\s+defaut)\s+(\p{L}+\s+){0,3}(tribunal|justice|avocat|poursuites|plainte|procedure)|mise\s+en\s+demeure|(mets|met)\s+en\s+demeure|injonction\s+de\s+payer`,
    // Short chat asks: call me back, typed without the hyphen.
    String.raw`(rappelez|rappelle|rappeler|appelez)\s+(moi|nous)(?=\s*([,.;!?]|$|svp|stp|s'il|vite|des|demain|au|sur|ce|cet|quand|rapidement|asap))`,
    // A brief pass: phone me tonight; a consumer body or the DDPP; a case being built against you.
    String.raw`(telephonez|appelez|rappelez|telephone|appelle|rappelle)[-\s]moi|(ddpp|dgccrf|signal\s*conso|clcv|ufc(-|\s)?que\s+choisir|60\s+millions\s+de\s+consommateurs|acpr)(?!\p{L})|(monter|ouvrir|constituer|deposer)\s+(un\s+)?dossier\s+contre`,
  ],
  vulnerability: [
    // Life events: bereavement.
    String.raw`deced\p{L}*|deces|(?:(est|sont)${NOT_A_DEVICE_BEFORE}\s+(mort|morte|morts|mortes))${NOT_A_DEVICE_AFTER}|enterr\p{L}*|obseques${SOMEONE_ELSES_BEFORE}${SOMEONE_ELSES_AFTER}|funerailles|deuil|veu(f|ve)`,
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
    String.raw`sans\s+emploi|(j'ai|mari\s+a|femme\s+a|fils\s+a|fille\s+a|il\s+a|elle\s+a|nous\s+avons)\s+ete\s+(vire|renvoye)\p{L}*|(suis|me\s+suis\s+fait|s'est\s+fait)\s+(vire|renvoye)\p{L}*`,
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
    String.raw`angoiss\p{L}*|anxiet\p{L}*|anxieu\p{L}*|(je\s+suis|suis|me\s+sens|completement|totalement|vraiment|tellement)\s+epuise\p{L}*|epuisement|je\s+craque|plus\s+la\s+force|psycholog\p{L}*|deprim\p{L}*`,
    String.raw`menac\p{L}*|peur\s+de\s+(lui|elle|mon|ma)|harcel\p{L}*|sans\s+mon\s+avis|a\s+mon\s+insu|(m'a|me)\s+(frappe|battu)`,
    String.raw`(entreprise|societe|boite|employeur|magasin|usine)\s+(\p{L}+\s+){0,2}(ferme\p{L}*(?!\s+(ma|mon|mes|le|la|les|l'|un|une|votre))|faillite|liquidation)|plus\s+de\s+(revenus?|salaire|travail)|sans\s+(revenus?|salaire)|pole\s+emploi|france\s+travail|fin\s+de\s+contrat`,
    String.raw`fins?\s+de\s+mois|boucler|(pas|plus)\s+(assez\s+)?d'argent\s+pour|de\s+quoi\s+(manger|vivre)|dettes|endett\p{L}*`,
    String.raw`m'?\s*occupe\s+(seule?\s+)?(de|d')\s+(ma|mon|mes)|autis\p{L}*|alzheimer|parkinson`,
    String.raw`lire\s+et\s+ecrire|malvoy\p{L}*|(vois|entends)\s+mal|ecri\p{L}*\s+pour\s+moi|francais\s+n'est\s+pas`,
    // A systematic pass per driver, in the order above: inflections, euphemisms and idioms.
    String.raw`(perdu|perte\s+de)\s+(mon|ma|mes|notre)\s+(\p{L}+\s+)?(mari|femme|epou\p{L}*|pere|mere|papa|maman|fils|fille|enfant|bebe|frere|soeur|conjoint\p{L}*|compagn\p{L}*|grand-\p{L}+)|(regler|gerer)\s+la\s+succession|succession\s+de\s+(mon|ma|mes)|heriti\p{L}*|acte\s+de\s+deces|defunte?|feue?\s+(mon|ma)|s'est\s+eteinte?|inhumation|cremation|veuvage`,
    String.raw`(suis|etre|ete|j'ai\s+ete)\s+(\p{L}+\s+)?(opere|operee|alitee?)|intervention\s+chirurgicale|clinique|aux\s+urgences|soins\s+intensifs|reanimation|convalescen\p{L}*|longue\s+maladie|invalidit\p{L}*|mi-temps\s+therapeutique|greffe|leucemie|metastas\p{L}*|oncolog\p{L}*|fauteuil\s+roulant|paralys\p{L}*|(gravement|tres)\s+malade|cardiaque|arret\s+de\s+travail|en\s+arret\s+(de\s+travail|maladie)`,
    String.raw`(fait|faire|fais)\s+une\s+(crise|tentative)|tentative\s+de\s+suicide|idees\s+noires|au\s+bout\s+du\s+rouleau|(je\s+)?(n')?en\s+peux\s+plus|(suis|je\s+suis)\s+(\p{L}+\s+)?a\s+bout|craqu\p{L}*|effondre\p{L}*|(sante|etat)\s+(psychique|psychologique)|psy|troubles?\s+(bipolaire\p{L}*|anxieux|psychiques?|alimentaires?)|schizophren\p{L}*|addict\p{L}*|alcoolique|(ne\s+)?gere\s+plus\s+rien|me\s+faire\s+du\s+mal|(plus|pas)\s+le\s+moral|moralement|vais\s+(\p{L}+\s+)?(pas|plus)\s+bien|moral\s+(a\s+zero|au\s+plus\s+bas)`,
    String.raw`me\s+(prend|prends|confisque|vole|retire|garde|bloque)\s+(tout\s+)?(mon|mes|ma)\s+(salaire|argent|paie|carte|rsa|allocations?|cb)|(conjoint|mari|compagnon|copain|ex|femme|compagne|concubin)\s+(\p{L}+\s+){0,2}(controle|surveille|confisque|m'empeche|m'interdit|me\s+force|m'oblige|me\s+menace|me\s+frappe|me\s+bat|prend\s+tout)|m'a\s+(force|forcee|obligee?)\s+a|m'(empeche|interdit)\s+d'(acceder|avoir|utiliser|travailler|ouvrir)|violences?\s+(economique|psychologique|conjugale)s?|(me\s+)?force\p{L}*\s+a\s+(signer|emprunter|souscrire)|foyer\s+d'accueil|ordonnance\s+de\s+protection|controle\s+coercitif`,
    String.raw`(vire|viree|renvoye\p{L}*|remercie\p{L}*)\s+(de|du)\s+(mon\s+)?(travail|boulot|poste|taf)|m'a\s+(vire|viree|licencie\p{L}*|renvoye\p{L}*|mise?\s+a\s+la\s+porte)|rupture\s+conventionnelle|plan\s+social|(perdu|perdre|perds|perte\s+de)\s+(mon|notre)\s+(emploi|travail|boulot|poste|job|taf|activite)|(mis|mise)\s+(a\s+la\s+porte|au\s+chomage)|chomage\s+partiel|allocations?\s+chomage|(au|du|le)\s+rsa|demandeu(r|se)\s+d'emploi|sans\s+travail|fin\s+de\s+(mon\s+)?(cdd|mission|contrat)|(redressement|liquidation)\s+judiciaire`,
    String.raw`(a|en)\s+decouvert|galer\p{L}*|fauch\p{L}*${notUntilAWeekdayBefore(UNTIL_A_WEEKDAY)}${notUntilAWeekdayAfter(UNTIL_A_WEEKDAY)}|sans\s+le\s+sou|(pas|plus)\s+un\s+(sou|centime|rond|euro)|m'en\s+sors\s+(pas|plus)|(payer|regler)\s+(\p{L}+\s+)?(mon|le)\s+loyer|(pas|plus)\s+(assez\s+)?(de\s+quoi|d'argent)|serrer\s+la\s+ceinture|dans\s+le\s+rouge|aides?\s+(sociale|alimentaire)s?|assistante?\s+social\p{L}*|colis\s+alimentaire|epicerie\s+solidaire|precair\p{L}*`,
    String.raw`(m'occupe|prends\s+soin|soigne)\s+(\p{L}+\s+)?(de|d')\s+(ma|mon|mes|notre|nos)|(pere|mere|mari|femme|fils|fille|enfant|conjoint)\s+(\p{L}+\s+){0,2}(handicape\p{L}*|grabataire|alite\p{L}*)|personne\s+dependante|besoin\s+d'(une\s+)?(aide|assistance)\s+(en\s+permanence|constante|quotidienne)|aide\s+(en\s+permanence|constante)|soins\s+(constants|permanents|quotidiens)|surveillance\s+constante|perte\s+d'autonomie|grabataire|ehpad|maison\s+de\s+retraite|auxiliaire\s+de\s+vie|jour\s+et\s+nuit|proche\s+aidant`,
    String.raw`(je\s+suis|suis)\s+(\p{L}+\s+)?(age|agee|vieux|vieille|retraite|retraitee|senior)(?![\p{L}])|personne\s+agee|troisieme\s+age|(comprends|connais)\s+rien\s+(a|aux|en|de)\s+(l')?(internet|informatique|applis?|application|ordinateurs?|technologie|telephone|smartphone)|(pas|peu)\s+(a\s+l'aise|doue\p{L}*)\s+(avec|en)\s+(l')?(informatique|internet|technologie|applis?|application|ordinateurs?|telephone)|(parle|lis|ecris)\s+(pas|peu)\s+(bien\s+)?(le\s+)?francais|mal\s*-?\s*entendant\p{L}*|mal\s*-?\s*voyant\p{L}*|(vois|lis)\s+(tres\s+)?mal|sourd\p{L}*|(mauvaise|faible)\s+vue|(y\s+)?vois\s+(plus|pas)\s+(tres\s+)?(clair|bien)|j'y\s+vois\s+(plus|mal|pas)|a\s+mon\s+age|(ma|la)\s+vue\s+(baisse|est\s+mauvaise)|grands?\s+caracteres|troubles?\s+(de\s+la\s+memoire|cognitifs?)`,
    // A family pass per driver (the first held-out part, now tuning data), in the order above.
    String.raw`(perdu|perte\s+de)\s+(notre|mon|ma|nos)\s+(\p{L}+\s+)?(fille|fils|bebe|enfant|petite?|mari|femme|pere|mere|frere|soeur|papa|maman)|nous\s+a\s+quitte\p{L}*|(s'est|est)\s+eteinte?|succession\s+de\s+(mon|ma|mes|notre|feu)|(dossier|declaration)\s+de\s+succession|succession\s+(ouverte|en\s+cours)|notaire|heriti\p{L}*|veu(f|ve)|obseques${SOMEONE_ELSES_BEFORE}${SOMEONE_ELSES_AFTER}|enterrement${SOMEONE_ELSES_BEFORE}${SOMEONE_ELSES_AFTER}|deuil|acte\s+de\s+deces|defunt\p{L}*|feu\s+(mon|ma)|(tue\p{L}*|mort\p{L}*|decede\p{L}*)\s+dans\s+un\s+accident|fausse\s+couche|mort[-\s]ne\p{L}*`,
    String.raw`(j'ai|il\s+a|elle\s+a|atteinte?\s+de|souffre\s+de)\s+(une\s+|la\s+)?(sep|sla|sclerose\s+en\s+plaques|maladie\s+de\s+charcot|parkinson)|sclerose\s+en\s+plaques|poussee|alite\p{L}*|cloue\p{L}*\s+au\s+lit|(tache|masse|nodule|ombre)\s+(sur|au|dans)\s+(le\s+|la\s+|les\s+)?(poumon|foie|sein|cerveau)|tumeur\p{L}*|(on\s+)?m'opere|(me|m')\s*opere(nt|ra)?|hors\s+(d'etat|de\s+combat)|arret\s+maladie|dialyse|chimio\p{L}*|radiotherapie|greffe|reanimation|hospitalis\p{L}*`,
    String.raw`interne\p{L}*\s+(en|a|dans)|(en|a\s+l')\s*(hp|hopital\s+psychiatrique|psychiatrie)|hospitalisation\s+(sous\s+contrainte|psychiatrique|d'office)|(pensees|idees)\s+(tres\s+)?(noires|suicidaires|sombres)|cmp|psychiatre|psychologue|therapeute|(crise|episode)\s+(maniaque|psychotique|d'angoisse)|bipolai\p{L}*|maniaque|je\s+(vais|me\s+sens)\s+(tres\s+|vraiment\s+|pas\s+)?(mal|pas\s+bien)|ca\s+ne\s+va\s+pas\s+(du\s+tout|fort)`,
    String.raw`foyer\s+(d'hebergement|d'urgence|pour\s+femmes)|centre\s+d'hebergement|hebergement\s+d'urgence|(ancienne|precedente)\s+adresse|(il|elle)\s+y\s+(vit|habite)\s+(encore|toujours)|peur\s+de\s+(lui|mon\s+(mari|ex|conjoint|compagnon|copain|pere|fils)|ma\s+(femme|conjointe|compagne))|ordonnance\s+de\s+protection|violences?\s+conjugales?|(lui|me)\s+prend\s+(son|mon|sa|ma)\s+(telephone|portable|carte)`,
    String.raw`(cdd|contrat|interim\p{L}*|mission)\s+(\p{L}+\s+){0,2}(pas\s+ete|n'a\s+pas\s+ete|non)\s+renouvele\p{L}*|fin\s+de\s+(cdd|contrat\s+de\s+travail|mission)|(a|ont|j'ai|ai)\s+ete\s+(remercie|licencie)\p{L}*|(j'ai\s+ete|me\s+suis\s+fait|s'est\s+fait)\s+vire\p{L}*|licenciement|chomage|pole\s+emploi|france\s+travail|sans\s+emploi|demandeur\s+d'emploi|rsa|plan\s+social|(vit|vivons|vivre)\s+(avec|sur)\s+(un\s+seul\s+salaire|mon\s+mi-temps|mon\s+temps\s+partiel|le\s+chomage|le\s+rsa)|perdu\s+(son|mon|leur)\s+(emploi|travail|boulot|job)`,
    String.raw`restos?\s+du\s+coeur|secours\s+(populaire|catholique)|banque\s+alimentaire|colis\s+alimentaire|epicerie\s+sociale|entre\s+(l'|la\s+|le\s+|les\s+|mes\s+|payer\s+(l'|la\s+|le\s+|les\s+|mes\s+)?)?(electricite|loyer|manger|courses|chauffage|gaz|factures?|nourriture|edf|cantine)|surendett\p{L}*|assistante?\s+sociale?|a\s+decouvert|dans\s+le\s+rouge|fins?\s+de\s+mois\s+(difficiles?|impossibles?)|plus\s+un\s+(sou|centime|rond)|fauche\p{L}*${notUntilAWeekdayBefore(UNTIL_A_WEEKDAY)}${notUntilAWeekdayAfter(UNTIL_A_WEEKDAY)}`,
    String.raw`je\s+fais\s+(tout|toute)\s+pour\s+(lui|elle)|(laver|nourrir|habiller),\s+(laver|nourrir|habiller)|proche\s+aidant\p{L}*|aidante?|je\s+m'occupe\s+de\s+(lui|elle|mon\s+\p{L}+|ma\s+\p{L}+)\s+(a\s+la\s+maison|a\s+domicile|jour\s+et\s+nuit)|(traumatisme|lesion)\s+cranien\p{L}*|(autiste|handicape)\p{L}*\s+(fils|fille|enfants?|jumeaux)|(completement|totalement|vraiment|tellement)\s+epuise\p{L}*|a\s+bout\s+de\s+force\p{L}*|jour\s+et\s+nuit`,
    String.raw`non[-\s]?voyant\p{L}*|malvoyant\p{L}*|aveugle|sourd\p{L}*|malentend\p{L}*|lecteur\s+d'ecran|dyscalculi\p{L}*|dyslexi\p{L}*|tutelle|curatelle`,
    // Quick loans and overdrafts to get by.
    String.raw`cresus|point\s+conseil\s+budget|credit\s+municipal|(pret|credit)s?\s+a\s+la\s+consommation\s+pour\s+(payer|rembourser)`,
    // Debts run up in my name; borrowing to eat; let go in other words; burial.
    String.raw`(credit\p{L}*|pret\p{L}*|dettes?|abonnement\p{L}*)\s+(\p{L}+\s+){0,2}a\s+mon\s+nom|emprunt\p{L}*\s+(\p{L}+\s+){0,4}(pour\s+)?(faire\s+les\s+courses|manger|payer\s+(le\s+)?loyer|la\s+nourriture)|fin\s+de\s+droits`,
    // Losing a parent said plainly; not my mother tongue; the employer wound up.
    String.raw`(perdu|perte\s+de)\s+(papa|maman|papi|mamie|mon\s+(pere|mari|fils|frere|grand-pere|compagnon|conjoint|bebe|enfant)|ma\s+(mere|femme|fille|soeur|grand-mere|compagne|conjointe))|(mise|placee?)\s+en\s+liquidation|liquidation\s+judiciaire|redressement\s+judiciaire`,
    // Not right in the head; he won't let me; the emergency department.
    String.raw`(pas|plus)\s+bien\s+dans\s+ma\s+tete|(il|elle)\s+ne\s+me\s+laisse\s+(pas|jamais|rien)`,
    // Life events told as stories, per driver: a suicide in the family; an overdose; kin taking a pension, watching the money, a hidden address; hands-on care; the employer going under or a forced exit; skipped meals; reading.
    String.raw`mis\s+fin\s+a\s+(ses\s+jours|sa\s+vie)|s'est\s+(suicide\p{L}*|donne\s+la\s+mort|pendu\p{L}*)|depuis\s+(l'enterrement|les\s+obseques|les\s+funerailles|son\s+deces|sa\s+mort)|(dossier|declaration|frais)\s+de\s+succession|heritage|veuf|veuve|(pas|plus|rien)\s+(\p{L}+\s+)?ouvert\s+(\p{L}+\s+)?(courrier|lettres)|n'ai\s+la\s+tete\s+a\s+rien`,
    String.raw`tentative\s+de\s+suicide|surdose|overdose|(essaye|tente)\s+de\s+me\s+(tuer|suicider|faire\s+du\s+mal)|hopital\s+psychiatrique|je\s+ne\s+(dors|mange)\s+plus|cauchemars|stress\s+post[-\s]?traumatique|tspt`,
    String.raw`(fils|fille|petit-fils|mari|conjoint|compagnon|ex|il|elle)\s+(\p{L}+\s+){0,2}(me\s+)?(prend|pique|garde|confisque|vole)\s+(ma|mon|mes)\s+(retraite|pension|salaire|argent|carte|allocations|rsa|paie)|me\s+(fait|force\s+a|oblige\s+a)\s+(payer\s+(ses|son|sa|les\s+siens)|emprunter|signer)|(verifie|controle|surveille|epluche|fouille)\s+(\p{L}+\s+)?(mes|mon|ma)\s+(releves|comptes?|depenses|achats|telephone|courrier|tickets)|(ne\s+)?me\s+(donne|laisse)\s+(que|seulement)\s+\d+\s*(euros|€)`,
    String.raw`(fui|enfuie|enfui|echappee?)\s+(\p{L}+\s+)?(mon\s+ex|mon\s+mari|mon\s+conjoint|mon\s+compagnon|de\s+chez)|adresse\s+(secrete|confidentielle)|foyer\s+pour\s+femmes|ordonnance\s+de\s+protection|ne\s+lui\s+(donnez|communiquez|transmettez)\s+(rien|aucune\s+information)`,
    String.raw`(je\s+fais|je\s+gere|c'est\s+moi\s+qui\s+(fais|gere))\s+(\p{L}+\s+){0,2}(soins|toilette)|tous\s+ses\s+soins|fin\s+de\s+vie|soins\s+palliatifs|l'had|hospitalisation\s+a\s+domicile|polyhandicap\p{L}*|paralysie\s+cerebrale|infirmite\s+motrice|lourdement\s+handicape\p{L}*|aidante?s?|(vit|habite)\s+(desormais|maintenant)\s+(chez\s+nous|avec\s+nous)`,
    String.raw`(boite|entreprise|societe|boutique|usine|patron)\s+(\p{L}+\s+){0,3}(a\s+)?(coule|ferme|fait\s+faillite|depose\s+le\s+bilan|mis\s+la\s+cle\s+sous\s+la\s+porte)|liquidation\s+judiciaire|depot\s+de\s+bilan|plus\s+(aucun|un)\s+(salaire|revenu|centime)|rupture\s+conventionnelle|(pousse|force)e?\s+a\s+la\s+demission|pole\s+emploi|france\s+travail|chomage\s+partiel|personne\s+ne\s+(veut|va)\s+m'embaucher`,
    String.raw`(saute|sauter)\s+(des\s+)?repas|restos?\s+du\s+coeur|secours\s+populaire|aide\s+d'urgence|(ne\s+)?sais\s+(pas|plus)\s+(bien\s+)?(lire|ecrire)|illettr\p{L}*|analphab\p{L}*|curatelle|tutelle|curateur`,
    // Stories, a second pass (written from how people tell each situation, not from tickets): asking him for money, fear of being found out, washing and feeding, half the staff let go, clearing a parent's house, not leaving the house.
    String.raw`(dois|doit)\s+lui\s+demander\s+(de\s+l'argent|la\s+permission|l'autorisation)|lui\s+demander\s+(\p{L}+\s+)?(l')?argent\s+pour\s+(tout|chaque|le\s+moindre)|peur\s+qu'(il|elle)\s+(\p{L}+\s+)?(decouvre|l'apprenne|apprenne|sache|tombe)|peur\s+de\s+(lui|mon\s+(mari|ex|conjoint|compagnon))`,
    String.raw`lave\s*,?\s+(et\s+)?(j'habille|je\s+l'habille|l'habille|habille|je\s+nourris|nourris|fais\s+manger|je\s+change)|(ne\s+)?peut\s+plus\s+rester\s+seule?|licencie\p{L}*\s+(la\s+moitie|un\s+tiers|\d+|tout\s+le\s+monde)|(moitie|tiers)\s+(de\s+l'equipe|du\s+personnel|des\s+salaries)|plan\s+social|(contrat|cdd|interim|mission)\s+(\p{L}+\s+){0,3}(pas\s+ete\s+renouvele|pas\s+renouvele|non\s+renouvele)|fin\s+de\s+(cdd|mission)`,
    String.raw`(vide|vider|vidons|debarrasse|debarrasser)\s+(la\s+maison|l'appartement|les\s+affaires|le\s+logement)\s+de\s+(ma|mon|mes|feu)|(ne\s+)?sors\s+plus\s+(de\s+chez\s+moi|de\s+la\s+maison|du\s+tout)|pas\s+sorti\p{L}*\s+de\s+chez\s+moi\s+depuis`,
    // Stories, a third pass: grief in the paperwork, locked out of a joint account, waiting until it is safe, a parent moved in after a fall, not eating or sleeping.
    String.raw`(il|elle)\s+a\s+change\s+(le|les|mon)\s+(mot\s+de\s+passe|code|identifiants)|compte\s+joint\s+(\p{L}+\s+){0,4}(plus\s+acces|bloque)|(en\s+attendant\s+que|jusqu'a\s+ce\s+que)\s+(ce|ca)\s+soit\s+sur|apres\s+sa\s+chute|besoin\s+d'aide\s+pour\s+tout|installe\p{L}*\s+chez\s+nous|arrete\s+pas\s+de\s+pleurer|pleure\s+(tout\s+le\s+temps|sans\s+arret|tous\s+les\s+jours)`,
    // A chat pass per driver, in families (how people type each situation, short, without accents, not the tuning rows): a death said softly or a stillbirth; a stroke, a crash or intensive care; being broke or an empty fridge; a lost job of any kind.
    String.raw`(pere|mere|papa|maman|mari|femme|frere|soeur|fils|fille|mamie|papi|papy|mamy|il|elle)\s+(n'?est|n\s+est|est)\s+plus\s+(la|parmi\s+nous|de\s+ce\s+monde)|nous\s+a\s+quitte\p{L}*|(enterre|inhume|incinere)\p{L}*|enterrement${SOMEONE_ELSES_BEFORE}${SOMEONE_ELSES_AFTER}|derniers?\s+adieux?|(dit|fait)\s+(\p{L}+\s+)?adieux?|mort[-\s]?ne\p{L}*|(ne|nee)\s+sans\s+vie|mort\s+in\s+utero|fausse[-\s]couche|(pere|mere|papa|maman|mari|femme|frere|soeur|fils|fille|mamie|papi)\s+(est\s+)?(decede|decedee|mort|morte|parti|partie)(?!\s+(en|a|au|aux|pour|de|en\s+vacances))`,
    String.raw`(embolie|hemorragie\s+cerebrale|anevrisme|infarctus|crise\s+cardiaque|arret\s+cardiaque)|(en|a\s+la)\s+rea(nimation)?|soins\s+intensifs|dans\s+le\s+coma|accident\s+de\s+(moto|voiture|la\s+route|travail|scooter|velo)|grave\s+accident|(ne\s+)?(peut|arrive)\s+(plus|pas\s+encore|toujours\s+pas)\s+(\p{L}+\s+)?(parler|marcher)`,
    String.raw`(je\s+suis|suis|chui|chuis|j'?suis)\s+(\p{L}+\s+)?(dans\s+la\s+(deche|merde|galere|mouise)|fauche\p{L}*${notUntilAWeekdayBefore(UNTIL_A_WEEKDAY)}${notUntilAWeekdayAfter(UNTIL_A_WEEKDAY)}|a\s+sec|sans\s+un\s+(rond|sou|centime)|raide|a\s+decouvert|dans\s+le\s+rouge|a\s+zero)|(frigo|frigidaire|placards?)\s+(est\s+|sont\s+)?(vide|vides)|(frigo|placards?)\s+vides?|(encore\s+)?\d+\s+jours\s+(avant|jusqu'?a)\s+(la\s+paie|la\s+paye|le\s+salaire|mon\s+salaire|la\s+fin\s+du\s+mois)|plus\s+rien\s+pour\s+(manger|vivre|finir\s+le\s+mois)`,
    String.raw`(perdu|perdre|perds)\s+(mon|son|ma|sa)\s+(\p{L}+\s+)?(boulot|travail|emploi|taf|job|poste|cdd|cdi)|(j'?ai\s+ete|je\s+suis|me\s+suis\s+fait|s'?est\s+fait)\s+(vire|viree|virer|licencie|licenciee|licencier)|(vire|viree|virer)\s+(du|de\s+mon|de\s+ma)\s+(boulot|travail|taf|job|poste|boite)|(m'?ont|m'?a|l'?ont|l'?a)\s+licencie\p{L}*|(plus|pas)\s+de\s+(salaire|paie|revenus?)\s+depuis|au\s+chomage|france\s+travail|pole\s+emploi`,
    // Financial control told as a situation: he keeps the card or pay, reads my phone, gets angry when asked, won't let me, made me sign, throws me out, send nothing home.
    String.raw`(il|elle|mari|copain|conjoint|compagnon|ex|petit-fils|fils|fille|neveu)\s+(\p{L}+\s+){0,2}(s'?enerve|s\s+enerve|devient\s+(\p{L}+\s+)?(agressif|violent|mechant|fou)|crie|hurle|se\s+met\s+en\s+colere|me\s+crie\s+dessus)\s+(\p{L}+\s+)?(quand|si|des\s+que|lorsque)\s+(je|j')`,
    String.raw`(il|elle|mari|copain|conjoint|compagnon|ex)\s+(\p{L}+\s+)?(garde|prend|confisque|cache|controle|gere)\s+(\p{L}+\s+)?(ma\s+carte|mes\s+cartes|mon\s+salaire|ma\s+paie|ma\s+retraite|mes\s+allocations|mon\s+argent|mes\s+comptes|mon\s+compte|mon\s+telephone|mes\s+papiers|mon\s+code)`,
    String.raw`(il|elle|mari|copain|conjoint|compagnon|ex)\s+(\p{L}+\s+)?(regarde|lit|fouille|verifie|surveille|epluche|checke)\s+(\p{L}+\s+)?(mon\s+telephone|mon\s+portable|mes\s+messages|mes\s+releves|mes\s+comptes|mes\s+depenses|mes\s+mails|mon\s+compte)`,
    String.raw`(il|elle|mari|copain|conjoint|compagnon|ex)\s+(ne\s+)?me\s+laisse\s+(pas|rien|jamais)\s+(\p{L}+\s+){0,2}(acheter|avoir|travailler|sortir|depenser|toucher)|m'?a\s+(oblige|obligee|force|forcee|pousse|poussee)\s+a|me\s+(force|oblige)\s+a|(mettre|jeter|foutre)\s+(\p{L}+\s+)?(a\s+la\s+porte|dehors)|me\s+(met|mettra|jette|jettera|fout)\s+(a\s+la\s+porte|dehors)`,
    String.raw`(n'?envoyez|n\s+envoyez|envoyez)\s+rien\s+(\p{L}+\s+)?(a\s+la\s+maison|chez\s+moi|a\s+mon\s+adresse|a\s+domicile)|(rien|aucun\s+courrier)\s+(a\s+la\s+maison|chez\s+moi)|(peur|terrifiee?|effrayee?)\s+(de\s+lui|d'?elle|qu'?il|qu\s+il)|(il|elle)\s+ne\s+doit\s+pas\s+(savoir|voir|l'?apprendre)`,
    String.raw`(l'?argent|l\s+argent|des\s+sous)\s+(\p{L}+\s+){0,2}(part|disparait|s'?en\s+va|file)\s+(\p{L}+\s+){0,3}(et|mais|depuis)\s+(il|elle|mon\s+petit-fils)|(petit-fils|petite-fille|fils|fille|neveu|niece|aide\s+a\s+domicile)\s+(\p{L}+\s+){0,2}(prend|prenait|vole|volait|pique|vide|vidait|se\s+sert)\s+(\p{L}+\s+){0,2}(argent|retraite|compte|economies|carte)`,
    // Capability as a situation: kin of a great age, talked into it at the door, no internet, not understanding, another language, a legal guardian.
    String.raw`(grand-?mere|grand-?pere|mamie|mamy|meme|papi|papy|pepe|mere|pere|maman|papa|il|elle)\s+a\s+([789]\d|1[01]\d)\s+ans|([89]\d)\s+ans\s+(et|,)`,
    String.raw`demarcheu\p{L}*|demarchage|embobin\p{L}*|(vendeur|vente|commercial)\s+(\p{L}+\s+)?(en\s+)?porte[-\s]a[-\s]porte|(vendeur|commercial)\s+(a\s+domicile|(\p{L}+\s+)?est\s+venu)|(vente|vendu)\s+a\s+domicile|(pousse|forcee?|piegee?|arnaquee?)\s+a\s+(signer|acheter)|(signe|signer)\s+(\p{L}+\s+){0,3}sur\s+le\s+pas\s+de\s+la\s+porte`,
    String.raw`(n'?a|n\s+a|j'?ai|ai)\s+pas\s+(d'?|de\s+)(internet|ordinateur|smartphone|mail|e-mail)|pas\s+d'?internet|(il|elle)\s+ne\s+comprend\s+(pas|rien)|(je\s+)?(ne\s+)?comprends\s+(pas|rien)\s+(\p{L}+\s+){0,2}(lettre|courrier|contrat|conditions|formulaire|papiers)|(mots|termes|langage)\s+simples?|expliquer\s+(\p{L}+\s+)?simplement|facile\s+a\s+lire`,
    String.raw`(le\s+)?francais\s+(n'?est|n\s+est|est)\s+pas\s+ma\s+(langue|premiere)|(parle|lis|ecris)\s+(pas|mal|peu)\s+(bien\s+)?(le\s+)?francais|(un|une|d'?un|d'?une)\s+(interprete|traducteur|traductrice)|curat(eur|rice|elle)|tutelle|tuteur|tutrice|sous\s+protection\s+juridique`,
    // Short chat wording: money withheld, kin who no longer understand.
    String.raw`(il|elle|mari|copain|conjoint|compagnon|ex)\s+(ne\s+)?me\s+(donne|laisse|file)\s+(pas|jamais|plus|aucun)\s+(\p{L}+\s+)?(d'?argent|de\s+sous|un\s+centime|de\s+fric|argent)|(mere|pere|maman|papa|mamie|papi|mari|femme|il|elle)\s+(\p{L}+\s+)?ne\s+comprend\s+(plus|rien\s+du\s+tout)|perd\s+la\s+tete|(il|elle)\s+perd\s+la\s+memoire`,
    // A separation or divorce.
    String.raw`en\s+(plein\s+|cours\s+de\s+)?divorce|procedure\s+de\s+divorce|depuis\s+(mon|le|notre)\s+divorce|(je\s+suis|suis)\s+en\s+train\s+de\s+divorcer|divorce\s+difficile|en\s+pleine\s+separation|(je\s+suis|on\s+est|nous\s+sommes)\s+separe\p{L}*|(mari|femme|conjoint|compagnon|compagne)\s+(m'?a\s+quitte\p{L}*|est\s+parti\p{L}*)`,
    // Control told as a situation: he decides everything, he has my PIN, I must ask him for money.
    String.raw`(il|elle|mari|conjoint|compagnon|copain)\s+(decide|decidait|gere|controle)\s+(de\s+)?tout|(il|elle|mari|conjoint|compagnon|copain)\s+(a|connait|garde)\s+mon\s+(code\s+(pin|secret|de\s+carte|bancaire)|pin|mot\s+de\s+passe|code(?=\s*([,.;!?]|$|et)))`,
    // A brief pass per driver (text-speak, no accents): the 3919 line and he still has access; an aunt fleeced by a home help; a son killed in an accident; one meal a day, benefits cut; no job; wanting to disappear, anxiety attacks and jpp.
    String.raw`(appele|appelee|appeler|contacte|contactee|appelle|joint)\s+(\p{L}+\s+){0,2}3919|(il|elle|mon\s+ex|mon\s+mari|mon\s+conjoint|mon\s+copain)\s+(a\s+)?(encore|toujours)\s+(acces|les\s+codes|mes\s+codes|mon\s+code|ma\s+carte|mes\s+identifiants)`,
    String.raw`se\s+fai(t|re)\s+(plumer|arnaquer|escroquer|depouiller|racketter|voler|avoir)|(aide\s+a\s+domicile|auxiliaire\s+de\s+vie|aide-soignante?|aide\s+menagere|voisin\p{L}*)\s+(\p{L}+\s+){0,3}(utilise|prend|vole|pique|se\s+sert\s+de)\s+(sa|son|ses|ma|mon|mes)\s+(carte|argent|compte|code)|(tante|oncle|mere|pere|grand-mere|grand-pere|mamie|papi|mamy|papy|grand-mere)\s+(de|a)\s+([89]\d|1[01]\d)\s+ans`,
    String.raw`s'est\s+(tue|tuee)|se\s+sont\s+tues|(mort|morte|decede|decedee|tue|tuee)\s+(dans\s+un|en|a)\s+(accident|scooter|moto|voiture|velo)`,
    String.raw`(qu'un|qu'une|un\s+seul|une\s+seule\s+fois)\s+(repas|fois)\s+par\s+jour|saute\s+des\s+repas|(caf|pole\s+emploi|france\s+travail|la\s+secu|cpam)\s+(\p{L}+\s+)?(m'a|m'ont|a|ont)\s+(coupe|suspendu|supprime|arrete|retire)|(coupe|suspendu|supprime|sucre)\s+(les|mes|mon|ma)\s+(apl|rsa|aides?|allocs?|allocations?|chomage|aah|are)|je\s+(ne\s+)?peux\s+plus\s+suivre|(on\s+m'a|ils\s+m'ont|ils\s+ont)\s+coupe\s+(l'electricite|le\s+courant|le\s+gaz|l'eau|l'elec)`,
    String.raw`sans\s+(taf|taff|boulot|job|emploi|travail|salaire)(?!\s+(de|d')\s+(nuit|jour))`,
    String.raw`envie\s+de\s+(disparaitre|mourir|en\s+finir|crever|plus\s+rien)|tout\s+me\s+depasse|crises?\s+d'an(g|gg)oi?s+e|angoi?s+es?(?!\p{L})|jpp(?!\p{L})`,
    String.raw`addiction\s+aux\s+jeux|accro\s+aux\s+(jeux|paris)|joueur\s+compulsif|(je\s+suis\s+)?(interdit|interdite)\s+de\s+jeux`,
    // An ex who still has my PIN, passwords or account.
    String.raw`(mon\s+ex|mon\s+ancien\s+\p{L}+|mon\s+ex-\p{L}+)\s+(\p{L}+\s+){0,2}(a|connait|utilise|sait|garde)\s+(\p{L}+\s+)?(mes|mon|ma)\s+(codes?|mots\s+de\s+passe|mot\s+de\s+passe|identifiants|carte|compte|pin)`,
    String.raw`(je\s+)?(ne\s+)?(comprends|parle|lis|ecris|maitrise)\s+(pas|mal|peu|pas\s+bien|pas\s+tres\s+bien|presque\s+pas)\s+(bien\s+)?(le\s+)?francais`,
  ],
};

export { fr };
