import type { Driver, GuardLanguage } from './guard-drivers.js';
import type { RoutineRequest } from './needs-person-source.js';

/**
 * An eighth style (`brief`), written by someone who had never seen the deterministic signals, after
 * the `chat` part became tuning data; measured held out first, it is tuning data now that the
 * `plain` part (needs-person-plain.ts) is held out. Three clauses per language and
 * driver, each one short line as typed into a chat box or an app's contact form: fragments, the
 * country's text-speak and abbreviations, dialect and slang, missing accents, typos and swapped
 * letters, English words, a relative written about in the third person, past and future tense, and
 * the country's own institutions by their local names (emergency wards, helplines, job and benefit
 * offices, consumer bodies, regulators, courts, legal aid). Its wording was chosen to avoid the
 * other parts' words where a native speaker has another way to say it. The routine requests it is
 * joined to are new as well, just as short and informal.
 */

type Clauses = Record<Driver, readonly [string, string, string]>;

const en: Clauses = {
  bereavement: [
    'still waiting on the death cert for my husband, what happens to his acc',
    'mums cremation is next tues, pls freeze everything til after',
    'my fiancé was killed in a crash 3 wks ago and im a mess',
  ],
  illness: [
    'been in and out of A&E all month with my heart',
    "wife's on the cancer ward at the Royal, she's too poorly to do any of this",
    'had a heart attack at work last wk, only got discharged yday',
  ],
  mental_health: [
    'rang the Samaritans last night, not in a good place, pls stop the reminders',
    'my psychiatrist has upped my meds agian, everything is too much rn',
    'my son has schizophrenia and ordered all this during an episode',
  ],
  abuse: [
    'coercive control from my ex, he still knows all my passwords',
    "Women's Aid are helping me leave him, he reads all my texts",
    "dad's new wife has been spending on his account, he's 80 and terrified of her",
  ],
  job_loss: [
    'whole team got the chop on monday, no idea how im paying this',
    'unemployed since easter and teh jobcentre are useless',
    "hubby's been out of work since xmas, we're on my wage alone",
  ],
  cant_afford: [
    'brassic, £3 in the bank and 2 kids to feed',
    'National Debtline told me to stop paying you til I sort my priority debts',
    'behind on council tax and the gas, I literally cannot pay this',
  ],
  carer: [
    'nan moved in after her fall and I do all her care now',
    "my little girl is tube fed and I'm up every night with her",
    'I care for my brother who has Downs syndrome, text me dont call',
  ],
  capability: [
    'can u explain in easy words, i have learning difficulties',
    "typing for my nan, she's 93 and has no clue about apps or pins",
    'im deaf and BSL is my first language, written english is hard for me',
  ],
  person: ['get me a real person pls', 'I want a manager to call me today', 'let me talk to somebody ffs'],
  complaint: [
    'how do i put in an official complaint',
    'raising a complaint about your staff member Dave',
    'complaint. again. 3rd time, no reply',
  ],
  regulator: [
    'writing to my MP and the FCA about you lot',
    'ombudsman complaint going in tomorrow',
    'the FCA needs to hear how you treat people',
  ],
  legal: [
    "my solicitor's sending you a letter",
    'suing you lot for the £89',
    'filing on money claim online tmrw',
  ],
};

