import type { Driver, GuardLanguage } from './guard-drivers.js';

/**
 * A sixth style (`fresh`), written by someone who had never seen the deterministic signals, after
 * the `mixed` part became tuning data. It was measured held out first (BENCHMARKS.md) and is tuning
 * data (dev) now; the `chat` part (needs-person-chat.ts) was written to be held out after it. Three
 * clauses per language and driver, as customers in each country write: everyday slang, the
 * country's own institutions (benefits offices, hospitals, debt and consumer bodies, ombudsmen,
 * data-protection authorities), short angry lines and long rambling ones, typos, missing accents,
 * English words, writing for a relative. Its wording was chosen to avoid the other parts' words
 * where a native speaker has another way to say it.
 */

type Clauses = Record<Driver, readonly [string, string, string]>;

const en: Clauses = {
  bereavement: [
    "my wife's funeral was on Thursday, she always did the bills and I don't know where to start",
    'since our son took his own life in August I can barely function, please bear with me',
    "my brother's inquest was last week and I've been left to wind up his estate, this account included",
  ],
  illness: [
    "I've had long covid for 2 years and most days I can't get out of bed, let alone chase payments",
    "waiting on a kidney transplant and I'm up at Addenbrooke's every week",
    "my epilepsy's got much worse, 3 seizures this week and I'm not allowed to drive or work",
  ],
  mental_health: [
    "diagnosed with PTSD after I left the army, flashbacks most nights and I just can't face letters",
    'i took an overdose last month and im only just home, everything has piled up',
    'my anorexia has come back and my therapist says I have to cut out every bit of stress, including this',
  ],
  abuse: [
    "this was run up in my name by my stepdad, he used my details without asking and I'm too scared to confront him",
    "there's a non-molestation order against my ex but he still logs into this account and buys stuff",
    "my son has been taking my pension off me every week and makes me pay for his things, I'm 74",
  ],
  job_loss: [
    "the warehouse let 200 of us go in one go and I'm still waiting on my first Universal Credit payment",
    'lost my job at the care home, signing on now and nothing coming in for 5 weeks',
    "my husband's business went bust in the summer and neither of us has had a wage since",
  ],
  cant_afford: [
    'completely skint, the bailiffs have been round twice about council tax arrears',
    "my gas got cut off last week and I'm drowning in debt, even borrowed off a loan shark to get by",
    'Universal Credit just doesnt stretch, im skipping meals so the kids can eat',
  ],
  carer: [
    "I get Carer's Allowance for looking after my wife with Parkinson's, I can't leave her on her own for long",
    'im 17 and a young carer for my mum who is in a wheelchair so sorry if this is a mess',
    'our boy has severe cerebral palsy and I do all his personal care, nights included',
  ],
  capability: [
    "I have a learning disability and my support worker is helping me write this, I didn't understand what I agreed to",
    "I'm 91 and my neighbour reads my post to me, I don't own a computer",
    "I hold power of attorney for my dad, he's lost capacity and has no idea what he signed up for",
  ],
  person: [
    'stop emailing me and get someone to phone me on 07700 900123',
    'is there anyone there I can actually TALK to?? a name and a number please',
    'put me through to a supervisor asap',
  ],
  complaint: [
    'shocking service, I want this reviewed and a final response letter sent to me',
    'Treat this email as a formal complaint. I expect a reference number by return.',
    "I'm lodging a complaint about the member of staff who hung up on me",
  ],
  regulator: [
    "MoneyHelper told me to take it to the ombudsman if you don't put this right",
    "I'm reporting you to the ICO for sharing my data without consent",
    'going to the regulator with this, you lot are nowhere near meeting the Consumer Duty',
  ],
  legal: [
    'See you in court.',
    "I've signed up with a no win no fee firm to claw these charges back",
    "My lawyer says this agreement is unenforceable and we'll be issuing proceedings",
  ],
};

