import type { LanguagePatterns } from './pattern.js';

/** Portuguese (European and Brazilian), folded: "reclamação" is "reclamacao". */

const pt: LanguagePatterns = {
  asksForPerson: [
    String.raw`falar\s+com\s+(uma?\s+|o\s+|a\s+|algum\p{L}*\s+)?(pessoa|humano|atendente|operador\p{L}*|assistente|gerente|responsavel|supervisor\p{L}*|alguem)`,
    String.raw`ligar-me|ligue-me|liguem-me|me\s+(ligar|liguem|ligue|telefonar|retornar)|telefonar-me|pessoa\s+real|atendente\s+humano`,
    String.raw`(o|ao|com\s+o)\s+(gerente|responsavel|supervisor)`,
    // A formal complaint.
    String.raw`reclamac\p{L}*|queixa\p{L}*|queixar\p{L}*`,
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
  ],
  vulnerability: [
    // Life events: bereavement.
    String.raw`falec\p{L}*|morreu|morte|funeral|luto|viuv\p{L}*`,
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
    String.raw`morr\p{L}*|obito|enterr\p{L}*|heranca`,
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
    String.raw`(dinheiro|salario|ordenado|reforma|pensao)\s+nao\s+(me\s+)?(chega|da)|nao\s+chego\s+ao\s+fim\s+do\s+mes|sem\s+(dinheiro|um\s+tostao|um\s+centimo|grana)|nao\s+consigo\s+pagar\s+(a\s+|as\s+|o\s+)?(renda|contas|aluguel|luz|comida|prestacao\s+da\s+casa|agua|gas)|apertad[oa]\s+(de|com)\s+dinheiro|aperto\s+financeiro|passar\s+fome|no\s+vermelho|a\s+descoberto|(estou\s+)?(falid[oa]|tes[oa])|banco\s+alimentar|cesta\s+basica|penhora\p{L}*|despejo|nome\s+sujo|negativad\p{L}*|mal\s+consigo\s+(pagar|comer)`,
    String.raw`(cuido|tomo\s+conta|trato)\s+(\p{L}+\s+)?(d[aoe]s?\s+)?(minha|meu|meus|minhas)|(pai|mae|marido|mulher|esposa|esposo|filh[oa]|irma|irmao|avo|companheir[oa])\s+(\p{L}+\s+)?(acamad[oa]|dependente|deficiente|doente|invalid[oa]|com\s+deficiencia|com\s+demencia|com\s+alzheimer)|24\s+horas\s+por\s+dia|(precisa|necessita)\s+de\s+(cuidados|ajuda|assistencia|acompanhamento)\s+(constantes?|permanentes?|continu[oa]s?|diari[oa]s?)|cuidados\s+(constantes|permanentes|continuos)|dia\s+e\s+noite|lar\s+de\s+idosos|casa\s+de\s+repouso|estatuto\s+do\s+cuidador`,
    String.raw`sou\s+(\p{L}+\s+)?(idos[oa]|velh[oa]|reformad[oa]|aposentad[oa])|pessoa\s+idosa|terceira\s+idade|(percebo|entendo|sei)\s+nada\s+d[aeo]s?\s+(\p{L}+\s+)?(aplicacao|app|internet|computador|telemovel|celular|tecnologia|informatica)|nao\s+(sei|consigo)\s+(usar|mexer)\s+(\p{L}+\s+)?(aplicacao|app|internet|computador|telemovel|celular)|(vejo|ouco|oico)\s+(muito\s+)?(mal|pouco)|problemas\s+de\s+(visao|vista|audicao|memoria)|nao\s+falo\s+(bem\s+)?portugues`,
  ],
};

export { pt };