const de: Clauses = {
  bereavement: [
    'bin seit 3 wochen witwe und weiß nicht wo mir der kopf steht',
    'warte noch auf die Sterbeurkunde von meinem Mann, was passiert mit seinem Konto?',
    'Urnenbeisetzung von Oma war gestern, bitte alles stoppen',
  ],
  illness: [
    'lieg im kh mit lungenentzündung, komm an nix ran',
    'meine frau hat leukämie und liegt auf der onko',
    'i bin seit Wochen im Spital, Hüftbruch',
  ],
  mental_health: [
    'hab dauernd Panikattaken und trau mich nicht mal ans Handy',
    'mir gehts richtig dreckig, denk die ganze zeit ans sterben',
    'mein Sohn ist schizophren und hat das alles in einem Schub bestellt',
  ],
  abuse: [
    'mein freund rastet aus wenn ich geld für mich ausgeb, er hat mich schon geschlagen',
    'der Weiße Ring hilft mir grad, mein Ex hat noch Zugriff auf alles',
    'Opa wird von seinem Pfleger ausgenommen, der bestellt über sein Konto',
  ],
  job_loss: [
    'hab nach der probezeit den laufpass gekriegt, kein gehalt mehr',
    'muss ab nächsten Monat stempeln gehen',
    'bin beim RAV angemeldet seit die Bude zu ist',
  ],
  cant_afford: [
    'bin total blank, kann die rate echt net zahlen',
    'haben mir den Strom abgedreht, hab keinen Cent',
    'leb von Grundsicherung, jeder Euro ist verplant',
  ],
  carer: [
    'Mama wohnt seit ihrem Sturz bei uns und ich mach alles für sie',
    'hab meinen Vater mit Pflegestufe 5 daheim, bin nonstop im Einsatz',
    'unsere Tochter ist schwerbehindert, ich bin immer für sie da und kann nicht arbeiten',
  ],
  capability: [
    'bitte in einfacher sprache, ich hab eine lernbehinderung',
    'schreib für meine oma, 94, die checkt das mit dem handy net',
    'kann kaum deutsch, gibts jemand der türkisch spricht?',
  ],
  person: [
    'bitte ruft mich an, heute noch',
    'will jemand an der strippe, keinen chat',
    'Ich verlange Ihren Chef. Sofort.',
  ],
  complaint: [
    'schickt mir euer Beschwerdeformular',
    'Beschwerde Nr. 2 diesen Monat, immer noch keine Antwort',
    'Ihre Kollegin hat mich angeschrien, das gibt eine Beschwerde',
  ],
  regulator: [
    'ich schalt die Arbeiterkammer ein',
    'das geht an die FMA',
    'Schlichtungsantrag bei der Bundesbank ist raus',
  ],
  legal: [
    'ich zeig euch an wegen Betrug',
    'das klärt jetzt ein Richter',
    'hab mir nen Anwalt für Bankrecht genommen',
  ],
};

const fr: Clauses = {
  bereavement: [
    'veuve depuis 3 semaines, je sais pas quoi faire du compte de mon mari',
    'la crémation de maman c’est jeudi, svp suspendez tout',
    "mon fils s'est tué en scooter le mois dernier",
  ],
  illness: [
    'chui aux urgences depuis hier soir, je peux rien faire',
    'ma femme a une leucémie, on vit quasi à l’hôpital',
    'sorti de cardio après un infarctus, je dois éviter tout stress',
  ],
  mental_health: [
    "crises d'angoise non stop, jpp",
    "mon psy m'a arrêté 2 mois, j'ai plus la force de rien",
    "j'ai envie de disparaître, tout me dépasse",
  ],
  abuse: [
    "je suis sous l'emprise de mon conjoint, il gère tout mon argent",
    "j'ai appelé le 3919, il a encore accès à mon compte",
    'ma tante de 80 ans se fait plumer par son aide à domicile',
  ],
  job_loss: [
    'sans taf depuis janvier, ça devient chaud',
    'licenciement pour inaptitude la semaine dernière',
    "mon mari pointe à Pôle emploi depuis la fermeture de l'usine",
  ],
  cant_afford: [
    'jsuis à sec, plus un centime sur le compte',
    "la CAF m'a coupé les APL, je peux plus suivre",
    "je mange qu'un repas par jour pour m'en sortir",
  ],
  carer: [
    'ma mère est grabataire et c’est moi qui fais tout',
    'mon fils est handicapé à 80%, reconnu MDPH, je peux pas bosser',
    'je veille sur mon mari depuis son AVC, il peut plus rien faire seul',
  ],
  capability: [
    "c'est mon petit-fils qui tape, moi je sais pas lire",
    "je comprends pas le français écrit, y a quelqu'un qui parle arabe ?",
    "ma mère a 89 ans, elle a rien compris à ce qu'elle a signé",
  ],
  person: ['un humain svp, vite', 'je veux le directeur au téléphone', 'téléphonez-moi ce soir svp'],
  complaint: [
    'envoyez-moi le formulaire de réclamation',
    "c'est une honte, j'écris à votre direction",
    'deuxième réclamation sans réponse, ça suffit',
  ],
  regulator: [
    'je vous signale à la DDPP',
    'la CLCV m’aide à monter un dossier contre vous',
    "plainte déposée auprès de l'ACPR ce matin",
  ],
  legal: ['je vous attaque en justice', 'mon avocat est sur le coup', 'je saisis le tribunal de proximité'],
};

