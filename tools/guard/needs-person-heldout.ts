import type { Driver, GuardLanguage } from './guard-drivers.js';

/**
 * Clauses in a fifth style (`mixed`), written without seeing the deterministic signals: formal
 * letters, third-person accounts (writing for a relative), past and future tense, run-on sentences,
 * regional words and the odd misspelling, with relatives, conditions and institutions the other
 * parts do not name. They were the third held-out part, measured held out first, once the `late`
 * part had been tuned on (BENCHMARKS.md). They are tuning data (dev) now; the `fresh` part
 * (needs-person-fresh.ts) was written to be held out after them.
 */
const NEEDS_PERSON_HELDOUT: Record<GuardLanguage, Record<Driver, readonly string[]>> = {
  en: {
    bereavement: [
      'sorry its taken me a while but since we lost our baby girl in the spring I havent been able to face opening the post, anyway',
      'Dear Sir or Madam, I write as executor for my late aunt regarding the account she held with you.',
      'im messaging for my nan, grandad died over chrismas after 60 years together and shes in bits',
    ],
    illness: [
      "I have MS and I've had a bad relapse, I've been bed bound since the 2nd",
      'my wife is on dialysis three times a week and I am writing for her because she cant manage it any more',
      "they found a shadow on my lung and I'm having an operation on friday so I won't be able to deal with anything for weeks",
    ],
    mental_health: [
      'I was sectioned in the summer and have only just come home',
      'My bipolar has been bad this year, I spent loads during a manic episode and didnt understand what I was signing',
      "ive been having really dark thoughts and my crisis team said to tell companies I'm struggling",
    ],
    abuse: [
      'my ex-boyfriend made me take out these plans for him and he threatens me if i dont pay',
      'I am staying in a refuge at the moment, please do not send anything to my old address because he still lives there',
      "my daughter's partner takes her phone off her and spends on her account, she is frightened of him",
    ],
    job_loss: [
      'my zero hours contract ended and they havent offered me a single shift since',
      "I'll be out of work from the end of the month when the shop closes down",
      'my husband was laid off in the autumn and we are living on my part time wage now',
    ],
    cant_afford: [
      "I've been using food banks since november and this payment would leave me with nothing",
      "we're on a debt management plan and StepChange told me to get in touch with you",
      'had to choose between topping up the electric meter and this, so the meter won',
    ],
    carer: [
      'my autistic twins need me 24/7 so i dont get a minute to sort paperwork',
      'My husband has motor neurone disease and I do everything for him now, washing, feeding, the lot',
      "since my brother's brain injury I've been looking after him at home and I am exhausted",
    ],
    capability: [
      "I'm registered blind and use a screen reader, your payment page doesn't work with it",
      "my mum has early Alzheimer's and doesn't remember buying any of this",
      'im profoundly deaf so cant do phone calls, and numbers confuse me, i have dyscalculia',
    ],
    person: [
      'could you get a member of your team to give me a bell this afternoon',
      'no more chatbots please, I need an actual staff member to look at this',
      "I've been going round in circles with the automated replies, please pass this to a person who will actually read it",
    ],
    complaint: [
      'Please log this as a formal grievance against your company and send me your complaints procedure.',
      'I am extremely dissatisfied and I expect a written response to my complaint within eight weeks',
      'I complained twice last month and nobody ever got back to me, I want this put in front of someone senior',
    ],
    regulator: [
      'I have opened a case with the FOS about this',
      'Citizens Advice are helping me write to the Financial Conduct Authority',
      'Trading Standards will be hearing about this',
    ],
    legal: [
      'Please treat this as a letter before action.',
      'I will be filing a county court claim against you next week',
      'my brother is a barrister and says we have grounds to sue you',
    ],
  },
  de: {
    bereavement: [
      'entschuldigung dass ich mich erst jetzt melde aber unser Sohn ist im Frühjahr tödlich verunglückt und seitdem schaffe ich es nicht die Post aufzumachen',
      'Sehr geehrte Damen und Herren, ich schreibe als Testamentsvollstreckerin meiner im März verschiedenen Tante wegen ihres Kontos bei Ihnen.',
      'ich schreibe für meine oma, opa ist an weihnachten nach 60 jahren ehe eingeschlafen und sie ist in tiefer trauer',
    ],
    illness: [
      'Ich habe MS und hatte einen schweren Schub, ich liege seit dem 2. flach',
      'meine Frau muss dreimal die Woche zur Dialyse und ich schreibe für sie, weil sie es nicht mehr schafft',
      'bei mir wurde ein Schatten auf der Lunge gefunden, am Freitag werde ich operiert und bin dann wochenlang außer Gefecht',
    ],
    mental_health: [
      'ich wurde im Sommer zwangseingewiesen und bin erst seit kurzem wieder zuhause',
      'wegen meiner bipolaren Störung habe ich in einer manischen Phase wahllos bestellt und nicht verstanden, was ich abschließe',
      'hab grad ganz dunkle gedanken und der krisendienst meinte ich soll euch sagen dass es mir nicht gut geht',
    ],
    abuse: [
      'mein Ex-Freund hat mich gezwungen, die Ratenkäufe für ihn abzuschließen, und droht mir, wenn ich nicht zahle',
      'Ich bin zurzeit im Frauenhaus, bitte schicken Sie nichts mehr an die alte Adresse, er wohnt noch dort',
      'der Partner meiner Tochter nimmt ihr das Handy weg und kauft über ihr Konto ein, sie hat Angst vor ihm',
    ],
    job_loss: [
      'mein befristeter Vertrag ist ausgelaufen und seitdem hab ich keine Arbeit mehr gefunden',
      'ab Monatsende bin ich ohne Job, weil der Laden dichtmacht',
      'mein Mann ist im Herbst betriebsbedingt rausgeflogen und wir leben nur noch von meinem Minijob',
    ],
    cant_afford: [
      'ich gehe seit November zur Tafel und diese Rate würde mir das Letzte nehmen',
      'wir sind in der Schuldnerberatung und die Beraterin hat gesagt, ich soll mich bei Ihnen melden',
      'musste mich zwischen Stromrechnung und dieser Zahlung entscheiden, hab den Strom bezahlt',
    ],
    carer: [
      'meine autistischen Zwillinge brauchen mich Tag und Nacht, für Papierkram bleibt keine Minute',
      'Mein Mann hat ALS und ich mache inzwischen alles für ihn, waschen, füttern, einfach alles',
      'seit dem Schädel-Hirn-Trauma meines Bruders versorge ich ihn zuhause und bin völlig erschöpft',
    ],
    capability: [
      'Ich bin blind und nutze einen Screenreader, Ihre Zahlungsseite funktioniert damit nicht',
      'meine Mutter hat beginnenden Alzheimer und erinnert sich nicht, das gekauft zu haben',
      'bin gehörlos und kann nicht telefonieren, und mit Zahlen komm ich wegen meiner Dyskalkulie nicht klar',
    ],
    person: [
      'Könnte sich heute Nachmittag jemand aus Ihrem Team telefonisch bei mir melden?',
      'bitte keine Chatbots mehr, ich brauche einen echten Menschen, der sich das anschaut',
      'ich drehe mich mit den automatischen Antworten im Kreis, bitte geben Sie das an eine Person weiter, die es wirklich liest',
    ],
    complaint: [
      'Hiermit erhebe ich förmlich Einspruch gegen Ihre Vorgehensweise und bitte um Auskunft über Ihr Beschwerdeverfahren.',
      'Ich bin äußerst verärgert und erwarte eine schriftliche Stellungnahme zu meiner Reklamation',
      'hab mich letzten Monat schon zweimal beschwert und nie eine Antwort bekommen, ich will dass sich das jemand Höheres anschaut',
    ],
    regulator: [
      'Ich habe den Fall bereits beim Ombudsmann der privaten Banken eingereicht',
      'die Verbraucherzentrale hilft mir, ein Schreiben an die Bundesanstalt für Finanzdienstleistungsaufsicht aufzusetzen',
      'das melde ich der Finanzaufsicht, darauf können Sie sich verlassen',
    ],
    legal: [
      'Betrachten Sie dieses Schreiben als letzte außergerichtliche Aufforderung.',
      'nächste Woche reiche ich Klage beim Amtsgericht gegen Sie ein',
      'mein Schwager ist Jurist und sagt, wir können Sie verklagen',
    ],
  },
  fr: {
    bereavement: [
      "nous avons perdu notre bébé au printemps et je n'arrive toujours pas à ouvrir le courrier",
      'Madame, Monsieur, je vous écris en tant qu’héritière de ma tante, disparue le 3 mars, au sujet de son compte chez vous.',
      'j écris pour ma mamie, papi est parti à Noël après 60 ans de mariage et elle est effondrée',
    ],
    illness: [
      'j’ai une sclérose en plaques et je fais une grosse poussée, je suis clouée au lit depuis le 2',
      'ma femme est sous dialyse trois fois par semaine et je vous écris à sa place car elle n’y arrive plus',
      'on m’a trouvé une tache au poumon, je me fais opérer vendredi et je serai hors service pendant des semaines',
    ],
    mental_health: [
      'j’ai été interné en HP cet été et je viens tout juste de rentrer chez moi',
      "à cause de mon trouble bipolaire j'ai tout acheté pendant une phase maniaque sans comprendre ce que je signais",
      'j ai des pensées très noires en ce moment et le CMP m a dit de prévenir les organismes',
    ],
    abuse: [
      'mon ex m’a forcée à souscrire ces paiements pour lui et il me menace si je ne paie pas',
      "je suis en foyer d'hébergement d'urgence, n'envoyez plus rien à l'ancienne adresse, il y vit encore",
      'le copain de ma fille lui confisque son téléphone et fait des achats sur son compte, elle a peur de lui',
    ],
    job_loss: [
      "mon CDD n'a pas été renouvelé et je n'ai rien retrouvé depuis",
      'à la fin du mois je serai sans travail, le magasin ferme définitivement',
      "mon mari a été remercié à l'automne et on vit avec mon mi-temps",
    ],
    cant_afford: [
      'je vais aux Restos du Cœur depuis novembre et franchement ce prélèvement me laisserait à zéro donc je sais pas comment faire',
      "nous avons déposé un dossier de surendettement et l'assistante sociale m'a dit de vous contacter",
      'fallait choisir entre l’électricité et cette mensualité, j’ai payé l’électricité',
    ],
    carer: [
      "mes jumeaux autistes ont besoin de moi jour et nuit, j'ai pas une minute pour la paperasse",
      'mon mari a la maladie de Charcot et je fais tout pour lui maintenant, la toilette, les repas, tout',
      'depuis le traumatisme crânien de mon frère je le prends en charge à la maison et je suis à bout',
    ],
    capability: [
      "je suis non-voyant et j'utilise un lecteur d'écran, votre page de paiement ne marche pas avec",
      "ma mère a un début d'Alzheimer et ne se souvient pas d'avoir acheté tout ça",
      'je suis sourde, je ne peux pas téléphoner, et les chiffres c est compliqué pour moi, je suis dyscalculique',
    ],
    person: [
      "est-ce que quelqu'un de votre équipe pourrait me passer un coup de fil cet après-midi",
      'plus de robot svp, il me faut un vrai interlocuteur humain pour regarder ça',
      'je tourne en rond avec vos réponses automatiques, transmettez à une personne qui lira vraiment mon message',
    ],
    complaint: [
      'Par la présente, je vous adresse une lettre de réclamation et vous demande votre procédure de traitement des litiges.',
      "je suis scandalisée par votre attitude et j'attends une réponse écrite de votre service réclamations",
      "j'ai déjà réclamé deux fois le mois dernier sans aucun retour, je veux que quelqu'un de plus haut placé s'en occupe",
    ],
    regulator: [
      "j'ai déjà fait un signalement sur SignalConso",
      'la DGCCRF va être informée de vos pratiques',
      "l'UFC-Que Choisir m'aide à écrire à l'Autorité de contrôle prudentiel et de résolution",
    ],
    legal: [
      'Ce courrier vaut mise en demeure.',
      'je vous assigne devant le tribunal judiciaire la semaine prochaine',
      "mon beau-frère est juriste et dit qu'on peut vous poursuivre",
    ],
  },
  es: {
    bereavement: [
      'perdimos a nuestra bebé en primavera y todavía no soy capaz de abrir las cartas',
      'Muy señores míos: les escribo como heredera de mi difunta tía en relación con la cuenta que tenía con ustedes.',
      'escribo por mi abuela, el abuelo se nos fue en navidad despues de 60 años casados y ella esta destrozada',
    ],
    illness: [
      'tengo esclerosis multiple y estoy con un brote fuerte, en cama desde el dia 2',
      'mi mujer va a diálisis tres veces por semana y les escribo yo porque ella ya no puede',
      'me vieron una mancha en el pulmón, me operan el viernes y voy a estar fuera de combate varias semanas',
    ],
    mental_health: [
      'me ingresaron en la unidad de psiquiatría este verano y acabo de volver a casa',
      'por mi trastorno bipolar compré de todo en una fase maníaca sin entender lo que firmaba',
      'tengo pensamientos muy oscuros últimamente y mi psicóloga me dijo que avisara a las empresas',
    ],
    abuse: [
      'mi ex me obligó a contratar estos pagos a plazos para él y me amenaza si no pago',
      'ahora estoy en una casa de acogida, no manden nada a la dirección antigua que él sigue viviendo allí',
      'el novio de mi hija le quita el móvil y compra con su cuenta, ella le tiene miedo',
    ],
    job_loss: [
      'se me acabó el contrato temporal y no me han vuelto a llamar',
      'a final de mes me quedo sin curro porque cierran la tienda',
      'a mi marido le metieron en un ERE en otoño y vivimos con mi media jornada',
    ],
    cant_afford: [
      'voy al banco de alimentos desde noviembre y este cargo me dejaría a cero',
      'estamos en un proceso de segunda oportunidad por deudas y la trabajadora social me dijo que les escribiera',
      'tuve que elegir entre pagar la luz o esta cuota y pagué la luz',
    ],
    carer: [
      'mis gemelos autistas me necesitan día y noche, no tengo ni un minuto para papeleo',
      'mi marido tiene ELA y ahora lo hago todo por él, asearlo, darle de comer, todo',
      'desde el traumatismo craneal de mi hermano lo atiendo en casa y estoy agotada',
    ],
    capability: [
      'soy ciego y uso un lector de pantalla, su página de pago no funciona con él',
      'mi madre tiene principio de alzhéimer y no recuerda haber comprado nada de esto',
      'soy sorda, no puedo hablar por teléfono, y con los números me lío por mi discalculia',
    ],
    person: [
      '¿podría alguien de su equipo darme un toque esta tarde?',
      'nada de bots por favor, necesito que un ser humano de verdad revise esto',
      'llevo días dando vueltas con las respuestas automáticas, pásenlo a alguien que lo lea de verdad',
    ],
    complaint: [
      'Por medio de la presente formulo una hoja de reclamaciones y solicito su procedimiento de atención de quejas.',
      'estoy indignadísima y espero una respuesta por escrito a mi protesta',
      'ya me quejé dos veces el mes pasado y nadie me contestó, quiero que lo vea un superior',
    ],
    regulator: [
      'he puesto una reclamación en la OMIC de mi ayuntamiento',
      'FACUA me está ayudando a denunciarles ante las autoridades de consumo',
      'voy a elevar esto al Servicio de Reclamaciones del supervisor bancario',
    ],
    legal: [
      'Sirva este escrito como requerimiento previo a la vía judicial.',
      'la semana que viene presento una demanda contra ustedes ante los tribunales',
      'mi cuñado es letrado y dice que tenemos base para demandarles',
    ],
  },
  it: {
    bereavement: [
      'abbiamo perso la nostra bambina in primavera e non riesco ancora ad aprire la posta',
      'Spettabile società, scrivo in qualità di erede della mia defunta zia in merito al conto che aveva presso di voi.',
      'scrivo per mia nonna, il nonno ci ha lasciati a natale dopo 60 anni di matrimonio e lei è distrutta',
    ],
    illness: [
      'ho la sclerosi multipla e sto avendo una brutta ricaduta, sono a letto dal 2',
      'mia moglie fa la dialisi tre volte a settimana e vi scrivo io perché lei non ce la fa più',
      'mi hanno trovato una macchia al polmone, venerdì mi operano e sarò fuori gioco per settimane',
    ],
    mental_health: [
      "quest'estate mi hanno fatto un TSO e sono appena tornato a casa",
      'per il mio disturbo bipolare ho comprato di tutto in una fase maniacale senza capire cosa firmavo',
      'ho pensieri molto cupi in questo periodo e il centro di salute mentale mi ha detto di avvisare le aziende',
    ],
    abuse: [
      'il mio ex mi ha costretta a fare questi acquisti a rate per lui e mi intimidisce se non pago',
      'sono in una casa rifugio per donne, non mandate niente al vecchio indirizzo perché lui vive ancora lì',
      'il fidanzato di mia figlia le prende il cellulare e compra con il suo account, lei ha paura di lui',
    ],
    job_loss: [
      'il mio contratto a termine è scaduto e da allora non ho trovato niente',
      'da fine mese resto senza lavoro perché il negozio chiude',
      'mio marito è stato mandato via in autunno dopo la cassa integrazione e viviamo col mio part-time',
    ],
    cant_afford: [
      'da novembre vado alla Caritas per mangiare e questo addebito mi lascerebbe a zero',
      "siamo in una procedura di sovraindebitamento e l'assistente sociale mi ha detto di scrivervi",
      'ho dovuto scegliere tra la bolletta della luce e questa rata, ho pagato la luce',
    ],
    carer: [
      'i miei gemelli autistici hanno bisogno di me notte e giorno, non ho un minuto per le pratiche',
      'mio marito ha la SLA e ormai faccio tutto io per lui, lavarlo, imboccarlo, tutto',
      'dopo il trauma cranico di mio fratello lo seguo io a casa e sono sfinita',
    ],
    capability: [
      'sono cieco e uso un lettore di schermo, la vostra pagina di pagamento non funziona',
      "mia madre ha l'Alzheimer iniziale e non si ricorda di aver comprato niente di tutto questo",
      'sono sorda, non posso telefonare, e con i numeri vado in confusione per la discalculia',
    ],
    person: [
      'qualcuno del vostro staff potrebbe farmi uno squillo oggi pomeriggio?',
      'basta chatbot per favore, ho bisogno che un essere umano guardi questa cosa',
      'giro a vuoto con le risposte automatiche, passate la pratica a qualcuno che la legga davvero',
    ],
    complaint: [
      'Con la presente contesto formalmente il vostro operato e chiedo di conoscere la procedura per i reclami.',
      'sono indignatissima e pretendo una risposta scritta alla mia lamentela',
      'mi sono già lamentato due volte il mese scorso senza risposta, voglio che se ne occupi un superiore',
    ],
    regulator: [
      "ho già presentato un esposto all'Antitrust",
      "un'associazione di consumatori mi sta aiutando a scrivere all'autorità di vigilanza",
      "ne parlerò con Altroconsumo e segnalerò tutto all'autorità competente",
    ],
    legal: [
      'La presente vale come diffida formale.',
      'la settimana prossima vi cito in giudizio davanti al giudice di pace',
      'mio cognato lavora in uno studio legale e dice che possiamo denunciarvi',
    ],
  },
  pt: {
    bereavement: [
      'perdemos a nossa bebé na primavera e ainda não consigo abrir o correio',
      'Exmos. Senhores, escrevo na qualidade de cabeça de casal da herança da minha tia, relativamente à conta que ela tinha convosco.',
      'escrevo pela minha avó, o avô deixou-nos no natal depois de 60 anos de casados e ela está arrasada',
    ],
    illness: [
      'tenho esclerose múltipla e estou num surto forte, de cama desde dia 2',
      'a minha mulher faz hemodiálise três vezes por semana e sou eu que escrevo porque ela já não consegue',
      'encontraram-me uma mancha no pulmão, vou ser operado na sexta e vou ficar de cama várias semanas',
    ],
    mental_health: [
      'fui internado compulsivamente na psiquiatria no verão e acabei de voltar para casa',
      'por causa da minha bipolaridade comprei tudo numa fase maníaca sem perceber o que estava a assinar',
      'ando com pensamentos muito negros e a minha psicóloga disse para avisar as empresas',
    ],
    abuse: [
      'o meu ex obrigou-me a fazer estas compras a prestações para ele e intimida-me se eu não pagar',
      'estou numa casa de abrigo, não mandem nada para a morada antiga porque ele ainda lá vive',
      'o namorado da minha filha tira-lhe o telemóvel e faz compras na conta dela, ela tem medo dele',
    ],
    job_loss: [
      'o meu contrato a prazo acabou e desde então não arranjei nada',
      'no fim do mês fico sem trabalho porque a loja vai fechar',
      'meu marido foi demitido no outono e estamos vivendo só com meu meio período',
    ],
    cant_afford: [
      'desde novembro vou buscar comida ao banco alimentar e este débito deixava-me a zeros',
      'estamos num processo de insolvência pessoal e a assistente social disse-me para vos contactar',
      'tive de escolher entre a conta da luz e esta prestação e paguei a luz',
    ],
    carer: [
      'os meus gémeos autistas precisam de mim dia e noite, não tenho um minuto para papelada',
      'o meu marido tem ELA e agora faço tudo por ele, dar banho, dar de comer, tudo',
      'desde o traumatismo craniano do meu irmão trato dele em casa e estou esgotada',
    ],
    capability: [
      'sou cego e uso um leitor de ecrã, a vossa página de pagamento não funciona com ele',
      'a minha mãe tem Alzheimer no início e não se lembra de ter comprado nada disto',
      'sou surda, não consigo telefonar, e baralho-me com números por causa da discalculia',
    ],
    person: [
      'alguém da vossa equipa podia dar-me um toque esta tarde?',
      'chega de robôs por favor, preciso que um ser humano veja isto',
      'ando às voltas com as respostas automáticas, passem isto a alguém que leia mesmo',
    ],
    complaint: [
      'Venho por este meio contestar formalmente a vossa atuação e solicitar o vosso procedimento de tratamento de reclamações.',
      'estou revoltadíssima e exijo uma resposta por escrito à minha queixa',
      'já reclamei duas vezes no mês passado e ninguém respondeu, quero que um superior trate disto',
    ],
    regulator: [
      'a DECO está a ajudar-me a escrever ao regulador',
      'vou levar isto ao centro de arbitragem de conflitos de consumo',
      'vou reclamar de vocês no Banco Central',
    ],
    legal: [
      'Considerem esta carta uma notificação prévia antes de avançar para a via judicial.',
      'na próxima semana ponho uma ação contra vocês no julgado de paz',
      'o meu cunhado é jurista e diz que temos fundamento para avançar judicialmente',
    ],
  },
  nl: {
    bereavement: [
      'we zijn in het voorjaar ons dochtertje verloren en ik krijg het nog steeds niet voor elkaar de post open te maken',
      'Geachte heer/mevrouw, ik schrijf u als executeur-testamentair van wijlen mijn tante, over de rekening die zij bij u had.',
      'ik schrijf namens mijn oma, opa is met kerst ingeslapen na 60 jaar huwelijk en ze is er kapot van',
    ],
    illness: [
      'ik heb MS en zit midden in een zware terugval, ik lig sinds de 2e op bed',
      'mijn vrouw moet drie keer per week aan de dialyse en ik schrijf voor haar omdat zij het niet meer kan',
      'ze hebben een vlek op mijn long gevonden, vrijdag word ik geopereerd en dan ben ik weken uitgeschakeld',
    ],
    mental_health: [
      'ik ben deze zomer gedwongen opgenomen op de psychiatrie en ben net weer thuis',
      'door mijn bipolaire stoornis heb ik in een manische periode van alles besteld zonder te snappen wat ik afsloot',
      'ik heb erg donkere gedachten de laatste tijd en mijn praktijkondersteuner ggz zei dat ik bedrijven moest inlichten',
    ],
    abuse: [
      'mijn ex heeft me gedwongen deze achteraf betalingen voor hem af te sluiten en intimideert me als ik niet betaal',
      'ik zit nu in de vrouwenopvang, stuur niks meer naar het oude adres want hij woont daar nog',
      'de vriend van mijn dochter pakt haar telefoon af en koopt dingen op haar account, ze is bang voor hem',
    ],
    job_loss: [
      'mijn tijdelijke contract liep af en sindsdien heb ik niks meer gevonden',
      'vanaf eind deze maand ben ik werkloos want de winkel sluit de deuren',
      'mijn man is in het najaar wegbezuinigd en we leven nu van mijn parttime baan',
    ],
    cant_afford: [
      'sinds november ga ik naar de voedselbank en deze afschrijving zou me helemaal blut maken',
      'we zitten in de schuldsanering en de budgetcoach zei dat ik jullie moest mailen',
      'moest kiezen tussen de energierekening en deze termijn, heb de energie betaald',
    ],
    carer: [
      'mijn autistische tweeling heeft me 24 uur per dag nodig, voor papierwerk heb ik geen minuut',
      'mijn man heeft ALS en ik doe nu alles voor hem, wassen, eten geven, alles',
      'sinds het hersenletsel van mijn broer verpleeg ik hem thuis en ik ben uitgeput',
    ],
    capability: [
      'ik ben blind en gebruik een schermlezer, jullie betaalpagina werkt daar niet mee',
      'mijn moeder heeft beginnende alzheimer en weet niet meer dat ze dit gekocht heeft',
      'ik ben doof, kan niet bellen, en met getallen raak ik in de war door mijn dyscalculie',
    ],
    person: [
      'kan iemand van jullie team me vanmiddag even een belletje geven?',
      'geen chatbot meer alsjeblieft, ik wil dat een echt mens hiernaar kijkt',
      'ik blijf rondjes draaien met die automatische antwoorden, geef dit aan iemand die het echt leest',
    ],
    complaint: [
      'Hierbij teken ik formeel bezwaar aan tegen uw handelwijze en verzoek ik u mij uw klachtenprocedure toe te sturen.',
      'ik ben woedend en verwacht een schriftelijke reactie op mijn klacht',
      'ik heb vorige maand al twee keer geklaagd zonder reactie, ik wil dat iemand hogerop ernaar kijkt',
    ],
    regulator: [
      'ik heb al een melding gedaan bij ConsuWijzer van de ACM',
      'het Juridisch Loket helpt me een brief aan de Autoriteit Financiële Markten te schrijven',
      'dit ga ik voorleggen aan De Nederlandsche Bank',
    ],
    legal: [
      'Beschouw deze brief als een formele ingebrekestelling.',
      'volgende week laat ik jullie dagvaarden voor de kantonrechter',
      'mijn zwager werkt bij een advocatenkantoor en zegt dat we een zaak tegen jullie kunnen beginnen',
    ],
  },
  sv: {
    bereavement: [
      'vi förlorade vår lilla dotter i våras och jag klarar fortfarande inte av att öppna posten',
      'Hej, jag skriver som dödsbodelägare efter min faster angående kontot hon hade hos er.',
      'skriver åt min mormor, morfar gick ur tiden i julas efter 60 år tillsammans och hon är helt förstörd',
    ],
    illness: [
      'jag har MS och har fått ett svårt skov, jag har legat till sängs sedan den 2:a',
      'min fru går på dialys tre gånger i veckan och jag skriver åt henne för hon orkar inte',
      'de hittade en skugga på lungan, jag opereras på fredag och blir borta i flera veckor',
    ],
    mental_health: [
      'jag blev tvångsintagen på psyk i somras och har precis kommit hem',
      'på grund av min bipolära sjukdom handlade jag massor under en manisk period utan att förstå vad jag skrev på',
      'har väldigt mörka tankar just nu och min kurator sa att jag skulle meddela företag',
    ],
    abuse: [
      'mitt ex tvingade mig att ta de här avbetalningarna åt honom och skrämmer mig om jag inte betalar',
      'jag bor på skyddat boende via kvinnojouren nu, skicka inget till gamla adressen för han bor kvar där',
      'min dotters pojkvän tar hennes mobil och handlar på hennes konto, hon är rädd för honom',
    ],
    job_loss: [
      'mitt vikariat tog slut och sen dess har jag inte fått något nytt',
      'från och med månadsskiftet står jag utan anställning eftersom butiken lägger ner',
      'min man blev varslad och friställd i höstas, vi lever på min deltidslön',
    ],
    cant_afford: [
      'jag har hämtat mat hos Matmissionen sedan november och den här dragningen skulle lämna mig utan någonting',
      'vi har skuldsanering hos Kronofogden och budget- och skuldrådgivaren sa att jag skulle kontakta er',
      'fick välja mellan elräkningen och den här avbetalningen, jag betalade elen',
    ],
    carer: [
      'mina autistiska tvillingar behöver mig hela tiden, jag hinner inte med några papper',
      'min man har ALS och jag gör allt åt honom nu, tvättar, matar, allt',
      'sedan min brors hjärnskada sköter jag honom hemma och jag är helt slut',
    ],
    capability: [
      'jag är blind och använder skärmläsare, er betalsida fungerar inte med den',
      'min mamma har begynnande alzheimer och minns inte att hon köpt något av det här',
      'jag är döv och kan inte ringa, och siffror blir rörigt för mig på grund av dyskalkyli',
    ],
    person: [
      'kan någon från ert team slå en signal till mig i eftermiddag?',
      'inga fler chattbottar tack, jag behöver att en riktig person tittar på det här',
      'jag går i cirklar med era automatiska svar, skicka det vidare till någon som faktiskt läser',
    ],
    complaint: [
      'Härmed framför jag formellt mitt missnöje med ert agerande och begär att få ta del av er klagomålshantering.',
      'jag är upprörd och förväntar mig ett skriftligt svar på min reklamation',
      'jag klagade två gånger förra månaden utan svar, jag vill att någon högre upp tar hand om det',
    ],
    regulator: [
      'jag har redan gjort en anmälan till Allmänna reklamationsnämnden',
      'Konsumenternas Bank- och finansbyrå hjälper mig att skriva till tillsynsmyndigheten',
      'det här kommer Konsumentombudsmannen att få höra om',
    ],
    legal: [
      'Detta är mitt sista krav innan jag går till domstol.',
      'nästa vecka lämnar jag in en stämningsansökan mot er till tingsrätten',
      'min svåger jobbar på en advokatbyrå och säger att vi kan dra er inför rätta',
    ],
  },
  da: {
    bereavement: [
      'vi mistede vores lille datter i foråret og jeg kan stadig ikke få mig selv til at åbne posten',
      'Kære rette vedkommende, jeg skriver som bobestyrer efter min afdøde moster angående hendes konto hos jer.',
      'skriver for min mormor, morfar forlod os i julen efter 60 års ægteskab og hun er knust',
    ],
    illness: [
      'jeg har sklerose og har fået et slemt attak, jeg har været sengeliggende siden den 2.',
      'min kone skal i dialyse tre gange om ugen og jeg skriver for hende fordi hun ikke kan mere',
      'de har fundet en skygge på lungen, jeg bliver opereret på fredag og er ude af spillet i ugevis',
    ],
    mental_health: [
      'jeg blev tvangsindlagt på psykiatrisk i sommer og er lige kommet hjem',
      'pga min bipolare lidelse købte jeg alt muligt i en manisk periode uden at forstå hvad jeg skrev under på',
      'jeg har meget mørke tanker for tiden og min psykolog sagde jeg skulle give besked til firmaer',
    ],
    abuse: [
      'min eks tvang mig til at tage de her afbetalinger for ham og skræmmer mig hvis jeg ikke betaler',
      'jeg bor på krisecenter nu, send ikke noget til den gamle adresse for han bor der stadig',
      'min datters kæreste tager hendes telefon og handler på hendes konto, hun er bange for ham',
    ],
    job_loss: [
      'mit vikariat udløb og siden har jeg ikke fundet noget',
      'fra månedsskiftet står jeg uden arbejde fordi butikken lukker',
      'min mand blev afskediget i efteråret og vi lever af min deltidsløn',
    ],
    cant_afford: [
      'jeg har fået madhjælp fra Kirkens Korshær siden november og denne trækning ville efterlade mig med nul',
      'vi er i gældssanering og gældsrådgiveren sagde jeg skulle skrive til jer',
      'måtte vælge mellem elregningen og denne rate, jeg betalte strømmen',
    ],
    carer: [
      'mine autistiske tvillinger har brug for mig hele tiden, der er ikke et minut til papirarbejde',
      'min mand har ALS og jeg gør alt for ham nu, vasker, mader, det hele',
      'siden min brors hjerneskade har jeg taget mig af ham hjemme og jeg er helt udmattet',
    ],
    capability: [
      'jeg er blind og bruger skærmlæser, jeres betalingsside virker ikke med den',
      'min mor har begyndende alzheimer og kan ikke huske at hun har købt noget af det',
      'jeg er døv og kan ikke ringe, og tal går i kludder for mig pga dyskalkuli',
    ],
    person: [
      'kan en fra jeres team give mig et kald i eftermiddag?',
      'ikke flere chatbots tak, jeg har brug for at en rigtig person kigger på det',
      'jeg kører i ring med jeres automatiske svar, send det videre til en der rent faktisk læser det',
    ],
    complaint: [
      'Hermed gør jeg formelt indsigelse mod jeres fremgangsmåde og beder om at få jeres klageprocedure tilsendt.',
      'jeg er rasende og forventer et skriftligt svar på min reklamation',
      'jeg klagede to gange sidste måned uden svar, jeg vil have at en højere oppe tager sig af det',
    ],
    regulator: [
      'jeg har allerede indbragt sagen for Forbrugerklagenævnet',
      'Forbrugerrådet Tænk hjælper mig med at skrive til tilsynsmyndigheden',
      'det her skal Konkurrence- og Forbrugerstyrelsen høre om',
    ],
    legal: [
      'Betragt dette som et sidste påkrav inden retslige skridt.',
      'i næste uge indleverer jeg en stævning mod jer til byretten',
      'min svoger arbejder på et advokatkontor og siger vi kan føre sag mod jer',
    ],
  },
  fi: {
    bereavement: [
      'menetimme pienen tyttäremme keväällä enkä vieläkään pysty avaamaan postia',
      'Hyvä vastaanottaja, kirjoitan edesmenneen tätini kuolinpesän osakkaana koskien hänen tiliään teillä.',
      'kirjoitan mummon puolesta, vaari poistui keskuudestamme jouluna 60 yhteisen vuoden jälkeen ja mummo on ihan murtunut',
    ],
    illness: [
      'minulla on MS-tauti ja paha pahenemisvaihe, olen ollut vuoteenomana toisesta päivästä asti',
      'vaimoni käy dialyysissä kolme kertaa viikossa ja kirjoitan hänen puolestaan koska hän ei enää jaksa',
      'keuhkosta löytyi varjo, minut leikataan perjantaina ja olen viikkoja pois pelistä',
    ],
    mental_health: [
      'minut otettiin kesällä tahdosta riippumattomaan hoitoon psykiatriselle osastolle ja pääsin vasta kotiin',
      'kaksisuuntaisen mielialahäiriöni takia ostin kaikenlaista maanisessa vaiheessa ymmärtämättä mitä allekirjoitin',
      'minulla on tosi synkkiä ajatuksia nyt ja psykiatrinen sairaanhoitaja käski kertoa yrityksille',
    ],
    abuse: [
      'entinen poikaystäväni pakotti minut ottamaan nämä osamaksut hänelle ja pelottelee jos en maksa',
      'asun nyt turvakodissa, älkää lähettäkö mitään vanhaan osoitteeseen koska hän asuu yhä siellä',
      'tyttäreni poikaystävä vie häneltä puhelimen ja tekee ostoksia hänen tilillään, tytär pelkää häntä',
    ],
    job_loss: [
      'määräaikainen sopimukseni päättyi enkä ole sen jälkeen löytänyt töitä',
      'kuun vaihteesta olen ilman työtä koska kauppa lopettaa',
      'mieheni lomautettiin syksyllä eikä hänellä ole ollut töitä sen jälkeen, elämme minun osa-aikapalkallani',
    ],
    cant_afford: [
      'olen hakenut ruoka-apua marraskuusta asti ja tämä veloitus jättäisi minut tyhjän päälle',
      'olemme velkajärjestelyssä ja talous- ja velkaneuvoja käski ottaa teihin yhteyttä',
      'piti valita sähkölaskun ja tämän erän välillä, maksoin sähkön',
    ],
    carer: [
      'autistiset kaksoseni tarvitsevat minua koko ajan, paperitöille ei jää minuuttiakaan',
      'miehelläni on ALS ja teen nyt kaiken hänen puolestaan, pesen, syötän, kaiken',
      'veljeni aivovamman jälkeen olen pitänyt hänestä huolta kotona ja olen aivan lopussa',
    ],
    capability: [
      'olen sokea ja käytän ruudunlukijaa, maksusivunne ei toimi sen kanssa',
      'äidilläni on alkava Alzheimerin tauti eikä hän muista ostaneensa mitään tästä',
      'olen kuuro enkä voi soittaa, ja numerot menevät minulla sekaisin laskemisen erityisvaikeuden takia',
    ],
    person: [
      'voisiko joku tiimistänne pirauttaa minulle iltapäivällä?',
      'ei enää chatbotteja kiitos, tarvitsen oikean ihmisen katsomaan tätä',
      'pyörin ympyrää automaattivastaustenne kanssa, välittäkää tämä jollekulle joka oikeasti lukee sen',
    ],
    complaint: [
      'Täten ilmaisen virallisesti tyytymättömyyteni toimintaanne ja pyydän tietoa valitusmenettelystänne.',
      'olen raivoissani ja odotan kirjallista vastausta reklamaatiooni',
      'valitin kahdesti viime kuussa eikä kukaan vastannut, haluan että joku ylempi hoitaa asian',
    ],
    regulator: [
      'olen jo vienyt asian Vakuutus- ja rahoitusneuvontaan FINEen',
      'kuluttajaoikeusneuvoja auttaa minua kirjoittamaan valvovalle viranomaiselle',
      'tästä kuulee vielä kuluttaja-asiamies',
    ],
    legal: [
      'Pitäkää tätä viimeisenä vaatimuksena ennen oikeustoimia.',
      'ensi viikolla jätän haastehakemuksen teistä käräjäoikeuteen',
      'lankoni on töissä asianajotoimistossa ja sanoo että voimme nostaa kanteen teitä vastaan',
    ],
  },
  pl: {
    bereavement: [
      'wiosną straciliśmy naszą córeczkę i dalej nie mam siły otwierać listów',
      'Szanowni Państwo, piszę jako spadkobierczyni mojej świętej pamięci ciotki w sprawie jej konta u Państwa.',
      'pisze za babcie, dziadek nie zyje od swiat, byli razem 60 lat i babcia jest zalamana',
    ],
    illness: [
      'mam stwardnienie rozsiane i ciężki rzut choroby, leżę w łóżku od drugiego',
      'moja żona jest dializowana trzy razy w tygodniu i piszę za nią, bo już nie daje rady',
      'znaleźli mi cień na płucu, w piątek mam operację i przez kilka tygodni będę wyłączony z życia',
    ],
    mental_health: [
      'latem trafiłem na oddział psychiatryczny bez mojej zgody i dopiero wróciłem do domu',
      'przez chorobę dwubiegunową nakupowałam wszystkiego w fazie manii, nie rozumiejąc, co podpisuję',
      'mam teraz bardzo czarne myśli i psycholog kazała mi uprzedzić firmy',
    ],
    abuse: [
      'mój były zmusił mnie do wzięcia tych rat dla niego i zastrasza mnie, jeśli nie płacę',
      'uciekłam od niego i mieszkam w ośrodku interwencji kryzysowej, nic nie wysyłajcie na stary adres, bo on tam dalej mieszka',
      'chłopak mojej córki zabiera jej telefon i kupuje na jej koncie, ona się go boi',
    ],
    job_loss: [
      'skończyła mi się umowa na zastępstwo i od tamtej pory nic nie znalazłem',
      'od końca miesiąca będę bez pracy, bo sklep się zamyka',
      'męża zredukowali jesienią i żyjemy z mojej pensji na pół etatu',
    ],
    cant_afford: [
      'od listopada korzystam z banku żywności i to obciążenie zostawiłoby mnie z niczym',
      'jesteśmy w trakcie upadłości konsumenckiej i doradca kazał mi się do was odezwać',
      'musiałam wybrać między rachunkiem za prąd a tą ratą, zapłaciłam za prąd',
    ],
    carer: [
      'moje autystyczne bliźniaki potrzebują mnie cały czas, nie mam minuty na papiery',
      'mąż ma SLA i teraz robię za niego wszystko, myję, karmię, wszystko',
      'od urazu mózgu mojego brata zajmuję się nim w domu i jestem wykończona',
    ],
    capability: [
      'jestem niewidomy i korzystam z czytnika ekranu, wasza strona płatności z nim nie działa',
      'moja mama ma początki alzheimera i nie pamięta, że cokolwiek z tego kupiła',
      'jestem głucha, nie mogę dzwonić, a liczby mi się mieszają przez dyskalkulię',
    ],
    person: [
      'czy ktoś z waszego zespołu mógłby do mnie przekręcić dziś po południu?',
      'koniec z botami proszę, potrzebuję, żeby żywy człowiek na to spojrzał',
      'kręcę się w kółko z automatycznymi odpowiedziami, przekażcie to komuś, kto to naprawdę przeczyta',
    ],
    complaint: [
      'Niniejszym wnoszę formalny sprzeciw wobec Państwa postępowania i proszę o informację o procedurze reklamacyjnej.',
      'jestem oburzona i oczekuję pisemnej odpowiedzi na moje zażalenie',
      'dwa razy się skarżyłem w zeszłym miesiącu i nikt nie odpisał, chcę żeby zajął się tym ktoś wyżej',
    ],
    regulator: [
      'sprawą zajmuje się już miejski rzecznik konsumentów',
      'Federacja Konsumentów pomaga mi napisać do Komisji Nadzoru Finansowego',
      'o tym dowie się Urząd Ochrony Konkurencji i Konsumentów',
    ],
    legal: [
      'Proszę traktować to pismo jako przedsądowe wezwanie.',
      'w przyszłym tygodniu składam przeciwko wam pozew do sądu rejonowego',
      'mój szwagier pracuje w kancelarii i mówi, że możemy was pozwać',
    ],
  },
};

export { NEEDS_PERSON_HELDOUT };
