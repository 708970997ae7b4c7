/**
 * Cue patterns of the claims sieve, on real sentences from the train splits (PolNeAR train, German
 * Wikinews train) unless marked as constructed.
 */
import { describe, expect, it } from 'vitest';
import { onlyClaim as only, simpleClaims as claims } from '../support/claims';

describe('direct quotes: speaker after the quote', () => {
  it('“…,” said NAME, apposition', () => {
    expect(only('“She has two opportunities now to set expectations for a rate hike in December,” said Megan Greene, chief economist at Manulife.')).toEqual({
      kind: 'direct',
      content: ['“She has two opportunities now to set expectations for a rate hike in December,”'],
      cue: 'said',
      mention: 'Megan Greene',
    });
  });

  it('“…,” NAME said, with trailing material', () => {
    const c = only('“I ask you as a personal courtesy to me not to engage in any kind of protest on the floor,” Sanders said, according to CNN.');
    expect(c).toMatchObject({ kind: 'direct', cue: 'said', mention: 'Sanders' });
  });

  it('“…,” PRONOUN verb ("he continued"), and a participial cue after it ("citing") taking the same speaker', () => {
    const [quote, citing] = claims('“A lot of it is justified because they have not seen a betterment of their lives,” he continued, citing the many Americans who had given up.');
    expect(quote).toMatchObject({ kind: 'direct', mention: 'he', cue: 'continued' });
    expect(citing).toMatchObject({ kind: 'indirect', mention: 'he', cue: 'citing', content: ['the many Americans who had given up'] });
  });

  it('“…,” NAME verb, for a verb outside the lexicon (constructed)', () => {
    expect(only('“We will see,” Hollande retorted.')).toMatchObject({ kind: 'direct', mention: 'Hollande', cue: 'retorted' });
    expect(only('“We will see,” she demurred.')).toMatchObject({ kind: 'direct', mention: 'she', cue: 'demurred' });
  });

  it('“…,” TITLE NAME (party) said', () => {
    const c = only('"It reminds us of this - how important this election is," Sen. Marco Rubio (R-Fla.) said Saturday night at the GOP presidential debate.');
    expect(c).toMatchObject({ kind: 'direct', mention: 'Sen. Marco Rubio', cue: 'said' });
  });

  it('“…,” NAME, apposition, said', () => {
    const c = only('"Both Donald Trump and Ted Cruz scare me," Harry Bond, 30, of Raleigh, N.C., who was among those polled, said in a follow-up interview.');
    expect(c).toMatchObject({ kind: 'direct', mention: 'Harry Bond', cue: 'said' });
  });

  it('an unknown noun phrase as speaker after the quote ("the gambling tycoon told Reuters")', () => {
    const c = only('“It was very nice,” the gambling tycoon told Reuters in a rare interview in Macau.');
    expect(c).toMatchObject({ kind: 'direct', mention: 'the gambling tycoon', cue: 'told' });
  });

  it('an epigraph-style attribution after a dash (constructed)', () => {
    expect(only('“We will keep fighting for our schools.” ― Maria Lopez')).toMatchObject({ kind: 'direct', cue: '―', mention: 'Maria Lopez' });
    expect(claims('“We will keep fighting for our schools.” — and the crowd cheered.')).toEqual([]);
  });

  it('“…,” read the email', () => {
    const c = only('"Our political revolution has already forced a former U.S. senator to change her mind," read the email.');
    expect(c).toMatchObject({ kind: 'direct', cue: 'read', mention: 'the email' });
  });
});