const de: Clauses = {
  bereavement: [
    'wir hatten einen Trauerfall in der Familie, unser Sohn hat sich das Leben genommen, bitte haben Sie Nachsicht',
    'Hallo, ich weiß gar nicht wie ich anfangen soll. Mein Mann ist am Samstag beim Joggen einfach umgefallen, Herzstillstand, mit 46. Ich hab zwei kleine Kinder und jetzt die ganzen Verträge auf dem Tisch und versteh nur Bahnhof',
    'seit dem Tod meiner Frau im Oktober krieg ich gar nix mehr auf die Reihe, sie hat immer die Finanzen gemacht',
  ],
  illness: [
    'hab Long Covid seit zwei Jahren und komm an den meisten Tagen nicht aus dem Bett',
    'nach der verpfuschten Bandscheiben-OP sitz ich im Rollstuhl und krieg jetzt Erwerbsminderungsrente',
    'meine epilepsie ist schlimmer geworden, 3 anfälle diese woche, darf weder autofahren noch arbeiten',
  ],
  mental_health: [
    'seit meinem Suizidversuch im Sommer bin ich in einer Tagesklinik und schaffe den Alltag kaum',
    'hab ne posttraumatische Belastungsstörung, jede Nacht Flashbacks, Briefe überfordern mich total',
    'bin seit Wochen in der Klapse wegen meiner Depri, mein Kumpel tippt das hier für mich',
  ],
  abuse: [
    'ich bin vor meinem Ex in eine andere Stadt geflüchtet, er darf meine neue Adresse auf keinen Fall erfahren, bitte nichts an ihn rausgeben',
    'gegen meinen Ex gibt es ein Kontaktverbot nach dem Gewaltschutzgesetz, trotzdem loggt er sich noch in das Konto ein',
    'mein Sohn nimmt mir jeden Monat die Rente ab und lässt mich seine Sachen bezahlen, ich bin 74',
  ],
  job_loss: [
    'hab nach 23 Jahren beim Daimler die Abfindung nehmen müssen und mit 58 find ich jetzt nix mehr',
    'bin seit der insolvenz vom arbeitgeber beim jobcenter gemeldet und es kommt nix rein',
    'erst Kurzarbeit null seit September und jetzt ist die Stelle ganz weg',
  ],
  cant_afford: [
    'bei uns ist Monatsende immer schon am 15., ich weiß echt nicht mehr wie ich das stemmen soll, der Gerichtsvollzieher war auch schon da',
    'mein Konto ist gepfändet und läuft nur noch als P-Konto, da bleibt nichts übrig',
    'ich lasse Mahlzeiten ausfallen damit die Kinder satt werden, das Bürgergeld langt einfach nicht',
  ],
  carer: [
    'Meine Frau hat Parkinson mit Pflegegrad 4, ich kann sie kaum allein lassen',
    'mein Schwiegervater wohnt jetzt bei uns, Pflegegrad 3, der Pflegedienst kommt nur morgens und den Rest mach ich neben meinem Teilzeitjob',
    'unser Sohn hat eine schwere Zerebralparese und ich übernehme die komplette Pflege, auch nachts',
  ],
  capability: [
    'Guten Tag, ich bin Analphabetin, mein Enkel liest mir das vor, ich weiß nicht was in Ihren Schreiben drinsteht',
    'Ich bin 91 Jahre alt, die Nachbarin liest mir die Briefe vor, einen Computer habe ich nicht',
    'ich habe eine Vorsorgevollmacht für meinen Vater, er ist nicht mehr geschäftsfähig und weiß nicht was er da bestellt hat',
  ],
  person: [
    'Hören Sie auf mir Mails zu schicken und rufen Sie mich unter 0171 2345678 an',
    'gibts bei euch auch noch menschen oder nur bots??',
    'Verbinden Sie mich bitte mit Ihrem Teamleiter.',
  ],
  complaint: [
    'Also ich bin stinksauer. Dreimal angerufen, dreimal abgewimmelt worden. Das geht jetzt an Ihre Geschäftsleitung.',
    'ich will mich über Ihre Mitarbeiterin beschweren, die mir einfach aufgelegt hat',
    'Bitte nehmen Sie dies als förmliche Beschwerde auf und nennen Sie mir ein Aktenzeichen.',
  ],
  regulator: [
    'Den Landesdatenschutzbeauftragten habe ich schon eingeschaltet, weil Sie meine Daten weitergegeben haben',
    'ich melde Sie bei der Aufsichtsbehörde, das ist doch Abzocke',
    'die Ombudsstelle bekommt den ganzen Schriftverkehr von mir',
  ],
  legal: [
    'Wir sehen uns vor Gericht.',
    'ich hab eine Rechtsschutzversicherung und lasse das jetzt von einer Kanzlei klären',
    'Meine Rechtsanwältin hält den Vertrag für unwirksam und wird Klage erheben',
  ],
};

