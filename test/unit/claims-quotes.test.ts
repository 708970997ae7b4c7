/**
 * Quote detection for every convention the claims stage supports. Sentences are real ones from the
 * corpora's train splits (PolNeAR train, German Wikinews train) unless marked as constructed.
 */
import { describe, expect, it } from 'vitest';
import { findQuotes } from '../../src/claims/quotes';

/** The quoted stretches (with their marks) of a text, outer before inner. */
const quotes = (text: string): string[] => findQuotes(text).map((q) => text.slice(q.start, q.end));
const topLevel = (text: string): string[] => findQuotes(text).filter((q) => q.depth === 0).map((q) => text.slice(q.start, q.end));

describe('quote conventions', () => {
  it('English curly double quotes “…”', () => {
    const t = '“He’s a very nice boy, but I think it’s all pie in the sky, what he has to offer,” said Renee Gold, 83, of Sarasota, Florida.';
    expect(quotes(t)).toEqual(['“He’s a very nice boy, but I think it’s all pie in the sky, what he has to offer,”']);
  });

  it('“…’’ closed by two right single quotes (a Zyte page, e7994d550087)', () => {
    const t = '“It was an attempt to mislead voters,’’ Will Moy, chief executive of the London-based fact-checking website Full Fact, told the BBC. “And I think it is inappropriate.”';
    expect(quotes(t)).toEqual(['“It was an attempt to mislead voters,’’', '“And I think it is inappropriate.”']);
    // …and a lone ’ is still an apostrophe or a single quote's end, never a double quote's.
    expect(quotes('“The voters’ choice,” she said.')).toEqual(['“The voters’ choice,”']);
  });

  it('single curly quotes ‘…’ nested in double ones, apostrophes left alone', () => {
    const t = '“The Democrats have ignored the word ‘urban’ or ‘city’ the entire year,” said Mitchell Moss.';
    expect(quotes(t)).toEqual(['“The Democrats have ignored the word ‘urban’ or ‘city’ the entire year,”', '‘urban’', '‘city’']);
    expect(findQuotes(t).map((q) => q.depth)).toEqual([0, 1, 1]);
  });

  it('straight double quotes "…" with apostrophes inside words', () => {
    const t = '"If you noticed, he didn\'t answer your question," he said of Cruz. "That\'s what\'s going to happen with our enemies."';
    expect(quotes(t)).toEqual(['"If you noticed, he didn\'t answer your question,"', '"That\'s what\'s going to happen with our enemies."']);
  });

  it("straight single quotes '…' but not possessives or elisions (constructed)", () => {
    const t = "The Joneses' dog barked 'no way' at the '90s band's van.";
    expect(quotes(t)).toEqual(["'no way'"]);
  });

  it("doubled apostrophes ''…'' as printed by the New York Times", () => {
    const t = "''Voters are very dubious about our ability to remake the world,'' said Newt Gingrich, the former House speaker. ''They have a very low tolerance for being frightened.''";
    expect(quotes(t)).toEqual([
      "''Voters are very dubious about our ability to remake the world,''",
      "''They have a very low tolerance for being frightened.''",
    ]);
  });

  it("a nested '…' closing together with the outer ''…'' as '''", () => {
    const t = "''Part of my job is to say: 'Hey, this guy's for real. He's one of us,''' Mr. English said of Mr. Cruz.";
    expect(quotes(t)).toEqual(["''Part of my job is to say: 'Hey, this guy's for real. He's one of us,'''", "'Hey, this guy's for real. He's one of us,'"]);
  });

  it("TeX-style ``…'' (constructed)", () => {
    expect(quotes("``We will win,'' she said.")).toEqual(["``We will win,''"]);
  });

  it('German „…“ with a nested ‚…‘', () => {
    const t = '„Der Bär ist zu einem Problembären geworden“, so Schnappauf.';
    expect(quotes(t)).toEqual(['„Der Bär ist zu einem Problembären geworden“']);
    const nested = '„Er nannte es ‚unentschuldbar‘“, sagte sie.';
    expect(quotes(nested)).toEqual(['„Er nannte es ‚unentschuldbar‘“', '‚unentschuldbar‘']);
  });

  it('Polish/German-style „…” closing with a right double quote (constructed)', () => {
    expect(quotes('„To jest dobre”, powiedział.')).toEqual(['„To jest dobre”']);
  });

  it('German guillemets »…« and Swiss/French «…»', () => {
    expect(quotes('»Wir befürchten das Schlimmste«, sagte er gegenüber Deutschlandradio.')).toEqual(['»Wir befürchten das Schlimmste«']);
    const swiss = 'Damals hieß das Lokal noch «Zur Schweizer Hütte». Zu dieser Zeit durfte der Prater von dem «gemeinen Volk» noch nicht besucht werden.';
    expect(quotes(swiss)).toEqual(['«Zur Schweizer Hütte»', '«gemeinen Volk»']);
  });

  it('French spaced guillemets « … » (constructed)', () => {
    expect(quotes('« Nous allons gagner », a déclaré le ministre.')).toEqual(['« Nous allons gagner »']);
  });

  it('a closing ″ (double prime) after an opening “', () => {
    const t = 'describing the security guarantee as an “Article 5″ type protection against further Russian invasion.';
    expect(quotes(t)).toEqual(['“Article 5″']);
  });

  it('a ″ without an opening quote is a unit sign, not a quote (constructed)', () => {
    expect(quotes('The panel is 5″ wide and “fine” otherwise.')).toEqual(['“fine”']);
  });

  it('apostrophes inside and at the end of words (they’re, the Joneses’)', () => {
    const t = '“We began to see some moderation in the way they’re thinking about the Joneses’ deal,” he added.';
    expect(quotes(t)).toEqual(['“We began to see some moderation in the way they’re thinking about the Joneses’ deal,”']);
  });

  it('a single-quoted word in a headline', () => {
    expect(quotes('Hillary Clinton Calls ISIS Violence Against Yazidis ‘Genocide.’')).toEqual(['‘Genocide.’']);
  });

  it('mismatched marks typed by mistake still pair (“…" and “…,“)', () => {
    expect(topLevel('Still, she added, “we also can’t ignore significant changes since the [program] was expanded in 2007."')).toEqual([
      '“we also can’t ignore significant changes since the [program] was expanded in 2007."',
    ]);
    expect(topLevel('“The reality is, that could create new and real problems for her here,“ said Jim Clyburn.')).toEqual([
      '“The reality is, that could create new and real problems for her here,“',
    ]);
  });
});

