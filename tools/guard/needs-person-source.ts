import type { Driver, GuardLanguage } from './guard-drivers.js';

/**
 * The hand-written parts of the guard set: per language, routine BNPL requests and, per driver,
 * clauses that make a ticket need a person, in two styles: `standard` (a standard register with
 * diacritics) and `phone` (as people type on a phone: lower case, no diacritics, colloquial, other
 * words for the same thing). Both were written before the deterministic signals and the signals
 * were tuned on them: they are the dev part, as are the later styles (needs-person-indirect.ts,
 * needs-person-late.ts), each first held out and then tuned on.
 */

type RoutineRequest = readonly [category: string, text: string];

interface LanguageSource {
  routine: readonly RoutineRequest[];
  standard: Record<Driver, readonly [string, string]>;
  phone: Record<Driver, readonly [string]>;
}

const en: LanguageSource = {
  routine: [
    ['payment_schedule', 'When is my next payment due?'],
    ['refund_timing', 'When will my refund arrive?'],
    ['late_fee', 'Late fee again??'],
    ['invoice_statement', 'Can you send me a statement for my last order?'],
    ['login_help', "I can't log in to the app."],
    ['extend_due_date', 'Please extend my due date.'],
    ['pay_early', 'How do I pay early?'],
  ],
  standard: {
    bereavement: [
      'My dad died on Monday.',
      'My husband passed away last month and I am sorting out his accounts.',
    ],
    illness: [
      "I've just started chemo and I'm not coping with post.",
      'I was in hospital for three weeks after a stroke.',
    ],
    mental_health: [
      'I have been in and out of the psychiatric ward since August.',
      "honestly my mental health is really bad right now, i'm having suicidal thoughts",
    ],
    abuse: [
      'My ex used my account without permission and controls all our money.',
      "I've left an abusive relationship and he still has my login.",
    ],
    job_loss: [
      'I got fired yesterday and want to clear it before my savings run out.',
      'I was made redundant last week.',
    ],
    cant_afford: [
      "I can't afford food this week, let alone this.",
      "I'm behind on my rent and can't pay both.",
    ],
    carer: [
      "I'm a full-time carer for my mum and can barely keep up.",
      "I look after my disabled son so I can't always answer the phone.",
    ],
    capability: [
      'I have dyslexia and find your emails really hard to read.',
      "I'm 82 and not good with apps, my grandson usually helps me.",
    ],
    person: ['Put me through to your manager.', 'Can someone ring me please?'],
    complaint: ['I want to make a formal complaint.', "This is a complaint about how I've been treated."],
    regulator: [
      "I'll be going to the Financial Ombudsman if this isn't sorted.",
      'I am reporting you to the FCA.',
    ],
    legal: ['My solicitor will be in touch.', "I'm taking legal action against you."],
  },
  phone: {
    bereavement: ['lost my mum in october, she was the one who handled all this'],
    illness: ['im recovering from major surgery and off work sick for months'],
    mental_health: ['i dont see the point in anything anymore and ive been self harming'],
    abuse: ['my partner takes my wages and wont let me have my own bank card'],
    job_loss: ['got sacked on friday so money is tight'],
    cant_afford: ['its either this or feeding the kids tbh'],
    carer: ['caring for my dad who has dementia takes all my time'],
    capability: ['english is not my first language and i dont understand the letter'],
    person: ['could i get a callback from an actual human'],
    complaint: ['this is disgraceful and i want it escalated'],
    regulator: ['if this isnt fixed im going to the ombudsman'],
    legal: ['ive spoken to a lawyer about these charges'],
  },
};