const fr: Clauses = {
  bereavement: [
    "les obsèques de ma femme ont eu lieu jeudi, c'est elle qui s'occupait de tous les papiers et je suis perdu",
    "notre fils a mis fin à ses jours en août, je n'ai la tête à rien, soyez indulgents svp",
    "Bonjour, je me permets de vous écrire car mon compagnon est parti brutalement d'un AVC il y a 15 jours, on n'était pas pacsés et je ne sais même pas si j'ai le droit de gérer ses affaires, je suis complètement perdue",
  ],
  illness: [
    "je suis en ALD pour une insuffisance rénale, j'attends une greffe et je fais des allers-retours à l'hôpital",
    "je suis en invalidité catégorie 2 à cause d'une polyarthrite, certains jours je ne peux même pas tenir un stylo",
    "mon épilepsie s'est aggravée, 3 crises cette semaine, plus le droit de conduire ni de bosser",
  ],
  mental_health: [
    'j ai fait une TS le mois dernier et je sors à peine de clinique, tout s est accumulé',
    "je souffre de stress post-traumatique depuis l'attentat, cauchemars toutes les nuits, je ne supporte plus d'ouvrir les courriers",
    "franchement je suis au fond du trou, je dors plus, je mange plus, mon médecin parle de m'hospitaliser",
  ],
  abuse: [
    "mon mari m'a obligée à ouvrir ce compte et il a gardé mes codes, je peux rien dire à la maison il lit tout",
    'mon ex a une ordonnance de protection contre lui mais il se connecte encore sur ce compte',
    "mon fils me prend ma retraite tous les mois et me fait payer ses achats, j'ai 76 ans",
  ],
  job_loss: [
    "l'entrepôt a viré 200 personnes d'un coup et j'attends mon premier versement de France Travail",
    'rupture conventionnelle forcée à 57 ans, autant dire que je retrouverai jamais rien',
    'la boîte de mon mari a coulé cet été, plus aucun salaire à la maison depuis',
  ],
  cant_afford: [
    "je suis fauchée, l'huissier est passé deux fois pour des impayés",
    "on est le 10 et mon compte est déjà à -300, j'ai demandé un colis au Secours populaire",
    'avec le RSA je saute des repas pour que les petits mangent',
  ],
  carer: [
    "je touche l'AJPA pour m'occuper de ma femme atteinte de Parkinson, je peux pas la laisser seule",
    "ma mère est en fin de vie à la maison avec l'HAD et c'est moi qui gère tout, les soins, les nuits",
    'notre fils est polyhandicapé et je fais tous ses soins, la nuit aussi',
  ],
  capability: [
    "je suis illettrée, je comprends pas vos courriers, c'est l'écrivain public de la mairie qui m'aide",
    "j'ai 91 ans, c'est ma voisine qui me lit le courrier, je n'ai pas d'ordinateur",
    'mon père est sous tutelle et je suis son tuteur, il ne sait pas ce qu il a commandé',
  ],
  person: [
    'arrêtez les mails et appelez-moi au 06 12 34 56 78',
    "y'a quelqu'un ou c'est que des robots chez vous ???",
    'passez-moi votre supérieur hiérarchique svp',
  ],
  complaint: [
    'ras-le-bol!! trois appels, trois fois on me balade, je veux une réponse du service consommateurs et vite',
    "je veux me plaindre de votre employée qui m'a raccroché au nez",
    'Veuillez enregistrer ce message comme une réclamation officielle et me communiquer un numéro de dossier.',
  ],
  regulator: [
    "j'ai saisi la CNIL, vous avez transmis mes données sans mon accord",
    "je vais faire un signalement à la répression des fraudes, c'est de l'arnaque pure et simple",
    'je monte un dossier pour le Défenseur des droits',
  ],
  legal: [
    "j'ai une protection juridique avec mon assurance et je leur transmets le dossier",
    'je vais porter plainte au commissariat pour escroquerie',
    'On se retrouvera devant le juge.',
  ],
};

const es: Clauses = {
  bereavement: [
    'el entierro de mi mujer fue el jueves, era ella la que llevaba las cuentas y estoy perdido',
    'nuestro hijo se quitó la vida en agosto y no levanto cabeza, tengan paciencia por favor',
    'a mi pareja le dio un infarto fulminante hace dos semanas, no estábamos casados y no sé ni si puedo tocar sus cosas, tengo dos niños pequeños y estoy sola con todo',
  ],
  illness: [
    'tengo covid persistente desde hace dos años y la mayoría de días no me puedo levantar',
    'me dio un ictus en marzo y todavía no hablo bien ni muevo el brazo derecho',
    'la epilepsia me ha empeorado, 3 crisis esta semana y no puedo ni conducir ni trabajar',
  ],
  mental_health: [
    'intenté suicidarme el mes pasado y acabo de salir del hospital, se me ha juntado todo',
    'tengo estrés postraumático desde el accidente, pesadillas cada noche, no puedo con el papeleo',
    'estoy fatal, no duermo, no como, y mi médico de cabecera me quiere derivar a salud mental',
  ],
  abuse: [
    'mi ex me tiene amenazada, me escribe desde perfiles falsos y sabe mis contraseñas, por favor no le den ninguna información',
    'mi ex tiene orden de alejamiento pero sigue entrando en esta cuenta y comprando cosas',
    'mi hijo me quita la pensión cada mes y me hace pagarle sus caprichos, tengo 76 años',
  ],
  job_loss: [
    'en el almacén echaron a 200 de golpe y estoy esperando a que el SEPE me pague la prestación',
    'me han hecho un despido disciplinario a los 57 y a mi edad ya no me coge nadie',
    'a mi marido le cerró el negocio este verano y en casa no entra ni un euro',
  ],
  cant_afford: [
    'estoy tieso, me han embargado la cuenta y no me queda ni para el bus',
    'a día 10 ya estoy en números rojos y he tenido que pedir ayuda a Cáritas para la compra',
    'con el ingreso mínimo vital me salto comidas para que coman los críos',
  ],
  carer: [
    'mi mujer tiene párkinson con grado III de dependencia y no la puedo dejar sola',
    'mi madre está en paliativos en casa y soy yo la que hace todo, curas, noches, todo',
    'nuestro hijo tiene parálisis cerebral severa y le hago yo todos los cuidados, también por la noche',
  ],
  capability: [
    'no sé leer ni escribir, me lo está escribiendo la chica de servicios sociales',
    'tengo 91 años y la vecina me lee las cartas, no tengo ordenador',
    'soy el tutor legal de mi padre, tiene la capacidad modificada judicialmente y no sabe lo que compró',
  ],
  person: [
    'dejen de mandarme correos y llámenme al 612 345 678',
    '¿hay alguien ahí o son todo robots???',
    'pásenme con su supervisor ya',
  ],
  complaint: [
    'estoy hasta las narices!! tres llamadas y tres veces me han toreado, exijo que alguien responsable lo solucione ya',
    'quiero quejarme de su empleada, que me colgó el teléfono',
    'Tomen este correo como reclamación oficial y denme un número de incidencia.',
  ],
  regulator: [
    'ya les he denunciado ante la Agencia Española de Protección de Datos por ceder mis datos',
    'voy a denunciarlo en la Dirección General de Consumo, esto es un timo',
    'mando todo al Defensor del Pueblo',
  ],
  legal: [
    'les mando un burofax y después nos vemos en los tribunales',
    'tengo seguro de defensa jurídica y ya lo he pasado a su gabinete',
    'voy a poner una denuncia en comisaría por estafa',
  ],
};