const es: Clauses = {
  bereavement: [
    'se me murió mi viejo el domingo, q hago con su cuenta',
    'enviudé hace un mes y voy perdida',
    'estoy en el tanatorio con mi abuela, xfa paren los cobros',
  ],
  illness: [
    'me dio un infatro hace 2 semanas y sigo muy flojo',
    'me estan dando radio todos los dias, no puedo con esto',
    'mi mujer tiene leucemia y vivimos en el hospital',
  ],
  mental_health: [
    'últimamente no tengo ganas de seguir',
    'tengo crisis de pánico y no salgo de casa',
    'estoy en tratamiento por ludopatía, bloqueen mi cuenta xfa',
  ],
  abuse: [
    'llamé al 016, mi ex todavía tiene mis claves',
    'mi pareja me maltrata y usa mi cuenta',
    'a mi abuelo le está sacando la plata la cuidadora',
  ],
  job_loss: [
    'me quedé sin curro el lunes',
    'la empresa hizo un ERE y estoy en la calle',
    'mi esposo está sin laburo desde enero',
  ],
  cant_afford: [
    'estoy sin un duro hasta el mes q viene',
    'estoy endeudado hasta las cejas',
    'me cortaron el agua y tengo 3 peques',
  ],
  carer: [
    'tengo a mi padre encamado y lo atiendo yo sola',
    'mi niño tiene TEA y no me puedo despegar de él',
    'atiendo a mi suegra con demencia, no tengo ni un respiro',
  ],
  capability: [
    'soy rumana y no entiendo bien lo q escriben',
    'mi yayo tiene 90 y no se apaña con el movil',
    'tengo discapacidad intelectual, me ayuda mi educadora a escribir',
  ],
  person: ['necesito q me llamen hoy mismo', 'quiero hablar con el encargado', 'un agente humano ya porfa'],
  complaint: [
    'mándenme el formulario de reclamación',
    'segunda queja y ni caso',
    'una vergüenza cómo me atendieron, lo reclamo por escrito',
  ],
  regulator: [
    'ya puse la queja en Condusef',
    'los denuncio en Defensa del Consumidor',
    'voy a reclamar a la Agència Catalana del Consum',
  ],
  legal: ['les meto una demanda', 'ya hablé con un abogado de oficio', 'lo llevo por la vía judicial'],
};

const it: Clauses = {
  bereavement: [
    'sono rimasta vedova a 40 anni, non so da dove partire',
    'mia mamma ci ha lasciati domenica',
    "domani c'è la camera ardente di mio nonno, sospendete tutto x favore",
  ],
  illness: [
    'sono al pronto socorso da ieri sera',
    'ho avuto un infarto a marzo e sto ancora male',
    'mi hanno tolto un rene, sono ancora a letto',
  ],
  mental_health: [
    'sono in cura per ludopatia, bloccatemi gli acquisti',
    'mi vengono pensieri brutti, non voglio più andare avanti',
    'crisi di panico tutti i giorni, non esco più di casa',
  ],
  abuse: [
    'mio marito mi mena se spendo qualcosa',
    'ho chiamato il 1522, lui ha ancora le mie password',
    'la badante di mia nonna usa la sua carta',
  ],
  job_loss: [
    'sono a spasso da gennaio, non entra niente',
    'ho perso il posto in fabbrica il mese scorso',
    'mio marito è senza lavoro da quando hanno chiuso il cantiere',
  ],
  cant_afford: [
    'non ho una lira fino al 27',
    'mi hanno staccato il gas perché non riesco a pagare',
    'sommerso dai debiti, non so più come fare',
  ],
  carer: [
    'faccio da badante a mia madre, non ho un attimo',
    'mio figlio è disabile grave e sto sempre con lui',
    'porto mio marito in dialisi tre volte a settimana, non ho tempo per niente',
  ],
  capability: [
    'ho 87 anni e nn so usare il telefonino',
    "sono straniero, capisco poco l'italiano scritto",
    'scrivo x mia zia che non ci sta più con la testa, ha comprato senza capire',
  ],
  person: [
    'mi fate chiamare da un operatore in carne e ossa?',
    'telefonatemi entro stasera',
    'mi passate il direttore?',
  ],
  complaint: [
    'mandatemi il modulo per i reclami',
    'secondo reclamo senza risposta, basta',
    'vergognoso come mi avete trattato, voglio che resti agli atti',
  ],
  regulator: [
    'mi rivolgo a Federconsumatori',
    'ricorso al Conciliatore BancarioFinanziario in partenza',
    'Adiconsum mi segue la pratica',
  ],
  legal: ['vi querelo per truffa', 'ci pensa il mio avvocato', 'vi trascino in tribunale'],
};

