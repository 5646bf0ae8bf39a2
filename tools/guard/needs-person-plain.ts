import type { Driver, GuardLanguage } from './guard-drivers.js';
import type { RoutineRequest } from './needs-person-source.js';

/**
 * The held-out part, in a ninth style (`plain`), written by someone who had never seen the
 * deterministic signals, after the `brief` part became tuning data. Three clauses per language and
 * driver, each one or two plain, complete sentences in a standard register, with correct spelling
 * and diacritics, as a careful tester of such a product writes them: first person or about a
 * relative, past, present or future. Each clause covers another part of its driver, choosing the
 * situations the earlier parts covered least (pregnancy complications, chronic pain, accidents;
 * gambling, burnout, eating disorders; stalking, protection orders, a carer or neighbour taking an
 * old person's money; probate, a sibling's death, a child's funeral; fixed-term contracts not
 * renewed, an employer's insolvency, hours cut; eviction, benefits stopped, energy cut off; a
 * partner after a stroke, a child in hospital, a parent at the end of life; no smartphone or
 * internet, deafness, a legal guardian or deputy; a named agent; the complaints department; each
 * country's regulators, consumer bodies and data-protection authority; police reports, legal
 * expenses insurance, the local courts). Its wording avoids the earlier parts' words where the
 * language has another plain way to say it. The routine requests it is joined to are new as well,
 * in auto categories the earlier parts never used. Never tune the signals on these: they exist so
 * the recall figure stays honest.
 */

type Clauses = Record<Driver, readonly [string, string, string]>;

const en: Clauses = {
  bereavement: [
    'My twin sister died suddenly three weeks ago and I am still in shock.',
    "Probate on my husband's estate has not been granted yet, so I cannot get at any of his money.",
    'We are still paying for our son’s funeral. He was seven.',
  ],
  illness: [
    'I have severe pre-eclampsia and the doctors have put me on bed rest until the baby arrives.',
    'I live with fibromyalgia, and the pain has been so bad this month that I can hardly use a keyboard.',
    'I broke both wrists in a cycling accident and will be in casts until the end of next month.',
  ],
  mental_health: [
    'I have a gambling problem and I am now getting treatment for it. I opened this account during a relapse.',
    'I was signed off work with burnout in January and I am still not back on my feet.',
    'Since my daughter was born I have been treated for postnatal depression, and anything to do with money overwhelms me.',
  ],
  abuse: [
    'My former partner has been stalking me, and I am afraid he can find my new address through this account.',
    'The court gave me a restraining order against my ex-husband in May, so please do not share any of my details with him.',
    'My mother is 86, and we have discovered that her carer has been making purchases on her account.',
  ],
  job_loss: [
    'My fixed-term contract was not renewed, and I finish work on Friday with nothing lined up.',
    'The company I worked for went into administration and still owes me two months of wages.',
    'My employer has cut my hours to twelve a week, which does not cover my bills.',
  ],
  cant_afford: [
    'I received an eviction notice this morning and have until the end of the month to leave.',
    'My benefits have been stopped for eight weeks and I have no other income.',
    'This winter I have had to choose between heating the flat and buying food.',
  ],
  carer: [
    'My partner had a stroke in the spring and I now look after him full time.',
    "Our daughter is being treated for leukaemia and I spend most days at the children's hospital with her.",
    'My father is receiving end-of-life care at home, and I am the one looking after him.',
  ],
  capability: [
    'I do not have a smartphone or the internet at home, so I cannot use your app at all.',
    'Since my brain injury I forget things very easily, and I do not remember agreeing to this purchase.',
    'I am autistic and find it hard to follow instructions unless they are written out step by step.',
  ],
  person: [
    'Could Sarah, who dealt with my case last week, contact me again?',
    'I would prefer to go through this with a member of staff over the phone.',
    'Please pass my message to one of your colleagues, as an automatic answer will not help me here.',
  ],
  complaint: [
    'Please forward this to your complaints department.',
    'I am dissatisfied with the way my case has been handled and would like a senior manager to review it.',
    'Your reply did not address my concerns, and I would like my case to be taken further.',
  ],
  regulator: [
    "I have reported your company to the Information Commissioner's Office.",
    'My case is now with the Financial Ombudsman Service, and they will be in touch with you.',
    'I have written to the Competition and Markets Authority about your practices.',
  ],
  legal: [
    'I have reported these transactions to the police and have a crime reference number.',
    'My legal expenses insurance has appointed a lawyer to deal with this matter.',
    'A local law centre is advising me, and they say I have a good case against you.',
  ],
};