describe('direct quotes interrupted by their attribution: one claim, two spans', () => {
  it('“A,” he said. “B.”', () => {
    expect(only('“We can always have differences,” he said. “If you agree on 70 percent, that’s always a lot.”')).toEqual({
      kind: 'direct',
      content: ['“We can always have differences,”', '“If you agree on 70 percent, that’s always a lot.”'],
      cue: 'said',
      mention: 'he',
    });
  });

  it('“A,” said NAME, apposition, “B.”', () => {
    const c = only('"The risk," said Edward Leamer, an economist who is the director of the UCLA Anderson Forecast, "is that we\'re going to be attracting workers and repelling jobs."');
    expect(c.content).toEqual(['"The risk,"', '"is that we\'re going to be attracting workers and repelling jobs."']);
    expect(c.mention).toBe('Edward Leamer');
  });

  it('does not glue on the next quote when it has its own attribution', () => {
    const found = claims('“The first,” he said. “The second,” she added.');
    expect(found.map((c) => [c.content, c.mention])).toEqual([
      [['“The first,”'], 'he'],
      [['“The second,”'], 'she'],
    ]);
  });
});

describe('direct quotes: speaker before the quote', () => {
  it('NAME said, “…”', () => {
    const c = only('Brafman said, “The zeal with which this case was brought is uncharacteristic of any case that we have found.”');
    expect(c).toMatchObject({ kind: 'direct', mention: 'Brafman', cue: 'said' });
    expect(c.content[0]).toMatch(/^“The zeal.*found\.”$/u);
  });

  it('NAME tweeted: “…” (colon cue after a verb)', () => {
    const c = only('Schumer tweeted: “Let’s go. We can stop gun violence.”');
    expect(c).toMatchObject({ kind: 'direct', mention: 'Schumer', cue: 'tweeted' });
  });

  it('NAME told ADDRESSEE, “…” — the addressee is not in the content', () => {
    const c = only('Bolton told Breitbart News Daily SiriusXM host Matt Boyle, “Hillary’s campaign slogan might as well be Vote for Hillary Clinton.”');
    expect(c).toMatchObject({ kind: 'direct', mention: 'Bolton', cue: 'told' });
    expect(c.content).toEqual(['“Hillary’s campaign slogan might as well be Vote for Hillary Clinton.”']);
  });

  it('NAME: “…” (bare colon)', () => {
    const c = only('Rep. Trey Gowdy: "I have not heard anyone other than you ever cite that figure."');
    expect(c).toMatchObject({ kind: 'direct', cue: ':', mention: 'Rep. Trey Gowdy' });
  });

  it('NAME stated: ¶ “…” (the quote in the next paragraph)', () => {
    const c = only('Dr. Ward stated:\n\n"The U.S. Department of Justice isn’t about “Equal Justice Under Law” anymore."');
    expect(c).toMatchObject({ kind: 'direct', cue: 'stated', mention: 'Dr. Ward' });
    // constructed: a verb outside the lexicon before the colon
    expect(only('Bozell continued:\n\n“Conservatives were never welcome there.”')).toMatchObject({ kind: 'direct', cue: 'continued', mention: 'Bozell' });
  });
});

