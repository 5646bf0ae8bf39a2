import type { Driver, GuardLanguage } from './guard-drivers.js';

/**
 * A seventh style (`chat`), written by someone who had never seen the deterministic signals, after
 * the `fresh` part became tuning data. It was measured held out first (BENCHMARKS.md) and is tuning
 * data (dev) now; the `brief` part (needs-person-brief.ts) was written to be held out after it.
 * Three clauses per language and driver, as a support chat or email really reads: the need often
 * told as a situation rather than named (a funeral, a controlling partner, a lost job), spread over
 * two sentences, tucked after a routine question, or written by a relative or friend; the country's
 * own institutions (benefits and job offices, food banks, debt advice, consumer bodies, ombudsmen,
 * regulators, courts); short angry lines and long rambling ones, typos, missing accents, English
 * words. Its wording was chosen to avoid the other parts' words where a native speaker has another
 * way to say it.
 */

type Clauses = Record<Driver, readonly [string, string, string]>;

const en: Clauses = {
  bereavement: [
    "Dad passed away in the hospice on the 3rd and it's fallen to me to sort his affairs. His card is still being charged for this and honestly I can't face ringing round everyone",
    'since we lost mum in the spring i havent opened any post, its all just sat in a pile by the door',
    'Writing on behalf of my wife. Our daughter was stillborn at 30 weeks last month and neither of us is in any state to sort this out',
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
    "he checks every statement every night and keeps hold of the only card himself. please don't send anything to the house",
    "my partner made me take this out in my name for his stuff and says he'll kick me out if I miss a payment",
    "my grandson put your app on his phone to 'help me' but money keeps going out and he gets nasty if I ask about it",
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
    "my lad is autistic and needs watching 24/7, only time I get to sort paperwork is when he's asleep",
    'Since his MS got worse my husband needs help with everything, washing, dressing, tablets. I gave up work to do it',
  ],
  capability: [
    'english isnt my first language and i dont understand what this letter means, can someone explain it simple',
    "my gran is 88 and got talked into this on her doorstep, she doesn't use the internet and doesn't understand what instalments are",
    "mum is registered blind and her screen reader can't cope with your app, so she has no idea what's on her account",
  ],
  person: [
    'honestly I just want someone to call me, this back and forth over email is getting nowhere',
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
    'Kurze Frage zur Rechnung. Und entschuldigen Sie dass ich so spät antworte, wir haben am Dienstag meinen Bruder beerdigt und ich bin noch total durch',
    'seit papa unter der erde ist hab ich keinen einzigen brief mehr aufgemacht, das liegt alles auf nem stapel im flur',
    'Ich schreibe für meine Frau. Unsere Tochter ist letzten Monat in der 30. Woche still geboren, ein Sternenkind, und keiner von uns schafft gerade irgendwas',
  ],
  illness: [
    'Hallo, ich wollte eigentlich nur fragen ob ich die Rate verschieben kann. Hintergrund: ich hab im Frühjahr die Diagnose Brustkrebs bekommen, bin mitten in der Chemo und hab grad echt andere Sorgen',
    'Mein Vater hatte im Juni einen Schlaganfall und kann noch nicht richtig sprechen, deshalb schreibe ich das für ihn',
    'Ich schreibe für meinen Mann, er liegt nach einem Motorradunfall seit drei Wochen auf der Intensiv und ich hab keinen Zugriff auf seine Sachen',
  ],
  mental_health: [
    'Sorry wenn das wirr klingt. Ich hab Burnout, bin seit drei Monaten krankgeschrieben und schaff es grade nicht mal ans Telefon zu gehen',
    'hab ne bipolare Störung und in der Manie hab ich lauter Zeug bestellt das ich gar nicht brauche, kann man das rückgängig machen',
    'Der sozialpsychiatrische Dienst schaut gerade täglich bei mir vorbei. An manchen Tagen sehe ich einfach keinen Sinn mehr in irgendwas',
  ],
  abuse: [
    'er kontrolliert jeden Abend meine Kontoauszüge und ich darf keine eigene Karte haben. Bitte nichts nach Hause schicken',
    'Meine Schwester schreibt das für mich, weil er mein Handy kontrolliert. Er nimmt mir das ganze Gehalt weg und ich darf nichts allein kaufen',
    'Mein Enkel hat die App auf seinem Handy, angeblich um mir zu helfen, aber es geht ständig Geld weg und er wird laut wenn ich nachfrage',
  ],
  job_loss: [
    'hab meinen Job beim Lieferdienst verloren, seit 6 Wochen kommt kein Geld und der Antrag hängt noch',
    'mein befristeter Vertrag wurde nicht verlängert und die Zeitarbeitsfirma hat nix für mich, ALG 1 ist beantragt aber die Agentur für Arbeit lässt sich Zeit',
    'Ich schreibe für meinen Mann, er wurde nach 30 Jahren im Werk entlassen und schämt sich so, dass er das nicht selbst machen will',
  ],
  cant_afford: [
    'ich bin komplett broke, der Kühlschrank ist leer und bis zum Ersten sind es noch 12 Tage',
    'die Schuldnerberatung der Caritas hilft mir gerade, ich hab neun Gläubiger und Sie sind einer davon',
    'Dispo ist ausgereizt, die Stadtwerke drohen mit Stromsperre und jetzt kommt eure Mahnung noch obendrauf',
  ],
  carer: [
    'Mamas Demenz ist rapide schlechter geworden, ich bin wieder bei ihr eingezogen und versorge sie rund um die Uhr',
    'mein Sohn ist Autist und braucht rund um die Uhr Aufsicht, zum Papierkram komm ich nur wenn er schläft',
    'Seit die MS bei meinem Mann schlimmer ist braucht er bei allem Hilfe, Waschen, Anziehen, Tabletten. Ich hab dafür meinen Job aufgegeben',
  ],
  capability: [
    'Ich bin der rechtliche Betreuer von Herrn K., er steht unter gesetzlicher Betreuung und hätte diesen Vertrag gar nicht allein abschließen dürfen',
    'Meine Oma ist 88 und hat sich das an der Haustür aufschwatzen lassen, sie hat kein Internet und versteht nicht was Ratenzahlung heißt',
    'ich bin fast blind (Makuladegeneration) und kann Ihre PDFs nicht lesen, die Vorlesefunktion geht bei Ihrer App nicht',
  ],
  person: [
    'gibt es bei euch keine Hotline mehr?? ich will das mit jemandem am Telefon klären, nicht mit einem Formular',
    'rufen Sie mich bitte heute Nachmittag zurück, ab 14 Uhr bin ich erreichbar',
    'Ich hab jetzt zum vierten Mal das gleiche Problem geschildert. Können Sie mir bitte jemanden geben, der auch was entscheiden darf?',
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
    'Petite question sur ma facture. Et excusez le retard, on a enterré mon frère mardi et je suis encore sous le choc',
    "depuis le décès de papa j'ai pas ouvert une seule lettre, tout s'entasse sur la table de l'entrée",
    "J'écris au nom de ma femme. On a perdu notre petite fille à 7 mois de grossesse le mois dernier et aucun de nous deux n'est en état de gérer ça",
  ],
  illness: [
    "Bonjour, je voulais juste savoir si je peux décaler l'échéance. Pour info on m'a trouvé un cancer du sein au printemps, je suis en pleine chimio et j'ai vraiment d'autres soucis",
    "mon père a fait une hémorragie cérébrale en juin, il parle encore mal alors c'est moi qui écris pour lui",
    "J'écris pour mon mari, il est en réa depuis trois semaines après un accident de moto et je n'ai accès à rien de ses comptes",
  ],
  mental_health: [
    "désolée si c'est confus. Je suis en arrêt pour burn-out depuis trois mois et je n'arrive même plus à décrocher le téléphone",
    "je suis bipolaire et pendant ma phase maniaque j'ai commandé plein de trucs dont j'ai pas besoin, est ce qu'on peut annuler",
    "L'équipe mobile de psychiatrie passe tous les jours en ce moment. Certains jours je ne vois plus l'intérêt de rien",
  ],
  abuse: [
    "il vérifie mes relevés tous les soirs et j'ai pas le droit d'avoir ma propre carte. n'envoyez rien à la maison svp",
    "C'est ma sœur qui vous écrit pour moi parce qu'il regarde mon téléphone. Il garde toute ma paie et je peux rien acheter seule",
    "mon petit-fils a mis votre appli sur son téléphone soi-disant pour m'aider, mais l'argent part sans arrêt et il s'énerve quand je demande",
  ],
  job_loss: [
    "le resto où je bossais a fermé, je suis sans emploi et j'attends toujours mes indemnités",
    "mon CDD a pas été renouvelé et la boite d'intérim a plus de missions pour moi, je suis au chômage en attendant",
    "J'écris pour mon mari, il a été licencié après 30 ans à l'usine et il a trop honte pour s'en occuper lui-même",
  ],
  cant_afford: [
    'je suis dans la dèche totale, frigo vide et encore 12 jours avant la paie',
    "J'ai déposé un dossier de surendettement à la Banque de France, j'ai neuf créanciers dont vous",
    'mon compte est dans le rouge depuis le 5, EDF menace de couper et votre relance arrive en plus',
  ],
  carer: [
    "l'Alzheimer de ma mère s'est beaucoup aggravé, je suis revenue vivre chez elle et je m'en occupe à plein temps",
    "je suis aidante de mon fils autiste 24h/24, la paperasse je peux m'en occuper que tard le soir",
    "Depuis que sa sclérose en plaques a empiré mon mari a besoin d'aide pour tout, la toilette, l'habillage, les médicaments. J'ai arrêté de travailler pour ça",
  ],
  capability: [
    "Je suis la curatrice de M. Martin, il est sous curatelle renforcée et n'aurait pas dû signer ce contrat seul",
    "Ma grand-mère a 88 ans et s'est fait embobiner par un démarcheur, elle n'a pas internet et ne comprend pas ce qu'est un paiement en plusieurs fois",
    'je suis malvoyant, DMLA, vos mails en pdf je peux pas les lire et la synthèse vocale marche pas sur votre appli',
  ],
  person: [
    "y a plus de numéro de téléphone chez vous?? je veux régler ça de vive voix avec quelqu'un",
    'Pouvez-vous me rappeler cet après-midi ? Je suis dispo à partir de 14h',
    "Ça fait la quatrième fois que j'explique le même problème. Vous pouvez me passer quelqu'un qui a le pouvoir de décider ?",
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
    'Una consulta sobre la factura. Y perdonen el retraso, el martes enterramos a mi hermano y todavía estoy en shock',
    'desde que falleció mi padre no he abierto ni una carta, se me amontona todo en la mesa',
    'Escribo en nombre de mi mujer. Perdimos a nuestra niña de 30 semanas el mes pasado y ninguno de los dos está para nada',
  ],
  illness: [
    'Hola, solo quería saber si puedo aplazar la cuota. Les cuento: en primavera me diagnosticaron cáncer de mama, estoy en plena quimio y tengo la cabeza en otras cosas',
    'a mi padre le dio una embolia en junio, todavía le cuesta hablar y por eso le escribo yo',
    'Escribo por mi marido, lleva tres semanas en la UCI después de un accidente de moto y yo no tengo acceso a nada suyo',
  ],
  mental_health: [
    'perdonen si esto es un lío. Estoy de baja por ansiedad desde hace tres meses y no soy capaz ni de coger el teléfono',
    'tengo trastorno bipolar y en la fase maniaca compré un montón de cosas que no necesito, se puede anular?',
    'Ahora mismo viene el equipo de salud mental a casa todos los días. Hay días que no le veo sentido a nada',
  ],
  abuse: [
    'cada noche me revisa los movimientos del banco y la tarjeta se la queda él. por favor no manden nada a casa',
    'Les escribe mi hermana por mí porque él me mira el móvil. Se queda con toda mi nómina y no me deja comprar nada sola',
    "mi nieto se puso su app en el móvil para 'ayudarme' pero el dinero no para de salir y se pone agresivo si le pregunto",
  ],
  job_loss: [
    'cerró el bar donde trabajaba y estoy en paro, todavía esperando a que me aprueben la prestación',
    'no me renovaron el contrato temporal y la ETT ya no me llama, estoy cobrando el paro mientras tanto',
    'Escribo por mi marido, lo despidieron después de 30 años en la fábrica y le da tanta vergüenza que no quiere ocuparse él',
  ],
  cant_afford: [
    'estoy pelado, la nevera vacía y faltan 12 días para cobrar',
    'me estoy acogiendo a la ley de segunda oportunidad, tengo nueve acreedores y ustedes son uno',
    'estoy en descubierto desde el día 5, la eléctrica me amenaza con cortar y ahora encima su recordatorio',
  ],
  carer: [
    'el alzhéimer de mi madre ha ido a peor, me he vuelto a vivir con ella y la cuido a tiempo completo',
    'soy cuidadora de mi hijo autista las 24 horas, solo puedo ponerme con el papeleo de madrugada',
    'Desde que la esclerosis múltiple de mi marido empeoró necesita ayuda para todo, asearse, vestirse, las pastillas. Dejé el trabajo para eso',
  ],
  capability: [
    'Soy la curadora de don Manuel, tiene medidas de apoyo judiciales y no debió firmar este contrato solo',
    'Mi abuela tiene 88 años y un comercial le coló esto en la puerta de casa, no tiene internet y no entiende qué es pagar a plazos',
    'soy ciega y con el lector de pantalla su app no funciona, no sé ni lo que tengo pendiente',
  ],
  person: [
    '¿ya no tienen teléfono de atención? quiero arreglar esto hablando con alguien, no rellenando formularios',
    '¿Me pueden devolver la llamada esta tarde? Estoy disponible a partir de las 4',
    'Es la cuarta vez que explico lo mismo. ¿Me pueden pasar con alguien que pueda tomar decisiones?',
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
    "Una domanda sulla fattura. E scusate il ritardo, martedì abbiamo dato l'ultimo saluto a mio fratello e sono ancora sotto shock",
    'da quando abbiamo seppellito papà non ho aperto una lettera, è tutto ammucchiato sul tavolo',
    'Scrivo a nome di mia moglie. Il mese scorso la nostra bambina è nata morta al settimo mese e nessuno dei due è in grado di occuparsi di queste cose',
  ],
  illness: [
    'Volevo solo sapere se posso spostare la rata. Per spiegarvi: in primavera mi hanno trovato un tumore al seno, sto facendo la chemio e ho ben altri pensieri',
    'mio padre ha avuto un ictus a giugno, fa ancora fatica a parlare quindi scrivo io per lui',
    'Scrivo per mio marito, è in terapia intensiva da tre settimane dopo un incidente in moto e io non ho accesso a niente di suo',
  ],
  mental_health: [
    'scusate se sono confusa. Sono in malattia per esaurimento da tre mesi e non riesco nemmeno a rispondere al telefono',
    'sono bipolare e durante la fase maniacale ho comprato un sacco di roba che non mi serve, si puo annullare?',
    'In questo periodo la psichiatra mi vede tutti i giorni. Ci sono giorni in cui non vedo più il senso di niente',
  ],
  abuse: [
    'lui controlla i miei estratti conto ogni sera e non mi fa avere una carta mia. per favore non mandate niente a casa',
    'Vi scrive mia sorella per me perché lui mi controlla il telefono. Si tiene tutto il mio stipendio e non posso comprare niente da sola',
    "mio nipote ha messo la vostra app sul suo telefono per 'aiutarmi' ma i soldi continuano a sparire e se chiedo si arrabbia",
  ],
  job_loss: [
    "ha chiuso il ristorante dove lavoravo e sono disoccupato, la disoccupazione dell'INPS ancora non arriva",
    "il contratto a termine non me l'hanno rinnovato e l'agenzia interinale non mi chiama più, sono disoccupato",
    "Scrivo per mio marito, l'hanno lasciato a casa dopo 30 anni in fabbrica e si vergogna così tanto che non vuole occuparsene lui",
  ],
  cant_afford: [
    'sono proprio a secco, frigo vuoto e mancano 12 giorni allo stipendio',
    "sto facendo la procedura di sovraindebitamento con l'OCC, ho nove creditori e voi siete uno",
    "sono in rosso dal 5, l'Enel minaccia il distacco e adesso arriva pure il vostro sollecito",
  ],
  carer: [
    "l'Alzheimer di mia madre è peggiorato, sono tornata a vivere da lei e la accudisco a tempo pieno",
    'ho un figlio autistico grave e lo seguo io 24 ore su 24, le pratiche le guardo solo di notte',
    'Da quando la sclerosi multipla di mio marito è peggiorata ha bisogno di aiuto per tutto, lavarsi, vestirsi, le medicine. Ho lasciato il lavoro per questo',
  ],
  capability: [
    'Scrivo per mio zio che ha 84 anni e un inizio di demenza, non si ricorda nemmeno di aver fatto questo acquisto',
    'Mia nonna ha 88 anni e un venditore porta a porta le ha rifilato questo, non ha internet e non capisce cosa sia un pagamento a rate',
    'sono ipovedente e con lo screen reader la vostra app non funziona, non so nemmeno cosa devo pagare',
  ],
  person: [
    'ma non avete un numero verde? voglio parlarne a voce con qualcuno, non con un modulo',
    'Mi potete richiamare oggi pomeriggio? Sono libero dalle 14',
    'È la quarta volta che spiego la stessa cosa. Mi passate qualcuno che può decidere qualcosa?',
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
    'Uma dúvida sobre a fatura. E desculpem a demora, despedimo-nos do meu irmão na terça e ainda estou em choque',
    'desde o enterro do meu pai que não abro uma carta, está tudo amontoado em cima da mesa',
    'Escrevo em nome da minha mulher. A nossa filha nasceu sem vida às 30 semanas, no mês passado, e nenhum de nós tem cabeça para isto',
  ],
  illness: [
    'Queria só saber se posso adiar a prestação. Para contexto: descobriram-me um cancro da mama na primavera, estou a fazer quimio e tenho a cabeça noutro lado',
    'o meu pai teve uma trombose cerebral em junho, ainda fala com dificuldade por isso sou eu que escrevo por ele',
    'Escrevo pelo meu marido, está nos cuidados intensivos há três semanas depois de um acidente de mota e eu não tenho acesso a nada dele',
  ],
  mental_health: [
    'desculpem se isto está confuso. Estou de baixa por esgotamento há três meses e nem consigo atender o telefone',
    'sou bipolar e na fase maníaca comprei montes de coisas de que não preciso, dá para anular?',
    'Neste momento a equipa de saúde mental comunitária vem cá a casa todos os dias. Há dias em que não vejo sentido em nada',
  ],
  abuse: [
    'ele vê os meus extratos todas as noites e não me deixa ter cartão meu. por favor não mandem nada para casa',
    'Quem vos escreve é a minha irmã porque ele vê o meu telemóvel. Fica com o meu ordenado todo e não posso comprar nada sozinha',
    "o meu neto pôs a vossa aplicação no telemóvel dele para me 'ajudar' mas o dinheiro não para de sair e ele fica agressivo quando pergunto",
  ],
  job_loss: [
    'me demitiram semana passada e to sem renda nenhuma, nem sei como vou pagar o aluguel',
    'não me renovaram o contrato a prazo e a empresa de trabalho temporário já não me chama, estou inscrito no centro de emprego',
    'Escrevo pelo meu marido, foi mandado embora depois de 30 anos na fábrica e tem tanta vergonha que não quer tratar disto',
  ],
  cant_afford: [
    'tô duro, geladeira vazia e ainda faltam 12 dias pro salário',
    'a DECO está a ajudar-me com o sobre-endividamento, tenho nove credores e vocês são um deles',
    'a conta está a zeros desde dia 5, a EDP ameaça cortar a luz e agora ainda chega o vosso aviso',
  ],
  carer: [
    'o Alzheimer da minha mãe piorou muito, voltei a viver com ela e cuido dela a tempo inteiro',
    'meu filho é autista nível 3 e eu cuido dele 24h, só consigo ver essas coisas de madrugada',
    'Desde que a esclerose múltipla do meu marido piorou ele precisa de ajuda para tudo, lavar, vestir, os comprimidos. Sou cuidadora informal e deixei de trabalhar por isso',
  ],
  capability: [
    'Escrevo pelo meu tio de 84 anos, começou com demência e nem se lembra de ter feito esta compra',
    'A minha avó tem 88 anos e um vendedor porta a porta impingiu-lhe isto, ela não tem internet e não percebe o que é pagar às prestações',
    'sou cego e o leitor de ecrã não funciona com a vossa app, nem sei o que tenho em dívida',
  ],
  person: [
    'vocês não têm linha de apoio? quero resolver isto a falar com alguém, não por formulário',
    'Podem ligar-me de volta hoje à tarde? Estou disponível a partir das 14h',
    'É a quarta vez que explico a mesma coisa. Podem passar-me a alguém que possa decidir?',
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
    'Even een vraag over de factuur. En sorry voor de late reactie, we hebben dinsdag mijn broer begraven en ik ben nog totaal van slag',
    'sinds pa er niet meer is heb ik geen enkele brief meer opengemaakt, alles ligt op een stapel in de gang',
    'Ik schrijf namens mijn vrouw. Ons dochtertje is vorige maand met 30 weken stilgeboren en we kunnen dit allebei niet opbrengen',
  ],
  illness: [
    'Wilde eigenlijk alleen vragen of ik de termijn kan verschuiven. Achtergrond: ik heb in het voorjaar borstkanker gekregen, zit midden in de chemo en heb mijn hoofd er echt niet bij',
    'mijn vader heeft in juni een herseninfarct gehad, hij kan nog niet goed praten dus ik schrijf voor hem',
    'Ik schrijf voor mijn man, hij ligt al drie weken op de IC na een motorongeluk en ik kan nergens bij',
  ],
  mental_health: [
    'sorry als dit warrig is. Ik zit al drie maanden ziek thuis, helemaal opgebrand, en neem de telefoon niet eens meer op',
    'ik ben bipolair en tijdens een manie heb ik van alles besteld wat ik niet nodig heb, kan dat teruggedraaid worden',
    'Het FACT-team komt nu elke dag bij me langs. Sommige dagen zie ik het nut van niks meer in',
  ],
  abuse: [
    'hij controleert elke avond mijn afschriften en ik mag geen eigen pinpas hebben. stuur aub niks naar huis',
    'Mijn zus schrijft dit voor me omdat hij mijn telefoon leest. Hij pakt mijn hele salaris af en ik mag niks alleen kopen',
    "mijn kleinzoon heeft jullie app op zijn telefoon gezet om me te 'helpen' maar er gaat steeds geld af en hij wordt kwaad als ik ernaar vraag",
  ],
  job_loss: [
    'het restaurant waar ik werkte is dicht en ik zit zonder werk, mijn uitkering is nog niet rond',
    'mijn tijdelijke contract is niet verlengd en het uitzendbureau heeft geen werk meer voor me, ik zit thuis zonder inkomen',
    'Ik schrijf voor mijn man, hij is na 30 jaar bij de fabriek op straat gezet en schaamt zich zo dat hij dit niet zelf wil doen',
  ],
  cant_afford: [
    'ik ben echt blut, koelkast leeg en nog 12 dagen tot mijn loon',
    'ik zit in de schuldhulpverlening van de gemeente, ik heb negen schuldeisers en jullie zijn er een van',
    'sta rood sinds de 5e, Vattenfall dreigt af te sluiten en nu komt jullie aanmaning er nog bij',
  ],
  carer: [
    'de dementie van mijn moeder is hard achteruit gegaan, ik ben weer bij haar ingetrokken en zorg fulltime voor haar',
    'ik ben mantelzorger voor mijn autistische zoon, 24/7, papierwerk lukt alleen als hij slaapt',
    'Sinds de MS van mijn man erger is heeft hij overal hulp bij nodig, wassen, aankleden, medicijnen. Ik ben ervoor gestopt met werken',
  ],
  capability: [
    'Ik ben bewindvoerder van meneer De Vries, hij staat onder beschermingsbewind en had dit contract nooit zelf mogen afsluiten',
    'Mijn oma is 88 en heeft dit aan de deur aangesmeerd gekregen, ze heeft geen internet en snapt niet wat een betalingsregeling is',
    'ik ben slechtziend en mijn voorleessoftware werkt niet met jullie app, ik heb geen idee wat er openstaat',
  ],
  person: [
    'hebben jullie geen telefoonnummer meer?? ik wil dit gewoon met iemand bespreken, niet via een formulier',
    'Kunnen jullie me vanmiddag terugbellen? Ik ben vanaf 2 uur bereikbaar',
    'Dit is de vierde keer dat ik hetzelfde uitleg. Kunt u me doorverbinden met iemand die iets mag beslissen?',
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
    'En fråga om fakturan. Och förlåt att jag svarar sent, vi tog farväl av min bror i tisdags och jag är fortfarande helt chockad',
    'sen pappa dog har jag inte orkat öppna ett enda brev, allt ligger i en hög i hallen',
    'Jag skriver för min frus räkning. Vår dotter föddes död i vecka 30 förra månaden och ingen av oss orkar med något just nu',
  ],
  illness: [
    'Ville egentligen bara fråga om jag kan skjuta på betalningen. Bakgrund: fick bröstcancer i våras, är mitt i cellgifterna och har huvudet någon helt annanstans',
    'pappa fick en stroke i juni och kan fortfarande inte prata ordentligt, så jag skriver åt honom',
    'Jag skriver för min man, han har legat på IVA i tre veckor efter en mc-olycka och jag kommer inte åt något av hans',
  ],
  mental_health: [
    'förlåt om det här är rörigt. Jag är sjukskriven för utmattningssyndrom sen tre månader och klarar inte ens att svara i telefon',
    'jag är bipolär och under en manisk period beställde jag massa grejer jag inte behöver, går det att ångra',
    'Just nu kommer psykiatrins mobila team hem till mig varje dag. Vissa dagar ser jag ingen mening med någonting',
  ],
  abuse: [
    'han kollar mina kontoutdrag varje kväll och jag får inte ha ett eget kort. skicka inget hem snälla',
    'Min syster skriver det här åt mig eftersom han läser min telefon. Han tar hela min lön och jag får inte köpa något själv',
    "mitt barnbarn har lagt in er app i sin mobil för att 'hjälpa mig' men pengarna försvinner hela tiden och han blir arg när jag frågar",
  ],
  job_loss: [
    'butiken jag jobbade i har lagt ner och nu är jag arbetslös, ersättningen har inte kommit än',
    'mitt vikariat förlängdes inte och bemanningsföretaget har inga pass åt mig, jag är inskriven på Arbetsförmedlingen så länge',
    'Jag skriver för min man, han fick gå efter 30 år på fabriken och skäms så mycket att han inte vill ta tag i det själv',
  ],
  cant_afford: [
    'jag är helt barskrapad, tomt i kylen och 12 dagar kvar till lön',
    'kommunens budget- och skuldrådgivare hjälper mig, jag har nio fordringsägare och ni är en av dem',
    'har varit på minus sen den 5:e, Vattenfall hotar att stänga av strömmen och nu kommer er påminnelse också',
  ],
  carer: [
    'mammas demens har blivit mycket värre, jag har flyttat hem till henne och tar hand om henne på heltid',
    'min son har autism och behöver tillsyn dygnet runt, jag hinner bara med pappersgrejer när han sover',
    'Sen min mans MS blev värre behöver han hjälp med allt, tvätta sig, klä på sig, medicinerna. Jag har slutat jobba för det',
  ],
  capability: [
    'Jag är förvaltare för Karl, han har förvaltarskap och borde aldrig ha fått teckna det här avtalet själv',
    'Min farmor är 88 och blev lurad av en dörrförsäljare, hon har inget internet och förstår inte vad avbetalning är',
    'jag är synskadad och skärmläsaren funkar inte med er app, jag vet inte ens vad jag är skyldig',
  ],
  person: [
    'har ni inget telefonnummer längre?? jag vill prata med någon om det här, inte fylla i formulär',
    'Kan ni ringa upp mig i eftermiddag? Jag är nåbar efter 14',
    'Det här är fjärde gången jag förklarar samma sak. Kan jag få prata med någon som faktiskt får fatta beslut?',
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
    'Et spørgsmål til fakturaen. Og undskyld det sene svar, vi begravede min bror i tirsdags og jeg er stadig helt i chok',
    'siden far døde har jeg ikke åbnet et eneste brev, det hele ligger i en bunke i entreen',
    'Jeg skriver på vegne af min kone. Vi mistede vores datter i uge 30 sidste måned, hun blev født død, og ingen af os kan overskue noget',
  ],
  illness: [
    'Ville egentlig bare spørge om jeg kan udskyde afdraget. Baggrund: jeg fik brystkræft i foråret, er midt i kemoen og har hovedet et helt andet sted',
    'min far fik en blodprop i hjernen i juni og kan stadig ikke tale ordentligt, så jeg skriver for ham',
    'Jeg skriver for min mand, han har ligget på intensiv i tre uger efter en motorcykelulykke og jeg har ikke adgang til noget af hans',
  ],
  mental_health: [
    'undskyld hvis det her er rodet. Jeg har været sygemeldt med stress i tre måneder og kan ikke engang tage telefonen',
    'jeg er bipolar og i en manisk periode bestilte jeg en masse ting jeg ikke har brug for, kan det gøres om',
    'Lige nu kommer det udgående psykiatriske team hver dag. Nogle dage kan jeg ikke se meningen med noget',
  ],
  abuse: [
    'han tjekker mine kontoudtog hver aften og jeg må ikke have mit eget kort. send ikke noget hjem',
    'Min søster skriver det her for mig fordi han læser min telefon. Han tager hele min løn og jeg må ikke købe noget selv',
    "mit barnebarn har lagt jeres app på sin telefon for at 'hjælpe mig' men der forsvinder hele tiden penge og han bliver vred når jeg spørger",
  ],
  job_loss: [
    'butikken jeg arbejdede i er lukket og jeg er arbejdsløs, dagpengene er ikke kommet endnu',
    'mit vikariat blev ikke forlænget og vikarbureauet har ingen vagter til mig, jeg er meldt ledig på jobcentret',
    'Jeg skriver for min mand, han blev sagt op efter 30 år på fabrikken og skammer sig så meget at han ikke selv vil tage sig af det',
  ],
  cant_afford: [
    'jeg er helt på røven økonomisk, køleskabet er tomt og der er 12 dage til løn',
    'en gældsrådgiver fra Røde Kors hjælper mig, jeg har ni kreditorer og I er en af dem',
    'har været i minus siden den 5., elselskabet truer med at lukke for strømmen og nu kommer jeres rykker også',
  ],
  carer: [
    'min mors demens er blevet meget værre, jeg er flyttet hjem til hende og passer hende på fuld tid',
    'min søn er autist og skal have opsyn hele døgnet, jeg når kun papirarbejde når han sover',
    'Siden min mands sklerose blev værre skal han have hjælp til alt, bad, påklædning, medicin. Jeg er stoppet med at arbejde for det',
  ],
  capability: [
    'Jeg skriver for min onkel på 84, han er begyndt at blive dement og kan ikke huske at han har købt det her',
    'Min farmor er 88 og fik det prakket på af en dørsælger, hun har ikke internet og forstår ikke hvad afdrag er',
    'jeg er svagtseende og min skærmlæser virker ikke med jeres app, jeg aner ikke hvad jeg skylder',
  ],
  person: [
    'har I ikke et telefonnummer mere?? jeg vil tale med nogen om det, ikke udfylde en formular',
    'Kan I ringe mig op i eftermiddag? Jeg kan træffes efter kl 14',
    'Det er fjerde gang jeg forklarer det samme. Kan jeg få fat i en, der rent faktisk må træffe en beslutning?',
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
    'Kysymys laskusta. Ja anteeksi myöhäinen vastaus, hautasimme veljeni tiistaina ja olen vieläkin ihan shokissa',
    'isän kuoleman jälkeen en oo avannut yhtään kirjettä, ne on kaikki kasassa eteisessä',
    'Kirjoitan vaimoni puolesta. Menetimme tyttäremme viime kuussa raskausviikolla 30 emmekä kumpikaan jaksa hoitaa mitään',
  ],
  illness: [
    'Halusin oikeestaan vaan kysyä voinko siirtää erää. Taustaksi: mulla todettiin keväällä rintasyöpä, oon keskellä sytostaatteja ja pää on ihan muualla',
    'isä sai aivoinfarktin kesäkuussa eikä vieläkään pysty puhumaan kunnolla, joten kirjoitan hänen puolestaan',
    'Kirjoitan mieheni puolesta, hän on ollut teholla kolme viikkoa moottoripyöräonnettomuuden jälkeen enkä pääse käsiksi hänen asioihinsa',
  ],
  mental_health: [
    'anteeks jos tää on sekava. Oon ollut kolme kuukautta sairauslomalla uupumuksen takia enkä pysty ees vastaamaan puhelimeen',
    'mulla on kaksisuuntainen mielialahäiriö ja maniavaiheessa tilasin kaikkea mitä en tarvitse, voiko ne perua',
    'Tällä hetkellä psykiatrinen kotihoito käy luonani joka päivä. Joinain päivinä en näe missään mitään järkeä',
  ],
  abuse: [
    'hän tarkistaa tiliotteeni joka ilta enkä saa pitää omaa korttia. älkää lähettäkö mitään kotiin',
    'Siskoni kirjoittaa tämän puolestani koska hän lukee puhelimeni. Hän ottaa koko palkkani enkä saa ostaa mitään itse',
    'lapsenlapseni laittoi teidän sovelluksen puhelimeensa muka auttaakseen minua, mutta rahaa katoaa koko ajan ja hän suuttuu jos kysyn',
  ],
  job_loss: [
    'ravintola jossa olin töissä meni konkkaan ja oon nyt työtön, päivärahaa ei oo vielä tullut',
    'määräaikaista sopimusta ei jatkettu eikä henkilöstöfirmalla oo mulle vuoroja, oon ilmoittautunut työttömäksi työnhakijaksi',
    'Kirjoitan mieheni puolesta, hänet irtisanottiin tehtaalta 30 vuoden jälkeen ja hän häpeää niin paljon ettei halua hoitaa tätä itse',
  ],
  cant_afford: [
    'oon ihan persaukinen, jääkaappi tyhjä ja palkkaan vielä 12 päivää',
    'talous- ja velkaneuvonta auttaa mua, mulla on yhdeksän velkojaa ja te ootte yksi niistä',
    'tili ollut miinuksella viidennestä päivästä, sähköyhtiö uhkaa katkaista sähköt ja nyt tulee vielä teidän muistutus',
  ],
  carer: [
    'äidin muistisairaus on pahentunut paljon, muutin takaisin hänen luokseen ja hoidan häntä kokopäiväisesti',
    'poikani on autistinen ja tarvitsee valvontaa ympäri vuorokauden, ehdin paperihommiin vain kun hän nukkuu',
    'Mieheni MS-tauti on pahentunut ja hän tarvitsee apua kaikessa, peseytymisessä, pukeutumisessa, lääkkeissä. Olen omaishoitaja ja jäin sen takia pois töistä',
  ],
  capability: [
    'Kirjoitan 84-vuotiaan enoni puolesta, hänellä on alkava muistisairaus eikä hän muista tehneensä tätä ostosta',
    'Mummoni on 88 ja ovimyyjä puhui hänet ympäri, hänellä ei ole nettiä eikä hän ymmärrä mitä osamaksu tarkoittaa',
    'oon heikkonäköinen eikä ruudunlukija toimi teidän sovelluksessa, en tiedä edes mitä oon velkaa',
  ],
  person: [
    'eikö teillä oo enää puhelinnumeroa?? haluun hoitaa tän puhumalla jonkun kanssa, en lomakkeella',
    'Voitteko soittaa minulle takaisin iltapäivällä? Olen tavoitettavissa kahden jälkeen',
    'Selitän samaa asiaa jo neljättä kertaa. Saisinko puhua jonkun kanssa joka oikeasti voi päättää jotain?',
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
    'Pytanie o fakturę. I przepraszam za zwłokę, we wtorek pochowaliśmy brata i dalej jestem w szoku',
    'od śmierci taty nie otworzyłam ani jednego listu, wszystko leży na kupce w przedpokoju',
    'Piszę w imieniu żony. W zeszłym miesiącu straciliśmy córeczkę w 30. tygodniu ciąży i żadne z nas nie ma teraz do niczego głowy',
  ],
  illness: [
    'Chciałam tylko zapytać, czy mogę przesunąć ratę. Dla jasności: wiosną wykryto u mnie raka piersi, jestem w trakcie chemii i mam głowę zupełnie gdzie indziej',
    'tata miał wylew w czerwcu i dalej nie mówi wyraźnie, więc piszę za niego',
    'Piszę za męża, od trzech tygodni leży na OIOM-ie po wypadku na motorze i nie mam dostępu do niczego',
  ],
  mental_health: [
    'przepraszam, jeśli to chaotyczne. Od trzech miesięcy siedzę na chorobowym przez wypalenie i nawet telefonu nie daję rady odebrać',
    'mam chorobę dwubiegunową i w manii nakupowałem mnóstwo rzeczy, których nie potrzebuję, da się to cofnąć',
    'Teraz codziennie przychodzi do mnie zespół leczenia środowiskowego. Są dni, kiedy nie widzę sensu w niczym',
  ],
  abuse: [
    'on co wieczór sprawdza moje wyciągi i nie pozwala mi mieć własnej karty. proszę nic nie wysyłać do domu',
    'Piszę za siostrę, bo on czyta jej telefon. Zabiera jej całą wypłatę i nie pozwala nic kupić samej',
    'wnuk zainstalował waszą aplikację na swoim telefonie, niby żeby mi pomóc, ale pieniądze ciągle znikają, a jak pytam, to krzyczy',
  ],
  job_loss: [
    'restauracja, w której pracowałem, zbankrutowała i jestem teraz bez pracy, zasiłku jeszcze nie ma',
    'nie przedłużyli mi umowy na czas określony, a agencja pracy tymczasowej nie ma dla mnie zmian, zarejestrowałem się jako bezrobotny',
    'Piszę za męża, po 30 latach w fabryce dostał wypowiedzenie i tak się wstydzi, że nie chce sam tego załatwiać',
  ],
  cant_afford: [
    'jestem goły jak święty turecki, lodówka pusta, a do wypłaty jeszcze 12 dni',
    'pomaga mi doradca z poradni dla zadłużonych, mam dziewięciu wierzycieli i wy jesteście jednym z nich',
    'jestem na minusie od 5., Tauron grozi odcięciem prądu, a teraz jeszcze wasze wezwanie do zapłaty',
  ],
  carer: [
    'demencja mamy bardzo się pogłębiła, wróciłam do niej mieszkać i opiekuję się nią na pełen etat',
    'syn ma autyzm i wymaga opieki całą dobę, papierami zajmuję się tylko, jak śpi',
    'Odkąd stwardnienie rozsiane męża się pogorszyło, potrzebuje pomocy przy wszystkim, mycie, ubieranie, leki. Rzuciłam dla niego pracę i biorę świadczenie pielęgnacyjne',
  ],
  capability: [
    'Piszę w imieniu wujka, ma 84 lata i początki demencji, nie pamięta nawet, że coś u was kupił',
    'Babcia ma 88 lat i akwizytor wcisnął jej to w drzwiach, nie ma internetu i nie rozumie co to są raty',
    'jestem niedowidzący i czytnik ekranu nie działa z waszą aplikacją, nawet nie wiem, ile jestem winien',
  ],
  person: [
    'nie macie już infolinii?? chcę to załatwić rozmawiając z kimś, a nie przez formularz',
    'Czy możecie do mnie oddzwonić po południu? Jestem dostępny po 14',
    'To już czwarty raz tłumaczę to samo. Czy mogę rozmawiać z kimś, kto może coś zdecydować?',
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