const de: Clauses = {
  bereavement: [
    'Mein Bruder ist vor einem Monat ganz plötzlich gestorben.',
    'Der Erbschein für den Nachlass meines Mannes ist noch nicht ausgestellt, deshalb komme ich nicht an sein Geld.',
    'Wir zahlen immer noch die Beerdigung unserer Tochter ab. Sie ist nur neun Jahre alt geworden.',
  ],
  illness: [
    'Nach einem Bandscheibenvorfall habe ich starke Schmerzen und kann kaum sitzen.',
    'Seit meinem schweren Autounfall im Sommer kann ich nur an Krücken gehen.',
    'Nach meiner Herzoperation bin ich noch mehrere Wochen krankgeschrieben.',
  ],
  mental_health: [
    'Ich bin spielsüchtig und seit Kurzem bei einer Suchtberatung in Behandlung.',
    'Wegen einer Angststörung verlasse ich seit Monaten kaum noch die Wohnung.',
    'Ich war wegen eines Burn-outs acht Wochen in einer Klinik.',
  ],
  abuse: [
    'Mein Ex-Mann verfolgt mich seit der Trennung, und ich habe Angst, dass er über dieses Konto meine neue Adresse erfährt.',
    'Das Gericht hat gegen meinen früheren Partner ein Kontaktverbot verhängt. Er darf keine Auskunft über mich bekommen.',
    'Mein Mann hat ohne mein Wissen Kredite auf meinen Namen aufgenommen.',
  ],
  job_loss: [
    'Meine Stelle ist befristet und läuft Ende des Monats aus; eine Verlängerung gibt es nicht.',
    'Mein Arbeitgeber hat Insolvenz angemeldet, und ich habe seit zwei Monaten keinen Lohn bekommen.',
    'Ich bin in Kurzarbeit und verdiene gerade nur noch die Hälfte.',
  ],
  cant_afford: [
    'Ich habe eine Räumungsklage bekommen und muss bald aus meiner Wohnung ausziehen.',
    'Das Jobcenter hat mir das Bürgergeld gekürzt, und ich weiß nicht, wie ich den Monat überstehen soll.',
    'Ich muss mich gerade entscheiden, ob ich die Heizung oder das Essen bezahle.',
  ],
  carer: [
    'Mein Mann hatte einen Schlaganfall, und ich pflege ihn seitdem zu Hause.',
    'Unser Sohn hat Krebs, und ich bin fast jeden Tag mit ihm in der Kinderklinik.',
    'Ich betreue meine Schwiegermutter, die an Demenz erkrankt ist und nicht allein bleiben kann.',
  ],
  capability: [
    'Ich habe weder ein Smartphone noch Internet und kann Ihre App nicht benutzen.',
    'Ich bin von Geburt an taub und auf Gebärdensprache angewiesen.',
    'Ich bin die gesetzliche Betreuerin meines Bruders, der eine geistige Behinderung hat.',
  ],
  person: [
    'Könnte sich Frau Becker, die mir letzte Woche geholfen hat, noch einmal bei mir melden?',
    'Ich würde das lieber am Telefon mit einem Mitarbeiter besprechen.',
    'Bitte geben Sie mein Anliegen an eine zuständige Person weiter, eine automatische Antwort hilft mir nicht.',
  ],
  complaint: [
    'Bitte leiten Sie mein Schreiben an Ihre Beschwerdestelle weiter.',
    'Ich bin mit der Bearbeitung meines Falls sehr unzufrieden und bitte um eine Prüfung durch eine Führungskraft.',
    'Ihre Antwort geht auf mein Problem nicht ein. Ich möchte, dass der Fall an höherer Stelle geprüft wird.',
  ],
  regulator: [
    'Die Verbraucherzentrale prüft gerade meinen Vertrag mit Ihnen.',
    'Ich habe den Landesbeauftragten für Datenschutz über Ihren Umgang mit meinen Daten informiert.',
    'Falls wir keine Einigung finden, reiche ich eine Beschwerde bei der BaFin ein.',
  ],
  legal: [
    'Ich habe bei der Polizei Anzeige erstattet und ein Aktenzeichen bekommen.',
    'Meine Rechtsschutzversicherung hat den Fall bereits an eine Kanzlei übergeben.',
    'Ich habe vom Amtsgericht einen Beratungsschein bekommen und lasse mich rechtlich beraten.',
  ],
};

const fr: Clauses = {
  bereavement: [
    'Ma sœur aînée est décédée brutalement le mois dernier.',
    "La succession de mon mari n'est pas encore réglée chez le notaire, je n'ai donc pas accès à ses comptes.",
    'Nous remboursons encore les obsèques de notre fils, qui avait six ans.',
  ],
  illness: [
    "J'ai une grossesse à risque et je dois rester alitée jusqu'à l'accouchement.",
    "J'ai une endométriose sévère et je viens d'être opérée pour la deuxième fois.",
    'Je me suis cassé la jambe dans un accident de voiture et je suis immobilisé pour deux mois.',
  ],
  mental_health: [
    "Je suis suivie pour une dépendance à l'alcool et je sors tout juste d'une cure.",
    "Je souffre de crises de panique et je n'arrive plus à ouvrir mon courrier.",
    "Je suis soignée pour des troubles du comportement alimentaire depuis l'an dernier.",
  ],
  abuse: [
    "Mon ancien compagnon me harcèle et je crains qu'il retrouve ma nouvelle adresse grâce à ce compte.",
    "J'ai obtenu une ordonnance de protection contre mon mari. Il ne doit recevoir aucune information me concernant.",
    'Une voisine a profité de la confiance de ma grand-mère pour faire des achats avec son compte.',
  ],
  job_loss: [
    "Mon contrat à durée déterminée n'a pas été renouvelé et je n'ai plus de revenus.",
    "Mon employeur a été placé en liquidation judiciaire et je n'ai pas touché mes deux derniers salaires.",
    'Mes heures ont été réduites à un mi-temps et mon salaire ne suffit plus.',
  ],
  cant_afford: [
    "J'ai reçu un commandement de quitter les lieux et je dois partir avant la fin du mois.",
    "La CAF a suspendu mes allocations et je n'ai plus rien pour vivre.",
    "Mon fournisseur d'électricité m'a coupé le courant la semaine dernière.",
  ],
  carer: [
    "Mon compagnon a fait un AVC et je m'occupe de lui à plein temps.",
    "Notre fille est atteinte d'une leucémie et je passe mes journées à l'hôpital avec elle.",
    'Mon père est en soins palliatifs à domicile et je reste auprès de lui jour et nuit.',
  ],
  capability: [
    "Je n'ai ni smartphone ni internet, je ne peux donc pas utiliser votre application.",
    'Je suis sourde de naissance et je communique uniquement par écrit.',
    'Je suis la tutrice de mon frère, qui a une déficience intellectuelle.',
  ],
  person: [
    'Mme Martin, qui a traité mon dossier la semaine dernière, pourrait-elle me recontacter ?',
    'Je préférerais en discuter de vive voix avec un conseiller.',
    "Merci de transmettre ma demande à un interlocuteur en chair et en os, les réponses automatiques ne m'aident pas.",
  ],
  complaint: [
    'Merci de transmettre ce message à votre service réclamations.',
    "La gestion de mon dossier m'a beaucoup déçu et je souhaite qu'elle soit réexaminée par un supérieur.",
    'Votre réponse ne règle pas mon problème. Je souhaite que ma demande soit examinée à un niveau supérieur.',
  ],
  regulator: [
    "J'ai informé la DGCCRF de vos pratiques commerciales.",
    'La CNIL sera informée de la façon dont vous traitez mes données personnelles.',
    'Sans réponse satisfaisante de votre part, je saisirai le médiateur de la consommation.',
  ],
  legal: [
    "J'ai signalé ces achats à la gendarmerie et j'ai le récépissé de ma plainte.",
    "Mon assureur a désigné un avocat pour s'occuper de ce litige.",
    "Une association de consommateurs m'aide à préparer une mise en demeure.",
  ],
};