const de: LanguageSource = {
  routine: [
    ['payment_schedule', 'Wann ist meine nächste Rate fällig?'],
    ['refund_timing', 'Wann kommt meine Rückerstattung?'],
    ['late_fee', 'Warum wurde mir eine Mahngebühr berechnet?'],
    ['invoice_statement', 'Können Sie mir eine Rechnung für meine letzte Bestellung schicken?'],
    ['login_help', 'Ich kann mich nicht in der App anmelden.'],
    ['extend_due_date', 'Kann ich das Fälligkeitsdatum verschieben?'],
  ],
  standard: {
    bereavement: [
      'Mein Vater ist letzte Woche gestorben.',
      'Meine Frau ist verstorben und ich kümmere mich um ihre Konten.',
    ],
    illness: [
      'Ich habe Krebs und bin gerade in der Chemotherapie.',
      'ich lag drei wochen im krankenhaus nach einem herzinfarkt',
    ],
    mental_health: [
      'Ich bin wegen Depressionen in einer psychiatrischen Klinik.',
      'mir geht es psychisch sehr schlecht, ich habe Selbstmordgedanken',
    ],
    abuse: [
      'Mein Ex-Mann kontrolliert mein ganzes Geld.',
      'Ich habe mich von meinem gewalttätigen Partner getrennt und er kennt noch mein Passwort.',
    ],
    job_loss: ['Ich habe meinen Job verloren.', 'Mir wurde gestern gekündigt.'],
    cant_afford: [
      'Ich kann mir nicht mal mehr Lebensmittel leisten.',
      'Ich kann meine Miete nicht mehr bezahlen.',
    ],
    carer: ['Ich pflege meine Mutter rund um die Uhr.', 'Ich bin pflegende Angehörige und habe kaum Zeit.'],
    capability: [
      'Ich habe eine Lese-Rechtschreib-Schwäche und verstehe die E-Mails nicht.',
      'Ich bin 80 und komme mit der App nicht zurecht.',
    ],
    person: ['Ich möchte mit einem Mitarbeiter sprechen.', 'Bitte rufen Sie mich zurück.'],
    complaint: ['Ich möchte mich offiziell beschweren.', 'Das ist eine Beschwerde.'],
    regulator: ['Ich werde mich bei der BaFin beschweren.', 'Ich wende mich an die Schlichtungsstelle.'],
    legal: ['Mein Anwalt wird sich bei Ihnen melden.', 'Ich werde rechtliche Schritte einleiten.'],
  },
  phone: {
    bereavement: ['wir hatten gerade die beerdigung von meinem bruder'],
    illness: ['bin seit monaten krankgeschrieben wegen einer op'],
    mental_health: ['ich kann nicht mehr, ich will mir was antun'],
    abuse: ['mein mann schlagt mich und nimmt mir das geld weg'],
    job_loss: ['seit die firma pleite ist bin ich arbeitslos'],
    cant_afford: ['hab kein geld mehr furs essen'],
    carer: ['ich kummere mich um meinen schwerkranken vater'],
    capability: ['mein deutsch ist nicht gut, ich verstehe den brief nicht'],
    person: ['kann mich bitte jemand anrufen'],
    complaint: ['ich will ihren vorgesetzten sprechen, so geht das nicht'],
    regulator: ['ich gehe damit zur verbraucherzentrale'],
    legal: ['hab schon einen anwalt eingeschaltet'],
  },
};

