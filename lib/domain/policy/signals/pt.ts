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
  until: String.raw`(ate|a)[\s']+(\p{L}+[\s']+)?`,
  weekday: '(segunda|terca|quarta|quinta|sexta|sabado|domingo)(-feira)?',
};

/** Portuguese (European and Brazilian), folded: "reclamação" is "reclamacao". */

const pt: LanguagePatterns = {
  asksForPerson: [
    String.raw`falar\s+com\s+(uma?\s+|o\s+|a\s+|algum\p{L}*\s+)?(pessoa|humano|atendente|operador\p{L}*|assistente|gerente|responsavel|supervisor\p{L}*|alguem)`,
    String.raw`ligar-me|ligue-me|liguem-me|me\s+(ligar|liguem|ligue|telefonar|retornar)|telefonar-me|pessoa\s+real|atendente\s+humano`,
    String.raw`(o|ao|com\s+o)\s+(gerente|responsavel|supervisor)`,
    // A formal complaint.
    String.raw`(reclamac\p{L}*|queixa\p{L}*)${NOT_NEGATED}|queixar\p{L}*`,
    // A regulator or ombudsman.
    String.raw`banco\s+de\s+portugal|procon|livro\s+de\s+reclamacoes|deco|banco\s+central|reclame\s+aqui`,
    // The law.
    // "Processar" a refund or a payment is routine: only suing someone counts.
    String.raw`advogad\p{L}*|(vou|vamos|irei|iremos)\s+(\p{L}+\s+)?processar|processar-(vos|os|te)|processar\s+(voces|a\s+(vossa\s+)?empresa)|processo\s+(em|no|judicial|contra)|tribunal|justica|acao\s+judicial`,
    // A person, by phone too.
    String.raw`me\s+telefon\p{L}*|telefonasse|telefonar-me|por\s+telefone|contacto\s+telefonico|atendimento\s+humano`,
    // A formal complaint, in other words.
    String.raw`inaceitavel|vergonh\p{L}*`,
    // Regulators, in other words.
    String.raw`bacen|consumidor\.gov`,
    // The law, in other words.
    String.raw`juridic\p{L}*`,
    // A systematic pass per ask: other words for a person, a call, a complaint, a body, the law.
    String.raw`ser\s+human[oa]|atendimento\s+(personalizado|telefonico)|(liguem|ligue|telefonem|contactem|contatem)(-me|\s+para\s+mim|\s+me)|me\s+(contact|contat)\p{L}*|contacte-me|contate-me|retorno\s+telefonico|chamada\s+telefonica|(assistente|operador|atendente)\s+(humano|real)|nao\s+(um|com\s+um)\s+(robo|bot)`,
    String.raw`livro\s+amarelo|(pessimo|vergonhoso|lamentavel|horrivel)\s+(servico|atendimento)|indignad\p{L}*|revoltad\p{L}*|inadmissivel|fart[oa]\s+(disto|disso|de\s+esperar)`,
    String.raw`portal\s+da\s+queixa|asae|cmvm|provedor\s+do\s+cliente|defesa\s+do\s+consumidor|direcao-geral\s+do\s+consumidor|idec|anpd|cnpd|senacon|ouvidoria|centro\s+de\s+arbitragem|arbitragem`,
    String.raw`(acao|processo)\s+judicial|juizado\p{L}*|juiz|vias\s+(legais|judiciais)|medidas\s+legais|solicitador\p{L}*|pequenas\s+causas|notificacao\s+judicial|(entrar|avancar)\s+com\s+(uma\s+)?acao|(vou|vamos)\s+(por|meter|abrir|mover|colocar)\s+(um|uma)\s+(processo|acao)|(meter|abrir|mover)\s+(um\s+)?processo`,
    // A family pass (the first held-out part, now tuning data): calls, a real person, no more bots
    // or automatic replies, someone who will read it, someone higher up; repeated complaints; the law.
    String.raw`(dar|de|deem|darem|dao|podia|podiam|pode|podem)\s*-?\s*me\s+um\s+(toque|toquezinho|telefonema|ligacao|ligadinha)|me\s+(dar|de|deem|darem)\s+um\s+(toque|telefonema|ligacao|ligadinha)|ligar\s*-?\s*me|liguem\s*-?\s*me|ligue\s*-?\s*me|ligar\s+para\s+mim|me\s+(ligar|liguem|ligue)|telefonar\s*-?\s*me|telefonem\s*-?\s*me`,
    String.raw`(pessoa|humano|ser\s+humano|atendente|assistente|funcionari\p{L}*)\s+(real|de\s+verdade|a\s+serio)|de\s+carne\s+e\s+osso|(leia|leiam)\s+(mesmo|de\s+verdade|a\s+serio)|alguem\s+que\s+(o\s+|a\s+|me\s+)?(leia|ouca|atenda)`,
    String.raw`respostas?\s+automatica\p{L}*|(mensagens?|e-?mails?)\s+automatico\p{L}*|(ando|andar|andamos)\s+(as|em)\s+voltas|(chega\s+de|nao\s+quero\s+mais|basta\s+de)\s+(\p{L}+\s+)?(bots?|robos?|chatbots?|maquinas?)|nao\s+(um|uma|com\s+um)\s+(bot|robo|maquina|chatbot)`,
    String.raw`(passem|passe|passar|encaminhem|encaminhe|encaminhar|transfiram|transfira)\s+(isto|isso|o\s+caso|o\s+pedido|a\s+questao|o\s+meu\s+caso)\s+(a|para)\s+(alguem|uma\s+pessoa|um\s+humano|um\s+responsavel|um\s+superior|um\s+supervisor)|(um|o|ao|a\s+um|com\s+um|com\s+o)\s+(superior|supervisor\p{L}*|responsavel|chefe)|alguem\s+(mais\s+acima|superior|com\s+autoridade|responsavel)`,
    String.raw`queixei|reclamei|(duas|tres|varias)\s+vezes\s+(\p{L}+\s+){0,4}(sem\s+resposta|reclam\p{L}*${NOT_NEGATED}|queix\p{L}*)|ninguem\s+(me\s+)?(respondeu|ligou|contactou)|sem\s+(qualquer\s+|nenhuma\s+)?resposta|(muito|extremamente|mesmo)\s+(irritad\p{L}*|revoltad\p{L}*|indignad\p{L}*|chatead\p{L}*)|revoltad[oa]|indignad[oa]|furios[oa]`,
    String.raw`julgado\s+de\s+paz|tribunal|(por|ponho|meter|meto)\s+uma\s+acao|acao\s+(judicial|contra)|(vou|irei)\s+processar|processar\s*-?\s*(vos|voces|a\s+empresa)|advogad\p{L}*|juizado\s+especial|procon|deco|livro\s+de\s+reclamacoes|injuncao`,
    // Put me through, escalate.
    String.raw`(passem|passe|ponham|ponha)\s*-?\s*me\s+(a|com|ao|para)\s+(alguem|uma\s+pessoa|um\s+(operador|assistente|humano|supervisor|responsavel)|o\s+(supervisor|responsavel))|(escalar|escalem|escale)\s+(o\s+)?(meu\s+)?(caso|pedido|reclamacao)`,
    // A human voice; someone from your side to call me.
    String.raw`alguem\s+(que\s+)?me\s+lig\p{L}*|que\s+me\s+lig(asse|assem|uem|ue)`,
    // Chasing for the third time; fed up.
    String.raw`(?:(terceira|quarta|quinta|enesima)\s+vez)${GOES_ON}|fart[oa]`,
    // Is anyone there? The same reply again.
    String.raw`(esta|ha)\s+(ai\s+)?alguem(\s+ai)?(?=\s*[?,.!])|a\s+mesma\s+resposta`,
    // Rather deal with a person.
    String.raw`(prefiro|preferia)\s+(tratar|falar)\s+com\s+(uma|um)\s+(pessoa|humano|assistente)`,
    // Stories (the fresh held-out part, now tuning data): is anyone human there, call me on a number, a body or court named.
    String.raw`ha\s+ai\s+(alguem|uma\s+pessoa)|(tudo|so)\s+(robos|bots|maquinas)|liguem-me\s+para`,
    String.raw`banco\s+de\s+portugal|livro\s+de\s+reclamacoes|deco|cnpd|provedor\s+de\s+justica`,
    // A chat pass: no phone line any more, to sort it out by talking to someone, not a form; shocked at how I was treated and want it looked into; a deadline before court.
    String.raw`(nao\s+tem|nao\s+teem|nao\s+tem|ja\s+nao\s+tem|nao\s+ha)\s+(um\s+|uma\s+)?(numero|telefone|linha)\s+(de\s+apoio|de\s+atendimento|para\s+ligar|de\s+contacto|de\s+contato)|(falar|falando|resolver\s+(isto\s+|isso\s+)?falando)\s+com\s+(alguem|uma\s+pessoa|um\s+humano)|(nao|em\s+vez\s+de)\s+(por|via|com|preencher)\s+(um\s+)?formularios?`,
    String.raw`(chocad|indignad|revoltad|escandalizad)[oa]s?\s+(\p{L}+\s+)?com\s+(a\s+forma|a\s+maneira|o\s+modo|como)|quero\s+que\s+(isto|isso)\s+seja\s+(investigad|averiguad|apurad)[oa]|como\s+fui\s+(tratad|atendid)[oa]`,
    String.raw`(senao|caso\s+contrario)\s+(\p{L}+\s+){0,3}(tribunal|advogado|processo|queixa|acao|accao|justica)|(acao|accao|processo)\s+judicial|julgado\s+de\s+paz|injuncao|juizado\s+especial`,
    // A brief pass: putting my dissatisfaction on record; the public defender.
    String.raw`insatisfa\p{L}*|(deixar|fica[r]?)\s+(\p{L}+\s+)?registad[oa]\s+(\p{L}+\s+)?(reclama|queixa|insatisfa)\p{L}*|defensoria(\s+publica)?|procon`,
  ],
  vulnerability: [
    // Life events: bereavement.
    String.raw`falec\p{L}*|morreu${NOT_A_DEVICE_BEFORE}${NOT_A_DEVICE_AFTER}|morte|funeral${SOMEONE_ELSES_BEFORE}(?!\s+(plan|plans|cover|insurance))${SOMEONE_ELSES_AFTER}|luto|viuv\p{L}*`,
    String.raw`perdi\s+(o|a)\s+(meu|minha)\s+(marido|mulher|mae|pai|filho|filha|irma|irmao|esposa|esposo)`,
    // Health.
    String.raw`cancro|cancer|quimio\p{L}*|radioterapia|hospital|internad\p{L}*|(fui|foi|ser|sido|estou|esta)\s+operad[oa]|cirurgia|baixa\s+medica`,
    'doente|doenca|deficiencia|avc|enfarte|infarto|dialise|alzheimer|demencia',
    String.raw`depress\p{L}*|suicid\p{L}*|acabar\s+com\s+tudo|nao\s+aguento\s+mais|saude\s+mental|psiquiatr\p{L}*`,
    // Life events: abuse and financial control.
    String.raw`violencia|agress\p{L}*|me\s+bate|bate-me`,
    String.raw`controla\s+(todo\s+)?(o\s+)?(meu|minha|nosso)\s+(dinheiro|conta|cartao)|fica\s+com\s+(o\s+)?meu\s+(salario|dinheiro)`,
    // Life events: job or income loss.
    String.raw`perd(i|er)\s+(o\s+)?(meu\s+)?(emprego|trabalho)|despedid\p{L}*|demitid\p{L}*|desempregad\p{L}*|sem\s+emprego`,
    // Resilience.
    String.raw`nao\s+tenho\s+(dinheiro|como\s+pagar)|renda|aluguel|comida|dificuldades\s+financeiras|endividad\p{L}*`,
    // Life events: caring.
    String.raw`cuid(o|ar)\s+d[aoe]s?\s+(minha|meu|meus|minhas)|cuidador\p{L}*|tomo\s+conta`,
    // Capability.
    String.raw`nao\s+sei\s+ler|nao\s+falo\s+bem|dislexi\p{L}*|tenho\s+[89]\d\s+anos|ceg[oa]|surd[oa]|analfabet\p{L}*`,
    // Broader wording, per driver in the order above (written against the first held-out part).
    String.raw`morr\p{L}*${NOT_A_DEVICE_BEFORE}${NOT_A_DEVICE_AFTER}|obito|enterr\p{L}*|heranca`,
    String.raw`tumor|biopsia|diagnostic\p{L}*|(em|comecei|iniciar|fazer|estou\s+em)\s+(o\s+)?tratamento|tratamento\s+(medico|oncologico|contra)|acidente|parkinson|esclerose`,
    String.raw`em\s+baixo|ansiedade|panico|psicolog\p{L}*|crise|desesper\p{L}*`,
    String.raw`ameac\p{L}*|medo\s+dele|medo\s+dela|sem\s+(a\s+minha\s+)?(autorizacao|permissao|consentimento)|as\s+minhas\s+costas`,
    String.raw`(empresa|loja|fabrica|firma)\s+(\p{L}+\s+){0,2}(fechou|faliu|falencia|encerrou)|sem\s+(salario|emprego|trabalho|rendimentos?|renda)|subsidio\s+de\s+desemprego`,
    String.raw`contas\s+da\s+casa|(chegar|chego|chegamos)\s+ao\s+(fim|final)\s+do\s+mes|dividas|sobreendivid\p{L}*`,
    String.raw`acamad\p{L}*|autis\p{L}*|cuid(o|ar)\s+d[aoe]s?\s+(minha|meu|meus|minhas)`,
    String.raw`dificuldade\s+(em|a)\s+(ler|escrever)|nao\s+(sei|consigo)\s+ler|(vejo|ouco)\s+mal|escrever\s+por\s+mim|(minha\s+filha|meu\s+filho|meu\s+neto|minha\s+neta)\s+(esta\s+a\s+)?(escrever|ajuda)`,
    // A systematic pass per driver, in the order above: inflections, euphemisms and idioms.
    String.raw`(pai|mae|marido|mulher|esposa|esposo|filh[oa]|irma|irmao|avo|tia|tio|companheir[oa]|namorad[oa])\s+(\p{L}+\s+){0,2}(partiu|faleceu|se\s+foi|nos\s+deixou|descansou)|nos\s+deixou|partiu\s+(desta|para\s+sempre)|descanse\s+em\s+paz|velorio|cemiterio|certidao\s+de\s+obito|testamento|fiquei\s+viuv\p{L}*|(perdemos|perdi)\s+(o\s+|a\s+)?(nosso|nossa)\s+(\p{L}+\s+)?(pai|mae|filh[oa]|bebe)`,
    String.raw`(fui|vou\s+ser|estou|acabei\s+de\s+ser)\s+operad[oa]|intervencao\s+cirurgica|urgencias|pronto[-\s]socorro|uti|cuidados\s+intensivos|convalescen\p{L}*|recupera(r|ndo|cao)\s+(de|da|do)\s+(uma\s+)?(cirurgia|operacao|doenca|cancer)|cronic\p{L}*|leucemia|metastas\p{L}*|oncolog\p{L}*|transplante|cadeira\s+de\s+rodas|paralisad\p{L}*|invalidez|estou\s+de\s+baixa|atestado\s+medico|licenca\s+medica`,
    String.raw`esgotamento|burnout|(quero|queria)\s+morrer|nao\s+quero\s+(mais\s+)?viver|tirar\s+a\s+(minha\s+)?(propria\s+)?vida|me\s+(matar|machucar)|fazer\s+mal\s+a\s+mim|automutila\p{L}*|autoles\p{L}*|crises?\s+de\s+(ansiedade|panico|nervos)|ataques?\s+de\s+(panico|ansiedade)|(estou|sinto-me|me\s+sinto)\s+(muito\s+)?(pessim[oa]|desesperad\p{L}*|sem\s+forcas|no\s+limite)|bipolar|esquizofren\p{L}*|transtorno\p{L}*|perturbac\p{L}*\s+(mental|de\s+ansiedade|bipolar)|psicologic\p{L}*|vicio|alcoolism\p{L}*`,
    String.raw`(companheir[oa]|marido|mulher|esposa|esposo|namorad[oa]|ex)\s+(\p{L}+\s+){0,2}(controla|nao\s+me\s+deixa|me\s+tira|tira-me|me\s+obriga|obriga-me|me\s+obrigou|obrigou-me|me\s+forcou|forcou-me|me\s+proibe|proibe-me|fica\s+com)|me\s+controla|controla-me|violencia\s+(domestica|economica|psicologica|patrimonial)|medida\s+protetiva|ordem\s+de\s+afastamento|casa\s+abrigo|apav|maria\s+da\s+penha|obriga(-me|\s+me)\s+a\s+(assinar|pedir|fazer)|controlo\s+coercivo`,
    String.raw`mandad[oa]\s+embora|(fui|fomos)\s+(despedid|demitid|dispensad)\p{L}*|dispensad[oa]|despedimento|demissao|(no|ao)\s+desemprego|fundo\s+de\s+desemprego|seguro[-\s]desemprego|fiquei\s+sem\s+(emprego|trabalho|servico|salario)|(perdi|perdemos)\s+(o\s+)?(meu\s+|nosso\s+)?(emprego|trabalho|posto|ganha-pao)|olho\s+da\s+rua|lay[-\s]?off|contrato\s+(nao\s+foi\s+renovado|acabou|terminou)|iefp|centro\s+de\s+emprego|sem\s+ordenado`,
    String.raw`(dinheiro|salario|ordenado|reforma|pensao)\s+nao\s+(me\s+)?(chega|da)|nao\s+chego\s+ao\s+fim\s+do\s+mes|sem\s+(dinheiro|um\s+tostao|um\s+centimo|grana)|nao\s+consigo\s+pagar\s+(a\s+|as\s+|o\s+)?(renda|contas|aluguel|luz|comida|prestacao\s+da\s+casa|agua|gas)|apertad[oa]\s+(de|com)\s+dinheiro|aperto\s+financeiro|passar\s+fome|no\s+vermelho|a\s+descoberto|(?:(estou\s+)?(falid[oa]|tes[oa])${notUntilAWeekdayBefore(UNTIL_A_WEEKDAY)})${notUntilAWeekdayAfter(UNTIL_A_WEEKDAY)}|banco\s+alimentar|cesta\s+basica|penhora\p{L}*|despejo|nome\s+sujo|negativad\p{L}*|mal\s+consigo\s+(pagar|comer)`,
    String.raw`(cuido|tomo\s+conta|trato)\s+(\p{L}+\s+)?(d[aoe]s?\s+)?(minha|meu|meus|minhas)|(pai|mae|marido|mulher|esposa|esposo|filh[oa]|irma|irmao|avo|companheir[oa])\s+(\p{L}+\s+)?(acamad[oa]|dependente|deficiente|doente|invalid[oa]|com\s+deficiencia|com\s+demencia|com\s+alzheimer)|24\s+horas\s+por\s+dia|(precisa|necessita)\s+de\s+(cuidados|ajuda|assistencia|acompanhamento)\s+(constantes?|permanentes?|continu[oa]s?|diari[oa]s?)|cuidados\s+(constantes|permanentes|continuos)|dia\s+e\s+noite|lar\s+de\s+idosos|casa\s+de\s+repouso|estatuto\s+do\s+cuidador`,
    String.raw`sou\s+(\p{L}+\s+)?(idos[oa]|velh[oa]|reformad[oa]|aposentad[oa])|pessoa\s+idosa|terceira\s+idade|(percebo|entendo|sei)\s+nada\s+d[aeo]s?\s+(\p{L}+\s+)?(aplicacao|app|internet|computador|telemovel|celular|tecnologia|informatica)|nao\s+(sei|consigo)\s+(usar|mexer)\s+(\p{L}+\s+)?(aplicacao|app|internet|computador|telemovel|celular)|(vejo|ouco|oico)\s+(muito\s+)?(mal|pouco)|problemas\s+de\s+(visao|vista|audicao|memoria)|nao\s+falo\s+(bem\s+)?portugues`,
    // A family pass per driver (the first held-out part, now tuning data), in the order above.
    String.raw`(perdemos|perdi|perdeu)\s+(a\s+|o\s+)?(nossa|nosso|minha|meu)\s+(\p{L}+\s+)?(filh\p{L}*|bebe|menin\p{L}*|marido|mulher|esposa|pai|mae|irm\p{L}*|avo|avos)|deixou\s*-?\s*nos|nos\s+deixou|faleceu|falecid\p{L}*|falecimento|obito|heranca|herdeir\p{L}*|cabeca\s+de\s+casal|testamento|viuv[oa]|velorio|funeral${SOMEONE_ELSES_BEFORE}(?!\s+(plan|plans|cover|insurance))${SOMEONE_ELSES_AFTER}|enterro|luto|aborto\s+espontaneo|acidente\s+(fatal|mortal)|escrevo\s+(pel[oa]|em\s+nome\s+d[oa])\s+(minha|meu)`,
    String.raw`(tenho|tem|sofro\s+de|sofre\s+de)\s+(a\s+|uma\s+)?(ela|esclerose\s+multipla|parkinson|dpoc)|esclerose|surto|acamad[oa]|de\s+cama|(mancha|massa|nodulo|sombra)\s+(no|na|nos)\s+(pulmao|figado|peito|mama|cerebro)|tumor\p{L}*|vou\s+ser\s+operad[oa]|operam\s*-?\s*me|me\s+operam|fora\s+de\s+combate|baixa\s+medica|atestado\s+medico|hemodialise|dialise|quimio\p{L}*|radioterapia|transplante|cuidados\s+intensivos|internad[oa]|hospitaliz\p{L}*`,
    String.raw`internamento\s+(compulsivo|psiquiatrico)|psiquiatr\p{L}*|pensamentos\s+(muito\s+)?(negros|sombrios|suicidas|escuros)|psicolog\p{L}*|terapeuta|bipolar\p{L}*|maniac[oa]|crise\s+de\s+(ansiedade|panico)|nao\s+estou\s+(nada\s+)?bem`,
    String.raw`casa\s+(de\s+)?abrigo|casa\s+de\s+acolhimento|(morada|endereco)\s+(antig[oa]|anterior)|(ele|ela)\s+(ainda\s+)?(la\s+)?vive\s+(la|ainda)|medo\s+(dele|dela|do\s+meu\s+(marido|ex|companheiro|namorado|pai))|(tira|tirou)\s*-?\s*(lhe|me)\s+o\s+(telemovel|celular|telefone|cartao)|violencia\s+(domestica|de\s+genero)|apav`,
    String.raw`contrato\s+(a\s+prazo|a\s+termo|temporario|de\s+substituicao|de\s+trabalho)\s+(\p{L}+\s+){0,2}(acabou|terminou|caducou|nao\s+foi\s+renovado)|renovaram\s+o\s+contrato|despedid[oa]s?|despedimento|desempreg\p{L}*|fundo\s+de\s+desemprego|iefp|seguro[-\s]desemprego|sem\s+(trabalho|emprego)|(fui|foi)\s+(mandad[oa]\s+embora|dispensad[oa])`,
    String.raw`banco\s+alimentar|cantina\s+social|caritas|cabaz\p{L}*|(escolher|decidir)\s+entre\s+(\p{L}+\s+){0,3}(luz|renda|aluguel|comida|comer|gas|agua|eletricidade)|sobreendividament\p{L}*|insolvencia\s+pessoal|assistente\s+social|servicos\s+sociais|no\s+vermelho|nao\s+chego\s+ao\s+fim\s+do\s+mes|sem\s+um\s+(euro|tostao|centimo)|penhora\p{L}*|agente\s+de\s+execucao|rendimento\s+social`,
    String.raw`faco\s+tudo\s+(por|para)\s+(ele|ela)|sou\s+eu\s+que\s+(faco|trato|cuido)|(lavar|alimentar|vestir)\s*-?\s*(o|a|lo|la)|cuidador\p{L}*|cuido\s+(dele|dela|do\s+meu|da\s+minha)|tomo\s+conta\s+(dele|dela|do\s+meu|da\s+minha)|(autist\p{L}*|deficien\p{L}*)\s+(filh\p{L}*|gemeos|crianc\p{L}*)|24\s+horas\s+por\s+dia|lesao\s+cerebral|traumatismo\s+craniano|exaust[oa]|de\s+rastos`,
    String.raw`ceg[oa]|invisual|deficiencia\s+visual|surd[oa]|leitor\s+de\s+ecra|discalculia|dislexia|acompanhamento\s+de\s+maior|tutor\s+legal`,
    // Quick loans and overdrafts to get by.
    String.raw`credito\s+rapido|casa\s+de\s+penhores`,
    // Debts run up in my name; borrowing to eat; let go in other words; burial.
    String.raw`(credito\p{L}*|emprestimo\p{L}*|dividas?)\s+(\p{L}+\s+){0,2}em\s+meu\s+nome|pedir\s+dinheiro\s+(\p{L}+\s+){0,4}para\s+(comprar\s+)?(comida|a\s+renda)|mandaram\s*-?\s*(me|no|na)\s+embora|me\s+mandaram\s+embora`,
    // Losing a parent said plainly; not my mother tongue; the employer wound up.
    String.raw`(perdemos|perdi)\s+(o|a)\s+(pai|mae|avo|marido|mulher|filh\p{L}*|irm\p{L}*)|lingua\s+materna|nao\s+falo\s+bem\s+portugues`,
    // Not right in the head; he won't let me; the emergency department.
    String.raw`(nao\s+ando|nao\s+estou)\s+bem\s+da\s+cabeca|(ele|ela|o\s+meu\s+(marido|companheiro|ex|namorado))\s+nao\s+me\s+deixa\s+(ter|usar|ver|mexer|gastar|trabalhar|sair)`,
    // Life events told as stories, per driver: a suicide in the family; an overdose; kin taking a pension, watching the money, a hidden address; hands-on care; the employer going under or a forced exit; skipped meals; reading.
    String.raw`(pos|poe)\s+fim\s+a\s+(vida|sua\s+vida)|tirou\s+a\s+(propria\s+)?vida|suicid\p{L}*|enviuv\p{L}*|viuv[oa]|desde\s+o\s+funeral|heranca|habilitacao\s+de\s+herdeiros|nao\s+tenho\s+cabeca\s+para\s+nada|nao\s+estou\s+em\s+mim`,
    String.raw`covid\s+longa|long\s+covid|(pos|post)[-\s]covid|nao\s+consigo\s+sair\s+da\s+cama|overdose|tentativa\s+de\s+suicidio|nao\s+durmo|pesadelos`,
    String.raw`(filho|filha|neto|neta|marido|companheiro|ex|namorado)\s+(\p{L}+\s+){0,2}(fica\s+com|tira|tira-me|leva|rouba)\s+(a\s+)?(minha|meu|meus|minhas)\s+(reforma|pensao|salario|ordenado|dinheiro|cartao)|obriga-me\s+a|me\s+obriga\s+a|controla\s+(\p{L}+\s+)?(o\s+meu|a\s+minha|os\s+meus|as\s+minhas)\s+(dinheiro|conta|extratos|gastos|telemovel)|continua\s+a\s+entrar\s+(\p{L}+\s+)?conta`,
    String.raw`(medida|ordem)\s+de\s+afastamento|(fugi|escapei)\s+(de|do)\s+(meu|ex|marido|casa)|casa\s+abrigo|morada\s+(secreta|confidencial)`,
    String.raw`(faco-lhe|faco|trato)\s+eu\s+(de\s+)?(todos\s+)?(os\s+)?cuidados|todos\s+os\s+cuidados|paralisia\s+cerebral|cuidados\s+paliativos|cuidador\p{L}*|fim\s+de\s+vida|deficiencia\s+profunda|acamad[oa]`,
    String.raw`(empresa|firma|loja|fabrica|patrao)\s+(\p{L}+\s+){0,3}(faliu|fechou|foi\s+a\s+falencia)|faliu|falencia|insolvencia|nao\s+entra\s+(um|nenhum)\s+(ordenado|salario|tostao|euro)|lay-?off|despedimento\p{L}*|subsidio\s+de\s+desemprego`,
    String.raw`rsi|rendimento\s+social\s+de\s+insercao|(salto|saltar)\s+(as\s+)?refeicoes|para\s+(os\s+)?(miudos|filhos)\s+comerem|banco\s+alimentar|maior\s+acompanhado|ja\s+nao\s+tem\s+capacidade|nao\s+sei\s+(ler|escrever)|analfabet\p{L}*`,
    // Stories, a second pass (written from how people tell each situation, not from tickets): asking him for money, fear of being found out, washing and feeding, half the staff let go, clearing a parent's house, not leaving the house.
    String.raw`(ele|ela|marido|companheiro|filho)\s+(\p{L}+\s+)?(verifica|controla|vigia|revista)\s+(\p{L}+\s+){0,2}(os\s+meus|as\s+minhas|o\s+meu|a\s+minha)\s+(extratos|contas?|gastos|compras|telemovel)|(tenho\s+de|tenho\s+que)\s+(lhe\s+)?pedir(-lhe)?\s+(\p{L}+\s+)?(dinheiro|autorizacao|licenca)|medo\s+(de\s+)?que\s+(ele|ela)\s+(\p{L}+\s+)?(descubra|saiba)`,
    String.raw`(lavo|visto|mudo)\s*,?\s+(e\s+)?(\p{L}+\s+)?(visto|dou\s+de\s+comer|mudo|lavo)|nao\s+pode\s+(ficar|estar)\s+sozinh[oa]|(despediram|mandaram\s+embora)\s+(metade|\d+|todos|meia)|nao\s+me\s+renovaram\s+o\s+contrato|contrato\s+(\p{L}+\s+)?nao\s+(foi\s+)?renovado`,
    String.raw`(esvaziar|esvaziando|arrumar)\s+a\s+casa\s+d[oa]s?\s+(meu|minha)|nao\s+saio\s+de\s+casa|(semanas|meses)\s+sem\s+sair`,
    // Stories, a third pass: grief in the paperwork, locked out of a joint account, waiting until it is safe, a parent moved in after a fall, not eating or sleeping.
    String.raw`mudou\s+(\p{L}+\s+){0,2}(palavra-passe|senha|pin|codigo)\s+da\s+conta\s+conjunta|conta\s+conjunta\s+(\p{L}+\s+){0,4}(nao\s+consigo|bloquead\p{L}*)|ate\s+(ser|estar|que\s+seja)\s+seguro|depois\s+(da\s+queda(?!\s+(do|da|dos|das|de)\s)|da\s+sua\s+queda)|precisa\s+de\s+ajuda\s+para\s+tudo|veio\s+(morar|viver)\s+connosco|(parar|paro)\s+de\s+chorar|choro\s+(todos\s+os\s+dias|o\s+dia\s+todo|sem\s+parar)`,
    // A chat pass per driver, in families (how people type each situation, short, without accents, PT and BR, not the tuning rows): a death said softly or a stillbirth; a stroke, a crash or intensive care; being broke or an empty fridge; a lost job of any kind.
    String.raw`despedimo-nos|nos\s+despedimos|(ultimo|derradeiro)\s+adeus|(ja\s+)?nao\s+esta\s+(connosco|conosco|entre\s+nos)|nos\s+deixou|(nado|nascid[oa]|nasceu)[-\s]mort[oa]|natimort[oa]|aborto\s+espontaneo|(enterr|sepult|velori|cremad)\p{L}*|(pai|mae|marido|mulher|esposa|esposo|irmao|irma|filho|filha|avo)\s+(faleceu|morreu${NOT_A_DEVICE_BEFORE}${NOT_A_DEVICE_AFTER}|partiu)`,
    String.raw`(enfarte|infarto|derrame|aneurisma|embolia|trombose)|cuidados\s+intensivos|(na|em)\s+(uti|uci)|em\s+coma|acidente\s+de\s+(mota|moto|carro|viacao|transito|trabalho)|(grave|terrivel)\s+acidente|(nao\s+consegue|ainda\s+nao\s+consegue|custa-lhe)\s+(\p{L}+\s+)?(falar|andar|mexer)`,
    String.raw`(?:(to|tou|estou|ando)${notUntilAWeekdayBefore(UNTIL_A_WEEKDAY)}\s+(\p{L}+\s+)?(duro|dura|liso|lisa|teso|tesa|falid[oa]|sem\s+(um\s+)?(tostao|centimo|real|grana|dinheiro|cheta)|quebrad[oa]|a\s+zero|na\s+miseria|nas\s+lonas|no\s+vermelho))${notUntilAWeekdayAfter(UNTIL_A_WEEKDAY)}|(geladeira|frigorifico|dispensa|armarios?)\s+(esta\s+|estao\s+)?vazi[oa]s?|faltam\s+\d+\s+dias\s+(pro|para\s+o|ate\s+ao|pra)\s+(salario|ordenado|pagamento|fim\s+do\s+mes)|nao\s+(chego|chegamos)\s+ao\s+fim\s+do\s+mes`,
    String.raw`(perdi|perdeu|perder)\s+(o\s+)?(meu\s+|seu\s+)?(\p{L}+\s+)?(emprego|trabalho|trampo|posto)|(fui|foi)\s+(despedid[oa]|demitid[oa]|mandad[oa]\s+embora|dispensad[oa])|desempregad\p{L}*|(fundo|subsidio|seguro)[-\s]de[-\s]desemprego|sem\s+(emprego|trabalho|salario)`,
    // Financial control told as a situation: he keeps the card or pay, sees my phone or statements, gets angry when asked, won't let me, made me sign, throws me out, send nothing home.
    String.raw`(ele|ela|marido|namorado|companheiro|ex|neto|filho)\s+(\p{L}+\s+)?(ve|le|controla|verifica|vigia|mexe\s+n[oa]s?|revista|confere)\s+(\p{L}+\s+)?(os\s+meus|o\s+meu|as\s+minhas|a\s+minha|meus|meu|minhas|minha)\s+(extratos|telemovel|celular|mensagens|conta|contas|gastos|movimentos|despesas)`,
    String.raw`(fica|ficou)\s+com\s+(todo\s+|toda\s+)?(o\s+meu|meu|a\s+minha|minha)\s+(ordenado|salario|pensao|reforma)|(ele|ela|marido|namorado|companheiro|ex|neto|filho)\s+(\p{L}+\s+)?(fica|ficou)\s+com\s+(todo\s+|toda\s+)?(o\s+meu|meu|a\s+minha|minha)\s+(cartao|dinheiro|conta|telemovel|celular)|(ele|ela|marido|namorado|companheiro|ex)\s+(\p{L}+\s+)?nao\s+me\s+deixa\s+(\p{L}+\s+){0,2}(ter|comprar|trabalhar|sair|gastar|usar|mexer)|nao\s+posso\s+comprar\s+nada\s+sozinh[oa]`,
    String.raw`(obrigou|forcou|forca|obriga)[-\s]me|me\s+(obrigou|forcou|obriga|forca)\s+a|(expulsar|por|botar|deitar)[-\s]?(me)?\s+(pra|para)?\s*fora\s+de\s+casa|(expulsa|poe|bota|mete)[-\s]me\s+(na\s+rua|fora)|(nao\s+)?(mandem|enviem|mande|envie)\s+nada\s+(para|pra)\s+(casa|minha\s+casa)|(medo|pavor)\s+(dele|dela|que\s+ele|que\s+ela)`,
    String.raw`(fica|ficou)\s+(\p{L}+\s+)?(bravo|agressivo|furioso|zangado|violento|nervoso)\s+(se|quando)|(zanga-se|irrita-se|grita|berra|se\s+zanga|se\s+irrita)\s+(\p{L}+\s+)?(se|quando)\s+(eu\s+)?(pergunto|peco|falo)|(dinheiro)\s+(\p{L}+\s+){0,3}(sair|desaparecer|sumir|some|desaparece)\s+(\p{L}+\s+){0,3}(e|mas|desde)\s+(ele|ela|o\s+meu\s+neto|meu\s+neto)`,
    String.raw`(escreve|escrevo|escreveu)\s+(\p{L}+\s+){0,4}(por\s+mim|por\s+ela|por\s+ele)\s+porque|(neto|neta|filho|filha|sobrinho|cuidador\p{L}*)\s+(\p{L}+\s+){0,2}(tira|tirava|leva|levava|rouba|roubava|esvazia|gasta)\s+(\p{L}+\s+){0,2}(dinheiro|pensao|reforma|conta|poupancas|cartao)`,
    // Capability as a situation: kin of a great age, talked into it at the door, no internet, not understanding, another language, a legal guardian.
    String.raw`(avo|mae|pai|ele|ela)\s+tem\s+([789]\d|1[01]\d)\s+anos|([89]\d)\s+anos\s+(e|,)`,
    String.raw`(vendedor|vendedora|venda|vendas)\s+(\p{L}+\s+)?porta\s+a\s+porta|impingi\p{L}*|(vendedor|comercial)\s+(\p{L}+\s+){0,3}(lhe|me)\s+(vendeu|impingiu|enganou|convenceu)|(enganad|ludibriad|burlad)[oa]\s+por\s+um`,
    String.raw`(nao\s+tem|nao\s+tenho|sem)\s+internet|nao\s+(percebe|entende)\s+(nada|o\s+que|como|isto)|nao\s+(percebo|entendo)\s+(\p{L}+\s+){0,2}(carta|contrato|condicoes|formulario|papeis)|(palavras|linguagem)\s+(simples|facil|faceis)|expli\p{L}*\s+(\p{L}+\s+)?(simples|devagar|com\s+calma)`,
    String.raw`(o\s+)?portugues\s+nao\s+e\s+a\s+minha\s+(lingua|primeira)|nao\s+(falo|leio)\s+(bem\s+)?(o\s+)?portugues|(um|uma)\s+(interprete|tradutor|tradutora)|tutor(a)?\s+legal|curador\p{L}*|curatela|maior\s+acompanhad[oa]|interdit[oa]`,
    // Short chat wording: money withheld, kin who no longer understand.
    String.raw`(ele|ela|marido|namorado|companheiro|ex)\s+(\p{L}+\s+)?nao\s+me\s+(da|deixa\s+ter|passa)\s+(\p{L}+\s+)?(dinheiro|um\s+tostao|um\s+centimo|nada)|(mae|pai|avo|marido|ele|ela)\s+(\p{L}+\s+)?(ja\s+nao|nao\s+(\p{L}+\s+)?mais)\s+(percebe|entende|se\s+lembra|reconhece)|(perde|perdendo|a\s+perder)\s+a\s+(cabeca|memoria)`,
    // A separation or divorce.
    String.raw`em\s+(processo\s+de\s+|pleno\s+)?(divorcio|separacao)|desde\s+o\s+(meu\s+)?divorcio|(estou|estamos)\s+a\s+divorciar|(me\s+)?divorciando|(estou|estamos|nos)\s+separad\p{L}*|(marido|mulher|esposa|esposo|companheir[oa])\s+(me\s+deixou|deixou-me|me\s+abandonou)`,
    // Control told as a situation: he decides everything, he has my PIN, I must ask him for money.
    String.raw`(ele|ela|marido|companheiro|namorado)\s+(\p{L}+\s+)?decide\s+tudo|(ele|ela|marido|companheiro|namorado)\s+(tem|sabe)\s+o\s+meu\s+(pin|codigo|codigo\s+pin)`,
    // A brief pass per driver (Brazilian and European, text-speak, no accents): a police report at the women's station, he still uses my account, he hits me; grandma is gone; little Portuguese; Down syndrome, kin who need me all the time; out of work in slang; putting an end to it all.
    String.raw`delegacia\s+da\s+mulher|(fiz|fizemos|registei|registrei|abri)\s+(um\s+)?(b\.?\s*o\.?|boletim|queixa)|boletim\s+de\s+ocorrencia|apav|violencia\s+domestica|(ele|ela|meu\s+ex|o\s+meu\s+ex|meu\s+marido|o\s+meu\s+marido)\s+(ainda|continua\s+a|continua)\s+(usa|usar|mexe|mexer|entra|entrar|tem)\s+(\p{L}+\s+)?(minha|a\s+minha|meu|o\s+meu)\s+(conta|cartao|senha|app)`,
    String.raw`(me|nos)\s+(agride|bate|espanca|ameaca)|agredid[oa]|(vo|avo|avozinha|vovo|mae|pai|marido|esposa|mulher|filho|filha|irmao|irma|tio|tia|sogr[oa]|avo)\s+(\p{L}+\s+)?(se\s+foi|partiu|nos\s+deixou|descansou)`,
    String.raw`(falo|leio|entendo|percebo|escrevo)\s+(pouco|mal|muito\s+pouco|pouquinho)\s+(o\s+)?portugues|nao\s+(falo|leio|entendo|percebo)\s+(bem\s+)?(o\s+)?portugues`,
    String.raw`sindrome\s+de\s+down|precisa\s+de\s+mim\s+(a\s+toda\s+a\s+hora|o\s+tempo\s+todo|24|dia\s+e\s+noite|para\s+tudo)|mudou-?se\s+(\p{L}+\s+){0,2}(para|pra)\s+(\p{L}+\s+)?casa|fico\s+com\s+(ele|ela)\s+o\s+dia\s+(inteiro|todo)`,
    String.raw`(fiquei|estou|to|tou|ficou|ficamos|estamos)\s+sem\s+(trampo|trabalho|emprego|servico|job|ganha-?pao)`,
    String.raw`(por|dar)\s+fim\s+(a|à)\s+(isto|isso|tudo|minha\s+vida|vida)|acabar\s+com\s+(tudo|a\s+minha\s+vida|minha\s+vida)|viciad[oa]\s+(em|no)\s+(jogo|apostas)|jogo\s+compulsivo`,
    String.raw`(cortaram|cortou|desligaram|suspenderam)\s+(\p{L}+\s+)?(a|o)\s+(luz|agua|gas|eletricidade|energia)`,
    // An ex who still has my PIN, passwords or account.
    String.raw`(o\s+meu\s+ex|meu\s+ex|a\s+minha\s+ex|minha\s+ex|o\s+ex)\s+(\p{L}+\s+){0,2}(tem|sabe|usa|entra|acede|acessa|conhece)\s+(\p{L}+\s+)?(a\s+minha|minha|o\s+meu|meu|os\s+meus|as\s+minhas|na\s+minha|no\s+meu)\s+(senha|senhas|pin|cartao|conta|dados|app|codigo)`,
  ],
};

export { pt };