const it: Clauses = {
  bereavement: [
    'il funerale di mia moglie è stato giovedì, era lei che pagava tutto e io non so da dove cominciare',
    'nostro figlio si è tolto la vita ad agosto e non riesco a stare dietro a niente, abbiate pazienza',
    'è morta la mia mamma a ottobre e da allora non ho più aperto una busta, scusate il ritardo nei pagamenti',
  ],
  illness: [
    'ho il long covid da due anni e quasi tutti i giorni non riesco ad alzarmi dal letto',
    'ho fatto un trapianto di midollo e sono immunodepresso, non esco di casa da mesi',
    "l'epilessia è peggiorata, 3 crisi questa settimana, non posso guidare né lavorare",
  ],
  mental_health: [
    'ho tentato il suicidio il mese scorso e sono appena uscito dalla clinica, mi si è accumulato tutto',
    'soffro di disturbo post traumatico da stress, incubi tutte le notti e la posta mi manda in tilt',
    'sto malissimo, non dormo non mangio, il medico di base vuole mandarmi al CSM',
  ],
  abuse: [
    "mio marito mi dà solo 50 euro a settimana e vuole gli scontrini di tutto, l'account l'ha aperto lui a nome mio",
    "contro il mio ex c'è un ordine di allontanamento ma continua a entrare nel mio account e a comprare",
    'mio figlio si prende la mia pensione ogni mese e mi fa pagare le sue cose, ho 76 anni',
  ],
  job_loss: [
    'il magazzino ha tagliato 200 posti in un colpo e aspetto ancora la NASpI',
    'a 57 anni mi hanno fatto firmare le dimissioni e adesso chi mi prende più',
    "la ditta di mio marito è fallita quest'estate e a casa non entra più uno stipendio",
  ],
  cant_afford: [
    'sono al verde, mi hanno pignorato il conto e non mi resta niente',
    'il 10 del mese sono già in rosso, ho chiesto il pacco alimentare in parrocchia',
    "con l'assegno di inclusione salto i pasti per far mangiare i bambini",
  ],
  carer: [
    'ho la 104 per stare dietro a mia moglie col Parkinson, non posso lasciarla sola',
    'mia madre è allettata a casa con le cure palliative e faccio tutto io, anche le notti',
    "nostro figlio ha una paralisi cerebrale grave e faccio io tutta l'assistenza, anche di notte",
  ],
  capability: [
    'non so leggere e scrivere bene, mi sta scrivendo il messaggio la signora del patronato',
    "ho 91 anni, la posta me la legge la vicina, il computer non ce l'ho",
    "sono l'amministratore di sostegno di mio padre, non è più in grado di intendere e di volere e non sa cosa ha ordinato",
  ],
  person: [
    'smettetela con le email e chiamatemi al 347 123 4567',
    "c'è qualcuno o siete tutti robot???",
    'passatemi il vostro supervisore subito',
  ],
  complaint: [
    "sono incazzato nero, tre telefonate e tre volte mi avete preso in giro, passatemi l'ufficio reclami",
    'voglio lamentarmi della vostra impiegata che mi ha sbattuto il telefono in faccia',
    'Considerate questa email un reclamo ufficiale e comunicatemi un numero di protocollo.',
  ],
  regulator: [
    'ho fatto segnalazione al Garante della privacy perché avete passato i miei dati',
    'mi sono rivolto al Codacons, questa è una truffa',
    'il difensore civico della regione è già stato informato',
  ],
  legal: [
    'ci vediamo in tribunale.',
    "ho la tutela legale con l'assicurazione e ho girato tutto al loro ufficio legale",
    'vado dai carabinieri a sporgere denuncia per truffa',
  ],
};

