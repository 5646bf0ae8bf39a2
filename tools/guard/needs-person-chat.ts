import type { Driver, GuardLanguage } from './guard-drivers.js';

/**
 * The held-out part, in a seventh style (`chat`), written by someone who had never seen the
 * deterministic signals, after the `fresh` part became tuning data. Three clauses per language and
 * driver, as a support chat or email really reads: the need often told as a situation rather than
 * named (a funeral, a controlling partner, a lost job), spread over two sentences, tucked after a
 * routine question, or written by a relative or friend; the country's own institutions (benefits
 * and job offices, food banks, debt advice, consumer bodies, ombudsmen, regulators, courts); short
 * angry lines and long rambling ones, typos, missing accents, English words. Its wording was chosen
 * to avoid the other parts' words where a native speaker has another way to say it. Never tune the
 * signals on these: they exist so the recall figure stays honest.
 */

type Clauses = Record<Driver, readonly [string, string, string]>;

const en: Clauses = {
  bereavement: [
    "Dad passed away in the hospice on the 3rd and it's fallen to me to sort his affairs. His card is still being charged for this and honestly I can't face ringing round everyone",
    'since we lost mum in the spring i havent opened any post, its all just sat in a pile by the door',
    'Writing for my nan. Grandad died very suddenly a fortnight ago and she is in bits, she did not even know this account existed',
  ],
  illness: [
    "I'm halfway through chemo and the fatigue is unreal, some weeks I can't even make it to the front door",
    "my dad had a stroke in June and his speech still isn't right so I'm typing this for him",
    'Just home from hospital after a triple bypass. Consultant says no stress for 6 weeks so please stop texting me about payments',
  ],
  mental_health: [
    "I've been sectioned twice this year and letters like yours send me straight back into a spiral",
    'hi, so when I was manic last month I went on a massive spending spree (bipolar) and bought loads I dont need, can this be undone',
    "the crisis team are coming round every day at the moment. Some days I honestly don't see the point in anything",
  ],
  abuse: [
    "he goes through my statements every night and I'm not allowed my own card. please don't send anything to the house",
    "my partner made me take this out in my name for his stuff and says he'll kick me out if I miss a payment",
    "I'm in a refuge at the moment so I can't give you an address. He can't find out where I am",
  ],
  job_loss: [
    "got made redundant on Friday with a week's notice, no idea how I'm going to cover anything now",
    "my zero hours contract just dried up and the agency have nothing for me, I'm on jobseekers till something turns up",
    "Writing for my husband - he was let go after 30 years at the plant and he's too ashamed to deal with this himself",
  ],
  cant_afford: [
    'we had to go to the food bank last week. I want to pay but there is literally nothing left after rent',
    "StepChange are setting me up a debt management plan, I've got 9 creditors and you're one of them",
    "it's either top up the electric meter or pay you this week, that's where I'm at",
  ],
  carer: [
    "mum's dementia has gone downhill fast and I've moved back in to look after her, I barely get a minute to myself",
    'I look after my disabled son round the clock so I can only really deal with stuff after 10pm',
    'Since his MS got worse my husband needs help with everything, washing, dressing, tablets. I gave up work to do it',
  ],
  capability: [
    'english isnt my first language and i dont understand what this letter means, can someone explain it simple',
    "my gran is 88 and got talked into this on her doorstep, she doesn't use the internet and doesn't understand what instalments are",
    "I'm dyslexic and struggle with forms and long emails, I've no idea what I've actually signed up to",
  ],
  person: [
    'can I speak to an actual human please, your chatbot keeps going round in circles',
    "Could someone give me a ring back this afternoon? I'm free after 2",
    "I'd like this escalated to a manager, the last three replies haven't answered a thing",
  ],
  complaint: [
    "I'm not happy with how this has been handled and I'd like to raise a complaint",
    'This is the third time I have written. Please log this as a complaint and explain your complaints procedure.',
    'absolutely disgusted with how I was spoken to on the phone yesterday, I want it investigated',
  ],
  regulator: [
    "if this isn't sorted within 8 weeks I'm going straight to the Financial Ombudsman",
    "I've already been in touch with the FCA about the way you lend to people",
    'Citizens Advice say I should escalate this to the ombudsman, so consider this your warning',
  ],
  legal: [
    "I've passed all this on to my solicitor and you'll be hearing from them",
    "I'm taking you to the small claims court over the £240",
    'Letter before action attached. You have 14 days to refund me or I will start a claim.',
  ],
};