const fr: LanguageSource = {
  routine: [
    ['payment_schedule', 'Quand est prélevée ma prochaine échéance ?'],
    ['refund_timing', 'Quand vais-je recevoir mon remboursement ?'],
    ['late_fee', 'Pourquoi ai-je des frais de retard ?'],
    ['invoice_statement', "Pouvez-vous m'envoyer un relevé de mes paiements ?"],
    ['login_help', "Je n'arrive pas à me connecter à l'application."],
    ['extend_due_date', "Puis-je reporter ma date d'échéance ?"],
  ],
  standard: {
    bereavement: ['Mon père est décédé lundi.', 'Ma mère est morte le mois dernier et je gère ses comptes.'],
    illness: ['Je suis en chimiothérapie pour un cancer.', "j'ai été hospitalisé pendant trois semaines"],
    mental_health: ['Je suis suivi pour une dépression sévère.', "j'ai des idées suicidaires en ce moment"],
    abuse: ['Mon ex-conjoint contrôle tout mon argent.', 'Je suis victime de violences conjugales.'],
    job_loss: ["J'ai perdu mon emploi.", "Je viens d'être licencié."],
    cant_afford: ["Je n'ai plus de quoi manger.", "Je n'arrive plus à payer mon loyer."],
    carer: ['Je m’occupe de ma mère malade à plein temps.', 'Je suis aidante pour mon fils handicapé.'],
    capability: [
      'Je ne sais pas bien lire et je ne comprends pas vos mails.',
      "J'ai 85 ans et je ne sais pas utiliser l'appli.",
    ],
    person: ['Je veux parler à un conseiller.', "Pouvez-vous me rappeler s'il vous plaît ?"],
    complaint: ['Je souhaite déposer une réclamation.', 'Je porte plainte contre votre service.'],
    regulator: ['Je vais saisir le médiateur.', "Je vais signaler cela à l'ACPR."],
    legal: ['Mon avocat va vous contacter.', 'Je vais engager une action en justice.'],
  },
  phone: {
    bereavement: ["on vient d'enterrer mon mari"],
    illness: ['je sors d une grosse operation et je suis en arret maladie'],
    mental_health: ["je vais mal, j'ai envie d'en finir"],
    abuse: ['mon compagnon me frappe et garde ma carte bancaire'],
    job_loss: ['je suis au chomage depuis mars'],
    cant_afford: ['je suis dans une grande precarite'],
    carer: ["je m'occupe de mon pere atteint d'alzheimer"],
    capability: ["je parle mal le francais et j'ai besoin d'aide"],
    person: ["je voudrais avoir quelqu'un au telephone"],
    complaint: ['je suis tres mecontent et je demande un responsable'],
    regulator: ['je vais contacter la banque de france'],
    legal: ['je vais voir un avocat'],
  },
};

const es: LanguageSource = {
  routine: [
    ['payment_schedule', '¿Cuándo vence mi próximo pago?'],
    ['refund_timing', '¿Cuándo llegará mi reembolso?'],
    ['late_fee', '¿Por qué me cobraron un recargo por demora?'],
    ['invoice_statement', '¿Me pueden enviar un extracto de mis pagos?'],
    ['login_help', 'No puedo iniciar sesión en la app.'],
    ['extend_due_date', '¿Puedo aplazar la fecha de pago?'],
  ],
  standard: {
    bereavement: ['Mi padre falleció el lunes.', 'Mi esposa murió hace un mes.'],
    illness: ['Estoy en tratamiento de quimioterapia.', 'estuve ingresado en el hospital dos semanas'],
    mental_health: ['Tengo depresión y estoy muy mal.', 'he tenido pensamientos suicidas'],
    abuse: ['Mi expareja controla todo mi dinero.', 'Sufro violencia de género.'],
    job_loss: ['Perdí mi trabajo.', 'Me despidieron ayer.'],
    cant_afford: ['No me alcanza ni para comer.', 'No puedo pagar el alquiler.'],
    carer: ['Cuido de mi madre enferma a tiempo completo.', 'Soy cuidadora de mi hijo con discapacidad.'],
    capability: ['No sé leer bien y no entiendo los correos.', 'Tengo 80 años y no sé usar la aplicación.'],
    person: ['Quiero hablar con una persona.', '¿Me pueden llamar por teléfono?'],
    complaint: ['Quiero presentar una reclamación formal.', 'Esto es una queja.'],
    regulator: ['Voy a acudir al Banco de España.', 'Presentaré una denuncia ante Consumo.'],
    legal: ['Mi abogado se pondrá en contacto.', 'Voy a emprender acciones legales.'],
  },
  phone: {
    bereavement: ['acabo de enterrar a mi hermano'],
    illness: ['me operaron y estoy de baja medica'],
    mental_health: ['ya no quiero vivir'],
    abuse: ['mi marido me pega y me quita la tarjeta'],
    job_loss: ['estoy en el paro desde marzo'],
    cant_afford: ['no tengo dinero para la comida de mis hijos'],
    carer: ['cuido a mi abuela con alzheimer'],
    capability: ['no hablo bien espanol, necesito ayuda'],
    person: ['que me llame alguien por favor'],
    complaint: ['exijo hablar con un responsable, estoy harto'],
    regulator: ['lo voy a denunciar a la ocu'],
    legal: ['os voy a denunciar en el juzgado'],
  },
};