const es: Clauses = {
  bereavement: [
    'Mi hermano falleció de forma repentina hace tres semanas.',
    'Todavía estamos tramitando la herencia de mi padre ante el notario.',
    'Seguimos pagando el entierro de nuestra hija, que tenía cuatro años.',
  ],
  illness: [
    'Tengo dolor crónico por una hernia discal y paso la mayor parte del día en la cama.',
    'Sufrí un infarto el mes pasado y sigo de baja médica.',
    'Me han operado de la cadera y no podré caminar con normalidad en varios meses.',
  ],
  mental_health: [
    'Tengo un problema de ludopatía y hace poco que empecé el tratamiento.',
    'Tengo un trastorno de la conducta alimentaria y estoy ingresada en una unidad especializada.',
    'La semana pasada intenté quitarme la vida y ahora me está tratando un psiquiatra.',
  ],
  abuse: [
    'Mi expareja me acosa y temo que encuentre mi nueva dirección a través de esta cuenta.',
    'Tengo una orden de alejamiento contra mi marido y no quiero que reciba ningún dato sobre mí.',
    'Mi exnovio pidió préstamos a mi nombre sin que yo lo supiera.',
  ],
  job_loss: [
    'Mi contrato temporal terminó, no me lo han renovado y desde el lunes no tengo trabajo.',
    'La empresa en la que trabajaba ha entrado en concurso de acreedores y me debe dos nóminas.',
    'Me han reducido la jornada a la mitad y ya no llego a fin de mes.',
  ],
  cant_afford: [
    'Nos han notificado el desahucio para finales de mes.',
    'Desde octubre recojo comida en un banco de alimentos.',
    'Me han cortado la luz por impago y tengo dos niños pequeños.',
  ],
  carer: [
    'Mi mujer tuvo un ictus y desde entonces la cuido yo en casa.',
    'Mi hijo tiene parálisis cerebral y depende de mí para todo.',
    'Mi suegra tiene demencia y vive con nosotros; no puede quedarse sola ni un momento.',
  ],
  capability: [
    'No tengo teléfono inteligente ni conexión a internet en casa.',
    'Tengo una discapacidad auditiva y no puedo atender llamadas.',
    'Soy extranjero y todavía no entiendo bien el español escrito.',
  ],
  person: [
    '¿Podría volver a llamarme Lucía, la persona que me atendió el martes?',
    'Prefiero tratar este asunto por teléfono con un empleado.',
    'Quiero que mi caso lo lleve una persona de carne y hueso, no un sistema automático.',
  ],
  complaint: [
    'Por favor, pasen este mensaje a su departamento de reclamaciones.',
    'Estoy muy descontento con la gestión de mi caso y pido que lo revise un responsable.',
    'Quiero rellenar una hoja de reclamaciones por cómo me han atendido.',
  ],
  regulator: [
    'Mi caso ya está en manos del Banco de España.',
    'He informado a la Agencia Española de Protección de Datos de cómo usan mis datos.',
    'La oficina de consumo de mi comunidad autónoma ya está al tanto de este asunto.',
  ],
  legal: [
    'He puesto una denuncia en la comisaría por estos cargos.',
    'Mi abogado les enviará un burofax esta semana.',
    'Voy a presentar una demanda en el juzgado por este cobro.',
  ],
};

const it: Clauses = {
  bereavement: [
    'Mia sorella è morta improvvisamente il mese scorso.',
    'La successione di mio marito non è ancora chiusa e non posso accedere ai suoi conti.',
    'Stiamo ancora pagando il funerale di nostro figlio, che aveva otto anni.',
  ],
  illness: [
    'Sono incinta e, per delle complicazioni, devo restare a letto fino al parto.',
    'Soffro di dolore cronico e in questo periodo riesco a malapena ad alzarmi.',
    'Ho avuto un incidente in moto e sono ricoverato con il bacino fratturato.',
  ],
  mental_health: [
    'Sono in cura per la dipendenza dal gioco d’azzardo.',
    'Ho continui attacchi di panico e faccio fatica a gestire qualsiasi pratica.',
    'Il mio medico mi ha messo in malattia per esaurimento nervoso.',
  ],
  abuse: [
    'Il mio ex compagno mi perseguita e ho paura che scopra il mio nuovo indirizzo tramite questo account.',
    'Vivo in una struttura protetta per donne che hanno subito violenza.',
    'La badante di mio padre ha fatto acquisti con il suo account senza permesso.',
  ],
  job_loss: [
    "Il mio contratto scadeva a fine mese e l'azienda ha deciso di non prolungarlo.",
    'La ditta per cui lavoravo è fallita e mi deve tre stipendi.',
    'Mi hanno ridotto l’orario a venti ore settimanali.',
  ],
  cant_afford: [
    'Ho ricevuto lo sfratto e devo lasciare la casa entro fine mese.',
    'Sono in arretrato con l’affitto da tre mesi.',
    'La società elettrica mi ha tolto la corrente per morosità.',
  ],
  carer: [
    'Mio marito ha avuto un ictus e adesso lo assisto io a tempo pieno.',
    'Mia figlia è disabile e ha bisogno di assistenza giorno e notte.',
    'Mi occupo di mio suocero, che ha l’Alzheimer.',
  ],
  capability: [
    'Non ho uno smartphone né una connessione a internet.',
    'Sono sordo e non posso ricevere telefonate.',
    'Il giudice tutelare mi ha nominato amministratore di sostegno di mia madre.',
  ],
  person: [
    'Potrebbe ricontattarmi la signora Rossi, che ha seguito la mia pratica la settimana scorsa?',
    'Preferirei parlarne al telefono con un vostro operatore.',
    'Vorrei essere seguito da una persona e non da un sistema automatico.',
  ],
  complaint: [
    'Vi prego di inoltrare questo messaggio al vostro ufficio reclami.',
    'Il modo in cui avete seguito il mio caso è inaccettabile e chiedo che lo riveda un responsabile.',
    'La vostra risposta non risolve il problema. Chiedo che il caso venga esaminato a un livello superiore.',
  ],
  regulator: [
    "La mia pratica è già all'esame dell'Arbitro Bancario Finanziario.",
    'Segnalerò l’uso dei miei dati al Garante per la protezione dei dati personali.',
    'Ho inviato una segnalazione all’Autorità Garante della Concorrenza e del Mercato.',
  ],
  legal: [
    'Ho sporto denuncia ai carabinieri per questi addebiti.',
    'Il mio avvocato vi invierà una diffida nei prossimi giorni.',
    'Mi sono rivolto al giudice di pace per recuperare quanto ho pagato.',
  ],
};