const de: Clauses = {
  bereavement: [
    'Meine Mutter ist letzte Woche im Hospiz verstorben und ich kümmere mich jetzt um den Nachlass. Über ihr Konto laufen noch Abbuchungen von Ihnen',
    'seit papa unter der erde ist hab ich keinen einzigen brief mehr aufgemacht, das liegt alles auf nem stapel im flur',
    'Ich schreibe für meine Oma: Opa ist vor zwei Wochen ganz plötzlich gestorben und sie ist völlig neben der Spur, sie wusste nicht mal dass es dieses Konto gibt',
  ],
  illness: [
    'bin mitten in der Chemo und die Erschöpfung ist krass, manche Wochen schaff ich es nicht mal bis zur Haustür',
    'Mein Vater hatte im Juni einen Schlaganfall und kann noch nicht richtig sprechen, deshalb schreibe ich das für ihn',
    'Bin grad aus der Klinik nach einer Bypass-OP. Der Kardiologe sagt sechs Wochen null Stress, also bitte keine Mahnungen mehr',
  ],
  mental_health: [
    'ich war dieses jahr schon zweimal stationär in der psychiatrie und solche schreiben ziehen mir komplett den boden unter den füßen weg',
    'hab ne bipolare Störung und in der Manie hab ich lauter Zeug bestellt das ich gar nicht brauche, kann man das rückgängig machen',
    'Der sozialpsychiatrische Dienst schaut gerade täglich bei mir vorbei. An manchen Tagen sehe ich einfach keinen Sinn mehr in irgendwas',
  ],
  abuse: [
    'er kontrolliert jeden Abend meine Kontoauszüge und ich darf keine eigene Karte haben. Bitte nichts nach Hause schicken',
    'mein Freund hat mich gezwungen den Vertrag auf meinen Namen abzuschließen, er sagt er schmeißt mich raus wenn ich nicht zahle',
    'Ich bin gerade im Frauenhaus und kann Ihnen keine Adresse nennen. Er darf auf keinen Fall erfahren wo ich bin',
  ],
  job_loss: [
    'mir wurde zum Monatsende betriebsbedingt gekündigt, keine Ahnung wie ich jetzt irgendwas bezahlen soll',
    'mein befristeter Vertrag wurde nicht verlängert und die Zeitarbeitsfirma hat nix für mich, ALG 1 ist beantragt aber die Agentur für Arbeit lässt sich Zeit',
    'Ich schreibe für meinen Mann, er wurde nach 30 Jahren im Werk entlassen und schämt sich so, dass er das nicht selbst machen will',
  ],
  cant_afford: [
    'wir waren letzte Woche bei der Tafel. Ich will ja zahlen aber nach der Miete ist einfach nichts mehr übrig',
    'die Schuldnerberatung der Caritas hilft mir gerade, ich hab neun Gläubiger und Sie sind einer davon',
    'muss mich grad entscheiden ob ich den Strom zahle oder euch, so siehts aus',
  ],
  carer: [
    'Mamas Demenz ist rapide schlechter geworden, ich bin wieder bei ihr eingezogen und versorge sie rund um die Uhr',
    'ich kümmere mich tag und nacht um meinen behinderten sohn und komme erst nach 22 uhr dazu sowas zu erledigen',
    'Seit die MS bei meinem Mann schlimmer ist braucht er bei allem Hilfe, Waschen, Anziehen, Tabletten. Ich hab dafür meinen Job aufgegeben',
  ],
  capability: [
    'deutsch ist nicht meine muttersprache und ich verstehe brief nicht, kann jemand mir das einfach erklären',
    'Meine Oma ist 88 und hat sich das an der Haustür aufschwatzen lassen, sie hat kein Internet und versteht nicht was Ratenzahlung heißt',
    'ich hab Legasthenie und komm mit Formularen und langen Mails nicht klar, ich weiß ehrlich nicht was ich da unterschrieben hab',
  ],
  person: [
    'Kann ich bitte mit einem echten Menschen sprechen? Ihr Chatbot dreht sich nur im Kreis',
    'rufen Sie mich bitte heute Nachmittag zurück, ab 14 Uhr bin ich erreichbar',
    'Ich möchte dass das an einen Vorgesetzten geht, die letzten drei Antworten waren völlig nichtssagend',
  ],
  complaint: [
    'Ich bin mit der Bearbeitung überhaupt nicht zufrieden und reiche hiermit Beschwerde ein',
    'Das ist jetzt das dritte Mal, dass ich schreibe. Bitte nehmen Sie das als Beschwerde auf und erklären Sie mir Ihr Beschwerdeverfahren.',
    'echt unverschämt wie man gestern am Telefon mit mir geredet hat, ich will dass das untersucht wird',
  ],
  regulator: [
    'wenn das nicht in 8 Wochen geklärt ist, geh ich zur Schlichtungsstelle',
    'Ich habe mich bereits bei der BaFin über Ihre Kreditvergabe beschwert',
    'Die Verbraucherzentrale hat mir geraten den Ombudsmann einzuschalten, betrachten Sie das als Vorwarnung',
  ],
  legal: [
    'Ich habe das an meinen Anwalt übergeben, Sie hören von ihm',
    'ich verklag euch auf die 240 Euro, notfalls mit Mahnbescheid',
    'Ich setze Ihnen eine Frist von 14 Tagen zur Rückerstattung, danach leite ich gerichtliche Schritte ein.',
  ],
};

const fr: Clauses = {
  bereavement: [
    "Ma mère est décédée la semaine dernière en soins palliatifs et c'est moi qui m'occupe de la succession. Il y a encore des prélèvements de chez vous sur son compte",
    "depuis qu'on a enterré papa j'ai pas ouvert une seule lettre, tout s'entasse sur la table de l'entrée",
    "J'écris pour ma grand-mère : papy est mort d'un coup il y a quinze jours et elle est complètement à la ramasse, elle savait même pas que ce compte existait",
  ],
  illness: [
    "je suis en pleine chimio et la fatigue est énorme, certaines semaines j'arrive pas à sortir de chez moi",
    "mon père a fait une hémorragie cérébrale en juin, il parle encore mal alors c'est moi qui écris pour lui",
    "Je sors de l'hôpital après un pontage. Le cardiologue m'a dit zéro stress pendant six semaines, donc merci d'arrêter les relances",
  ],
  mental_health: [
    "j'ai été hospitalisée deux fois en psychiatrie cette année et vos courriers me font replonger",
    "je suis bipolaire et pendant ma phase maniaque j'ai commandé plein de trucs dont j'ai pas besoin, est ce qu'on peut annuler",
    "L'équipe mobile de psychiatrie passe tous les jours en ce moment. Certains jours je ne vois plus l'intérêt de rien",
  ],
  abuse: [
    "il vérifie mes relevés tous les soirs et j'ai pas le droit d'avoir ma propre carte. n'envoyez rien à la maison svp",
    "mon conjoint m'a forcée à faire ce crédit à mon nom pour ses achats et il dit qu'il me met dehors si je paie pas",
    "Je suis hébergée dans un foyer pour femmes en ce moment et je ne peux pas donner d'adresse. Il ne doit surtout pas savoir où je suis",
  ],
  job_loss: [
    'licencié pour motif économique à la fin du mois, je sais pas comment je vais payer quoi que ce soit',
    "mon CDD a pas été renouvelé et la boite d'intérim a plus de missions pour moi, je suis au chômage en attendant",
    "J'écris pour mon mari, il a été licencié après 30 ans à l'usine et il a trop honte pour s'en occuper lui-même",
  ],
  cant_afford: [
    'on est allés aux Restos du cœur la semaine dernière. Je veux bien payer mais après le loyer il reste plus rien',
    "J'ai déposé un dossier de surendettement à la Banque de France, j'ai neuf créanciers dont vous",
    "en ce moment c'est soit je paie l'électricité soit je vous paie, voilà où j'en suis",
  ],
  carer: [
    "l'Alzheimer de ma mère s'est beaucoup aggravé, je suis revenue vivre chez elle et je m'en occupe à plein temps",
    "je m'occupe de mon fils handicapé jour et nuit et je peux gérer ce genre de choses qu'après 22h",
    "Depuis que sa sclérose en plaques a empiré mon mari a besoin d'aide pour tout, la toilette, l'habillage, les médicaments. J'ai arrêté de travailler pour ça",
  ],
  capability: [
    "le francais c'est pas ma langue et je comprend pas votre lettre, quelqu un peut m expliquer simplement",
    "Ma grand-mère a 88 ans et s'est fait embobiner par un démarcheur, elle n'a pas internet et ne comprend pas ce qu'est un paiement en plusieurs fois",
    "je suis dyslexique, les formulaires et les longs mails c'est la galère, je sais pas ce que j'ai signé",
  ],
  person: [
    'est-ce que je peux parler à un vrai conseiller svp, votre chatbot tourne en rond',
    'Pouvez-vous me rappeler cet après-midi ? Je suis dispo à partir de 14h',
    'je veux que mon dossier remonte à un responsable, les trois dernières réponses ne répondaient à rien',
  ],
  complaint: [
    'Je ne suis pas du tout satisfaite de la gestion de mon dossier, merci de transmettre ma réclamation au service qualité',
    "C'est la troisième fois que j'écris. Merci d'enregistrer ma contestation et de m'expliquer votre procédure de traitement des réclamations.",
    "scandalisé par la façon dont on m'a parlé hier au téléphone, je demande qu'une enquête soit faite",
  ],
  regulator: [
    'si rien n est réglé sous deux mois je saisis le médiateur',
    "J'ai déjà signalé vos pratiques de crédit à l'ACPR",
    "L'UFC-Que Choisir m'a conseillé de saisir le médiateur de la consommation, considérez ceci comme un avertissement",
  ],
  legal: [
    "J'ai transmis le dossier à mon avocat, vous aurez de ses nouvelles",
    'je vais faire une injonction de payer au tribunal pour les 240 euros',
    'Ceci vaut mise en demeure. Sans remboursement sous 14 jours, j engagerai une action en justice.',
  ],
};

