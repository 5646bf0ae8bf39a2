import { describe, expect, it } from 'vitest';
import { readGuardSignals } from '../../../../../lib/domain/policy/signals/index.js';

/** Portuguese: how customers write each driver, beyond the guard set, and routine wording that looks close. */

const flagged = (text: string): boolean => {
  const s = readGuardSignals(text);
  return s.asksForHuman || s.vulnerability;
};

describe('the guard signals in Portuguese', () => {
  it.each([
    ['bereavement', 'o meu pai partiu no mês passado'],
    ['illness', 'fui operada e estou de baixa com atestado médico'],
    ['mental_health', 'tenho crises de ansiedade e não quero viver assim'],
    ['abuse', 'o meu ex obrigou-me a fazer este crédito'],
    ['job_loss', 'fui mandado embora do trabalho'],
    ['cant_afford', 'o dinheiro não chega para nada'],
    ['carer', 'a minha mãe está acamada e cuido dela dia e noite'],
    ['capability', 'sou idosa e não percebo nada da aplicação'],
    ['person', 'liguem-me por favor'],
    ['complaint', 'péssimo atendimento, estou revoltada'],
    ['regulator', 'vou fazer queixa no Portal da Queixa'],
    ['legal', 'vou vos processar'],
    ['legal', 'vou pôr um processo'],
    ['carer', 'o meu pai vive comigo e precisa de cuidados constantes'],
  ])('send %s to a person: "%s"', (_driver, text) => {
    expect(flagged(text)).toBe(true);
  });

  it.each([
    'Quando vão processar o meu reembolso?',
    'O pagamento foi processado duas vezes',
    'A loja operada por terceiros não aceita o pagamento',
    'Posso pagar no fim do mês?',
  ])('flag nothing in a routine request: "%s"', (text) => {
    expect(readGuardSignals(text)).toEqual({ asksForHuman: false, vulnerability: false });
  });

  it.each([
    ['person', 'Podem ligar-me amanhã de manhã?'],
    ['person', 'Chega de respostas automáticas, quero uma pessoa de verdade.'],
    ['person', 'Quero que um supervisor veja isto.'],
    ['bereavement', 'Sou cabeça de casal da herança do meu pai.'],
    ['illness', 'Tenho esclerose múltipla e estou acamada.'],
    ['mental_health', 'Tenho pensamentos negros ultimamente.'],
    ['abuse', 'Estou numa casa de abrigo, não enviem nada para a morada antiga.'],
    ['job_loss', 'O meu contrato a termo acabou e estou no fundo de desemprego.'],
    ['cant_afford', 'Recebo um cabaz do banco alimentar.'],
    ['carer', 'Sou cuidadora da minha mãe 24 horas por dia.'],
    ['capability', 'Sou cega e uso um leitor de ecrã.'],
    ['job_loss', 'Mandaram-me embora do trabalho'],
    ['bereavement', 'Perdemos o pai para a covid na primavera'],
    ['mental_health', 'Não ando bem da cabeça ultimamente'],
    ['person', 'Prefiro tratar com uma pessoa'],
  ])('send %s to a person, in the families the first held-out part taught: "%s"', (_driver, text) => {
    expect(flagged(text)).toBe(true);
  });

  it.each([
    'Posso pagar com um toque no telemóvel?',
    'Tem em conta que já paguei a prestação?',
    'O pagamento está a processar, quando fica concluído?',
  ])('flag nothing in routine wording close to those families: "%s"', (text) => {
    expect(readGuardSignals(text)).toEqual({ asksForHuman: false, vulnerability: false });
  });

  it.each([
    'desde o funeral que não abro o correio',
    'ele verifica os meus extratos todas as noites',
    'tenho de lhe pedir dinheiro para tudo',
    'tenho medo que ele descubra que vos escrevi',
    'lavo, visto e dou de comer à minha mãe todos os dias',
    'despediram metade dos trabalhadores',
    'não me renovaram o contrato',
    'estou a esvaziar a casa do meu pai',
    'não saio de casa há semanas',
    'a minha irmã tirou a própria vida',
  ])('send a life event told as a story, without its label word, to a person: "%s"', (text) => {
    expect(flagged(text)).toBe(true);
  });

  it.each(['Posso pagar com o cartão do meu marido?', 'Quero esvaziar o carrinho'])(
    'flag nothing in routine wording close to those stories: "%s"',
    (text) => {
      expect(readGuardSignals(text)).toEqual({ asksForHuman: false, vulnerability: false });
    },
  );

  it.each([
    'ele mudou a palavra-passe da conta conjunta',
    'estou em casa da minha irmã até ser seguro voltar',
    'o meu pai precisa de ajuda para tudo',
    'não consigo parar de chorar',
  ])('send a story of control, safety, care after a fall or distress to a person: "%s"', (text) => {
    expect(flagged(text)).toBe(true);
  });

  it.each(['Depois da queda do site não vejo o pagamento'])(
    'flag nothing in a password change, an outage or a joint account asked about routinely: "%s"',
    (text) => {
      expect(readGuardSignals(text)).toEqual({ asksForHuman: false, vulnerability: false });
    },
  );
  it.each([
    ['bereavement', 'o meu pai ja nao esta connosco, como fecho a conta'],
    ['illness', 'a minha mae teve uma embolia'],
    ['cant_afford', 'to liso, geladeira vazia'],
    ['job_loss', 'perdi o meu trampo na fabrica'],
    ['abuse', 'ele fica bravo quando eu pergunto pelo dinheiro'],
    ['abuse', 'o meu marido nao me da dinheiro'],
    ['capability', 'o meu avo tem 90 anos e um vendedor porta a porta enganou-o'],
    ['capability', 'a minha mae ja nao percebe nada'],
    ['person', 'quero resolver isto falando com alguem'],
  ])('send %s to a person, told the way people type it in a chat box: "%s"', (_driver, text) => {
    expect(flagged(text)).toBe(true);
  });

  it.each([
    'O multibanco ficou com o meu cartão',
    'A app não me deixa pagar',
    'O ecrã partiu na semana passada',
    'Entrega porta a porta atrasada',
  ])('flag nothing in routine wording close to the chat families: "%s"', (text) => {
    expect(readGuardSignals(text)).toEqual({ asksForHuman: false, vulnerability: false });
  });
  it.each(['o meu marido decide tudo'])(
    'send a partner who decides everything or holds my PIN to a person: "%s"',
    (text) => {
      expect(flagged(text)).toBe(true);
    },
  );

  it.each([
    'fiquei sem emprego em janeiro',
    'cortaram a luz cá em casa',
    'meu pai se foi na semana passada',
    'falo mal português',
  ])('send short chat-box wording to a person (slang, abbreviations, local bodies, typos): "%s"', (text) => {
    expect(flagged(text)).toBe(true);
  });
  it.each([
    'Não é uma reclamação, só uma pergunta sobre a fatura',
    'o telemóvel morreu durante o pagamento',
    'cupão inválido no checkout',
    'tou teso até segunda, dá para adiar?',
  ])(
    'flag nothing in a negated complaint, an acquaintance\'s funeral, a device that died, broke until a weekday or a tries count that ends the sentence: "%s"',
    (text) => {
      expect(readGuardSignals(text)).toEqual({ asksForHuman: false, vulnerability: false });
    },
  );
});