const pt: Clauses = {
  bereavement: [
    'O meu irmão morreu de repente há três semanas.',
    'A habilitação de herdeiros do meu marido ainda não está concluída.',
    'Ainda estamos a pagar o funeral da nossa filha.',
  ],
  illness: [
    'Tive um enfarte no mês passado e continuo de baixa.',
    'Tenho dores crónicas nas costas e passo a maior parte do dia deitada.',
    'Tive um acidente de trabalho e estou com as duas pernas engessadas.',
  ],
  mental_health: [
    'Estou em tratamento por causa do vício do jogo.',
    'O médico deu-me baixa por burnout em janeiro e ainda não recuperei.',
    'Tenho uma perturbação alimentar e estou internada numa clínica.',
  ],
  abuse: [
    'O meu ex-companheiro persegue-me e tenho medo de que descubra a minha nova morada através desta conta.',
    'Estou numa casa de abrigo e o meu agressor não pode saber onde vivo.',
    'O meu marido pediu créditos em meu nome sem eu saber.',
  ],
  job_loss: [
    'O meu contrato a prazo não foi renovado e estou desempregada desde segunda-feira.',
    'A empresa onde trabalhava entrou em insolvência e deve-me dois meses de salário.',
    'Cortaram-me as horas e agora só trabalho três dias por semana.',
  ],
  cant_afford: [
    'Recebi uma ordem de despejo e tenho de sair de casa até ao fim do mês.',
    'Cortaram-me a água por falta de pagamento.',
    'Tenho as rendas em atraso desde o verão.',
  ],
  carer: [
    'A minha mulher ficou com metade do corpo paralisado depois de um AVC e precisa de mim para tudo.',
    'O nosso filho tem autismo severo e precisa de acompanhamento constante.',
    'Cuido da minha sogra, que tem demência e não pode ficar sozinha.',
  ],
  capability: [
    'Não tenho telemóvel com internet nem computador.',
    'Sou cego e preciso que alguém me leia as vossas cartas.',
    'Fui nomeado pelo tribunal acompanhante da minha mãe, porque ela já não consegue tratar dos seus assuntos.',
  ],
  person: [
    'A senhora Ana, que tratou do meu processo na semana passada, pode voltar a contactar-me?',
    'Preferia tratar disto por telefone com um funcionário.',
    'Quero ser atendido por uma pessoa e não por respostas automáticas.',
  ],
  complaint: [
    'Por favor, encaminhem esta mensagem para o vosso departamento de reclamações.',
    'Estou insatisfeito com a forma como o meu processo foi tratado e peço que um responsável o reveja.',
    'A vossa resposta não resolve nada. Quero que o assunto seja analisado a um nível superior.',
  ],
  regulator: [
    'Registei o sucedido no Livro de Reclamações eletrónico.',
    'A Comissão Nacional de Proteção de Dados vai receber uma participação minha.',
    'Vou expor esta situação ao Banco de Portugal.',
  ],
  legal: [
    'Apresentei queixa na PSP por causa destas compras.',
    'O meu advogado vai enviar-vos uma notificação.',
    'Vou recorrer ao julgado de paz para reaver o dinheiro.',
  ],
};