const pt: Clauses = {
  bereavement: [
    'o funeral da minha mulher foi na quinta, era ela que tratava das contas e eu estou perdido',
    'o nosso filho pôs fim à vida em agosto e eu não tenho cabeça para nada, tenham paciência',
    'enviuvei há um mês e ainda não estou em mim, era o meu marido que tratava destas coisas',
  ],
  illness: [
    'tenho covid longa há dois anos e na maioria dos dias não consigo sair da cama',
    'estou de baixa prolongada por causa de uma hérnia e cheia de dores, mal consigo andar',
    'a epilepsia piorou, tive 3 crises esta semana, nao posso conduzir nem trabalhar',
  ],
  mental_health: [
    'tentei suicidar-me no mês passado e acabei de ter alta, acumulou-se tudo',
    'tenho stress pós-traumático desde o acidente, pesadelos todas as noites, não consigo lidar com cartas',
    'to tomando remédio pra ansiedade e tendo crise de pânico todo dia, to muito mal da cabeça',
  ],
  abuse: [
    'fugi de casa por causa do meu companheiro e ele não pode saber a minha nova morada, a APAV está a ajudar-me',
    'o meu ex tem medida de afastamento mas continua a entrar nesta conta e a fazer compras',
    'o meu filho fica com a minha reforma todos os meses e obriga-me a pagar as coisas dele, tenho 76 anos',
  ],
  job_loss: [
    'no armazém mandaram 200 para a rua de uma vez e ainda estou à espera do subsídio de desemprego',
    'fui dispensada sem justa causa e o seguro-desemprego ainda não caiu',
    'a empresa do meu marido faliu no verão e não entra um ordenado cá em casa',
  ],
  cant_afford: [
    'estou teso, penhoraram-me a conta e não me sobra nada',
    'a dia 10 já tenho a conta a descoberto, pedi ajuda na junta de freguesia para as compras',
    'vivo do RSI e salto refeições para os miúdos comerem',
  ],
  carer: [
    'a minha mulher tem Parkinson e grande dependência, não a posso deixar sozinha',
    'o meu sogro veio viver connosco depois do AVC e sou eu que lhe dou banho e a medicação, além do trabalho',
    'o nosso filho tem paralisia cerebral grave e faço-lhe eu todos os cuidados, de noite também',
  ],
  capability: [
    'não sei ler, é a senhora do centro de dia que me está a escrever isto',
    'tenho 91 anos, é a vizinha que me lê as cartas, não tenho computador',
    'o meu pai é maior acompanhado e eu sou o acompanhante dele, ele já não tem capacidade e não sabe o que encomendou',
  ],
  person: [
    'parem de me mandar emails e liguem-me para o 912 345 678',
    'há aí alguém ou é tudo robôs???',
    'passem-me ao vosso supervisor já',
  ],
  complaint: [
    'estou farto!! liguei três vezes e andaram a empurrar-me de um lado para o outro, quero isto resolvido já',
    'quero queixar-me da vossa funcionária que me desligou o telefone na cara',
    'Considerem este email uma reclamação oficial e indiquem-me o número do processo.',
  ],
  regulator: [
    'já fiz queixa na CNPD porque passaram os meus dados a terceiros',
    'vou pôr isto no Portal da Queixa, isto é uma burla',
    'vou botar vocês no Reclame Aqui e no consumidor.gov.br',
  ],
  legal: [
    'vemo-nos em tribunal.',
    'tenho proteção jurídica no seguro e já passei tudo ao departamento jurídico deles',
    'vou apresentar queixa na polícia por burla',
  ],
};

const nl: Clauses = {
  bereavement: [
    'de uitvaart van mijn vrouw was donderdag, zij deed altijd de rekeningen en ik weet niet waar ik moet beginnen',
    'onze zoon heeft in augustus een einde aan zijn leven gemaakt en ik kan me nergens op concentreren, heb geduld aub',
    'mijn vriend is na een ongeluk met de scooter overleden, we waren niet getrouwd en ik weet niet eens of ik zijn zaken mag regelen',
  ],
  illness: [
    'ik heb al twee jaar long covid en kom de meeste dagen mijn bed niet uit',
    'ik heb reuma en zit in de Ziektewet, op slechte dagen kan ik geen pen vasthouden',
    'mijn epilepsie is erger geworden, 3 aanvallen deze week, mag niet rijden en niet werken',
  ],
  mental_health: [
    'ik heb vorige maand een zelfmoordpoging gedaan en ben net uit de kliniek, alles is opgestapeld',
    'sinds mijn uitzending heb ik PTSS, elke nacht nachtmerries en brieven trek ik gewoon niet',
    'ik ben helemaal op, slaap niet, eet niet, de huisarts wil me doorverwijzen naar de crisisdienst',
  ],
  abuse: [
    'ik ben gevlucht voor mijn ex en zit op een geheim adres, geef aub niks door aan hem',
    'mijn ex heeft een contactverbod maar logt nog steeds in op dit account en bestelt dingen',
    'mijn zoon pakt elke maand mijn AOW af en laat mij zijn spullen betalen, ik ben 76',
  ],
  job_loss: [
    'bij het distributiecentrum zijn er 200 in één keer uitgegooid en ik wacht nog op mijn WW van het UWV',
    'na 23 jaar een vaststellingsovereenkomst moeten tekenen, en met 58 neemt niemand je meer aan',
    'het bedrijf van mijn man is deze zomer failliet gegaan en er komt geen salaris meer binnen',
  ],
  cant_afford: [
    'ik ben platzak, de deurwaarder heeft al twee keer aan de deur gestaan',
    'het is de 10e en ik sta al rood, heb de gemeente om bijzondere bijstand gevraagd',
    'van de bijstand sla ik maaltijden over zodat de kinderen kunnen eten',
  ],
  carer: [
    'mijn vrouw heeft Parkinson en ik kan haar geen moment alleen laten',
    "mijn schoonvader woont nu bij ons, de thuiszorg komt alleen 's ochtends, de rest doe ik naast mijn baan",
    "onze zoon is ernstig meervoudig gehandicapt en ik doe alle verzorging, ook 's nachts",
  ],
  capability: [
    'ik kan niet lezen en schrijven, de vrijwilliger van het Taalhuis typt dit voor me',
    'ik ben 91, de buurvrouw leest mijn post voor, ik heb geen computer',
    'mijn vader staat onder curatele en ik ben zijn curator, hij weet niet wat hij besteld heeft',
  ],
  person: [
    'stop met mailen en bel me op 06 12345678',
    'is daar nog een mens of alleen robots???',
    'verbind me door met uw teamleider',
  ],
  complaint: [
    'ik ben het spuugzat!! drie keer gebeld, drie keer van het kastje naar de muur gestuurd, ik wil nu een oplossing',
    'ik wil me beklagen over uw medewerkster die gewoon de hoorn erop gooide',
    'Beschouw deze mail als officiële klacht en stuur mij een dossiernummer.',
  ],
  regulator: [
    'ik heb al een melding gemaakt bij de Autoriteit Persoonsgegevens omdat jullie mijn gegevens hebben doorgegeven',
    'ik schakel de Consumentenbond in, dit is gewoon oplichting',
    'ik ga dit aankaarten bij de toezichthouder',
  ],
  legal: [
    'we zien elkaar in de rechtszaal.',
    'ik heb een rechtsbijstandverzekering en die gaan dit voor me uitvechten',
    'ik ga aangifte doen bij de politie wegens oplichting',
  ],
};