const es: Clauses = {
  bereavement: [
    'Mi madre falleció la semana pasada en paliativos y estoy liada con la herencia. En su cuenta siguen pasando cargos de ustedes',
    'desde que enterramos a mi padre no he abierto ni una carta, se me amontona todo en la mesa',
    'Escribo por mi abuela: el abuelo murió de repente hace quince días y ella está destrozada, ni sabía que existía esta cuenta',
  ],
  illness: [
    'estoy en plena quimio y el cansancio es brutal, hay semanas que no salgo ni al portal',
    'a mi padre le dio una embolia en junio, todavía le cuesta hablar y por eso le escribo yo',
    'Acabo de salir del hospital después de un bypass. El cardiólogo me ha dicho nada de estrés seis semanas, así que dejen de reclamarme',
  ],
  mental_health: [
    'este año me han ingresado dos veces en la planta de psiquiatría y sus cartas me hunden otra vez',
    'tengo trastorno bipolar y en la fase maniaca compré un montón de cosas que no necesito, se puede anular?',
    'Ahora mismo viene el equipo de salud mental a casa todos los días. Hay días que no le veo sentido a nada',
  ],
  abuse: [
    'él me revisa los extractos cada noche y no me deja tener tarjeta propia. por favor no manden nada a casa',
    'mi pareja me obligó a pedir esta financiación a mi nombre y dice que me echa de casa si no pago',
    'Ahora estoy en una casa de acogida y no puedo darles dirección. Él no puede enterarse de dónde estoy',
  ],
  job_loss: [
    'me han metido en un ERE y a final de mes estoy en la calle, no sé cómo voy a pagar nada',
    'no me renovaron el contrato temporal y la ETT ya no me llama, estoy cobrando el paro mientras tanto',
    'Escribo por mi marido, lo despidieron después de 30 años en la fábrica y le da tanta vergüenza que no quiere ocuparse él',
  ],
  cant_afford: [
    'la semana pasada fuimos al banco de alimentos. Quiero pagar pero después del alquiler no queda nada',
    'me estoy acogiendo a la ley de segunda oportunidad, tengo nueve acreedores y ustedes son uno',
    'ahora mismo es o pago la luz o les pago a ustedes, así estoy',
  ],
  carer: [
    'el alzhéimer de mi madre ha ido a peor, me he vuelto a vivir con ella y la cuido a tiempo completo',
    'cuido de mi hijo discapacitado día y noche y solo puedo mirar estas cosas pasadas las 10 de la noche',
    'Desde que la esclerosis múltiple de mi marido empeoró necesita ayuda para todo, asearse, vestirse, las pastillas. Dejé el trabajo para eso',
  ],
  capability: [
    'el español no es mi idioma y no entiendo la carta, alguien me lo puede explicar facil',
    'Mi abuela tiene 88 años y un comercial le coló esto en la puerta de casa, no tiene internet y no entiende qué es pagar a plazos',
    'tengo dislexia y con los formularios y los correos largos me pierdo, no sé qué firmé',
  ],
  person: [
    'puedo hablar con una persona de verdad por favor, el chatbot no me entiende',
    '¿Me pueden devolver la llamada esta tarde? Estoy disponible a partir de las 4',
    'quiero que esto lo vea un responsable, las últimas tres respuestas no dicen nada',
  ],
  complaint: [
    'Quiero la hoja de reclamaciones, no estoy nada conforme con cómo se ha llevado esto',
    'Es la tercera vez que escribo. Registren esto como queja formal y díganme en qué plazo me responde su departamento de atención al cliente.',
    'indignadísimo con cómo me hablaron ayer por teléfono, exijo que se investigue',
  ],
  regulator: [
    'si en dos meses no está resuelto me voy al Banco de España',
    'ya he hablado con la OCU y me dicen que lo lleve a la junta arbitral de consumo',
    'En FACUA me han dicho que lo eleve a consumo de mi comunidad autónoma, considérenlo un aviso',
  ],
  legal: [
    'Lo he puesto en manos de mi abogado, ya tendrán noticias suyas',
    'les voy a llevar al juzgado por los 240 euros, con un monitorio si hace falta',
    'Les doy 14 días para devolverme el dinero, si no iniciaré acciones judiciales.',
  ],
};

