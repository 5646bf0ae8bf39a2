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
    String.raw`advogad\p{L}*|processar|processo\s+(em|no|judicial|contra)|tribunal|justica|acao\s+judicial`,
    // A person, by phone too.
    String.raw`me\s+telefon\p{L}*|telefonasse|telefonar-me|por\s+telefone|contacto\s+telefonico|atendimento\s+humano`,
    // A formal complaint, in other words.
    String.raw`inaceitavel|vergonh\p{L}*`,
    // Regulators, in other words.
    String.raw`bacen|consumidor\.gov`,
    // The law, in other words.
    String.raw`juridic\p{L}*`,
  ],
  vulnerability: [
    // Life events: bereavement.
    String.raw`falec\p{L}*|morreu|morte|funeral|luto|viuv\p{L}*`,
    String.raw`perdi\s+(o|a)\s+(meu|minha)\s+(marido|mulher|mae|pai|filho|filha|irma|irmao|esposa|esposo)`,
    // Health.
    String.raw`cancro|cancer|quimio\p{L}*|radioterapia|hospital|internad\p{L}*|operad[oa]|cirurgia|baixa\s+medica`,
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
    String.raw`contas\s+da\s+casa|(fim|final)\s+do\s+mes|dividas|sobreendivid\p{L}*`,
    String.raw`acamad\p{L}*|autis\p{L}*|cuid(o|ar)\s+d[aoe]s?\s+(minha|meu|meus|minhas)`,
    String.raw`dificuldade\s+(em|a)\s+(ler|escrever)|nao\s+(sei|consigo)\s+ler|(vejo|ouco)\s+mal|escrever\s+por\s+mim|(minha\s+filha|meu\s+filho|meu\s+neto|minha\s+neta)\s+(esta\s+a\s+)?(escrever|ajuda)`,
  ],
};

export { pt };
