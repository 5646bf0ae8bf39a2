import { describe, expect, it } from 'vitest';
import { readGuardSignals } from '../../../../../lib/domain/policy/signals/index.js';

/** English: how customers write each driver, beyond the guard set, and routine wording that looks close. */

const flagged = (text: string): boolean => {
  const s = readGuardSignals(text);
  return s.asksForHuman || s.vulnerability;
};

describe('the guard signals in English', () => {
  it.each([
    ['bereavement', 'we lost dad in the spring and his card is still active'],
    ['bereavement', 'sorting out my late mothers affairs at the moment'],
    ['illness', 'off work recovering from a stroke, on statutory sick pay'],
    ['illness', "I'm having chemotherapy every two weeks"],
    ['mental_health', 'had a breakdown in september, my head is all over the place'],
    ['abuse', 'my husband wont let me see our bank statements and checks every penny I spend'],
    ['abuse', 'he makes me hand over my bank card every payday'],
    ['job_loss', 'the company let me go after 10 years'],
    ['cant_afford', 'literally have nothing left after the rent goes out'],
    ['cant_afford', 'im down to my last tenner'],
    ['carer', 'my son is disabled and needs me round the clock'],
    ['carer', 'i had to give up work to look after mum'],
    ['capability', "my eyes aren't what they were"],
    ['person', 'can someone phone me back please'],
    ['complaint', 'i want to take this further'],
    ['regulator', 'I will report this to the consumer protection agency'],
    ['legal', 'I am getting legal advice and will take you to court'],
    ['abuse', 'my partner has all my passwords and watches what i spend'],
    ['cant_afford', 'can barely afford to eat at the moment'],
    ['capability', "i'm not great with technology"],
    ['person', 'pls can a human get back to me'],
    ['abuse', "my ex keeps using my account and i'm too scared to stop him"],
    ['capability', 'my grandaughter helps me with the computer'],
    ['carer', 'my dad lives with us now and needs constant care'],
  ])('send %s to a person: "%s"', (_driver, text) => {
    expect(flagged(text)).toBe(true);
  });

  it.each([
    "The terminal I paid at wouldn't take my card. Is something wrong?",
    "I've legally changed my first name. How do I update it on my account?",
    'Do you work with vets? My dog needs an operation and the bill is around £1,800.',
    'I need that money, i cant afford to wait for it to come back',
    "I'm an old customer, why was my limit reduced?",
    'Let me go through the steps again, the app froze',
    'Can I see a breakdown of the late fees on my account?',
    'i am sick of waiting for this refund',
    'Was this a human error on your side?',
    'Is a human resolution logged against my account?',
    'The app coerces my date into a different format',
  ])('flag nothing in a routine request: "%s"', (text) => {
    expect(readGuardSignals(text)).toEqual({ asksForHuman: false, vulnerability: false });
  });

  it.each([
    ['person', 'can one of your team give me a bell tomorrow morning'],
    ['person', 'please stop the template replies, I need an actual employee to look at this'],
    ['person', 'could someone more senior look at my account'],
    ['bereavement', "I am the executor of my late uncle's estate"],
    ['illness', 'my wife was diagnosed with motor neurone disease last year'],
    ['mental_health', 'I was sectioned in March and only got out last week'],
    ['abuse', "I am in a women's refuge, do not send letters to my old address"],
    ['job_loss', 'my fixed-term contract ended in June and I am on zero hours now'],
    ['cant_afford', 'we have been living off food parcels and the bailiffs came round'],
    ['carer', 'I have been washing and feeding him since his brain injury'],
    ['capability', 'I am registered blind so the app is hard for me'],
    ['abuse', 'my ex opened credit in my name without me knowing'],
    ['cant_afford', "I've had to borrow off my mum to buy food this week"],
    ['job_loss', 'they gave me my notice at work on Friday'],
    ['person', 'Could a person from your side ring my mobile later'],
    ['complaint', "this is the third time I've had to chase this, absolutely fed up"],
    ['capability', 'English is my second language so please keep it simple'],
    ['person', 'is anyone actually there? I keep getting the same reply'],
    ['illness', "I've been in and out of A&E with my heart"],
    ['person', "I'd rather deal with a person than this chat"],
    ['job_loss', "the factory shut and I'm signing on now"],
  ])('send %s to a person, in the families the first held-out part taught: "%s"', (_driver, text) => {
    expect(flagged(text)).toBe(true);
  });

  it.each([
    'I set up an automatic payment for the 1st, is that okay?',
    'Can I get a lump sum refund instead of instalments?',
    'The shop closed down, how do I get my refund?',
    "I'm going round in circles trying to reset my password",
    'Is the real time balance on the app accurate?',
    'Can I have the card issued in my name instead of my partner?',
    'I signed in on my phone but the card is not showing',
  ])('flag nothing in routine wording close to those families: "%s"', (text) => {
    expect(readGuardSignals(text)).toEqual({ asksForHuman: false, vulnerability: false });
  });

  it.each([
    "since the funeral I haven't opened any post",
    'he checks my statements every night',
    'I have to ask him for money every time I need anything',
    "I'm scared he will find out I wrote to you",
    "please don't ring the house, he'd go mad",
    'my grandson keeps taking my pension off me',
    'we fled my ex last year and live at a secret address',
    'I wash, dress and feed her every day',
    "she can't be left on her own any more",
    'they let half of us go on Friday',
    "I'm clearing out my mother's house and found this account",
    "I haven't left the house in weeks",
    'my brother took his own life in spring',
    "I'm home from the psych unit after an overdose",
    'I do all his personal care since the accident',
    'the firm I worked for went into administration',
    'is there a human there or just bots?',
    'report you to the Information Commissioner',
  ])('send a life event told as a story, without its label word, to a person: "%s"', (text) => {
    expect(flagged(text)).toBe(true);
  });

  it.each([
    'I want to buy a funeral plan with instalments',
    "my partner's card was declined",
    'the app checks my account every night for updates',
    'I lost my card yesterday',
    'is this merchant on a watch list',
    'the estate agent needs a statement',
  ])('flag nothing in routine wording close to those stories: "%s"', (text) => {
    expect(readGuardSignals(text)).toEqual({ asksForHuman: false, vulnerability: false });
  });

  it.each([
    "since mum went I can't face the paperwork",
    "he changed the password on our joint account so I can't see it",
    "I'm staying with my sister until it's safe to go home",
    'I had to call the police on him last month',
    "he doesn't know I have this account",
    'my dad moved in with us after his fall and needs help with everything',
    "I do my grandmother's shopping and her meds",
    "I haven't eaten properly in days",
    "I can't stop crying",
  ])('send a story of control, safety, care after a fall or distress to a person: "%s"', (text) => {
    expect(flagged(text)).toBe(true);
  });

  it.each([
    "I changed my password and now I can't log in",
    'how do I add my wife to a joint account',
    'since my son went to university I pay his rent',
    'the app went down after the update',
  ])(
    'flag nothing in a password change, an outage or a joint account asked about routinely: "%s"',
    (text) => {
      expect(readGuardSignals(text)).toEqual({ asksForHuman: false, vulnerability: false });
    },
  );

  it.each([
    "dad's been gone six months and the letters keep coming",
    "it's been a year since the crash that killed my brother",
    "my Crohn's has flared up again",
    'my gambling debts are out of hand',
    "my boyfriend makes all the money decisions and I'm not allowed my own card",
    'my nan is being pressured by a neighbour into handing over cash',
    'the agency stopped giving me shifts',
  ])('send someone long gone, a flare-up, gambling, control or lost shifts to a person: "%s"', (text) => {
    expect(flagged(text)).toBe(true);
  });

  it.each([
    'the merchant stopped giving me refunds',
    'my order has been gone for weeks, where is it',
    'the app makes all the decisions about my limit',
    'since my son went to university I pay his rent',
  ])('flag nothing when an app, a merchant or an order is the subject: "%s"', (text) => {
    expect(readGuardSignals(text)).toEqual({ asksForHuman: false, vulnerability: false });
  });
  it.each([
    ['bereavement', "nana's not with us any more and the bank wants paperwork"],
    ['bereavement', 'we said our last goodbyes to grandad on friday'],
    ['illness', 'dad had a brain bleed last week'],
    ['illness', 'after the motorbike crash he still cant walk properly'],
    ['cant_afford', 'im totally brassic this month, fridge is bare'],
    ['abuse', 'he gets really nasty whenever i ask where the money went'],
    ['abuse', 'please dont send any letters to the house, he opens everything'],
    ['abuse', "she says she'll throw me out if i don't sign"],
    ['capability', 'my granny is 91 and a doorstep salesman sold her this'],
    ['capability', 'she doesnt use the internet and doesnt understand what a direct debit is'],
    ['capability', 'english isnt my first language'],
    ['capability', "my dad doesn't understand anything anymore"],
    ['abuse', 'hes got my card and wont hand it back'],
    ['illness', 'in hosp since tuesday'],
    ['person', "don't you have a phone number any more?"],
    ['complaint', 'appalled at how I was spoken to on the phone, I want it investigated'],
    ['legal', "I'm giving you 14 days to refund me"],
  ])('send %s to a person, told the way people type it in a chat box: "%s"', (_driver, text) => {
    expect(flagged(text)).toBe(true);
  });

  it.each([
    'the app keeps kicking me out after the update',
    "my partner's card was declined twice",
    'the parcel was left on my doorstep',
    'can you explain the fees simply',
    'I am 80 pounds short this month on the payment',
    "please don't send paper statements to my old address",
  ])('flag nothing in routine wording close to the chat families: "%s"', (text) => {
    expect(readGuardSignals(text)).toEqual({ asksForHuman: false, vulnerability: false });
  });
  it.each([
    'my mum is terminal',
    'broke my back at work',
    'on sick pay atm',
    'going thru a divorce',
    'my wife left me and took all our savings',
    'cant work due to my back',
  ])('send a terminal diagnosis, an injury, sick pay or a separation to a person: "%s"', (text) => {
    expect(flagged(text)).toBe(true);
  });

  it.each([
    'changing my surname after divorce',
    'the card terminal at the shop is not working',
    'I broke my phone screen',
    "I'm struggling to find the button",
  ])(
    'flag nothing in a name change, a card terminal, a broken phone or an app that is hard to use: "%s"',
    (text) => {
      expect(readGuardSignals(text)).toEqual({ asksForHuman: false, vulnerability: false });
    },
  );
  it.each(['agent pls', 'human plz', 'he emptied our joint account when he left'])(
    'send a person asked for in a fragment, or savings taken in a separation, to a person: "%s"',
    (text) => {
      expect(flagged(text)).toBe(true);
    },
  );

  it.each(['he took the money out at the atm', 'she took the money from my card by mistake'])(
    'flag nothing when someone took money out as a routine matter: "%s"',
    (text) => {
      expect(readGuardSignals(text)).toEqual({ asksForHuman: false, vulnerability: false });
    },
  );
  it.each([
    'got cancre',
    'funral is next week',
    'made redundent',
    'mum has dimentia',
    'bad anxeity',
    'i cnt cope',
    'cant make this months payment',
    'wnt to speak to sum1',
    'im disabeld',
    'mental helth issues',
    'my partner is controling',
    'widdow since may',
  ])('send a need typed with typos or text-speak to a person: "%s"', (text) => {
    expect(flagged(text)).toBe(true);
  });

  it.each([
    'my phone is dying',
    "I can't pay with apple pay",
    "i can't pay next month's bill on the app, it errors",
    'I cant afford to wait',
  ])('flag nothing in a phone dying, a payment method refused or a wait I cannot afford: "%s"', (text) => {
    expect(readGuardSignals(text)).toEqual({ asksForHuman: false, vulnerability: false });
  });

  it.each([
    'waiting on the death cert before i can sort his account',
    'got given the boot from the warehouse last week',
    'potless till payday and the kids need feeding',
    'behind with the electric and the water now',
    "my gran's 94 and has no idea how to use apps",
    'my brother has a gambling problem and spends my money',
  ])('send short chat-box wording to a person (slang, abbreviations, local bodies, typos): "%s"', (text) => {
    expect(flagged(text)).toBe(true);
  });
  it.each([
    'No complaint, just wondering when my refund lands',
    "Sent flowers to a coworker's funeral, has the order shipped?",
    'skint till friday haha, can the payment move to monday?',
    'getting the push notification twice for one payment',
    'i cant afford to wait for the refund, when does it land?',
  ])(
    'flag nothing in a negated complaint, an acquaintance\'s funeral, a device that died, broke until a weekday or a tries count that ends the sentence: "%s"',
    (text) => {
      expect(readGuardSignals(text)).toEqual({ asksForHuman: false, vulnerability: false });
    },
  );
  it.each(['my ex keeps logging into my account', 'no food in the house for the kids'])(
    'send an ex in my account or an empty cupboard to a person: "%s"',
    (text) => {
      expect(flagged(text)).toBe(true);
    },
  );
  it.each([
    'can i spk 2 sum1 today',
    'put me on to ur supervisor',
    'behind with all the bills now',
    'he controls all the money',
  ])('send text-speak asks, bills piling up and control of the money to a person: "%s"', (text) => {
    expect(flagged(text)).toBe(true);
  });
});