const it: Clauses = {
  bereavement: [
    'Mia madre è mancata la settimana scorsa in hospice e mi sto occupando della successione. Sul suo conto ci sono ancora addebiti vostri',
    'da quando abbiamo seppellito papà non ho aperto una lettera, è tutto ammucchiato sul tavolo',
    "Scrivo per mia nonna: il nonno è morto all'improvviso quindici giorni fa e lei è a pezzi, non sapeva nemmeno che esistesse questo conto",
  ],
  illness: [
    'sono nel mezzo della chemio e la stanchezza è pazzesca, certe settimane non esco neanche di casa',
    'mio padre ha avuto un ictus a giugno, fa ancora fatica a parlare quindi scrivo io per lui',
    "Sono appena uscito dall'ospedale dopo un bypass. Il cardiologo ha detto niente stress per sei settimane, quindi basta solleciti",
  ],
  mental_health: [
    "quest'anno mi hanno ricoverata due volte in psichiatria e le vostre lettere mi fanno ricadere",
    'sono bipolare e durante la fase maniacale ho comprato un sacco di roba che non mi serve, si puo annullare?',
    'In questo periodo la psichiatra mi vede tutti i giorni. Ci sono giorni in cui non vedo più il senso di niente',
  ],
  abuse: [
    'lui controlla i miei estratti conto ogni sera e non mi fa avere una carta mia. per favore non mandate niente a casa',
    'il mio compagno mi ha costretta a fare questo finanziamento a mio nome e dice che mi butta fuori di casa se non pago',
    'Adesso sono in una casa rifugio del centro antiviolenza e non posso darvi un indirizzo. Lui non deve sapere dove sono',
  ],
  job_loss: [
    'mi hanno licenziato per riduzione del personale a fine mese e non so come pagherò niente',
    "il contratto a termine non me l'hanno rinnovato e l'agenzia interinale non mi chiama più, sono disoccupato",
    "Scrivo per mio marito, l'hanno lasciato a casa dopo 30 anni in fabbrica e si vergogna così tanto che non vuole occuparsene lui",
  ],
  cant_afford: [
    'la settimana scorsa siamo andati alla Caritas per la spesa. Voglio pagare ma dopo l affitto non rimane niente',
    "sto facendo la procedura di sovraindebitamento con l'OCC, ho nove creditori e voi siete uno",
    'adesso o pago la bolletta della luce o pago voi, sono a questo punto',
  ],
  carer: [
    "l'Alzheimer di mia madre è peggiorato, sono tornata a vivere da lei e la accudisco a tempo pieno",
    'assisto mio figlio disabile giorno e notte e riesco a guardare queste cose solo dopo le 22',
    'Da quando la sclerosi multipla di mio marito è peggiorata ha bisogno di aiuto per tutto, lavarsi, vestirsi, le medicine. Ho lasciato il lavoro per questo',
  ],
  capability: [
    "l'italiano non e la mia lingua e non capisco la lettera, qualcuno me la spiega semplice",
    'Mia nonna ha 88 anni e un venditore porta a porta le ha rifilato questo, non ha internet e non capisce cosa sia un pagamento a rate',
    'sono dislessico e con i moduli e le email lunghe vado in confusione, non so cosa ho firmato',
  ],
  person: [
    'posso parlare con una persona vera per favore, il chatbot gira a vuoto',
    'Mi potete richiamare oggi pomeriggio? Sono libero dalle 14',
    'voglio che la pratica passi a un responsabile, le ultime tre risposte non dicevano niente',
  ],
  complaint: [
    'Non sono per niente soddisfatta di come è stata gestita la pratica e presento reclamo scritto',
    'È la terza volta che scrivo. Registrate questa come contestazione e spiegatemi la vostra procedura dei reclami.',
    'sono scandalizzato da come mi hanno trattato ieri al telefono, voglio che qualcuno ne risponda',
  ],
  regulator: [
    "se entro 60 giorni non è risolto faccio ricorso all'Arbitro Bancario Finanziario",
    "ho già segnalato alla Banca d'Italia come concedete i finanziamenti",
    "Altroconsumo mi ha consigliato di fare un esposto all'Antitrust, consideratelo un avvertimento",
  ],
  legal: [
    'Ho passato tutto al mio avvocato, avrete sue notizie',
    'vi porto dal giudice di pace per i 240 euro, con decreto ingiuntivo se serve',
    'Vi do 14 giorni per rimborsarmi, altrimenti procederò per vie legali.',
  ],
};

const pt: Clauses = {
  bereavement: [
    'A minha mãe faleceu na semana passada nos cuidados paliativos e estou a tratar da herança. Na conta dela ainda estão a cair débitos vossos',
    'desde o enterro do meu pai que não abro uma carta, está tudo amontoado em cima da mesa',
    'Escrevo pela minha avó: o meu avô morreu de repente há quinze dias e ela está de rastos, nem sabia que esta conta existia',
  ],
  illness: [
    'estou a meio da quimio e o cansaço é brutal, há semanas em que nem saio de casa',
    'o meu pai teve uma trombose cerebral em junho, ainda fala com dificuldade por isso sou eu que escrevo por ele',
    'Acabei de sair do hospital depois de um bypass. O cardiologista disse zero stress durante seis semanas, por isso parem com os avisos',
  ],
  mental_health: [
    'este ano fui internada duas vezes na psiquiatria e as vossas cartas deitam-me abaixo outra vez',
    'sou bipolar e na fase maníaca comprei montes de coisas de que não preciso, dá para anular?',
    'Neste momento a equipa de saúde mental comunitária vem cá a casa todos os dias. Há dias em que não vejo sentido em nada',
  ],
  abuse: [
    'ele vê os meus extratos todas as noites e não me deixa ter cartão meu. por favor não mandem nada para casa',
    'o meu companheiro obrigou-me a fazer este crédito em meu nome e diz que me põe na rua se eu não pagar',
    'Estou numa casa de abrigo e não posso dar morada. Ele não pode mesmo saber onde estou',
  ],
  job_loss: [
    'fui apanhado no despedimento coletivo e no fim do mês estou na rua, não sei como vou pagar nada',
    'não me renovaram o contrato a prazo e a empresa de trabalho temporário já não me chama, estou inscrito no centro de emprego',
    'Escrevo pelo meu marido, foi mandado embora depois de 30 anos na fábrica e tem tanta vergonha que não quer tratar disto',
  ],
  cant_afford: [
    'na semana passada fomos ao banco alimentar. Quero pagar mas depois da renda não sobra nada',
    'a DECO está a ajudar-me com o sobre-endividamento, tenho nove credores e vocês são um deles',
    'agora é ou pago a luz ou pago-vos a vocês, estou nesse ponto',
  ],
  carer: [
    'o Alzheimer da minha mãe piorou muito, voltei a viver com ela e cuido dela a tempo inteiro',
    'cuido do meu filho com deficiência dia e noite e só consigo ver estas coisas depois das 22h',
    'Desde que a esclerose múltipla do meu marido piorou ele precisa de ajuda para tudo, lavar, vestir, os comprimidos. Sou cuidadora informal e deixei de trabalhar por isso',
  ],
  capability: [
    'portugues nao e a minha lingua e nao percebo a carta, alguem me explica de forma simples',
    'A minha avó tem 88 anos e um vendedor porta a porta impingiu-lhe isto, ela não tem internet e não percebe o que é pagar às prestações',
    'sou disléxico e com formulários e emails compridos baralho-me todo, não sei o que assinei',
  ],
  person: [
    'posso falar com uma pessoa a sério por favor, o chatbot anda às voltas',
    'Podem ligar-me de volta hoje à tarde? Estou disponível a partir das 14h',
    'quero que isto suba a um responsável, as últimas três respostas não disseram nada',
  ],
  complaint: [
    'Não estou nada satisfeita com a forma como isto foi tratado e vou escrever no Livro de Reclamações',
    'É a terceira vez que escrevo. Registem isto como queixa formal e expliquem-me como funciona o vosso processo de reclamações.',
    'fiquei indignado com a maneira como me falaram ontem ao telefone, quero que isso seja averiguado',
  ],
  regulator: [
    'se isto não ficar resolvido em dois meses vou ao Banco de Portugal',
    'já abri processo no centro de arbitragem de conflitos de consumo',
    'fui no Procon e eles falaram pra eu abrir reclamação no Banco Central, fica o aviso',
  ],
  legal: [
    'Já entreguei tudo ao meu advogado, vão ter notícias dele',
    'vou pôr-vos no julgado de paz pelos 240 euros',
    'Dou-vos 14 dias para me devolverem o dinheiro, caso contrário avanço com uma ação judicial.',
  ],
};