describe('mixed and reported speech', () => {
  it('NAME told ADDRESSEE that … (the complementiser opens the content)', () => {
    expect(only('She told The Associated Press on Monday that the FBI investigation is independent.')).toEqual({
      kind: 'indirect',
      content: ['that the FBI investigation is independent'],
      cue: 'told',
      mention: 'She',
    });
  });

  it('a quoted fragment makes the reported clause mixed', () => {
    const c = only('Shaw told Fox that he credits the change to a large defection among “blue-collar, white Democrats” from the Clinton camp.');
    expect(c).toMatchObject({ kind: 'mixed', mention: 'Shaw', cue: 'told' });
    expect(c.content[0]).toBe('that he credits the change to a large defection among “blue-collar, white Democrats” from the Clinton camp');
  });

  it('NAME, who …, said … (speaker before an appositive relative clause)', () => {
    const c = only('Sanders, who has already sent fundraising pleas on Canova’s behalf, said he also may campaign for him.');
    expect(c).toMatchObject({ kind: 'indirect', mention: 'Sanders', cue: 'said', content: ['he also may campaign for him'] });
  });

  it('content first, speaker last: "…, according to X."', () => {
    const c = only('The group is also now spending money on mailings to voters that oppose both Bush and Hillary Clinton, according to FEC filings.');
    expect(c).toMatchObject({ kind: 'indirect', cue: 'according to', mention: 'FEC filings' });
    expect(c.content[0]).toMatch(/^The group is also.*Hillary Clinton$/u);
  });

  it('participial cue: "…, saying …" takes the main clause’s subject', () => {
    const found = claims('Witkoff expressed gratitude to the United States for its support, saying the president shifted focus to a broader peace deal.');
    expect(found).toEqual([{ kind: 'indirect', cue: 'saying', mention: 'Witkoff', content: ['the president shifted focus to a broader peace deal'] }]);
  });

  it('evaluative cues take their object as content, as the corpus annotates them', () => {
    const c = only('Sanders called the political system “rotten to the core.”');
    expect(c).toMatchObject({ kind: 'mixed', cue: 'called', mention: 'Sanders', content: ['the political system “rotten to the core.”'] });
  });

  it('"…, according to X, …": the content around the source is one claim', () => {
    const c = only('He crossed the border more than 30 years ago after, according to him, Mexico’s powerful Televisa network censured his first report.');
    expect(c.mention).toBe('him');
    expect(c.content).toEqual(['He crossed the border more than 30 years ago after', 'Mexico’s powerful Televisa network censured his first report']);
  });

  it('an attribution inserted in the middle of its content', () => {
    const c = only('The bigger risk, he said, is a clash caused by paramilitary ships.');
    expect(c).toMatchObject({ kind: 'indirect', mention: 'he', cue: 'said', content: ['The bigger risk', 'is a clash caused by paramilitary ships'] });
  });

  it('a quoted title after a preposition is not a claim', () => {
    const found = claims('Trump appeared on “Fox and Friends” on Monday.');
    expect(found).toEqual([]);
  });
});

describe('speaker chains before the cue', () => {
  it('a phrasal cue ("shot back")', () => {
    const c = only('Sanders shot back, "Secretary Clinton called them out. Oh my goodness, they must have been really crushed by that."');
    expect(c).toMatchObject({ kind: 'direct', cue: 'shot back', mention: 'Sanders' });
  });

  it('a time phrase between subject and cue ("Clinton on Tuesday said")', () => {
    const c = only('U.S. Democratic presidential candidate Hillary Clinton on Tuesday said that Islamic State violence against Yazidis was genocide.');
    expect(c.mention).toBe('U.S. Democratic presidential candidate Hillary Clinton');
    expect(c.content).toEqual(['that Islamic State violence against Yazidis was genocide']);
  });

  it('a catenative chain ("went on to say")', () => {
    const c = only('Bryne went on to say, “From the bottom of my soul, I know this to be true.”');
    expect(c).toMatchObject({ kind: 'direct', cue: 'say', mention: 'Bryne' });
  });
});

describe('progressive cues and speaker labels', () => {
  it('a progressive form is a finite cue ("is telling … that")', () => {
    const c = only('Donald Trump is telling supporters after his victory in the South Carolina Republican primary that “when you win, it’s beautiful.”');
    expect(c).toMatchObject({ kind: 'mixed', cue: 'telling', mention: 'Donald Trump' });
    expect(c.content[0]).toMatch(/^that “when you win/u);
  });

  it('a headline label before a colon, with a quoted fragment after it', () => {
    expect(only('Issa: Hillary Clinton’s ‘Honesty Is In Question.’')).toMatchObject({ kind: 'mixed', cue: ':', mention: 'Issa' });
  });

  it('no label, no claim: a colon without a quote after a plain phrase (the seed’s teaser line)', () => {
    expect(claims('Alaska meeting: Trump-Putin hold discussions')).toEqual([]);
  });
});

describe('noun cues', () => {
  it('a possessive and a noun cue before "that"', () => {
    const c = only('The candidate also continued to refute a Politico story about his claim that he’d been offered a full scholarship to West Point.');
    expect(c).toMatchObject({ kind: 'indirect', cue: 'claim', mention: 'his' });
    expect(c.content).toEqual(['that he’d been offered a full scholarship to West Point']);
  });
});