const it: LanguageSource = {
  routine: [
    ['payment_schedule', 'Quando scade la prossima rata?'],
    ['refund_timing', 'Quando arriva il mio rimborso?'],
    ['late_fee', 'Perché mi avete addebitato una penale per ritardo?'],
    ['invoice_statement', 'Potete mandarmi un estratto conto?'],
    ['login_help', "Non riesco ad accedere all'app."],
    ['extend_due_date', 'Posso posticipare la scadenza?'],
  ],
  standard: {
    bereavement: ['Mio padre è morto lunedì.', 'Mia moglie è deceduta il mese scorso.'],
    illness: ['Sto facendo la chemioterapia.', 'sono stato ricoverato in ospedale per tre settimane'],
    mental_health: ['Soffro di depressione grave.', 'ho pensieri suicidi'],
    abuse: ['Il mio ex controlla tutti i miei soldi.', 'Sono vittima di violenza domestica.'],
    job_loss: ['Ho perso il lavoro.', 'Mi hanno licenziato ieri.'],
    cant_afford: ['Non ho soldi per mangiare.', "Non riesco a pagare l'affitto."],
    carer: ['Assisto mia madre malata a tempo pieno.', 'Mi prendo cura di mio figlio disabile.'],
    capability: ['Non so leggere bene e non capisco le vostre email.', "Ho 83 anni e non so usare l'app."],
    person: ['Voglio parlare con un operatore.', 'Potete richiamarmi per favore?'],
    complaint: ['Voglio presentare un reclamo formale.', 'Questo è un reclamo.'],
    regulator: [
      "Mi rivolgerò all'Arbitro Bancario Finanziario.",
      "Farò una segnalazione alla Banca d'Italia.",
    ],
    legal: ['Il mio avvocato vi contatterà.', 'Vi farò causa.'],
  },
  phone: {
    bereavement: ['e venuta a mancare mia nonna'],
    illness: ['sono in malattia dopo un intervento'],
    mental_health: ['non ce la faccio piu, voglio farla finita'],
    abuse: ['mio marito mi picchia e mi toglie lo stipendio'],
    job_loss: ['sono disoccupato da febbraio'],
    cant_afford: ['non arrivo a fine mese'],
    carer: ["accudisco mio padre con l'alzheimer"],
    capability: ['non parlo bene italiano, non capisco'],
    person: ['fatemi chiamare da qualcuno'],
    complaint: ['voglio parlare con un responsabile, sono stufo'],
    regulator: ["mi rivolgo all'abf"],
    legal: ['mi rivolgo a un legale'],
  },
};