const pt: Clauses = {
  bereavement: [
    'fiquei viuva ha 1 mes e nao sei o que fazer com a conta dele',
    'o velório do meu pai é amanhã, parem as cobranças pfv',
    'minha vó se foi domingo',
  ],
  illness: [
    'tô no pronto-socorro desde ontem',
    'tive um enfarte e aidna estou fraco',
    'a minha mulher tem leucemia e passamos a vida no IPO',
  ],
  mental_health: [
    'tô tendo crise de ansiedade direto, nem saio de casa',
    'ando a pensar em pôr fim a isto tudo',
    'estou em tratamento no CAPS',
  ],
  abuse: [
    'meu marido me agride quando gasto',
    'fiz B.O. na Delegacia da Mulher, ele ainda usa minha conta',
    'o cuidador do meu avô anda a usar o cartão dele',
  ],
  job_loss: [
    'fiquei sem trampo semana passada',
    'a fábrica fechou e o meu marido foi para o olho da rua',
    'inscrito no IEFP desde janeiro, sem rendimentos',
  ],
  cant_afford: [
    'tô liso, não tenho nem pro gás',
    'as dívidas estão a afogar-me',
    'tô com o nome no Serasa e sem grana pra nada',
  ],
  carer: [
    'a minha mãe está dependente de mim para tudo',
    'meu filho tem síndrome de Down e fico com ele o dia inteiro',
    'a minha avó mudou-se cá para casa e precisa de mim a toda a hora',
  ],
  capability: [
    'não sei mexer nessas coisas de internet, tenho 86 anos',
    'sou analfabeta, é a minha neta que escreve',
    'falo pouco português, sou ucraniano',
  ],
  person: [
    'me liguem hoje pfv',
    'quero ser atendido por uma pessoa de carne e osso',
    'quero falar com o chefe',
  ],
  complaint: [
    'mandem o formulário de reclamação',
    'segunda reclamação sem resposta',
    'quero deixar registada a minha insatisfação',
  ],
  regulator: [
    'vou queixar-me à Direção-Geral do Consumidor',
    'já abri reclamação no Bacen',
    'o Idec vai saber disso',
  ],
  legal: [
    'vou colocar vocês na justiça',
    'vou entrar no juizado de pequenas causas',
    'já falei com a Defensoria Pública',
  ],
};