const sv: Clauses = {
  bereavement: [
    'min frus begravning var i torsdags, det var hon som skötte räkningarna och jag vet inte var jag ska börja',
    'vår son tog sitt liv i augusti och jag fungerar knappt, ha tålamod med mig',
    'min sambo omkom i en trafikolycka för två veckor sen, vi var inte gifta och jag vet inte ens om jag får sköta hans saker',
  ],
  illness: [
    'har haft long covid i två år och de flesta dagar tar jag mig inte ur sängen',
    'har reumatism och är sjukskriven på heltid, vissa dagar kan jag inte ens hålla i en penna',
    'min epilepsi har blivit värre, 3 anfall den här veckan, får varken köra bil eller jobba',
  ],
  mental_health: [
    'jag försökte ta livet av mig förra månaden och är precis utskriven, allt har hopat sig',
    'har PTSD sen olyckan, mardrömmar varje natt och klarar inte av brev',
    'jag är totalt slut, sover inte, äter inte, vårdcentralen ska skicka remiss till psykiatrin',
  ],
  abuse: [
    'jag har skyddad identitet pga mitt ex, ni får absolut inte lämna ut något om mig',
    'mitt ex har kontaktförbud men loggar ändå in på kontot och beställer saker',
    'min son tar min pension varje månad och får mig att betala hans grejer, jag är 76',
  ],
  job_loss: [
    'lagret sparkade 200 pers på en gång och jag väntar fortfarande på pengar från a-kassan',
    'efter 23 år på Volvo blev jag övertalig, och vid 58 får man inget nytt',
    'min mans firma gick i konken i somras och ingen lön kommer in längre',
  ],
  cant_afford: [
    'jag är helt pank och har fått utmätning på lönen',
    'det är den 10:e och jag är redan back, har sökt nödbistånd hos kommunen',
    'lever på försörjningsstöd från soc och hoppar över måltider så barnen får äta',
  ],
  carer: [
    'min fru har Parkinson och jag kan inte lämna henne ensam en stund',
    'min svärfar bor hos oss nu, hemtjänsten kommer bara på morgonen, resten gör jag vid sidan av jobbet',
    'vår son är flerfunktionsnedsatt och jag sköter all omvårdnad, även nätterna',
  ],
  capability: [
    'jag kan inte läsa så bra, har bara gått i skolan i tre år, min son skriver åt mig',
    'jag är 91 år, grannen läser upp min post, jag har ingen dator',
    'jag är god man åt min pappa som inte längre kan fatta egna beslut, han vet inte vad han har beställt',
  ],
  person: [
    'sluta mejla och ring mig på 070-123 45 67',
    'finns det nån människa där eller bara robotar???',
    'koppla mig till er teamledare',
  ],
  complaint: [
    'jag är så jävla less!! ringt tre gånger, bollats runt tre gånger, nu vill jag ha en lösning',
    'jag vill klaga på er kundtjänstmedarbetare som bara la på luren',
    'Betrakta det här som en officiell reklamation och skicka mig ett ärendenummer.',
  ],
  regulator: [
    'jag har redan anmält er till IMY för att ni lämnat ut mina uppgifter',
    'jag har kontaktat Hallå konsument, det här är ju rena bluffen',
    'jag ska ringa kommunens konsumentvägledare om det här',
  ],
  legal: [
    'vi ses i rätten.',
    'jag har rättsskydd i hemförsäkringen och har lämnat över ärendet till en advokatbyrå',
    'jag gör en polisanmälan om bedrägeri',
  ],
};