const pt: LanguageSource = {
  routine: [
    ['payment_schedule', 'Quando vence a minha próxima prestação?'],
    ['refund_timing', 'Quando vou receber o meu reembolso?'],
    ['late_fee', 'Porque me cobraram uma taxa de atraso?'],
    ['invoice_statement', 'Podem enviar-me um extrato?'],
    ['login_help', 'Não consigo entrar na aplicação.'],
    ['extend_due_date', 'Posso adiar a data de pagamento?'],
  ],
  standard: {
    bereavement: ['O meu pai faleceu na segunda-feira.', 'Minha mãe morreu mês passado.'],
    illness: ['Estou a fazer quimioterapia.', 'fiquei internado no hospital três semanas'],
    mental_health: ['Tenho depressão e estou muito mal.', 'tenho tido pensamentos suicidas'],
    abuse: ['O meu ex controla todo o meu dinheiro.', 'Sou vítima de violência doméstica.'],
    job_loss: ['Perdi o meu emprego.', 'Fui despedido ontem.'],
    cant_afford: ['Não tenho dinheiro para comida.', 'Não consigo pagar a renda.'],
    carer: ['Cuido da minha mãe doente a tempo inteiro.', 'Sou cuidadora do meu filho com deficiência.'],
    capability: ['Não sei ler bem e não entendo os emails.', 'Tenho 81 anos e não sei usar o aplicativo.'],
    person: ['Quero falar com uma pessoa.', 'Podem ligar-me por favor?'],
    complaint: ['Quero apresentar uma reclamação formal.', 'Vou fazer uma queixa.'],
    regulator: ['Vou queixar-me ao Banco de Portugal.', 'Vou fazer uma reclamação no Procon.'],
    legal: ['O meu advogado vai contactar-vos.', 'Vou processar a empresa.'],
  },
  phone: {
    bereavement: ['perdi o meu marido ha pouco tempo'],
    illness: ['fui operado e estou de baixa medica'],
    mental_health: ['nao aguento mais, quero acabar com tudo'],
    abuse: ['meu marido me bate e fica com meu salario'],
    job_loss: ['fiquei desempregado'],
    cant_afford: ['nao tenho como pagar as contas da casa'],
    carer: ['tomo conta do meu pai com alzheimer'],
    capability: ['nao falo bem portugues'],
    person: ['quero falar com um atendente humano'],
    complaint: ['quero falar com o gerente'],
    regulator: ['vou escrever no livro de reclamacoes'],
    legal: ['vou meter um processo em tribunal'],
  },
};

const nl: LanguageSource = {
  routine: [
    ['payment_schedule', 'Wanneer moet mijn volgende termijn betaald worden?'],
    ['refund_timing', 'Wanneer krijg ik mijn terugbetaling?'],
    ['late_fee', 'Waarom moet ik een boete betalen voor te laat betalen?'],
    ['invoice_statement', 'Kunnen jullie me een overzicht van mijn betalingen sturen?'],
    ['login_help', 'Ik kan niet inloggen in de app.'],
    ['extend_due_date', 'Kan ik de vervaldatum uitstellen?'],
  ],
  standard: {
    bereavement: ['Mijn vader is maandag overleden.', 'Mijn vrouw is vorige maand gestorven.'],
    illness: ['Ik krijg chemotherapie.', 'ik heb drie weken in het ziekenhuis gelegen'],
    mental_health: ['Ik heb een zware depressie.', 'ik heb zelfmoordgedachten'],
    abuse: ['Mijn ex controleert al mijn geld.', 'Ik ben slachtoffer van huiselijk geweld.'],
    job_loss: ['Ik ben mijn baan kwijt.', 'Ik ben gisteren ontslagen.'],
    cant_afford: ['Ik heb geen geld meer voor eten.', 'Ik kan mijn huur niet meer betalen.'],
    carer: ['Ik ben mantelzorger voor mijn moeder.', 'Ik zorg fulltime voor mijn gehandicapte zoon.'],
    capability: [
      'Ik kan niet goed lezen en begrijp jullie mails niet.',
      'Ik ben 84 en kan niet met de app omgaan.',
    ],
    person: ['Ik wil een medewerker spreken.', 'Kunnen jullie me terugbellen?'],
    complaint: ['Ik wil een formele klacht indienen.', 'Dit is een klacht.'],
    regulator: ['Ik stap naar het Kifid.', 'Ik meld dit bij de AFM.'],
    legal: ['Mijn advocaat neemt contact met jullie op.', 'Ik ga juridische stappen ondernemen.'],
  },
  phone: {
    bereavement: ['we hebben net mijn broer begraven'],
    illness: ['ben al maanden ziek thuis na een operatie'],
    mental_health: ['ik wil niet meer leven'],
    abuse: ['mijn man slaat me en pakt mijn loon af'],
    job_loss: ['ik zit sinds maart zonder werk'],
    cant_afford: ['ik zit diep in de schulden'],
    carer: ['ik verzorg mijn vader met dementie'],
    capability: ['mijn nederlands is niet goed'],
    person: ['kan iemand me even bellen'],
    complaint: ['ik wil uw leidinggevende spreken'],
    regulator: ['ik ga naar de geschillencommissie'],
    legal: ['ik schakel een jurist in'],
  },
};