const nl: Clauses = {
  bereavement: [
    'crematie van mn moeder is vrijdag, zet alles even stop aub',
    'sinds 3 weken weduwnaar, geen idee wat ik met haar account moet',
    'onze zoon is verongelukt',
  ],
  illness: [
    'ik lig op de spoed sinds gisteren',
    'hartaanval gehad vorige week, mag me nergens druk om maken',
    'mijn vrouw heeft leukemie, we wonen zowat in het AMC',
  ],
  mental_health: [
    'paniekaanvalen elke dag, ik kom de deur niet uit',
    'ik zie het leven niet meer zitten',
    'ik ben gokverslaafd, blokkeer alsjeblieft mijn account',
  ],
  abuse: [
    'Veilig Thuis helpt me, mijn ex heeft nog al mijn wachtwoorden',
    'mijn man mishandelt me en neemt mijn pas af',
    'de thuishulp van mijn opa gebruikt zijn pas',
  ],
  job_loss: [
    'heb de zak gekregen op mn werk',
    'ben sinds januari aan het stempelen',
    'ingeschreven bij de VDAB, geen inkomen',
  ],
  cant_afford: [
    'heb geen cent meer tot de 25e',
    'zit tot mn nek in de schulden',
    'gas en licht afgesloten, ik kan dit echt niet betalen',
  ],
  carer: [
    'mijn moeder is bedlegerig en woont bij mij, ik sta er alleen voor',
    'mijn zoon heeft het syndroom van Down en heeft me constant nodig',
    'mijn vrouw zit in een rolstoel sinds haar beroerte, ik help haar met alles',
  ],
  capability: [
    'ik ben laaggeletterd, kan dit niet goed lezen',
    'ik ben Pools en lees weinig Nederlands',
    'mijn opa van 92 heeft dit aangeklikt zonder het te snappen',
  ],
  person: ['graag iemand aan de lijn, vandaag nog', 'geef me uw manager', 'bel me ff terug aub'],
  complaint: [
    'waar kan ik een klacht neerleggen?',
    'tweede klacht zonder antwoord',
    'schandalig, dit gaat naar jullie klachtenafdeling',
  ],
  regulator: [
    'ik meld dit bij de FOD Economie',
    'Ombudsfin krijgt mijn dossier',
    'de FSMA gaat hiervan horen',
  ],
  legal: ['ik sleep jullie voor de rechter', 'ik stap naar de vrederechter', 'ik span een rechtszaak aan'],
};

const sv: Clauses = {
  bereavement: [
    'blev änka förra månaden, vet inte vad jag ska göra med hans konto',
    'mitt i bouppteckningen efter farsan, pausa allt snälla',
    'min fästman dog plötsligt i helgen',
  ],
  illness: [
    'ligger på akuten sen igår',
    'fick en hjärtinfrakt förra veckan',
    'opererade bort en tumör i hjärnan i maj, minnet är inte som förr',
  ],
  mental_health: [
    'panikångest varje dag, kommer inte ut',
    'jag ser ingen utväg längre',
    'spelberoende, snälla spärra mitt konto',
  ],
  abuse: [
    'min kille misshandlar mig och har mina lösenord',
    'har kontakt med Kvinnofridslinjen, mitt ex kommer åt kontot',
    'hemtjänstpersonalen använder mormors kort',
  ],
  job_loss: [
    'fick sparken i fredags, ingen lön',
    'jobbet försvann när fabriken flyttade till Polen',
    'min sambo har varit utan jobb sen jul',
  ],
  cant_afford: [
    'har inte ett öre kvar till den 25e',
    'sitter fast i en skuldfälla',
    'måste välja mellan medicin och mat',
  ],
  carer: [
    'mamma är sängliggande och jag fixar allt åt henne',
    'är hemma med vår svårt sjuka son på omvårdnadsbidrag',
    'min fru sitter i rullstol sen stroken, jag hjälper henne med allt',
  ],
  capability: [
    'jag har svårt med svenska, kan ni skriva på arabiska?',
    'morfar är 93 och fattar inte appar',
    'jag har en intellektuell funktionsnedsättning, min kontaktperson hjälper mig',
  ],
  person: [
    'vill prata med en levande människa',
    'ge mig nån som bestämmer',
    'ring mig asap, mejl funkar inte',
  ],
  complaint: [
    'vill anmäla er personal för otrevligt bemötande',
    'andra gången jag klagar utan svar',
    'skandal hur ni behandlat mig, jag klagar officiellt',
  ],
  regulator: [
    'anmäler er till FI',
    'Sveriges Konsumenter hjälper mig nu',
    'tar det till ARN om ni inte fixar det',
  ],
  legal: [
    'har ansökt om rättshjälp för att ta er till rätten',
    'det blir en rättssak av det här',
    'min advokat skickar ett kravbrev',
  ],
};