const da: Clauses = {
  bereavement: [
    'min kones bisættelse var i torsdags, det var hende der klarede regningerne og jeg ved ikke hvor jeg skal starte',
    'vores søn tog sit eget liv i august og jeg kan knap nok fungere, hav tålmodighed med mig',
    'jeg har lige mistet min lillebror til kræft, og jeg kan ikke tænke klart lige nu',
  ],
  illness: [
    'jeg har haft senfølger efter covid i to år og kan de fleste dage ikke komme ud af sengen',
    'jeg har leddegigt og er på sygedagpenge, nogle dage kan jeg ikke engang holde en kuglepen',
    'min epilepsi er blevet værre, 3 anfald i denne uge, må hverken køre bil eller arbejde',
  ],
  mental_health: [
    'jeg forsøgte at tage mit eget liv sidste måned og er lige blevet udskrevet, alt har hobet sig op',
    'har haft PTSD siden udsendelsen, mareridt hver nat og kan ikke klare at åbne breve',
    'jeg er helt smadret, sover ikke, spiser ikke, min læge vil henvise mig til psykiatrien',
  ],
  abuse: [
    'jeg har navne- og adressebeskyttelse pga min eks, I må ikke udlevere noget om mig til nogen',
    'min eks har fået tilhold men logger stadig ind på kontoen og bestiller ting',
    'min søn tager min folkepension hver måned og får mig til at betale hans ting, jeg er 76',
  ],
  job_loss: [
    'lageret sagde 200 op på én gang og jeg venter stadig på dagpenge fra a-kassen',
    'efter 23 år på Vestas blev jeg afskediget, og som 58-årig får man ikke noget nyt',
    'min mands virksomhed lukkede i sommer og der kommer ingen løn ind mere',
  ],
  cant_afford: [
    'jeg er helt flad og har en sag i fogedretten',
    'det er den 10. og jeg er allerede i minus, har søgt enkeltydelse hos kommunen',
    'jeg er på kontanthjælp og springer måltider over så ungerne kan få mad',
  ],
  carer: [
    'min kone har Parkinsons og jeg kan ikke lade hende være alene et øjeblik',
    'min svigerfar bor hos os nu, hjemmeplejen kommer kun om morgenen, resten klarer jeg ved siden af jobbet',
    'vores søn er multihandicappet og jeg står for al plejen, også om natten',
  ],
  capability: [
    'jeg kan ikke læse så godt, har kun gået i skole i få år, min søn skriver for mig',
    'jeg er 91 år, naboen læser mine breve op, jeg har ingen computer',
    'jeg er værge for min far som ikke længere kan forstå økonomiske ting, han ved ikke hvad han har bestilt',
  ],
  person: [
    'stop med at maile og ring til mig på 20 12 34 56',
    'er der et menneske derinde eller kun robotter???',
    'stil mig om til jeres teamleder',
  ],
  complaint: [
    'jeg er så træt af jer!! ringet tre gange, sendt rundt tre gange, nu vil jeg have en løsning',
    'jeg vil klage over jeres medarbejder der bare smed røret på',
    'Dette er en skriftlig klage, og jeg forventer et sagsnummer retur.',
  ],
  regulator: [
    'jeg har allerede anmeldt jer til Datatilsynet fordi I har givet mine oplysninger videre',
    'jeg har kontaktet Forbrugerrådet, det her er jo det rene fupnummer',
    'jeg går til Folketingets Ombudsmand med det her',
  ],
  legal: [
    'vi ses i retten.',
    'jeg har retshjælpsforsikring og har givet sagen til et advokatfirma',
    'jeg politianmelder jer for bedrageri',
  ],
};

const fi: Clauses = {
  bereavement: [
    'vaimoni siunaustilaisuus oli torstaina, hän hoiti aina laskut enkä tiedä mistä aloittaa',
    'poikamme teki itsemurhan elokuussa enkä pysty keskittymään mihinkään, olkaa kärsivällisiä',
    'menetin pikkuveljeni syövälle viikko sitten enkä pysty ajattelemaan selkeästi',
  ],
  illness: [
    'mulla on ollut long covid kaks vuotta enkä pääse useimpina päivinä sängystä ylös',
    'mulla on nivelreuma ja oon sairauspäivärahalla, huonoina päivinä en pysty pitelemään kynää',
    'epilepsia on pahentunut, 3 kohtausta tällä viikolla, en saa ajaa autoa enkä tehdä töitä',
  ],
  mental_health: [
    'yritin viime kuussa tappaa itseni ja pääsin juuri osastolta, kaikki on kasautunut',
    'mulla on traumaperäinen stressihäiriö, painajaisia joka yö enkä pysty avaamaan kirjeitä',
    'oon ihan loppu, en nuku en syö, terveyskeskuslääkäri laittaa lähetteen psykiatrian poliklinikalle',
  ],
  abuse: [
    'minulla on turvakielto exän takia, ette saa luovuttaa minusta mitään tietoja kenellekään',
    'exälläni on lähestymiskielto mutta hän kirjautuu silti tilille ja tilaa tavaraa',
    'poikani vie eläkkeeni joka kuukausi ja pakottaa maksamaan hänen juttujaan, olen 76',
  ],
  job_loss: [
    'varasto irtisanoi kerralla 200 työntekijää, minut mukaan lukien, ja odotan vieläkin työttömyyskorvausta',
    '23 vuotta Nokialla ja nyt yt-neuvottelujen jälkeen ulos, 58-vuotiaana ei enää saa töitä',
    'mieheni firma kaatui kesällä eikä kotiin tule enää palkkaa',
  ],
  cant_afford: [
    'oon ihan peeaa ja palkasta menee ulosottoon',
    'on vasta kuun 10. päivä ja tili jo miinuksella, hain Kelalta kiireellistä tukea',
    'elän toimeentulotuella ja jätän aterioita väliin että lapset saa syödä',
  ],
  carer: [
    'vaimollani on Parkinsonin tauti enkä voi jättää häntä hetkeksikään yksin',
    'appiukko muutti meille, kotihoito käy vain aamuisin ja loput hoidan töiden ohella',
    'poikamme on vaikeavammainen ja hoidan kaiken hoivan, myös öisin',
  ],
  capability: [
    'en osaa lukea kunnolla, kävin koulua vain muutaman vuoden, poikani kirjoittaa tämän',
    'olen 91-vuotias, naapuri lukee postini minulle, minulla ei ole tietokonetta',
    'olen isäni edunvalvoja, hän ei enää ymmärrä raha-asioita eikä tiedä mitä on tilannut',
  ],
  person: [
    'lopettakaa meilailu ja soittakaa numeroon 040 123 4567',
    'onko siellä ketään ihmistä vai pelkkiä robotteja???',
    'yhdistäkää minut tiiminvetäjällenne',
  ],
  complaint: [
    'mä oon niin kyllästynyt!! soitin kolme kertaa ja mua pompoteltiin paikasta toiseen, nyt haluun ratkaisun',
    'haluan valittaa työntekijästänne joka vain löi luurin korvaan',
    'Kirjatkaa tämä valitukseksi ja antakaa minulle asianumero.',
  ],
  regulator: [
    'tein jo ilmoituksen tietosuojavaltuutetulle koska luovutitte tietojani',
    'olen yhteydessä Kilpailu- ja kuluttajavirastoon, tää on ihan huijausta',
    'teen tästä kantelun eduskunnan oikeusasiamiehelle',
  ],
  legal: [
    'nähdään oikeudessa.',
    'mulla on oikeusturvavakuutus ja annoin asian lakitoimistolle',
    'teen teistä rikosilmoituksen petoksesta',
  ],
};