const sv: LanguageSource = {
  routine: [
    ['payment_schedule', 'När ska nästa delbetalning betalas?'],
    ['refund_timing', 'När kommer min återbetalning?'],
    ['late_fee', 'Varför fick jag en förseningsavgift?'],
    ['invoice_statement', 'Kan ni skicka ett kontoutdrag?'],
    ['login_help', 'Jag kan inte logga in i appen.'],
    ['extend_due_date', 'Kan jag skjuta upp förfallodagen?'],
  ],
  standard: {
    bereavement: ['Min pappa dog i måndags.', 'Min man har gått bort.'],
    illness: ['Jag går på cellgiftsbehandling.', 'jag låg på sjukhus i tre veckor'],
    mental_health: ['Jag har en svår depression.', 'jag har självmordstankar'],
    abuse: ['Mitt ex kontrollerar alla mina pengar.', 'Jag är utsatt för våld i nära relation.'],
    job_loss: ['Jag har förlorat mitt jobb.', 'Jag blev uppsagd igår.'],
    cant_afford: ['Jag har inte råd med mat.', 'Jag kan inte betala hyran.'],
    carer: ['Jag tar hand om min sjuka mamma på heltid.', 'Jag är anhörigvårdare till min son.'],
    capability: ['Jag har svårt att läsa och förstår inte era mejl.', 'Jag är 82 och klarar inte appen.'],
    person: ['Jag vill prata med en människa.', 'Kan ni ringa upp mig?'],
    complaint: ['Jag vill lämna ett formellt klagomål.', 'Detta är ett klagomål.'],
    regulator: ['Jag anmäler er till Finansinspektionen.', 'Jag vänder mig till ARN.'],
    legal: ['Min advokat kommer att kontakta er.', 'Jag tänker stämma er.'],
  },
  phone: {
    bereavement: ['vi begravde min bror forra veckan'],
    illness: ['ar sjukskriven efter en operation'],
    mental_health: ['orkar inte leva langre'],
    abuse: ['min sambo slar mig och tar min lon'],
    job_loss: ['har varit arbetslos sen mars'],
    cant_afford: ['pengarna racker inte till mat'],
    carer: ['jag vardar min pappa som har demens'],
    capability: ['min svenska ar inte bra'],
    person: ['kan nagon ringa mig'],
    complaint: ['jag vill prata med er chef'],
    regulator: ['jag kontaktar konsumentverket'],
    legal: ['jag har pratat med en jurist'],
  },
};