const nl: Clauses = {
  bereavement: [
    'Mijn zus is vorige maand onverwacht overleden.',
    'De nalatenschap van mijn vader is nog niet afgehandeld bij de notaris.',
    'We betalen nog steeds de uitvaart van onze zoon af.',
  ],
  illness: [
    'Ik heb een zware zwangerschapsvergiftiging gehad en moet platliggen tot de bevalling.',
    'Ik heb chronische rugpijn en kan nauwelijks achter een computer zitten.',
    'Ik heb een hartinfarct gehad en lig nog in het ziekenhuis.',
  ],
  mental_health: [
    'Ik ben onder behandeling voor een gokverslaving.',
    'Mijn huisarts heeft me voor een burn-out naar een psycholoog verwezen en ik werk al maanden niet.',
    'Ik heb een eetstoornis en ben opgenomen in een kliniek.',
  ],
  abuse: [
    'Mijn ex-partner stalkt mij en ik ben bang dat hij via dit account mijn nieuwe adres vindt.',
    'Ik verblijf in een opvanghuis voor vrouwen.',
    'De rechter heeft mijn ex een contactverbod opgelegd. Hij mag niets over mij te weten komen.',
  ],
  job_loss: [
    'Mijn jaarcontract loopt deze maand af en ik mag niet blijven.',
    'Mijn werkgever is failliet verklaard en heeft mijn loon van twee maanden niet betaald.',
    'Mijn uren zijn gehalveerd en mijn inkomen is niet meer genoeg.',
  ],
  cant_afford: [
    'De deurwaarder heeft de ontruiming van mijn huurwoning aangekondigd.',
    'Mijn uitkering is stopgezet en ik heb geen ander inkomen.',
    'Deze winter stook ik niet meer, omdat ik anders geen eten kan kopen.',
  ],
  carer: [
    'Mijn man heeft een beroerte gehad en ik verzorg hem nu fulltime.',
    'Onze dochter heeft leukemie en ik ben bijna elke dag met haar in het ziekenhuis.',
    'Ik zorg voor mijn schoonvader, die dementie heeft.',
  ],
  capability: [
    'Ik heb geen smartphone en geen internet thuis.',
    'Ik ben slechthorend en telefoneren lukt mij niet.',
    'Ik ben de bewindvoerder van mijn broer, die een verstandelijke beperking heeft.',
  ],
  person: [
    'Kan mevrouw De Vries, die mij vorige week heeft geholpen, nog eens contact met mij opnemen?',
    'Ik bespreek dit liever telefonisch met een medewerker.',
    'Ik wil graag door een mens geholpen worden en niet door een automatisch systeem.',
  ],
  complaint: [
    'Wilt u dit bericht doorsturen naar uw klachtenafdeling?',
    'Ik ben ontevreden over de afhandeling van mijn zaak en wil dat een leidinggevende ernaar kijkt.',
    'Uw antwoord lost niets op. Ik wil dat mijn zaak hoger in de organisatie wordt bekeken.',
  ],
  regulator: [
    'Ik heb een klacht ingediend bij het Kifid.',
    'De Autoriteit Persoonsgegevens krijgt van mij een melding over hoe u met mijn gegevens omgaat.',
    'De Autoriteit Consument & Markt is door mij op de hoogte gebracht van uw werkwijze.',
  ],
  legal: [
    'Ik heb aangifte gedaan bij de politie over deze aankopen.',
    'Het Juridisch Loket helpt mij om een zaak tegen u te beginnen.',
    'Mijn rechtsbijstandsverzekering heeft een advocaat ingeschakeld.',
  ],
};

const sv: Clauses = {
  bereavement: [
    'Min bror dog hastigt för tre veckor sedan.',
    'Bouppteckningen efter min man är inte klar än, så jag kommer inte åt hans pengar.',
    'Vi betalar fortfarande av begravningen för vår dotter.',
  ],
  illness: [
    'Jag har en komplicerad graviditet och är inlagd på sjukhus fram till förlossningen.',
    'Jag har opererats för en hjärntumör och är sjukskriven resten av året.',
    'Jag skadades i en trafikolycka och har svåra smärtor varje dag.',
  ],
  mental_health: [
    'Jag har spelproblem och går i behandling för det.',
    'Jag har varit utbränd sedan i höstas och orkar inte med några krav.',
    'Jag har tvångssyndrom och blir mycket stressad av krav och påminnelser.',
  ],
  abuse: [
    'Min före detta sambo förföljer mig och jag är rädd att han hittar min nya adress via kontot.',
    'Jag har kontaktförbud mot min exman och han får inte veta något om mig.',
    'Min mammas granne har handlat i hennes namn utan lov.',
  ],
  job_loss: [
    'Min visstidsanställning förlängdes inte och jag står utan jobb från nästa månad.',
    'Företaget jag jobbade på har gått i konkurs och jag har inte fått ut min lön.',
    'Mina arbetstimmar har skurits ner till hälften.',
  ],
  cant_afford: [
    'Jag har fått ett beslut om avhysning och måste flytta i slutet av månaden.',
    'Socialtjänsten har dragit in mitt försörjningsstöd.',
    'Elbolaget har stängt av strömmen eftersom jag inte har kunnat betala.',
  ],
  carer: [
    'Min sambo fick en stroke och jag tar hand om honom på heltid.',
    'Vår son har en svår funktionsnedsättning och kan aldrig lämnas ensam.',
    'Min pappa får palliativ vård i hemmet och det är jag som sköter honom.',
  ],
  capability: [
    'Jag har ingen smarttelefon och inget internet hemma.',
    'Jag är hörselskadad och klarar inte av att prata i telefon.',
    'Jag är god man för min syster som har en intellektuell funktionsnedsättning.',
  ],
  person: [
    'Kan Anna, som hjälpte mig förra veckan, höra av sig till mig igen?',
    'Jag vill hellre ta det här per telefon med en handläggare.',
    'Jag vill få hjälp av en människa och inte av ett automatiskt system.',
  ],
  complaint: [
    'Skicka gärna det här vidare till den som hanterar klagomål hos er.',
    'Jag är missnöjd med hur mitt ärende har hanterats och vill att en chef går igenom det.',
    'Ert svar löser inte mitt problem. Jag vill att ärendet lyfts högre upp i företaget.',
  ],
  regulator: [
    'Allmänna reklamationsnämnden har nu fått mitt ärende.',
    'Jag kommer att anmäla er till Integritetsskyddsmyndigheten.',
    'Jag har tipsat Konsumentverket om hur ni behandlar era kunder.',
  ],
  legal: [
    'Jag har anmält köpen till polisen.',
    'Min rättsskyddsförsäkring har anlitat en advokat i ärendet.',
    'Min jurist förbereder en stämning mot er.',
  ],
};