const nl: Clauses = {
  bereavement: [
    'Mijn moeder is vorige week in het hospice overleden en ik regel nu de nalatenschap. Er gaan nog steeds afschrijvingen van jullie van haar rekening af',
    'sinds we pa begraven hebben heb ik geen enkele brief meer opengemaakt, alles ligt op een stapel in de gang',
    'Ik schrijf namens mijn oma: opa is twee weken geleden ineens overleden en ze is er kapot van, ze wist niet eens dat deze rekening bestond',
  ],
  illness: [
    'ik zit midden in de chemo en ben zo gesloopt dat ik sommige weken de deur niet uitkom',
    'mijn vader heeft in juni een herseninfarct gehad, hij kan nog niet goed praten dus ik schrijf voor hem',
    'Net thuis uit het ziekenhuis na een bypassoperatie. De cardioloog zegt zes weken geen stress, dus stop aub met die herinneringen',
  ],
  mental_health: [
    'ik ben dit jaar twee keer opgenomen bij de ggz en jullie brieven trekken me weer helemaal naar beneden',
    'ik ben bipolair en tijdens een manie heb ik van alles besteld wat ik niet nodig heb, kan dat teruggedraaid worden',
    'Het FACT-team komt nu elke dag bij me langs. Sommige dagen zie ik het nut van niks meer in',
  ],
  abuse: [
    'hij controleert elke avond mijn afschriften en ik mag geen eigen pinpas hebben. stuur aub niks naar huis',
    'mijn vriend heeft me gedwongen dit op mijn naam af te sluiten en zegt dat hij me eruit zet als ik niet betaal',
    'Ik zit nu in de vrouwenopvang en kan geen adres geven. Hij mag echt niet weten waar ik ben',
  ],
  job_loss: [
    'ik ben per eind van de maand boventallig verklaard, geen idee hoe ik nog iets moet betalen',
    'mijn tijdelijke contract is niet verlengd en het uitzendbureau heeft geen werk meer voor me, ik zit thuis zonder inkomen',
    'Ik schrijf voor mijn man, hij is na 30 jaar bij de fabriek op straat gezet en schaamt zich zo dat hij dit niet zelf wil doen',
  ],
  cant_afford: [
    'we zijn vorige week naar de voedselbank geweest. Ik wil wel betalen maar na de huur blijft er niks over',
    'ik zit in de schuldhulpverlening van de gemeente, ik heb negen schuldeisers en jullie zijn er een van',
    'het is nu kiezen tussen de energierekening of jullie, zo ver is het',
  ],
  carer: [
    'de dementie van mijn moeder is hard achteruit gegaan, ik ben weer bij haar ingetrokken en zorg fulltime voor haar',
    'ik zorg dag en nacht voor mijn gehandicapte zoon en kan pas na tienen naar dit soort dingen kijken',
    'Sinds de MS van mijn man erger is heeft hij overal hulp bij nodig, wassen, aankleden, medicijnen. Ik ben ervoor gestopt met werken',
  ],
  capability: [
    'nederlands is niet mijn taal en ik snap de brief niet, kan iemand het simpel uitleggen',
    'Mijn oma is 88 en heeft dit aan de deur aangesmeerd gekregen, ze heeft geen internet en snapt niet wat een betalingsregeling is',
    'ik ben dyslectisch en met formulieren en lange mails raak ik de weg kwijt, ik weet niet wat ik getekend heb',
  ],
  person: [
    'kan ik aub met een echt mens praten, jullie chatbot draait rondjes',
    'Kunnen jullie me vanmiddag terugbellen? Ik ben vanaf 2 uur bereikbaar',
    'ik wil dat dit naar een leidinggevende gaat, de laatste drie antwoorden sloegen nergens op',
  ],
  complaint: [
    'Ik ben totaal niet tevreden over de afhandeling en dien hierbij een klacht in',
    'Dit is de derde keer dat ik mail. Registreer dit aub als klacht en leg uit hoe jullie klachtenprocedure werkt.',
    'ik ben echt geschokt over hoe ik gisteren aan de telefoon te woord ben gestaan, ik wil dat dit uitgezocht wordt',
  ],
  regulator: [
    'als het niet binnen 8 weken opgelost is stap ik naar het Kifid',
    'ik heb de AFM al ingelicht over hoe jullie krediet verstrekken',
    'Het Juridisch Loket zegt dat ik naar de Geschillencommissie moet, zie dit als waarschuwing',
  ],
  legal: [
    'Ik heb het aan mijn advocaat overgedragen, u hoort van hem',
    'ik stap naar de kantonrechter voor die 240 euro',
    'Hierbij stel ik u in gebreke. Zonder terugbetaling binnen 14 dagen start ik een procedure.',
  ],
};