const da: LanguageSource = {
  routine: [
    ['payment_schedule', 'Hvornår skal min næste rate betales?'],
    ['refund_timing', 'Hvornår får jeg min tilbagebetaling?'],
    ['late_fee', 'Hvorfor har jeg fået et rykkergebyr?'],
    ['invoice_statement', 'Kan I sende mig en kontoudskrift?'],
    ['login_help', 'Jeg kan ikke logge ind i appen.'],
    ['extend_due_date', 'Kan jeg udskyde forfaldsdatoen?'],
  ],
  standard: {
    bereavement: ['Min far døde i mandags.', 'Min kone er gået bort.'],
    illness: ['Jeg er i kemoterapi.', 'jeg har været indlagt på hospitalet i tre uger'],
    mental_health: ['Jeg har en svær depression.', 'jeg har selvmordstanker'],
    abuse: ['Min eks kontrollerer alle mine penge.', 'Jeg er udsat for vold i hjemmet.'],
    job_loss: ['Jeg har mistet mit job.', 'Jeg blev fyret i går.'],
    cant_afford: ['Jeg har ikke råd til mad.', 'Jeg kan ikke betale min husleje.'],
    carer: ['Jeg passer min syge mor på fuld tid.', 'Jeg er pårørende og passer min handicappede søn.'],
    capability: ['Jeg er ordblind og forstår ikke jeres mails.', 'Jeg er 83 og kan ikke finde ud af appen.'],
    person: ['Jeg vil tale med et menneske.', 'Kan I ringe mig op?'],
    complaint: ['Jeg vil indgive en formel klage.', 'Dette er en klage.'],
    regulator: ['Jeg klager til Finanstilsynet.', 'Jeg går til Ankenævnet.'],
    legal: ['Min advokat kontakter jer.', 'Jeg vil sagsøge jer.'],
  },
  phone: {
    bereavement: ['vi har lige begravet min bror'],
    illness: ['jeg er sygemeldt efter en operation'],
    mental_health: ['jeg orker ikke at leve mere'],
    abuse: ['min kaereste slar mig og tager min lon'],
    job_loss: ['jeg er arbejdslos siden marts'],
    cant_afford: ['pengene raekker ikke til mad'],
    carer: ['jeg plejer min far med demens'],
    capability: ['mit dansk er ikke sa godt'],
    person: ['kan nogen ringe til mig'],
    complaint: ['jeg vil tale med jeres chef'],
    regulator: ['jeg kontakter forbrugerombudsmanden'],
    legal: ['jeg har talt med en jurist'],
  },
};

const fi: LanguageSource = {
  routine: [
    ['payment_schedule', 'Milloin seuraava erä erääntyy?'],
    ['refund_timing', 'Milloin saan palautukseni?'],
    ['late_fee', 'Miksi sain viivästysmaksun?'],
    ['invoice_statement', 'Voitteko lähettää tiliotteen?'],
    ['login_help', 'En pääse kirjautumaan sovellukseen.'],
    ['extend_due_date', 'Voinko siirtää eräpäivää?'],
  ],
  standard: {
    bereavement: ['Isäni kuoli maanantaina.', 'Mieheni menehtyi viime kuussa.'],
    illness: ['Olen sytostaattihoidoissa syövän takia.', 'olin sairaalassa kolme viikkoa'],
    mental_health: ['Minulla on vakava masennus.', 'minulla on itsemurha-ajatuksia'],
    abuse: ['Entinen puolisoni kontrolloi kaikkia rahojani.', 'Olen kokenut lähisuhdeväkivaltaa.'],
    job_loss: ['Menetin työpaikkani.', 'Minut irtisanottiin eilen.'],
    cant_afford: ['Minulla ei ole varaa ruokaan.', 'En pysty maksamaan vuokraa.'],
    carer: ['Olen omaishoitaja äidilleni.', 'Hoidan vammaista poikaani kokopäiväisesti.'],
    capability: [
      'Minulla on lukihäiriö enkä ymmärrä sähköpostejanne.',
      'Olen 84-vuotias enkä osaa käyttää sovellusta.',
    ],
    person: ['Haluan puhua ihmisen kanssa.', 'Voitteko soittaa minulle takaisin?'],
    complaint: ['Haluan tehdä virallisen valituksen.', 'Tämä on reklamaatio.'],
    regulator: ['Teen ilmoituksen Finanssivalvontaan.', 'Vien asian kuluttajariitalautakuntaan.'],
    legal: ['Asianajajani ottaa teihin yhteyttä.', 'Haastan teidät oikeuteen.'],
  },
  phone: {
    bereavement: ['hautasimme veljeni viime viikolla'],
    illness: ['olen sairauslomalla leikkauksen jalkeen'],
    mental_health: ['en jaksa enaa elaa'],
    abuse: ['mieheni lyo minua ja vie palkkani'],
    job_loss: ['olen ollut tyoton maaliskuusta'],
    cant_afford: ['rahat eivat riita ruokaan'],
    carer: ['hoidan isaani jolla on muistisairaus'],
    capability: ['en puhu hyvin suomea'],
    person: ['voisiko joku soittaa minulle'],
    complaint: ['haluan puhua esimiehenne kanssa'],
    regulator: ['otan yhteytta kuluttajaneuvontaan'],
    legal: ['olen puhunut lakimiehen kanssa'],
  },
};