const da: Clauses = {
  bereavement: [
    'blev enke for en måned siden, hvad gør jeg med hans konto',
    'skifteretten har sendt papirer om fars dødsbo',
    'vores søn omkom i en ulykke i maj',
  ],
  illness: [
    'ligger på akutmodtagelsen',
    'fik et hjerteanfalt i sidste uge',
    'min kone har leukæmi og vi bor nærmest på Riget',
  ],
  mental_health: [
    'angstanfald hver dag, kan ikke gå ud',
    'har ikke lyst til at leve mere',
    'ludoman, luk venligst min konto',
  ],
  abuse: [
    'min mand er voldelig og har mine koder',
    'Lev Uden Vold hjælper mig, min eks kan stadig komme ind på kontoen',
    'hjemmehjælperen bruger min mormors kort',
  ],
  job_loss: [
    'fik fyreseddel i fredags',
    'fabrikken flyttede til Polen og jeg røg ud',
    'min mand har været uden job siden jul',
  ],
  cant_afford: [
    'har ikke en krone tilbage',
    'dybt forgældet, kan ikke betale',
    'skal vælge mellem medicin og mad',
  ],
  carer: [
    'min mor bor hos mig og er afhængig af mig i alt',
    'har plejeorlov for at være hos min døende far',
    'er hjemme på tabt arbejdsfortjeneste med vores handicappede søn',
  ],
  capability: [
    'jeg har svært ved dansk, kan I skrive på engelsk?',
    'min mormor på 89 har ikke engang MitID og forstår intet af det her',
    'jeg er udviklingshæmmet, min kontaktperson hjælper mig',
  ],
  person: [
    'jeg kræver at tale med en ansvarlig',
    'vil have en rigtig person i røret, ikke en chat',
    'giv mig jeres leder',
  ],
  complaint: [
    'hvor klager man henne?',
    'jeres medarbejder var direkte uforskammet, det her er en klage',
    'skandaløst, det her bliver en officiel klage',
  ],
  regulator: [
    'Finanstilsynet får en anmeldelse',
    'jeg går til forbrug.dk med det her',
    'ombudsmanden skal have det her',
  ],
  legal: ['har søgt fri proces og går rettens vej', 'det ender i en retssag', 'jeg har hyret en advokat'],
};

const fi: Clauses = {
  bereavement: [
    'jäin leskeksi kuukausi sitten, en tiiä mitä sen tilin kanssa pitäis tehdä',
    'perunkirjoitus kesken isän jälkeen, pistäkää kaikki tauolle',
    'meidän poika kuoli kolarissa toukokuussa',
  ],
  illness: [
    'oon päivystyksessä eilisestä asti',
    'sain sydänkohtauksen viime viikolla',
    'vaimolla on leukemia, asutaan käytännössä Meilahdessa',
  ],
  mental_health: [
    'paniikkikohtauksia joka päivä, en pääse ulos',
    'en halua enää elää',
    'oon peliriippuvainen, sulkekaa mun tili',
  ],
  abuse: [
    'poikaystävä pahoinpitelee mua ja tietää mun tunnukset',
    'Nollalinja auttaa mua, exä pääsee yhä tilille',
    'mummon kotihoitaja käyttää sen korttia',
  ],
  job_loss: [
    'pesti loppu perjantaina, ei tuloja',
    'ilmottauduin työkkäriin, rahat on ihan loppu',
    'mieheltä lähti duuni joulun alla',
  ],
  cant_afford: [
    'mulla ei oo euroakaan tilillä',
    'oon velkakierteessä',
    'joudun valitsemaan lääkkeiden ja ruuan välillä',
  ],
  carer: [
    'äiti on vuodepotilas ja mä teen kaiken',
    'oon kotona vaikeesti sairaan lapsen kanssa, saan erityishoitorahaa',
    'vaimo on pyörätuolissa aivoverenvuodon jälkeen, autan sitä kaikessa',
  ],
  capability: [
    'en osaa suomea hyvin, voiko kirjoittaa englanniksi?',
    'pappa on 93 eikä tajua sovelluksista mitään',
    'mulla on kehitysvamma, ohjaaja auttaa mua',
  ],
  person: [
    'haluun puhua elävän ihmisen kanssa',
    'antakaa mulle teiän pomo',
    'soittakaa mulle asap, sähköposti ei toimi',
  ],
  complaint: [
    'mihin voi tehä valituksen?',
    'asiakaspalvelijanne oli todella töykeä, teen valituksen',
    'skandaali, tästä tulee virallinen valitus',
  ],
  regulator: [
    'teen ilmotuksen Fivaan',
    'Kuluttajaliitto on jo tietoinen tästä',
    'vien tän FINEen jos ette korjaa',
  ],
  legal: [
    'tästä tulee oikeusjuttu',
    'oikeusaputoimisto valmistelee kanteen teitä vastaan',
    'mun juristi laittaa teille vaatimuskirjeen',
  ],
};