const sv: Clauses = {
  bereavement: [
    'Min mamma gick bort förra veckan på hospice och jag håller på med dödsboet. Det dras fortfarande pengar från hennes konto till er',
    'sen pappa dog har jag inte orkat öppna ett enda brev, allt ligger i en hög i hallen',
    'Jag skriver åt min mormor: morfar dog helt plötsligt för två veckor sen och hon är helt förkrossad, hon visste inte ens att kontot fanns',
  ],
  illness: [
    'är mitt i cellgiftsbehandlingen och så trött att vissa veckor tar jag mig inte ut genom dörren',
    'pappa fick en stroke i juni och kan fortfarande inte prata ordentligt, så jag skriver åt honom',
    'Kom precis hem från sjukhuset efter en bypassoperation. Läkaren sa ingen stress på sex veckor, så sluta skicka påminnelser',
  ],
  mental_health: [
    'jag har varit inlagd på psyk två gånger i år och era brev drar ner mig igen',
    'jag är bipolär och under en manisk period beställde jag massa grejer jag inte behöver, går det att ångra',
    'Just nu kommer psykiatrins mobila team hem till mig varje dag. Vissa dagar ser jag ingen mening med någonting',
  ],
  abuse: [
    'han kollar mina kontoutdrag varje kväll och jag får inte ha ett eget kort. skicka inget hem snälla',
    'min kille tvingade mig att ta krediten i mitt namn och säger att han slänger ut mig om jag inte betalar',
    'Jag bor på ett skyddat boende via kvinnojouren just nu och kan inte uppge adress. Han får inte veta var jag är',
  ],
  job_loss: [
    'jag blev uppsagd pga arbetsbrist och slutar vid månadsskiftet, har ingen aning om hur jag ska betala något',
    'mitt vikariat förlängdes inte och bemanningsföretaget har inga pass åt mig, jag är inskriven på Arbetsförmedlingen så länge',
    'Jag skriver för min man, han fick gå efter 30 år på fabriken och skäms så mycket att han inte vill ta tag i det själv',
  ],
  cant_afford: [
    'vi fick hämta matkasse hos Stadsmissionen förra veckan. Jag vill betala men efter hyran finns det inget kvar',
    'kommunens budget- och skuldrådgivare hjälper mig, jag har nio fordringsägare och ni är en av dem',
    'just nu är det antingen elräkningen eller ni, så illa är det',
  ],
  carer: [
    'mammas demens har blivit mycket värre, jag har flyttat hem till henne och tar hand om henne på heltid',
    'jag tar hand om min son med funktionsnedsättning dygnet runt och hinner bara titta på sånt här efter tio på kvällen',
    'Sen min mans MS blev värre behöver han hjälp med allt, tvätta sig, klä på sig, medicinerna. Jag har slutat jobba för det',
  ],
  capability: [
    'svenska ar inte mitt sprak och jag forstar inte brevet, kan nan forklara enkelt',
    'Min farmor är 88 och blev lurad av en dörrförsäljare, hon har inget internet och förstår inte vad avbetalning är',
    'jag har dyslexi och blanketter och långa mejl blir bara rörigt, jag vet inte vad jag har skrivit på',
  ],
  person: [
    'kan jag få prata med en riktig människa, chatboten går bara i cirklar',
    'Kan ni ringa upp mig i eftermiddag? Jag är nåbar efter 14',
    'jag vill att det här går vidare till en chef, de tre senaste svaren sa ingenting',
  ],
  complaint: [
    'Jag är inte alls nöjd med hur ärendet har skötts och vill lämna ett formellt klagomål',
    'Det här är tredje gången jag skriver. Registrera det som ett klagomål och berätta hur er klagomålshantering går till.',
    'är helt chockad över hur jag blev bemött i telefon igår, jag vill att det utreds',
  ],
  regulator: [
    'om det inte är löst inom 8 veckor går jag till ARN',
    'jag har redan tipsat Finansinspektionen om hur ni beviljar krediter',
    'Konsumenternas Bank- och finansbyrå tyckte att jag skulle anmäla er till Konsumentverket, se det som en varning',
  ],
  legal: [
    'Jag har lämnat över det här till min advokat, ni kommer att höra av honom',
    'jag tar er till tingsrätten för de 2400 kronorna',
    'Ni har 14 dagar på er att betala tillbaka, annars stämmer jag er.',
  ],
};