const da: Clauses = {
  bereavement: [
    'Min søster døde pludselig for en måned siden.',
    'Skifteretten har endnu ikke behandlet dødsboet efter min mand.',
    'Vi betaler stadig af på begravelsen af vores søn.',
  ],
  illness: [
    'Jeg har en risikograviditet og skal ligge i sengen indtil fødslen.',
    'Jeg har kroniske smerter efter et piskesmæld og kan kun arbejde få timer ad gangen.',
    'Jeg fik hjertestop i sidste måned og er stadig indlagt.',
  ],
  mental_health: [
    'Jeg er i behandling for ludomani.',
    'Min læge har sygemeldt mig med udbrændthed, og jeg magter ikke at tage mig af min økonomi.',
    'Jeg har svær angst og har svært ved at åbne min post.',
  ],
  abuse: [
    'Min tidligere kæreste forfølger mig, og jeg er bange for, at han finder min nye adresse via kontoen.',
    'Jeg bor på et krisecenter for voldsramte kvinder.',
    'Min eksmand har optaget lån i mit navn uden min viden.',
  ],
  job_loss: [
    'Min tidsbegrænsede kontrakt blev ikke forlænget, og jeg er ledig fra næste uge.',
    'Min arbejdsgiver er gået konkurs og skylder mig to måneders løn.',
    'Mine timer er blevet skåret ned til femten om ugen.',
  ],
  cant_afford: [
    'Jeg er blevet sat ud af min lejlighed og skal være ude inden månedens udgang.',
    'Kommunen har trukket mig i kontanthjælp, og jeg har ikke andre indtægter.',
    'Jeg må vælge mellem at betale varmeregningen og at købe mad.',
  ],
  carer: [
    'Min mand er lammet i den ene side efter en blodprop i hjernen og har brug for mig hele døgnet.',
    'Vores datter har kræft, og jeg er på hospitalet med hende næsten hver dag.',
    'Min svigermor har Alzheimers og bor hos os, så jeg kan aldrig gå fra hende.',
  ],
  capability: [
    'Jeg har ingen smartphone og ingen internetforbindelse.',
    'Jeg er hørehæmmet og kan ikke føre en telefonsamtale.',
    'Jeg er værge for min bror, som er udviklingshæmmet.',
  ],
  person: [
    'Kan Mette, som hjalp mig i sidste uge, kontakte mig igen?',
    'Jeg vil hellere tage det her over telefonen med en medarbejder.',
    'Jeg vil gerne have hjælp af et menneske og ikke af et automatisk system.',
  ],
  complaint: [
    'Send venligst denne besked videre til jeres klageafdeling.',
    'Jeg er utilfreds med behandlingen af min sag og ønsker, at en leder ser på den.',
    'Jeres svar løser ikke mit problem. Jeg vil have sagen sendt længere op i systemet.',
  ],
  regulator: [
    'Sagen ligger nu hos Pengeinstitutankenævnet.',
    'Jeg vil klage til Datatilsynet over brugen af mine oplysninger.',
    'Jeg har sendt en sag om jer til Forbrugerklagenævnet.',
  ],
  legal: [
    'Jeg har anmeldt købene til politiet.',
    'Min retshjælpsforsikring har sat en advokat på sagen.',
    'Jeg har fået fri proces og lægger sag an mod jer.',
  ],
};

const fi: Clauses = {
  bereavement: [
    'Veljeni kuoli äkillisesti kolme viikkoa sitten.',
    'Mieheni perunkirjoitus on vielä kesken, joten en pääse käsiksi hänen rahoihinsa.',
    'Maksamme yhä tyttäremme hautajaisia.',
  ],
  illness: [
    'Minulla on riskiraskaus, ja joudun olemaan vuodelevossa synnytykseen asti.',
    'Minulla on krooninen selkäkipu, ja useimpina päivinä en pääse sängystä.',
    'Loukkaannuin auto-onnettomuudessa ja olen pyörätuolissa useita kuukausia.',
  ],
  mental_health: [
    'Olen hoidossa rahapeliongelman takia.',
    'Olen sairauslomalla työuupumuksen vuoksi.',
    'Minulla on paniikkihäiriö, ja pelkään avata postiani.',
  ],
  abuse: [
    'Entinen puolisoni vainoaa minua, ja pelkään hänen löytävän uuden osoitteeni tämän tilin kautta.',
    'Minulla on lähestymiskielto entistä miestäni vastaan.',
    'Isäni omaishoitaja on tehnyt ostoksia hänen nimissään ilman lupaa.',
  ],
  job_loss: [
    'Määräaikaista työsopimustani ei jatkettu, ja jään työttömäksi ensi kuussa.',
    'Työnantajani meni konkurssiin, ja minulta jäi kahden kuukauden palkat saamatta.',
    'Minut lomautettiin toistaiseksi.',
  ],
  cant_afford: [
    'Sain häätöilmoituksen ja joudun muuttamaan pois kuun lopussa.',
    'Kela hylkäsi toimeentulotukihakemukseni, eikä minulla ole muita tuloja.',
    'Sähköyhtiö katkaisi sähköt, koska en pystynyt maksamaan laskua.',
  ],
  carer: [
    'Puolisoni sai aivoinfarktin, ja hoidan häntä nyt kotona kokopäiväisesti.',
    'Poikamme on vaikeasti vammainen ja tarvitsee hoitoa ympäri vuorokauden.',
    'Hoidan isääni, joka on saattohoidossa kotona.',
  ],
  capability: [
    'Minulla ei ole älypuhelinta eikä nettiyhteyttä.',
    'Olen huonokuuloinen, enkä pysty asioimaan puhelimessa.',
    'Olen veljeni edunvalvoja, koska hänellä on kehitysvamma.',
  ],
  person: [
    'Voisiko Laura, joka auttoi minua viime viikolla, ottaa minuun uudelleen yhteyttä?',
    'Hoitaisin tämän mieluummin puhelimessa asiakaspalvelijan kanssa.',
    'Haluan, että asiaani hoitaa ihminen eikä automaattinen järjestelmä.',
  ],
  complaint: [
    'Välittäkää tämä viesti sille, joka käsittelee asiakkaiden valitukset.',
    'Olen tyytymätön siihen, miten asiaani on käsitelty, ja haluan esimiehen käyvän sen läpi.',
    'Vastauksenne ei ratkaise ongelmaani. Haluan, että asia siirretään ylemmälle tasolle.',
  ],
  regulator: [
    'Kuluttajariitalautakunta käsittelee nyt valitustani.',
    'Tietosuojavaltuutetun toimisto saa minulta ilmoituksen tietojeni käytöstä.',
    'Pyysin Finanssivalvonnalta arviota teidän toiminnastanne.',
  ],
  legal: [
    'Tein näistä ostoksista rikosilmoituksen poliisille.',
    'Oikeusturvavakuutukseni kautta asiaa hoitaa nyt asianajaja.',
    'Aion viedä asian käräjäoikeuteen.',
  ],
};

