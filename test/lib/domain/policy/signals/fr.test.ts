import { describe, expect, it } from 'vitest';
import { readGuardSignals } from '../../../../../lib/domain/policy/signals/index.js';

/** French: how customers write each driver, beyond the guard set, and routine wording that looks close. */

const flagged = (text: string): boolean => {
  const s = readGuardSignals(text);
  return s.asksForHuman || s.vulnerability;
};

describe('the guard signals in French', () => {
  it.each([
    ['bereavement', "la succession de mon père n'est pas réglée"],
    ['illness', "je sors d'une intervention chirurgicale, je suis en convalescence"],
    ['mental_health', "je suis à bout, j'ai des idées noires"],
    ['abuse', 'mon conjoint me prend tout mon salaire'],
    ['job_loss', "mon patron m'a viré la semaine dernière"],
    ['job_loss', 'je viens de perdre mon travail'],
    ['cant_afford', "je suis à découvert tous les mois, c'est la galère"],
    ['carer', "je m'occupe de ma mère dépendante jour et nuit"],
    ['capability', 'je ne comprends rien à internet, je suis âgé'],
    ['capability', 'je suis mal voyant'],
    ['person', 'merci de me rappeler au plus vite'],
    ['complaint', 'je vous envoie une mise en demeure'],
    ['regulator', 'je vais saisir la CNIL'],
    ['legal', "je vais porter l'affaire devant les tribunaux"],
    ['mental_health', 'je vais vraiment pas bien moralement'],
    ['capability', "j'y vois plus très clair à mon âge"],
    ['carer', "mon père vit chez moi, il a besoin d'aide en permanence"],
  ])('send %s to a person: "%s"', (_driver, text) => {
    expect(flagged(text)).toBe(true);
  });

  it.each([
    "Pouvez-vous me rappeler à quelle date tombe l'échéance ?",
    'Le magasin a fermé ma commande sans me prévenir',
    "En outre, je n'ai pas reçu de confirmation par e-mail",
    "J'ai une succession de prélèvements refusés, pourquoi ?",
    'Le prélèvement aura lieu à la fin du mois ?',
    'What are the exchange rates you assign?',
  ])('flag nothing in a routine request: "%s"', (text) => {
    expect(readGuardSignals(text)).toEqual({ asksForHuman: false, vulnerability: false });
  });

  it.each([
    ['person', 'Pouvez-vous me passer un coup de fil demain ?'],
    ['person', 'Marre des réponses types, je veux un vrai conseiller.'],
    ['person', 'Transmettez mon dossier à votre supérieur hiérarchique.'],
    ['bereavement', 'Je m’occupe de la succession de mon père.'],
    ['illness', 'J’ai une sclérose en plaques et je suis alitée.'],
    ['mental_health', 'J’ai des idées noires en ce moment.'],
    ['abuse', 'Je suis en hébergement d’urgence, il vit toujours là-bas.'],
    ['job_loss', 'Mon contrat d’intérim n’a pas été renouvelé, je suis au RSA.'],
    ['cant_afford', 'Je vais aux Restos du cœur depuis l’hiver.'],
    ['carer', 'Je suis aidante de ma mère jour et nuit.'],
    ['capability', 'Je suis malvoyante et j’utilise un lecteur d’écran.'],
    ['abuse', 'Mon ex a ouvert des crédits à mon nom'],
    ['job_loss', 'Je suis en fin de droits'],
    ['complaint', "C'est la troisième fois que je relance"],
    ['job_loss', 'Mon entreprise a été mise en liquidation'],
    ['person', "Il y a quelqu'un ? Je reçois toujours la même réponse"],
    ['abuse', 'Il ne me laisse pas avoir ma propre carte'],
    ['person', 'Je préfère avoir affaire à une personne'],
  ])('send %s to a person, in the families the first held-out part taught: "%s"', (_driver, text) => {
    expect(flagged(text)).toBe(true);
  });

  it.each([
    'Je vous remercie pour votre aide, à bientôt.',
    'L’argent a été viré hier, pouvez-vous confirmer ?',
    'Le produit est épuisé, pouvez-vous me rembourser ?',
    'Le distributeur était hors service.',
    'Le compte est-il bien à mon nom ?',
    "J'ai perdu ma carte, comment la bloquer ?",
    "L'appli ne me laisse pas accéder à mon compte.",
  ])('flag nothing in routine wording close to those families: "%s"', (text) => {
    expect(readGuardSignals(text)).toEqual({ asksForHuman: false, vulnerability: false });
  });

  it.each([
    "depuis l'enterrement je n'ouvre plus mon courrier",
    "je dois lui demander de l'argent pour tout",
    "j'ai peur qu'il découvre que je vous écris",
    "je lave, j'habille et je fais manger ma mère chaque jour",
    "ils ont licencié la moitié de l'équipe",
    "mon contrat n'a pas été renouvelé",
    'je vide la maison de ma mère',
    'je ne sors plus de chez moi depuis des semaines',
    'mon frère a mis fin à ses jours',
    'mon petit-fils me prend ma pension chaque mois',
  ])('send a life event told as a story, without its label word, to a person: "%s"', (text) => {
    expect(flagged(text)).toBe(true);
  });

  it.each(['Je voudrais vider mon panier', 'Mon contrat est renouvelé automatiquement ?'])(
    'flag nothing in routine wording close to those stories: "%s"',
    (text) => {
      expect(readGuardSignals(text)).toEqual({ asksForHuman: false, vulnerability: false });
    },
  );

  it.each([
    'il a changé le mot de passe du compte joint',
    'je loge chez ma sœur en attendant que ce soit sûr',
    "mon père a besoin d'aide pour tout depuis sa chute",
    "je n'arrête pas de pleurer",
  ])('send a story of control, safety, care after a fall or distress to a person: "%s"', (text) => {
    expect(flagged(text)).toBe(true);
  });

  it.each(["J'ai changé mon mot de passe, ça ne marche pas"])(
    'flag nothing in a password change, an outage or a joint account asked about routinely: "%s"',
    (text) => {
      expect(readGuardSignals(text)).toEqual({ asksForHuman: false, vulnerability: false });
    },
  );
  it.each([
    ['bereavement', "papa n'est plus la depuis mars, je dois fermer son compte"],
    ['bereavement', 'notre fille est nee sans vie'],
    ['illness', 'ma mere a fait une embolie'],
    ['abuse', "il s'enerve des que je lui demande des comptes"],
    ['abuse', "mon conjoint ne me donne jamais d'argent"],
    ['capability', 'ma grand-mere a 93 ans et un demarcheur lui a vendu ca'],
    ['capability', 'maman ne comprend plus rien'],
    ['legal', 'je vous mets en demeure de payer'],
  ])('send %s to a person, told the way people type it in a chat box: "%s"', (_driver, text) => {
    expect(flagged(text)).toBe(true);
  });

  it.each([
    "L'appli ne me laisse pas payer",
    "J'ai viré l'argent hier soir",
    'La livraison devant la porte était abîmée',
    'Je vous remercie pour votre aide',
  ])('flag nothing in routine wording close to the chat families: "%s"', (text) => {
    expect(readGuardSignals(text)).toEqual({ asksForHuman: false, vulnerability: false });
  });
  it.each(['on est en plein divorce'])('send a separation to a person: "%s"', (text) => {
    expect(flagged(text)).toBe(true);
  });

  it.each(['Changement de nom après divorce'])(
    'flag nothing in a name change after a divorce: "%s"',
    (text) => {
      expect(readGuardSignals(text)).toEqual({ asksForHuman: false, vulnerability: false });
    },
  );

  it.each(['rappelez moi svp'])('send a call-back asked for without a hyphen to a person: "%s"', (text) => {
    expect(flagged(text)).toBe(true);
  });
  it.each(['mon mari decide de tout', 'il connait mon code secret'])(
    'send a partner who decides everything or holds my PIN to a person: "%s"',
    (text) => {
      expect(flagged(text)).toBe(true);
    },
  );

  it.each(['il a mon code de suivi'])('flag nothing in a tracking code: "%s"', (text) => {
    expect(readGuardSignals(text)).toEqual({ asksForHuman: false, vulnerability: false });
  });

  it.each([
    'appelez-moi ce matin',
    'la caf a suspendu mes apl',
    'sans boulot depuis trois mois',
    "j'ai envie de disparaitre",
    'je vais signaler ça à la dgccrf',
  ])('send short chat-box wording to a person (slang, abbreviations, local bodies, typos): "%s"', (text) => {
    expect(flagged(text)).toBe(true);
  });
  it.each([
    'Pas de réclamation, je veux juste savoir la date du prélèvement',
    "Refusé encore une fois, c'est la quatrième fois !",
    'Comment je relance le paiement ?',
    "fauché jusqu'à lundi mdr, je peux décaler ?",
    'mon portable est mort, renvoyez le code',
  ])(
    'flag nothing in a negated complaint, an acquaintance\'s funeral, a device that died, broke until a weekday or a tries count that ends the sentence: "%s"',
    (text) => {
      expect(readGuardSignals(text)).toEqual({ asksForHuman: false, vulnerability: false });
    },
  );
  it.each(['je comprends pas bien le français'])(
    'send a customer who reads little French to a person: "%s"',
    (text) => {
      expect(flagged(text)).toBe(true);
    },
  );
});