const pl: Clauses = {
  bereavement: [
    'zostalam wdowa miesiac temu, nie wiem co z kontem meza',
    'czekam na akt zgonu mamy, wstrzymajcie płatności',
    'nasz syn zginął w wypadku w maju',
  ],
  illness: [
    'jestem na SOR-ze od wczoraj',
    'mialem zawal tydzien temu',
    'żona ma białaczkę, praktycznie mieszkamy w szpitalu',
  ],
  mental_health: [
    'ataki paniki codziennie, nie wychodzę z domu',
    'myślę o tym, żeby ze sobą skończyć',
    'jestem uzależniony od hazardu, zablokujcie mi konto',
  ],
  abuse: [
    'partner się nade mną znęca i zna moje hasła',
    'dzwoniłam na Niebieską Linię, on dalej ma dostęp do konta',
    'opiekunka babci używa jej karty',
  ],
  job_loss: [
    'od piątku jestem na bruku, zero kasy',
    'jestem na kuroniówce od stycznia',
    'mąż stracił robotę na budowie',
  ],
  cant_afford: ['nie mam ani grosza do 10.', 'tonę w długach', 'wybieram między lekami a jedzeniem'],
  carer: [
    'mama jest leżąca i całkiem zależna ode mnie',
    'siedzę w domu z chorym na raka tatą, nie mogę pracować',
    'żona jeździ na wózku po wylewie, pomagam jej we wszystkim',
  ],
  capability: [
    'nie znam dobrze polskiego, można po ukraińsku?',
    'dziadek ma 93 lata i nie ogarnia aplikacji',
    'mam niepełnosprawność intelektualną, pomaga mi asystent',
  ],
  person: ['łączcie mnie z kimś decyzyjnym', 'poproszę szefa', 'zadzwońcie do mnie asap'],
  complaint: [
    'gdzie mogę złożyć skargę?',
    'druga skarga bez odpowiedzi',
    'wasz konsultant był chamski, składam skargę',
  ],
  regulator: [
    'idę z tym do Arbitra Bankowego',
    'Stowarzyszenie Konsumentów Polskich już o tym wie',
    'zgłoszenie do KNF poszło',
  ],
  legal: [
    'mój mecenas już pisze do was pismo',
    'byłem w punkcie nieodpłatnej pomocy prawnej, idziemy do sądu',
    'zgłaszam na policję oszustwo',
  ],
};