const da: Clauses = {
  bereavement: [
    'Min mor døde i sidste uge på hospice og jeg sidder med dødsboet. Der bliver stadig trukket penge fra hendes konto til jer',
    'siden far døde har jeg ikke åbnet et eneste brev, det hele ligger i en bunke i entreen',
    'Jeg skriver for min mormor: morfar døde helt pludselig for to uger siden og hun er fuldstændig knust, hun vidste ikke engang at kontoen fandtes',
  ],
  illness: [
    'jeg er midt i kemoen og så træt at jeg nogle uger ikke kommer ud af døren',
    'min far fik en blodprop i hjernen i juni og kan stadig ikke tale ordentligt, så jeg skriver for ham',
    'Er lige kommet hjem fra hospitalet efter en bypassoperation. Lægen siger ingen stress i seks uger, så stop med rykkerne',
  ],
  mental_health: [
    'jeg har været indlagt på psykiatrisk to gange i år og jeres breve trækker mig ned igen',
    'jeg er bipolar og i en manisk periode bestilte jeg en masse ting jeg ikke har brug for, kan det gøres om',
    'Lige nu kommer det udgående psykiatriske team hver dag. Nogle dage kan jeg ikke se meningen med noget',
  ],
  abuse: [
    'han tjekker mine kontoudtog hver aften og jeg må ikke have mit eget kort. send ikke noget hjem',
    'min kæreste tvang mig til at tage lånet i mit navn og siger han smider mig ud hvis jeg ikke betaler',
    'Jeg bor på et krisecenter lige nu og kan ikke give en adresse. Han må ikke finde ud af hvor jeg er',
  ],
  job_loss: [
    'jeg er blevet fyret pga arbejdsmangel og stopper til månedsskiftet, aner ikke hvordan jeg skal betale noget',
    'mit vikariat blev ikke forlænget og vikarbureauet har ingen vagter til mig, jeg er meldt ledig på jobcentret',
    'Jeg skriver for min mand, han blev sagt op efter 30 år på fabrikken og skammer sig så meget at han ikke selv vil tage sig af det',
  ],
  cant_afford: [
    'vi fik madhjælp fra Kirkens Korshær i sidste uge. Jeg vil gerne betale men efter huslejen er der ingenting tilbage',
    'en gældsrådgiver fra Røde Kors hjælper mig, jeg har ni kreditorer og I er en af dem',
    'lige nu er det enten elregningen eller jer, så galt står det til',
  ],
  carer: [
    'min mors demens er blevet meget værre, jeg er flyttet hjem til hende og passer hende på fuld tid',
    'jeg passer min handicappede søn døgnet rundt og kan først kigge på den slags efter kl 22',
    'Siden min mands sklerose blev værre skal han have hjælp til alt, bad, påklædning, medicin. Jeg er stoppet med at arbejde for det',
  ],
  capability: [
    'dansk er ikke mit sprog og jeg forstar ikke brevet, kan nogen forklare det enkelt',
    'Min farmor er 88 og fik det prakket på af en dørsælger, hun har ikke internet og forstår ikke hvad afdrag er',
    'jeg er ordblind og formularer og lange mails bliver bare noget rod, jeg ved ikke hvad jeg har skrevet under på',
  ],
  person: [
    'kan jeg få lov at tale med et rigtigt menneske, chatbotten kører bare i ring',
    'Kan I ringe mig op i eftermiddag? Jeg kan træffes efter kl 14',
    'jeg vil have det her videre til en chef, de tre sidste svar sagde ingenting',
  ],
  complaint: [
    'Jeg er slet ikke tilfreds med behandlingen af min sag og vil indgive en formel klage',
    'Det er tredje gang jeg skriver. Registrer det som en klage og fortæl mig hvordan jeres klageprocedure er.',
    'er helt rystet over hvordan jeg blev talt til i telefonen i går, jeg vil have det undersøgt',
  ],
  regulator: [
    'hvis det ikke er løst inden 8 uger går jeg til Pengeinstitutankenævnet',
    'jeg har allerede gjort Finanstilsynet opmærksom på hvordan I giver lån',
    'Jeg har talt med Nævnenes Hus og sender en klage til Forbrugerklagenævnet, betragt det som en advarsel',
  ],
  legal: [
    'Jeg har givet sagen til min advokat, I vil høre fra ham',
    'jeg tager jer i småsagsretten for de 2400 kr',
    'I har 14 dage til at tilbagebetale, ellers lægger jeg sag an.',
  ],
};

const fi: Clauses = {
  bereavement: [
    'Äitini kuoli viime viikolla saattohoitokodissa ja hoidan nyt perunkirjoitusta. Hänen tililtään menee edelleen veloituksia teille',
    'isän kuoleman jälkeen en oo avannut yhtään kirjettä, ne on kaikki kasassa eteisessä',
    'Kirjoitan mummon puolesta: ukki kuoli ihan yllättäen kaksi viikkoa sitten ja mummo on aivan murtunut, hän ei edes tiennyt tästä tilistä',
  ],
  illness: [
    'oon keskellä solunsalpaajahoitoja ja niin väsynyt etten joinain viikkoina pääse ovesta ulos',
    'isä sai aivoinfarktin kesäkuussa eikä vieläkään pysty puhumaan kunnolla, joten kirjoitan hänen puolestaan',
    'Pääsin juuri kotiin sairaalasta ohitusleikkauksen jälkeen. Lääkäri sanoi ei stressiä kuuteen viikkoon, joten lopettakaa muistutukset',
  ],
  mental_health: [
    'oon ollut tänä vuonna kahdesti psykiatrisella osastolla ja teidän kirjeet vetää mut taas alas',
    'mulla on kaksisuuntainen mielialahäiriö ja maniavaiheessa tilasin kaikkea mitä en tarvitse, voiko ne perua',
    'Tällä hetkellä psykiatrinen kotihoito käy luonani joka päivä. Joinain päivinä en näe missään mitään järkeä',
  ],
  abuse: [
    'hän tarkistaa tiliotteeni joka ilta enkä saa pitää omaa korttia. älkää lähettäkö mitään kotiin',
    'poikaystäväni pakotti minut ottamaan tämän luoton omalla nimelläni ja sanoo heittävänsä minut ulos jos en maksa',
    'Asun nyt turvakodissa enkä voi antaa osoitetta. Hän ei saa missään nimessä tietää missä olen',
  ],
  job_loss: [
    'mut irtisanottiin tuotannollisista ja taloudellisista syistä ja työt loppuu kuun vaihteessa, en tiedä miten maksan mitään',
    'määräaikaista sopimusta ei jatkettu eikä henkilöstöfirmalla oo mulle vuoroja, oon ilmoittautunut työttömäksi työnhakijaksi',
    'Kirjoitan mieheni puolesta, hänet irtisanottiin tehtaalta 30 vuoden jälkeen ja hän häpeää niin paljon ettei halua hoitaa tätä itse',
  ],
  cant_afford: [
    'kävimme viime viikolla leipäjonossa. Haluan maksaa mutta vuokran jälkeen ei jää mitään',
    'talous- ja velkaneuvonta auttaa mua, mulla on yhdeksän velkojaa ja te ootte yksi niistä',
    'nyt on valittava maksanko sähkölaskun vai teidät, niin huonosti menee',
  ],
  carer: [
    'äidin muistisairaus on pahentunut paljon, muutin takaisin hänen luokseen ja hoidan häntä kokopäiväisesti',
    'hoidan vammaista poikaani ympäri vuorokauden ja ehdin katsoa tällaisia asioita vasta kymmenen jälkeen illalla',
    'Mieheni MS-tauti on pahentunut ja hän tarvitsee apua kaikessa, peseytymisessä, pukeutumisessa, lääkkeissä. Olen omaishoitaja ja jäin sen takia pois töistä',
  ],
  capability: [
    'suomi ei ole mun kieli enka ymmarra kirjetta, voiko joku selittaa helposti',
    'Mummoni on 88 ja ovimyyjä puhui hänet ympäri, hänellä ei ole nettiä eikä hän ymmärrä mitä osamaksu tarkoittaa',
    'mulla on lukihäiriö ja lomakkeet ja pitkät sähköpostit menee ihan sekaisin, en tiedä mihin oon sitoutunut',
  ],
  person: [
    'voinko puhua oikean ihmisen kanssa, chatbotti pyörii vaan ympyrää',
    'Voitteko soittaa minulle takaisin iltapäivällä? Olen tavoitettavissa kahden jälkeen',
    'haluan että tämä siirretään esihenkilölle, kolme viimeistä vastausta ei sanonut mitään',
  ],
  complaint: [
    'En ole lainkaan tyytyväinen asiani käsittelyyn ja teen virallisen reklamaation',
    'Tämä on jo kolmas viesti. Haluan tehdä asiasta muodollisen valituksen ja tietää miten se käsitellään.',
    'olen järkyttynyt siitä miten mulle puhuttiin eilen puhelimessa, haluan että asia selvitetään',
  ],
  regulator: [
    'jos tätä ei ratkaista kahdeksassa viikossa vien asian FINE:lle',
    'olen jo ilmoittanut Finanssivalvonnalle miten te myönnätte luottoja',
    'Kuluttajaneuvonta neuvoi viemään asian kuluttajariitalautakuntaan, pitäkää tätä varoituksena',
  ],
  legal: [
    'Olen antanut asian asianajajalleni, kuulette hänestä',
    'haastan teidät käräjäoikeuteen niistä 240 eurosta',
    'Teillä on 14 päivää aikaa palauttaa rahat, muuten nostan kanteen.',
  ],
};