describe('unlisted verbs and questions', () => {
  it('a verb outside the lexicon before a comma and a quoted sentence', () => {
    const c = only("During their first debate, Hillary Clinton cracked, ''I'm a progressive, but I'm a progressive who likes to get things done.''");
    expect(c).toMatchObject({ kind: 'direct', cue: 'cracked', mention: 'Hillary Clinton' });
  });

  it('a question asked without its asker ("Asked whether …")', () => {
    const found = claims('Asked on Monday whether Mr. Clinton would hold a cabinet position, Mrs. Clinton smiled.');
    expect(found).toEqual([{ kind: 'indirect', cue: 'Asked', mention: null, content: ['whether Mr. Clinton would hold a cabinet position'] }]);
  });

  it('an agreeing base form is a cue, a noun that looks like one is not', () => {
    expect(only('They claim the count was wrong.')).toMatchObject({ cue: 'claim', mention: 'They' });
    expect(claims('Home state favoritism also appears to play a role in the state.')).toEqual([]);
  });
});

describe('German cues', () => {
  it('„…“, sagte NAME / so NAME', () => {
    expect(only('„Es besteht Diskussionsbedarf“, sagte Jelpke gegenüber Spiegel Online.')).toMatchObject({ kind: 'direct', cue: 'sagte', mention: 'Jelpke' });
    expect(only('„Der Bär ist zu einem Problembären geworden“, so Schnappauf.')).toMatchObject({ kind: 'direct', cue: 'so', mention: 'Schnappauf' });
  });

  it('verb-second clauses before a colon: the subject after the verb', () => {
    expect(only('Im Deutschlandfunk im Interview der Woche sagte sie: „Ich war hinsichtlich des Verbots noch nie eine Anhängerin.“')).toMatchObject({ kind: 'direct', mention: 'sie' });
    expect(only('Weiter sagte Larson: „Unsere Untersuchungen und Verbesserungen werden ein offenes Buch sein.“')).toMatchObject({ kind: 'direct', mention: 'Larson' });
  });

  it('quoted words inside reported speech are direct quotes of the clause’s subject (German convention)', () => {
    const c = only('RTL-Chefin Anke Schäferkordt nannte diese Zahlen „aus der Luft gegriffen“.');
    expect(c).toMatchObject({ kind: 'direct', content: ['„aus der Luft gegriffen“'] });
    expect(c.mention).toContain('Anke Schäferkordt');
  });

  it('the speaker after the quote, with a verb outside the lexicon, or named with "zufolge"', () => {
    expect(only('„Kontraproduktiv waren sicherlich auch einige Kollegen in der Klinik“, erinnerte sich Trotnow später.')).toMatchObject({ kind: 'direct', mention: 'Trotnow' });
    expect(only('Nacke zufolge soll Mindermann dabei „unangemessene Fragen“ an die Jugendliche gestellt haben.')).toMatchObject({ kind: 'direct', mention: 'Nacke' });
  });

  it('quoted names and titles are not quotes', () => {
    const found = claims('Der Komponist schrieb einige Titel zu Stanley Kubricks Film „2001: Odyssee im Weltraum“. Er selbst war Fan der Beatles.');
    expect(found.filter((c) => c.kind !== 'indirect')).toEqual([]);
    expect(claims('Die „documenta“ in Kassel ist die bedeutendste Ausstellung für zeitgenössische Kunst.')).toEqual([]);
  });

  it('„…“, sagte er (pronoun after the verb)', () => {
    expect(only('„In 20 Jahren werden sie in Oslo sein“, sagte er in einem Interview mit der Financial Times.')).toMatchObject({ kind: 'direct', mention: 'er' });
  });
});

describe('French, Spanish and Portuguese basics (constructed)', () => {
  it.each([
    ['« Nous allons gagner », a déclaré Macron.', 'déclaré'],
    ['«Vamos a ganar», dijo Sánchez.', 'dijo'],
    ['“Vamos vencer”, disse Lula.', 'disse'],
  ])('%s', (text, cue) => {
    expect(only(text)).toMatchObject({ kind: 'direct', cue });
  });
});