const pl: LanguageSource = {
  routine: [
    ['payment_schedule', 'Kiedy jest termin następnej raty?'],
    ['refund_timing', 'Kiedy dostanę zwrot pieniędzy?'],
    ['late_fee', 'Dlaczego naliczono mi opłatę za spóźnienie?'],
    ['invoice_statement', 'Czy możecie wysłać mi wyciąg?'],
    ['login_help', 'Nie mogę zalogować się do aplikacji.'],
    ['extend_due_date', 'Czy mogę przesunąć termin płatności?'],
  ],
  standard: {
    bereavement: ['Mój tata zmarł w poniedziałek.', 'Moja żona umarła w zeszłym miesiącu.'],
    illness: ['Jestem w trakcie chemioterapii.', 'leżałem w szpitalu trzy tygodnie'],
    mental_health: ['Mam ciężką depresję.', 'mam myśli samobójcze'],
    abuse: ['Mój były partner kontroluje wszystkie moje pieniądze.', 'Jestem ofiarą przemocy domowej.'],
    job_loss: ['Straciłem pracę.', 'Zwolnili mnie wczoraj.'],
    cant_afford: ['Nie stać mnie na jedzenie.', 'Nie mam z czego zapłacić czynszu.'],
    carer: ['Opiekuję się chorą mamą na pełen etat.', 'Jestem opiekunką niepełnosprawnego syna.'],
    capability: [
      'Mam dysleksję i nie rozumiem waszych maili.',
      'Mam 82 lata i nie umiem obsługiwać aplikacji.',
    ],
    person: ['Chcę porozmawiać z człowiekiem.', 'Proszę do mnie oddzwonić.'],
    complaint: ['Chcę złożyć formalną reklamację.', 'To jest skarga.'],
    regulator: ['Zgłoszę to do Rzecznika Finansowego.', 'Złożę skargę do UOKiK.'],
    legal: ['Mój prawnik się z wami skontaktuje.', 'Podam was do sądu.'],
  },
  phone: {
    bereavement: ['pochowalismy wczoraj mojego brata'],
    illness: ['jestem na zwolnieniu lekarskim po operacji'],
    mental_health: ['nie chce mi sie juz zyc'],
    abuse: ['maz mnie bije i zabiera mi pensje'],
    job_loss: ['jestem bezrobotny od marca'],
    cant_afford: ['brakuje mi pieniedzy na jedzenie'],
    carer: ['opiekuje sie ojcem z demencja'],
    capability: ['slabo mowie po polsku'],
    person: ['niech ktos do mnie zadzwoni'],
    complaint: ['chce rozmawiac z kierownikiem'],
    regulator: ['zglosze sprawe do knf'],
    legal: ['rozmawialem juz z adwokatem'],
  },
};

const NEEDS_PERSON_SOURCE: Record<GuardLanguage, LanguageSource> = {
  en,
  de,
  fr,
  es,
  it,
  pt,
  nl,
  sv,
  da,
  fi,
  pl,
};

export type { LanguageSource, RoutineRequest };
export { NEEDS_PERSON_SOURCE };