const pl: Clauses = {
  bereavement: [
    'Moja siostra zmarła nagle miesiąc temu.',
    'Postępowanie spadkowe po moim mężu jeszcze się nie zakończyło.',
    'Wciąż spłacamy pogrzeb naszego syna.',
  ],
  illness: [
    'Mam zagrożoną ciążę i muszę leżeć aż do porodu.',
    'Od lat zmagam się z przewlekłym bólem i ostatnio prawie nie wstaję z łóżka.',
    'Po wypadku samochodowym mam złamaną miednicę i nie mogę chodzić.',
  ],
  mental_health: [
    'Leczę się z uzależnienia od hazardu.',
    'Lekarz skierował mnie na terapię z powodu wypalenia zawodowego i od dwóch miesięcy nie pracuję.',
    'Mam depresję i od tygodni nie jestem w stanie zajmować się sprawami finansowymi.',
  ],
  abuse: [
    'Mój były partner mnie nęka i boję się, że przez to konto pozna mój nowy adres.',
    'Sąd wydał wobec mojego byłego męża zakaz zbliżania się do mnie.',
    'Mąż wziął kredyty na moje nazwisko bez mojej wiedzy.',
  ],
  job_loss: [
    'Nie przedłużono mi umowy na czas określony i od przyszłego miesiąca jestem bez pracy.',
    'Mój pracodawca ogłosił upadłość i nie wypłacił mi dwóch pensji.',
    'Zmniejszono mi etat do połowy.',
  ],
  cant_afford: [
    'Dostałam nakaz eksmisji i do końca miesiąca muszę opuścić mieszkanie.',
    'Odcięto mi prąd, bo nie byłem w stanie zapłacić rachunków.',
    'Pomoc społeczna wstrzymała mi zasiłek i nie mam innych dochodów.',
  ],
  carer: [
    'Mój mąż jest sparaliżowany po udarze i we wszystkim mu pomagam.',
    'Nasza córka jest niepełnosprawna i wymaga stałej opieki.',
    'Opiekuję się teściową, która choruje na demencję.',
  ],
  capability: [
    'Nie mam smartfona ani dostępu do internetu.',
    'Słabo słyszę i nie jestem w stanie rozmawiać przez telefon.',
    'Sąd ustanowił mnie kuratorem mojego brata, który ma niepełnosprawność intelektualną.',
  ],
  person: [
    'Czy pani Anna, która prowadziła moją sprawę w zeszłym tygodniu, mogłaby się ze mną ponownie skontaktować?',
    'Wolałbym omówić to telefonicznie z pracownikiem.',
    'Chcę, żeby moją sprawą zajął się człowiek, a nie automatyczny system.',
  ],
  complaint: [
    'Proszę przekazać tę wiadomość do działu reklamacji.',
    'Jestem niezadowolony ze sposobu prowadzenia mojej sprawy i proszę, aby przejrzał ją kierownik.',
    'Wasza odpowiedź nie rozwiązuje problemu. Chcę, żeby sprawa trafiła wyżej.',
  ],
  regulator: [
    'Moja sprawa trafiła już do Rzecznika Finansowego.',
    'Zgłoszę wykorzystanie moich danych do Prezesa UODO.',
    'Opisałem wasze praktyki w skardze do UOKiK.',
  ],
  legal: [
    'Złożyłam zawiadomienie na policji w sprawie tych zakupów.',
    'Mój adwokat wyśle wam przedsądowe wezwanie do zapłaty.',
    'Zamierzam pozwać waszą firmę do sądu.',
  ],
};

const NEEDS_PERSON_PLAIN: Record<GuardLanguage, Clauses> = { en, de, fr, es, it, pt, nl, sv, da, fi, pl };

/**
 * Six new routine requests per language, complete sentences in the same plain register, in auto
 * categories the earlier parts' requests never used: each language takes six of the eleven in turn,
 * so every one of them is there six times.
 */