const pl: Clauses = {
  bereavement: [
    'Mama zmarła w zeszłym tygodniu w hospicjum i teraz zajmuję się spadkiem. Z jej konta dalej schodzą wasze obciążenia',
    'od śmierci taty nie otworzyłam ani jednego listu, wszystko leży na kupce w przedpokoju',
    'Piszę w imieniu babci: dziadek zmarł nagle dwa tygodnie temu i ona jest kompletnie rozbita, nawet nie wiedziała o tym koncie',
  ],
  illness: [
    'jestem w trakcie chemii i tak wykończona, że są tygodnie kiedy nie wychodzę z domu',
    'tata miał wylew w czerwcu i dalej nie mówi wyraźnie, więc piszę za niego',
    'Dopiero wyszedłem ze szpitala po wszczepieniu bajpasów. Kardiolog kazał unikać stresu przez sześć tygodni, więc proszę przestać z ponagleniami',
  ],
  mental_health: [
    'w tym roku dwa razy leżałam na oddziale psychiatrycznym i wasze pisma znowu mnie dobijają',
    'mam chorobę dwubiegunową i w manii nakupowałem mnóstwo rzeczy, których nie potrzebuję, da się to cofnąć',
    'Teraz codziennie przychodzi do mnie zespół leczenia środowiskowego. Są dni, kiedy nie widzę sensu w niczym',
  ],
  abuse: [
    'on co wieczór sprawdza moje wyciągi i nie pozwala mi mieć własnej karty. proszę nic nie wysyłać do domu',
    'partner zmusił mnie do wzięcia tego kredytu na moje nazwisko i mówi, że wyrzuci mnie z domu, jak nie zapłacę',
    'Jestem teraz w ośrodku interwencji kryzysowej i nie mogę podać adresu. On nie może się dowiedzieć, gdzie jestem',
  ],
  job_loss: [
    'dostałem wypowiedzenie z przyczyn leżących po stronie pracodawcy, koniec miesiąca i do widzenia, nie wiem z czego będę płacić',
    'nie przedłużyli mi umowy na czas określony, a agencja pracy tymczasowej nie ma dla mnie zmian, zarejestrowałem się jako bezrobotny',
    'Piszę za męża, po 30 latach w fabryce dostał wypowiedzenie i tak się wstydzi, że nie chce sam tego załatwiać',
  ],
  cant_afford: [
    'w zeszłym tygodniu braliśmy paczkę z banku żywności. Chcę zapłacić, ale po czynszu nic nie zostaje',
    'pomaga mi doradca z poradni dla zadłużonych, mam dziewięciu wierzycieli i wy jesteście jednym z nich',
    'teraz albo płacę za prąd albo wam, tak to wygląda',
  ],
  carer: [
    'demencja mamy bardzo się pogłębiła, wróciłam do niej mieszkać i opiekuję się nią na pełen etat',
    'opiekuję się niepełnosprawnym synem całą dobę i takie sprawy mogę ogarnąć dopiero po 22',
    'Odkąd stwardnienie rozsiane męża się pogorszyło, potrzebuje pomocy przy wszystkim, mycie, ubieranie, leki. Rzuciłam dla niego pracę i biorę świadczenie pielęgnacyjne',
  ],
  capability: [
    'polski to nie moj jezyk i nie rozumiem tego pisma, moze ktos wytlumaczyc prosto',
    'Babcia ma 88 lat i akwizytor wcisnął jej to w drzwiach, nie ma internetu i nie rozumie co to są raty',
    'mam dysleksję i formularze i długie maile to dla mnie czarna magia, nie wiem co podpisałem',
  ],
  person: [
    'czy mogę porozmawiać z prawdziwym człowiekiem, chatbot kręci się w kółko',
    'Czy możecie do mnie oddzwonić po południu? Jestem dostępny po 14',
    'chcę żeby tą sprawą zajął się kierownik, trzy ostatnie odpowiedzi nic nie wniosły',
  ],
  complaint: [
    'Jestem bardzo niezadowolona z tego, jak potraktowano moją sprawę, i składam formalną skargę',
    'Piszę już trzeci raz. Proszę zarejestrować to jako reklamację i wyjaśnić, jak wygląda u was procedura rozpatrywania reklamacji.',
    'jestem oburzony tym, jak mnie wczoraj potraktowano przez telefon, żądam wyjaśnienia sprawy',
  ],
  regulator: [
    'jak w ciągu 30 dni tego nie załatwicie, idę do Rzecznika Finansowego',
    'już zgłosiłem do KNF, jak udzielacie kredytów',
    'Miejski rzecznik konsumentów poradził mi złożyć skargę do UOKiK, traktujcie to jako ostrzeżenie',
  ],
  legal: [
    'Przekazałem sprawę mojemu adwokatowi, odezwie się do was',
    'pozwę was do sądu o te 240 zł, w postępowaniu uproszczonym jak trzeba',
    'Macie 14 dni na zwrot pieniędzy, w przeciwnym razie kieruję sprawę na drogę sądową.',
  ],
};

const NEEDS_PERSON_CHAT: Record<GuardLanguage, Record<Driver, readonly string[]>> = {
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

export { NEEDS_PERSON_CHAT };