const NEEDS_PERSON_BRIEF: Record<GuardLanguage, Record<Driver, readonly string[]>> = {
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

/**
 * Routine requests for the `brief` part, six per language, as short and informal as its clauses
 * and worded apart from the other parts' routine requests, so no ticket of it repeats one of theirs.
 */
const BRIEF_ROUTINE: Record<GuardLanguage, readonly RoutineRequest[]> = {
  en: [
    ['payment_schedule', 'how much is left on my plan?'],
    ['refund_timing', 'shop says theyve refunded me, still nothing'],
    ['late_fee', 'whats this £12 late fee'],
    ['invoice_statement', 'need a receipt for the trainers i bought'],
    ['login_help', 'verification code never comes thru'],
    ['pay_early', 'can i clear the whole balance today'],
  ],
  de: [
    ['payment_schedule', 'wie viele Raten hab ich noch offen?'],
    ['refund_timing', 'Händler hat storniert, wo bleibt die Kohle?'],
    ['late_fee', 'was sind das für 5€ Verzugsgebühren?'],
    ['invoice_statement', 'brauch ne Quittung für die Waschmaschine'],
    ['login_help', 'SMS-Code kommt nicht an'],
    ['pay_early', 'kann ich den Rest auf einmal zahlen?'],
  ],
  fr: [
    ['payment_schedule', 'il me reste combien de mensualités ?'],
    ['refund_timing', 'le magasin dit avoir remboursé, j’ai toujours rien'],
    ['late_fee', "c'est quoi ces 7€ de pénalité ?"],
    ['invoice_statement', "besoin d'une facture pour mon canapé"],
    ['login_help', 'je reçois pas le code par sms'],
    ['pay_early', 'je peux tout solder maintenant ?'],
  ],
  es: [
    ['payment_schedule', '¿cuántas cuotas me quedan?'],
    ['refund_timing', 'la tienda dice q ya me devolvió la pasta y no me llega'],
    ['late_fee', '¿y estos 5€ de penalización?'],
    ['invoice_statement', 'necesito la factura del móvil'],
    ['login_help', 'no me llega el código por sms'],
    ['pay_early', '¿puedo liquidar todo ya?'],
  ],
  it: [
    ['payment_schedule', 'quante rate mi mancano?'],
    ['refund_timing', 'il negozio dice che mi ha rimborsato ma non vedo niente'],
    ['late_fee', "cos'è sta mora di 5 euro?"],
    ['invoice_statement', 'mi serve la fattura della bici'],
    ['login_help', 'non mi arriva il codice via sms'],
    ['pay_early', 'posso saldare tutto subito?'],
  ],
  pt: [
    ['payment_schedule', 'quantas parcelas faltam?'],
    ['refund_timing', 'a loja diz que já devolveu e eu não recebi nada'],
    ['late_fee', 'que multa de 5€ é esta?'],
    ['invoice_statement', 'preciso da fatura do frigorífico'],
    ['login_help', 'o código por sms não chega'],
    ['pay_early', 'dá pra quitar tudo agora?'],
  ],
  nl: [
    ['payment_schedule', 'hoeveel moet ik nog aflossen?'],
    ['refund_timing', 'winkel zegt dat ze het teruggestort hebben maar ik zie niks'],
    ['late_fee', 'wat zijn die €5 aanmaningskosten?'],
    ['invoice_statement', 'factuur van de laptop nodig'],
    ['login_help', 'sms-code komt niet binnen'],
    ['pay_early', 'kan ik alles in 1x afbetalen?'],
  ],
  sv: [
    ['payment_schedule', 'hur mycket är kvar att betala?'],
    ['refund_timing', 'butiken säger att de har återbetalat men inget har kommit'],
    ['late_fee', 'vad är det här för påminnelseavgift på 60 kr?'],
    ['invoice_statement', 'behöver ett kvitto på soffan'],
    ['login_help', 'får ingen sms-kod'],
    ['pay_early', 'kan jag betala allt på en gång?'],
  ],
  da: [
    ['payment_schedule', 'hvor meget mangler jeg at betale?'],
    ['refund_timing', 'butikken siger de har refunderet, men jeg har intet fået'],
    ['late_fee', 'hvad er det for et gebyr på 100 kr?'],
    ['invoice_statement', 'skal bruge en kvittering på cyklen'],
    ['login_help', 'får ingen sms-kode'],
    ['pay_early', 'kan jeg betale det hele ud nu?'],
  ],
  fi: [
    ['payment_schedule', 'paljonko mulla on vielä maksamatta?'],
    ['refund_timing', 'kauppa sanoo et palautus on tehty mut mitään ei oo tullu'],
    ['late_fee', 'mikä tää 5 euron muistutusmaksu on?'],
    ['invoice_statement', 'tarviin kuitin sohvasta'],
    ['login_help', 'tekstiviestikoodi ei tuu'],
    ['pay_early', 'voinks maksaa kaiken kerralla pois?'],
  ],
  pl: [
    ['payment_schedule', 'ile rat mi jeszcze zostało?'],
    ['refund_timing', 'sklep mówi, że oddał kasę, a u mnie nic'],
    ['late_fee', 'co to za 10 zł kary?'],
    ['invoice_statement', 'potrzebuję faktury za telewizor'],
    ['login_help', 'nie przychodzi mi kod sms'],
    ['pay_early', 'mogę spłacić wszystko od razu?'],
  ],
};

export { BRIEF_ROUTINE, NEEDS_PERSON_BRIEF };
