/** Small labelled sets whose labels have their own words, so a model learns them in milliseconds. */

const VOCABULARY: Record<string, readonly string[]> = {
  refund_status: ['refund', 'money', 'back', 'returned', 'reimbursed', 'credited'],
  card_arrival: ['card', 'arrived', 'delivery', 'post', 'mail', 'shipped'],
  change_pin: ['pin', 'code', 'change', 'reset', 'forgot', 'digits'],
  crypto: ['bitcoin', 'crypto', 'wallet', 'ethereum', 'coins', 'blockchain'],
};

const FILLER = ['please', 'help', 'my', 'is', 'where', 'the', 'why', 'today'];

const syntheticTickets = (label: string, count: number, offset = 0): { text: string; label: string }[] => {
  const words = VOCABULARY[label] ?? [];
  return Array.from({ length: count }, (_, i) => {
    const n = i + offset;
    const text = [
      FILLER[n % FILLER.length],
      words[n % words.length],
      words[(n * 7 + 3) % words.length],
      FILLER[(n * 5 + 1) % FILLER.length],
      words[(n * 3 + 1) % words.length],
    ].join(' ');
    return { text, label };
  });
};

const toCsv = (rows: readonly { text: string; label: string }[]): string =>
  `text,category\n${rows.map((r) => `"${r.text}",${r.label}`).join('\n')}\n`;

export { syntheticTickets, toCsv };