const PLAIN_ROUTINE: Record<GuardLanguage, readonly RoutineRequest[]> = {
  en: [
    ['update_payment_method', 'I would like to change the card my instalments are taken from.'],
    ['payment_declined', "Yesterday's instalment did not go through. Can I try the payment again?"],
    [
      'report_return',
      'I sent the jacket back to the shop on Tuesday. How do I let you know about the return?',
    ],
    ['checkout_declined', 'My purchase was refused at checkout this afternoon and I do not know why.'],
    ['update_personal_details', 'I have moved house and need to update my address on the account.'],
    ['close_account', 'I would like to close my account once the last instalment is paid.'],
  ],
  de: [
    ['close_account', 'Ich möchte mein Kundenkonto nach der letzten Rate schließen.'],
    ['virtual_card', 'Wie füge ich die virtuelle Karte zu Apple Pay hinzu?'],
    ['promo_rewards', 'Mein Rabattcode wurde beim Bezahlen nicht angenommen.'],
    ['app_issue', 'Die App stürzt jedes Mal ab, wenn ich meine Einkäufe öffnen will.'],
    ['merchant_acceptance', 'Kann ich mit Ihrem Dienst auch in einem Geschäft vor Ort bezahlen?'],
    ['order_status', 'Meine Bestellung sollte letzte Woche ankommen und ist immer noch nicht da.'],
  ],
  fr: [
    ['order_status', "Ma commande devait arriver lundi et je ne l'ai toujours pas reçue."],
    ['update_payment_method', 'Je voudrais remplacer la carte bancaire utilisée pour mes échéances.'],
    ['payment_declined', "Mon prélèvement d'hier a été rejeté alors que mon compte était approvisionné."],
    ['report_return', "J'ai renvoyé la robe au magasin. Comment vous signaler ce retour ?"],
    ['checkout_declined', "Mon achat a été refusé au moment de payer, pouvez-vous m'expliquer pourquoi ?"],
    ['update_personal_details', "J'ai changé de numéro de téléphone. Comment le mettre à jour ?"],
  ],
  es: [
    ['update_personal_details', 'Me he mudado y necesito cambiar la dirección de mi cuenta.'],
    ['close_account', 'Quiero dar de baja mi cuenta cuando termine de pagar.'],
    ['virtual_card', 'No sé cómo activar la tarjeta virtual en el móvil.'],
    ['promo_rewards', 'El código de descuento no se aplicó en mi última compra.'],
    ['app_issue', 'La aplicación se queda en blanco cuando intento ver mis pagos.'],
    ['merchant_acceptance', '¿Puedo usar su servicio para pagar en una tienda física?'],
  ],
  it: [
    ['merchant_acceptance', 'Posso usare il vostro servizio anche nei negozi fisici?'],
    ['order_status', 'Il mio ordine doveva arrivare venerdì e non è ancora arrivato.'],
    ['update_payment_method', 'Vorrei cambiare la carta su cui vengono addebitate le rate.'],
    ['payment_declined', "L'addebito della rata di ieri non è andato a buon fine."],
    ['report_return', 'Ho restituito le scarpe al negozio. Come vi comunico il reso?'],
    ['checkout_declined', 'Il pagamento è stato rifiutato alla cassa online. Perché?'],
  ],
  pt: [
    ['checkout_declined', 'A minha compra foi recusada no pagamento e não percebo porquê.'],
    ['update_personal_details', 'Mudei de casa e preciso de atualizar a minha morada.'],
    ['close_account', 'Quero encerrar a minha conta depois de pagar a última prestação.'],
    ['virtual_card', 'Como adiciono o cartão virtual à carteira do telemóvel?'],
    ['promo_rewards', 'O código promocional não foi aplicado à minha encomenda.'],
    ['app_issue', 'A aplicação fecha sozinha sempre que a abro.'],
  ],
  nl: [
    ['app_issue', 'De app blijft hangen op het laadscherm.'],
    ['merchant_acceptance', 'Kan ik jullie ook gebruiken bij een webwinkel in Duitsland?'],
    ['order_status', 'Mijn bestelling zou dinsdag bezorgd worden, maar ik heb nog niets ontvangen.'],
    ['update_payment_method', 'Ik wil graag een ander rekeningnummer voor de termijnen opgeven.'],
    ['payment_declined', 'De afschrijving van mijn termijn is mislukt. Hoe probeer ik het opnieuw?'],
    ['report_return', 'Ik heb de stofzuiger teruggestuurd naar de winkel. Hoe geef ik dat door?'],
  ],
  sv: [
    ['report_return', 'Jag har skickat tillbaka jackan till butiken. Hur anmäler jag returen?'],
    ['checkout_declined', 'Mitt köp nekades i kassan i dag och jag förstår inte varför.'],
    ['update_personal_details', 'Jag har bytt telefonnummer och behöver uppdatera det.'],
    ['close_account', 'Jag vill avsluta mitt konto när allt är betalt.'],
    ['virtual_card', 'Hur lägger jag till det virtuella kortet i Google Pay?'],
    ['promo_rewards', 'Min rabattkod fungerade inte när jag handlade.'],
  ],
  da: [
    ['promo_rewards', 'Min rabatkode blev ikke trukket fra ved betalingen.'],
    ['app_issue', 'Appen lukker ned, hver gang jeg åbner mine køb.'],
    ['merchant_acceptance', 'Kan jeg bruge jeres betalingsløsning i en almindelig butik?'],
    ['order_status', 'Min ordre skulle have været leveret i fredags, men den er ikke kommet.'],
    ['update_payment_method', 'Jeg vil gerne skifte det kort, mine rater bliver trukket fra.'],
    ['payment_declined', 'Min rate blev afvist i går, selvom der var penge på kontoen.'],
  ],
  fi: [
    ['payment_declined', 'Eilinen erämaksuni hylättiin, vaikka tilillä oli rahaa.'],
    ['report_return', 'Palautin takin kauppaan. Miten ilmoitan palautuksesta?'],
    ['checkout_declined', 'Ostokseni hylättiin kassalla, enkä tiedä miksi.'],
    ['update_personal_details', 'Olen muuttanut ja haluan päivittää osoitteeni.'],
    ['close_account', 'Haluan sulkea tilini, kun viimeinen erä on maksettu.'],
    ['virtual_card', 'Miten lisään virtuaalikortin puhelimen lompakkoon?'],
  ],
  pl: [
    ['virtual_card', 'Jak mogę dodać wirtualną kartę do portfela w telefonie?'],
    ['promo_rewards', 'Kod rabatowy nie został uwzględniony przy moim zamówieniu.'],
    ['app_issue', 'Aplikacja zawiesza się za każdym razem, gdy ją otwieram.'],
    ['merchant_acceptance', 'Czy mogę korzystać z waszej usługi w sklepie stacjonarnym?'],
    ['order_status', 'Moje zamówienie miało przyjść w piątek, a nadal go nie ma.'],
    ['update_payment_method', 'Chcę zmienić kartę, z której pobierane są raty.'],
  ],
};

export { NEEDS_PERSON_PLAIN, PLAIN_ROUTINE };