const pl: Clauses = {
  bereavement: [
    'pogrzeb mojej żony był w czwartek, to ona ogarniała rachunki i nie wiem od czego zacząć',
    'nasz syn odebrał sobie życie w sierpniu i nie jestem w stanie nic załatwiać, proszę o wyrozumiałość',
    'tydzien temu stracilam mlodszego brata, rak, i nie jestem w stanie jasno myslec',
  ],
  illness: [
    'od dwóch lat mam long covid i przez większość dni nie wstaję z łóżka',
    'mam reumatoidalne zapalenie stawów i jestem na L4, w gorsze dni nie utrzymam długopisu',
    'padaczka mi się pogorszyła, 3 ataki w tym tygodniu, nie mogę prowadzić ani pracować',
  ],
  mental_health: [
    'w zeszłym miesiącu próbowałem się zabić i dopiero wyszedłem ze szpitala, wszystko się nawarstwiło',
    'mam PTSD od wypadku, koszmary co noc, nie daję rady otwierać listów',
    'jestem kompletnie wykończony, nie śpię, nie jem, lekarz rodzinny daje mi skierowanie do psychiatry',
  ],
  abuse: [
    'mam założoną Niebieską Kartę na byłego męża, nie udzielajcie mu żadnych informacji o mnie',
    'mój były ma zakaz zbliżania się, ale dalej loguje się na to konto i zamawia rzeczy',
    'syn co miesiąc zabiera mi emeryturę i każe płacić za swoje rzeczy, mam 76 lat',
  ],
  job_loss: [
    'z magazynu wywalili 200 osób naraz i dalej czekam na zasiłek z urzędu pracy',
    'po 23 latach w zakładzie zwolnienie grupowe, a w wieku 58 lat nikt mnie już nie zatrudni',
    'firma męża padła latem i do domu nie wpływa już żadna pensja',
  ],
  cant_afford: [
    'jestem totalnie spłukany, komornik zajął mi konto',
    'jest dopiero 10. a ja już jestem na debecie, złożyłam w gminie wniosek o zasiłek celowy',
    'żyję z zasiłku z MOPS-u i nie jem obiadów, żeby dzieci miały co jeść',
  ],
  carer: [
    'żona ma Parkinsona i nie mogę jej zostawić samej ani na chwilę',
    'teść mieszka teraz z nami po udarze, opiekunka przychodzi tylko rano, resztę robię po pracy',
    'nasz syn ma czterokończynowe porażenie mózgowe i robię przy nim wszystko, także w nocy',
  ],
  capability: [
    'słabo czytam, chodziłem do szkoły tylko parę lat, syn pisze za mnie',
    'mam 91 lat, sąsiadka czyta mi listy, komputera nie mam',
    'jestem opiekunem prawnym taty, jest ubezwłasnowolniony i nie wie co zamówił',
  ],
  person: [
    'przestańcie słać maile i zadzwońcie pod 601 234 567',
    'jest tam jakiś człowiek czy same roboty???',
    'proszę mnie przełączyć do przełożonego',
  ],
  complaint: [
    'mam was serdecznie dość!! dzwoniłem trzy razy i odsyłali mnie od Annasza do Kajfasza, chcę to wreszcie załatwić',
    'chcę się poskarżyć na waszą konsultantkę, która rzuciła mi słuchawką',
    'Proszę potraktować tego maila jako oficjalną reklamację i podać numer zgłoszenia.',
  ],
  regulator: [
    'złożyłam już skargę do UODO, bo przekazaliście moje dane',
    'zgłaszam to do Rzecznika Praw Obywatelskich, to jest oszustwo',
    'zgłoszę was do Inspekcji Handlowej',
  ],
  legal: [
    'widzimy się w sądzie.',
    'mam ubezpieczenie ochrony prawnej i przekazałem sprawę radcy prawnemu',
    'składam zawiadomienie do prokuratury o oszustwie',
  ],
};

const NEEDS_PERSON_FRESH: Record<GuardLanguage, Record<Driver, readonly string[]>> = {
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

export { NEEDS_PERSON_FRESH };