describe('multi-paragraph quotes', () => {
  it('runs over paragraphs that each open with a mark, only the last one closing', () => {
    const t = '"The Senate was supposed to be the guardian of the states.\n\n"I’ll be a conservative champion for AZ, not DC. I’ll stop DC at the bathroom door."\n\nNorth Carolina’s HB2 took effect.';
    const q = topLevel(t);
    expect(q).toHaveLength(1);
    expect(q[0]).toMatch(/^"The Senate.*bathroom door\."$/su);
  });

  it('does not run on into a paragraph that does not open with the same mark', () => {
    const t = '“An opening that never closes.\n\nA plain paragraph with a “short” quote.';
    expect(topLevel(t)).toEqual(['“short”']);
  });
});

describe('unbalanced quotes', () => {
  it('an unclosed opening mark is dropped at the end of its paragraph and swallows nothing', () => {
    const t = 'He said “this never closes.\nNext paragraph: “a real quote,” she said.';
    expect(quotes(t)).toEqual(['“a real quote,”']);
  });

  it('an opening mark that never closes does not hide the quotes after it (constructed)', () => {
    const t = '"The candidate walked onto the stage, chanting “U-S-A! U-S-A!”\nNext paragraph.';
    expect(topLevel(t)).toEqual(['“U-S-A! U-S-A!”']);
  });

  it('stray closing marks are ignored', () => {
    expect(quotes('Nothing opens here” and “here it does”.')).toEqual(['“here it does”']);
  });

  it('empty text and text without marks give nothing', () => {
    expect(findQuotes('')).toEqual([]);
    expect(findQuotes('No quotes at all.')).toEqual([]);
  });

  it('thousands of opening marks stay linear and give nothing', () => {
    const started = performance.now();
    expect(findQuotes('“'.repeat(200_000))).toEqual([]);
    expect(performance.now() - started).toBeLessThan(2_000);
  });
});
