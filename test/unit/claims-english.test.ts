/**
 * English cue patterns added for PolNeAR (issue 4): loose subjects before a cue, attributions closing
 * a sentence after short quoted content or with an appositive, headlines, passive cues, phrasal and
 * noun cues, and a quoted sentence continuing the claim before it. Real sentences from the PolNeAR
 * train split unless marked as constructed.
 */
import { describe, expect, it } from 'vitest';
import { onlyClaim, simpleClaims, type SimpleClaim } from '../support/claims';

type Simple = SimpleClaim;
const claims = (text: string): Simple[] => simpleClaims(text, 'en');
const only = (text: string): Simple => onlyClaim(text, 'en');

describe('a subject the phrase scanner does not know, before a verb-only cue', () => {
  it('determiner + unknown noun ("The GOP speechwriter said")', () => {
    expect(only('The GOP speechwriter said the deal-breaker on Trump was his proposal to ban Muslims from entering the country.')).toEqual({
      kind: 'indirect',
      content: ['the deal-breaker on Trump was his proposal to ban Muslims from entering the country'],
      cue: 'said',
      mention: 'The GOP speechwriter',
    });
  });

  it('quantifier + noun + prepositional phrase ("Several supporters of reform said")', () => {
    const c = only('Several supporters of reform said it’s more realistic to get rid of some superdelegates but not scuttle the system altogether.');
    expect(c).toMatchObject({ kind: 'indirect', cue: 'said', mention: 'Several supporters of reform' });
    expect(c.content[0]).toMatch(/^it’s more realistic/);
  });

  it('"Some advocates for stem cell research said that …"', () => {
    const c = only('Some advocates for stem cell research said that overlooked the potential benefits of finding possible cures to Alzheimer’s, Lou Gehrig’s and other fatal or disabling diseases.');
    expect(c).toMatchObject({ mention: 'Some advocates for stem cell research', cue: 'said' });
    expect(c.content[0]).toMatch(/^that overlooked/);
  });

  it('a bare quantifier with a present-tense cognition verb ("Most believe that …")', () => {
    const c = only('Most believe that both the economy and their own lives have improved since he was elected.');
    expect(c).toMatchObject({ kind: 'indirect', mention: 'Most', cue: 'believe' });
    expect(c.content[0]).toMatch(/^that both the economy/);
  });

  it('the display mention stops before a relative clause, the claim still starts at the subject (constructed)', () => {
    const c = only('Two aides who spoke on condition of anonymity said the meeting went well.');
    expect(c).toMatchObject({ mention: 'Two aides', cue: 'said', content: ['the meeting went well'] });
  });

  it('a cue that is also a noun ("plans", "report") takes no loose subject', () => {
    // "The tax cut plans are …": "plans" is the subject's noun; the speaker is Steve Bell.
    const [first] = claims("The tax cut plans are ''profoundly irresponsible,'' said Steve Bell, senior director of economic policy at the Bipartisan Policy Center.");
    expect(first).toMatchObject({ kind: 'mixed', mention: 'Steve Bell', cue: 'said' });
    expect(first!.content[0]).toMatch(/^The tax cut plans are/);
  });

  it('a free relative\'s cue reports nothing ("Despite what he wrote …, Cross said …")', () => {
    const c = only('Despite what he wrote in Smith’s speech about Clinton, Cross said he “may yet have to vote for her because of the epic deficiencies of my own party\'s nominee.”');
    expect(c).toMatchObject({ kind: 'mixed', mention: 'Cross', cue: 'said' });
    expect(c.content[0]).toMatch(/^he “may yet/);
  });
});

describe('content, then an attribution closing the sentence', () => {
  it('a loose subject after the comma (", the congressional report said.")', () => {
    const c = only('In all, hackers compromised 12 FDIC workstations, including those of other executives such as the regulator’s former chief of staff and former general counsel, and 10 servers, the congressional report said.');
    expect(c).toMatchObject({ kind: 'indirect', mention: 'the congressional report', cue: 'said' });
    expect(c.content[0]).toMatch(/^In all, hackers compromised/);
  });

  it('two tokens of content when one is a quote (\'Clinton “caused …,” he said.\')', () => {
    expect(only('Clinton “caused tremendous havoc and tremendous death,” he said.')).toEqual({
      kind: 'mixed',
      content: ['Clinton “caused tremendous havoc and tremendous death,”'],
      cue: 'said',
      mention: 'he',
    });
  });

  it('one plain word and a cue are still no claim (constructed)', () => {
    expect(claims('Yes, he said.')).toEqual([]);
  });

  it('an inverted speaker followed by an appositive to the sentence end', () => {
    const c = only('Religious conservatives have been a solid base for him, but "New York has one of the smallest percentages of born-again Christians," said Jeff Smith, a professor at The New School.');
    expect(c).toMatchObject({ kind: 'mixed', mention: 'Jeff Smith', cue: 'said' });
    expect(c.content[0]).toMatch(/^Religious conservatives/);
  });

  it('…, said NAME, who … (a relative clause as the appositive)', () => {
    const c = only(
      "To see the number of cases that could change with this appointee is stunning, since so many of the most important cases were decided by 5-to-4 votes, said Lee Epstein, who teaches constitutional law.",
    );
    expect(c).toMatchObject({ kind: 'indirect', mention: 'Lee Epstein', cue: 'said' });
  });

  it('an appositive holding another cue is neither skipped nor taken as a second half (constructed)', () => {
    expect(claims('The plan will fail, said Smith, who argued that taxes must rise.')).toEqual([
      { kind: 'indirect', content: ['that taxes must rise'], cue: 'argued', mention: 'who' },
    ]);
  });
});

describe('a colon before a quote, with no speaker label or cue before it', () => {
  it('a short quoted name or title after a colon is no claim (constructed)', () => {
    expect(claims('The ad has a title: “Scam.”')).toEqual([]);
  });

  it('a quote after a colon inside a longer clause chain gets no guessed speaker (constructed)', () => {
    expect(claims('She was upset, and drove so fast that I had to change my answer: “Of course I believe in it.”')).toEqual([]);
  });
});

describe('a quoted sentence continuing the attributed sentence before it', () => {
  it('joins that claim as a further fragment, with its speaker', () => {
    const c = only('Yet Trump is also a “change agent,” Cole said. “That’s exactly what people want right now, so in that sense he’s very well-positioned for a general election.”');
    expect(c).toMatchObject({ kind: 'mixed', mention: 'Cole', cue: 'said' });
    // The opening conjunction is part of the content before a closing attribution, as PolNeAR marks it.
    expect(c.content).toEqual(['Yet Trump is also a “change agent,”', '“That’s exactly what people want right now, so in that sense he’s very well-positioned for a general election.”']);
  });

  it('not across a paragraph break (constructed)', () => {
    const found = claims('Trump is a “change agent,” Cole said.\n“That is exactly what people want right now.”');
    expect(found).toHaveLength(1);
    expect(found[0]!.content).toEqual(['Trump is a “change agent,”']);
  });
});

describe('headlines (the first sentence, title-cased)', () => {
  it('a capitalised cue in a title-cased headline', () => {
    const [c] = claims('Former Clinton Pollster Says Clinton Is In Trouble In California Primaries.\n\nFormer Bill Clinton pollster Douglas Schoen wrote a column.');
    expect(c).toEqual({ kind: 'indirect', content: ['Clinton Is In Trouble In California Primaries'], cue: 'Says', mention: 'Former Clinton Pollster' });
  });

  it('a capitalised cue word later in the text is no cue (constructed)', () => {
    expect(claims('He went home.\n\nThe Senator Says Nothing Is Wrong With The Bill.')).toEqual([]);
  });

  it('a speaker label before a colon, with no quote in the content', () => {
    const [c] = claims('Marco Rubio: I’m Not Interested In Being Vice President.\n\nWASHINGTON — Sen. Marco Rubio (R-Fla.) reiterated his stance.');
    expect(c).toEqual({ kind: 'indirect', content: ['I’m Not Interested In Being Vice President'], cue: ':', mention: 'Marco Rubio' });
  });

  it('a section label before the colon is no speaker ("The Latest: …")', () => {
    const found = claims('The Latest: Trump delivers defense of ‘New York values.’\n\nWASHINGTON (AP) — The Latest on campaign 2016 in the lead up to Tuesday’s New York primary.');
    expect(found.filter((c) => c.mention === 'The Latest')).toEqual([]);
  });
});

describe('passive cues', () => {
  it('"X is expected to …" is no claim of X', () => {
    expect(claims('The New York Times is expected to endorse the Democratic candidate in the 2016 presidential election.')).toEqual([]);
  });

  it('"I was told that …": the subject is the addressee, not the speaker', () => {
    const found = claims('For example, I was told that the executive team from Valeant did not want to be seated at the same table with Martin Shkreli.');
    expect(found.filter((c) => c.mention === 'I')).toEqual([]);
  });

  it('a question asked in the passive is kept, with no speaker', () => {
    const [c] = claims('But when voters were asked who would bring needed change to Washington, Trump trounced Clinton, 53 percent to 39 percent.');
    expect(c).toMatchObject({ kind: 'indirect', cue: 'asked', mention: null });
    expect(c!.content[0]).toMatch(/^who would bring needed change to Washington/);
  });

  it('an active cue after an auxiliary still has its subject ("has repeatedly said") (constructed)', () => {
    expect(only('Trump has repeatedly said that the election is rigged.')).toMatchObject({ mention: 'Trump', cue: 'said' });
  });
});

describe('phrasal cues: the content follows the particle', () => {
  it('"called for" with its object', () => {
    const [c, saying] = claims('Earlier in the week, Trump called for a special prosecutor to investigate Clinton’s use of a private email server while secretary of state, saying the Justice Department is biased.');
    expect(c).toMatchObject({ kind: 'indirect', cue: 'called for', mention: 'Trump', content: ['a special prosecutor to investigate Clinton’s use of a private email server while secretary of state'] });
    expect(saying).toMatchObject({ cue: 'saying', mention: 'Trump', content: ['the Justice Department is biased'] });
  });

  it('"called on X to …" ends at the first comma', () => {
    const c = only('I have called on congressional leaders to add penalties for violations of the Freedom of Information laws, so no one will be tempted to evade them.');
    expect(c).toMatchObject({ cue: 'called on', mention: 'I', content: ['congressional leaders to add penalties for violations of the Freedom of Information laws'] });
  });

  it('", referring to …" after a quote takes the quote\'s speaker', () => {
    const [quote, referring] = claims('“There’s a real demographic revolution in the United States,” Ramos said, referring to the ever-growing Hispanic community.');
    expect(quote).toMatchObject({ kind: 'direct', mention: 'Ramos' });
    expect(referring).toMatchObject({ kind: 'indirect', cue: 'referring to', mention: 'Ramos', content: ['the ever-growing Hispanic community'] });
  });

  it('"talked about" a topic', () => {
    const c = only('If you watch what he said this week, he talked about how devastating it was for Dallas.');
    expect(c).toMatchObject({ cue: 'talked about', mention: 'he', content: ['how devastating it was for Dallas'] });
  });

  it('"shot back that …" still works', () => {
    const [c] = claims('The anchor was trying to ask a question about immigration when Trump shot back that the journalist had not been called on.');
    expect(c).toMatchObject({ cue: 'shot back', mention: 'Trump', content: ['that the journalist had not been called on'] });
  });

  it('a verb with another particle is no phrasal cue ("called off") (constructed)', () => {
    expect(claims('Trump called off the rally in Chicago.')).toEqual([]);
  });
});

describe('speaker phrases', () => {
  it('"As X had written, ‘…’": the conjunction is no part of the speaker', () => {
    const c = only("As the Hollywood columnist Louella Parsons had written just a few years earlier, ''We just couldn't have a motion picture industry without E. J. Mannix.''");
    expect(c).toMatchObject({ kind: 'direct', mention: 'the Hollywood columnist Louella Parsons', cue: 'written' });
  });

  it('"…, as The Times reported on Saturday, …" (constructed after PolNeAR train)', () => {
    const [c] = claims('He has already emerged as an influential adviser, as The Times reported on Saturday, and he will help with the debates.');
    expect(c).toMatchObject({ mention: 'The Times', cue: 'reported' });
  });
});

describe('an infinitive after the cue is its content', () => {
  it('"asked her to call …": the addressee and its infinitive together', () => {
    expect(only('Mr. Band asked her to call Mr. Chagoury immediately if possible.')).toEqual({
      kind: 'indirect',
      content: ['her to call Mr. Chagoury immediately if possible'],
      cue: 'asked',
      mention: 'Mr. Band',
    });
  });

  it('"told X that …" still starts at the complementiser (constructed)', () => {
    expect(only('Trump told reporters that he would win.')).toMatchObject({ content: ['that he would win'], mention: 'Trump' });
  });

  it('"promises to “end” …": a quoted verb after "to" is no prepositional phrase', () => {
    expect(only('On his campaign website, Lopez-Cantera promises to “end” the Common Core.')).toEqual({
      kind: 'mixed',
      content: ['to “end” the Common Core'],
      cue: 'promises',
      mention: 'Lopez-Cantera',
    });
  });
});

describe('noun cues of intent: "X’s decision to …"', () => {
  it('a possessive, the noun and its infinitive, ending at the first comma', () => {
    const found = claims("Ms. Merkel's popularity has been dented by her decision to open Germany's borders to more than one million migrants last year, aiding the Alternative for Germany party in recent state elections.");
    expect(found).toContainEqual({ kind: 'indirect', content: ["to open Germany's borders to more than one million migrants last year"], cue: 'decision', mention: 'her' });
  });

  it('"Mr. Trump\'s decision to …" takes the name as owner', () => {
    const [c] = claims("Mr. Trump's decision to seize on immigration as his signature issue has showed how out of step the Republican establishment is with rank-and-file voters.");
    expect(c).toMatchObject({ cue: 'decision', mention: "Mr. Trump's" });
    expect(c!.content[0]).toMatch(/^to seize on immigration as his signature issue/);
  });

  it('"his proposal to …", "Trump’s plan to …": a plain infinitive after a weak noun of intent is no claim', () => {
    expect(claims('Trump has been rebuked by opponents for his proposal to temporarily ban Muslims from entering the United States.')).toEqual([]);
    expect(claims('The GOP presidential candidate is shown discussing his plan to temporarily ban Muslims from entering the United States.')).toEqual([]);
  });

  it('a noun of intent without an owner is no claim (constructed)', () => {
    expect(claims('The decision to close the plant was made in May.')).toEqual([]);
  });
});

describe('a participial cue after a document noun ("a statement saying …")', () => {
  it('takes the subject of the main clause', () => {
    const c = only('His office put out a statement saying the U.S. “does not have the capacity to properly vet every incoming refugee, and terrorist organizations can take advantage of the major shortfalls in the refugee process.”');
    expect(c).toMatchObject({ kind: 'mixed', cue: 'saying', mention: 'His office' });
    expect(c.content[0]).toMatch(/^the U\.S\. “does not have/);
  });

  it('a participle after another noun opens nothing (constructed)', () => {
    expect(claims('A man saying prayers stood by the door.')).toEqual([]);
  });
});

describe('long subjects: a noun phrase with attachments, appositives and relative clauses before a finite cue', () => {
  it('prepositional attachments beyond eight words ("The deputy head of China’s delegation to the forum said")', () => {
    const c = only('The deputy head of China’s delegation to the forum said the United States should reduce its provocative exercises and patrols in the region.');
    expect(c).toMatchObject({ kind: 'indirect', cue: 'said', mention: 'The deputy head of China’s delegation to the forum' });
    expect(c.content[0]).toMatch(/^the United States should reduce/);
  });

  it('an appositive between commas, the mention stopping before it', () => {
    const c = only('Six Gannett newspapers in New Jersey, including the Asbury Park Press, said he isn’t even fit to be governor any more.');
    expect(c).toMatchObject({ mention: 'Six Gannett newspapers in New Jersey', cue: 'said' });
    expect(c.content[0]).toMatch(/^he isn’t even fit/);
  });

  it('a list between dashes', () => {
    const c = only('Many speakers at the service — including Muslims, Christians, Catholics, Jews — said Ali’s death is particularly painful at a time when political rhetoric is dividing the country further.');
    expect(c).toMatchObject({ mention: 'Many speakers at the service', cue: 'said' });
    expect(c.content[0]).toMatch(/^Ali’s death/);
  });

  it('a name with a role noun before it and a participial appositive', () => {
    const c = only('Florida delegate John Archer, wearing a Canova T-Shirt covered in Sanders buttons, said he’s proud of the way the challenger is funding his campaign.');
    expect(c).toMatchObject({ mention: 'Florida delegate John Archer', cue: 'said' });
  });

  it('after a fronted phrase and its comma ("Even if …, insiders in the next two states — … — said")', () => {
    const c = claims('Even if Clinton can’t catapult over Sanders in New Hampshire, insiders in the next two states — Nevada and South Carolina — said it’s important that she close the gap somewhat.');
    expect(c.map((x) => x.mention)).toEqual(['insiders in the next two states']);
  });

  it('"But Matt Morrison, the group\'s deputy director, said": the name, not the appositive', () => {
    const c = only("But Matt Morrison, the group's deputy director, said that many Trump supporters were receptive to information.");
    expect(c).toMatchObject({ mention: 'Matt Morrison', cue: 'said' });
  });

  it('a clause before the cue is no subject ("Carson shared a syllabus … called …", "a planned attack")', () => {
    expect(claims('Carson shared a syllabus for a 2002 psychology class called Perception on his Facebook page.')).toEqual([]);
    expect(claims('The first official acknowledgement of that Benghazi was a planned attack by Al Qaeda appears to have come from Petraeus.')).toEqual([]);
  });

  it('a participle right after a comma is no cue of the subject before it ("National Guard members, called to service …") (constructed)', () => {
    expect(claims('National Guard members, called to service by the governor after some demonstrations turned violent, are scattered through the city.')).toEqual([]);
  });
});

describe('content before "according to X" without a comma', () => {
  it('after a dash closing an aside', () => {
    const c = only('In 2014, Ferguson had 115 instances of violent crime — including murder, rape and robbery — according to the most recent data available from the FBI.');
    expect(c).toMatchObject({ kind: 'indirect', cue: 'according to', mention: 'the most recent data available from the FBI' });
    expect(c.content[0]).toMatch(/^In 2014, Ferguson had 115 instances .* robbery$/);
  });

  it('after a quote ending in a comma', () => {
    const c = only("The visit in March 2013 became ''the high-water mark in their relationship,'' according to Mr. Rhodes.");
    expect(c).toMatchObject({ kind: 'mixed', mention: 'Mr. Rhodes' });
    expect(c.content[0]).toMatch(/^The visit in March 2013 .*relationship,''$/);
  });

  it('right after the last word of the content', () => {
    const c = only('Entering the final contests in June, Clinton leads Sanders by 271 pledged delegates according to a count by The Associated Press.');
    expect(c).toMatchObject({ kind: 'indirect', mention: 'a count by The Associated Press' });
    expect(c.content[0]).toMatch(/^Entering the final contests in June, Clinton leads .* delegates$/);
  });

  it('"that according to X, …" still takes the content after the source', () => {
    const found = claims("Win Htein, a member of the NLD's central executive committee, said Tuesday morning that according to its analysis, the NLD has won 82 percent of the nationwide vote.");
    expect(found.some((x) => x.cue === 'according to' && x.content[0]!.startsWith('Win Htein'))).toBe(false);
  });
});

describe('a quoted sentence after a colon closing a clause with its own subject', () => {
  it('"Clinton has since apologized for what happened: "…""', () => {
    const text = 'Clinton has since apologized for what happened: "Yes, I should have used two email addresses, one for personal matters and one for my work at the State Department. Not doing so was a mistake. I\'m sorry about it, and I take full responsibility."';
    const c = only(text);
    expect(c).toMatchObject({ kind: 'direct', cue: ':', mention: 'Clinton' });
    expect(c.content[0]).toMatch(/^"Yes, I should have used/);
  });

  it('a document as the subject ("Hoff’s letter makes a libertarian-style case: “…”")', () => {
    const c = only('Hoff’s letter makes a libertarian-style case: “Followers of radical Islam hate everything we stand for as Americans. As we stand up for our freedoms, we must also stand together as Americans—and as Republicans—to protect everyone from extremist threats to our freedom and to our lives.”');
    expect(c).toMatchObject({ kind: 'direct', mention: 'Hoff’s letter' });
  });

  it('no speaker from another clause or a fronted place name', () => {
    expect(claims('She became so upset, and started driving so erratically, that I had to change my answer: "Of course I believe in the devil. I was just kidding."').map((c) => c.mention)).not.toContain('She');
    expect(claims('At a Trump rally in Birmingham, Alabama, on Saturday, some of his supporters kicked and punched a Black Lives Matter protester, with Trump reportedly yelling: “Get him the hell out of here!”').map((c) => c.mention)).not.toContain('Alabama');
  });
});

describe('an object before a colon is no speaker (outlets, platforms, addressees, documents)', () => {
  it('"saying in a Trumpian post on Twitter: …": the participle’s subject, not the platform', () => {
    const found = claims("On Friday, he joined other Republicans in pouncing on news that Mrs. Clinton's private computer server had handled messages later deemed ''top secret,'' saying in a Trumpian post on Twitter: ''The new email release is a disaster for Hillary Clinton.''");
    expect(found.find((c) => c.cue === ':')).toMatchObject({ kind: 'direct', mention: 'he' });
  });

  it('"X, R-Ky., delivered a blunt message to Trump: "…"": the subject, not the addressee', () => {
    const c = only('Senate Majority Leader Mitch McConnell, R-Ky., delivered a blunt message to Trump: "It\'s time to quit attacking various people that you competed with or various minority groups in the country and get on message."');
    expect(c).toMatchObject({ kind: 'direct', cue: ':', mention: 'Senate Majority Leader Mitch McConnell' });
  });

  it('"telling CNBC: …": the participle’s subject, not the addressee', () => {
    const c = only("Back in 1999, Mr. Trump expressed admiration for Mr. Clinton's retail political skills, telling CNBC: ''I wish I could be like that. I just can't.''");
    expect(c).toMatchObject({ kind: 'direct', cue: ':' });
    expect(c.mention).not.toBe('CNBC');
  });

  it('"in an interview with CNN on Tuesday: …": the quote is kept, the outlet is no speaker', () => {
    const c = only("One early supporter, Representative Lee Zeldin, Republican of New York, gave the technique a whirl in an interview with CNN on Tuesday: ''You can easily argue that the president of the United States is a racist with his policies and his rhetoric.''");
    expect(c).toMatchObject({ kind: 'direct', cue: ':' });
    expect(c.mention).not.toBe('CNN');
  });

  it('"as X, a former secretary …, put it: …": X, not "it"', () => {
    expect(only("Or, as Tom Ridge, a former secretary of homeland security, put it: ''The barbarians are no longer at the gate. They're inside.''")).toMatchObject({ kind: 'direct', mention: 'Tom Ridge' });
  });

  it('a headline "X On Y: ‘…’" is X’s, not Y’s', () => {
    const found = claims('CNN President On Trump: ‘We Do Not Pay Candidates To Appear At Debates.’');
    expect(found.find((c) => c.cue === ':')).toMatchObject({ kind: 'direct', mention: 'CNN President' });
    const other = claims('Gillibrand on Hillary Releasing Her Goldman Sachs Speech Transcripts: ‘I Think She Will.’');
    expect(other.find((c) => c.cue === ':')).toMatchObject({ kind: 'direct', mention: 'Gillibrand' });
  });

  it('"President Clinton released the following statement:¶“…”": the subject, not the statement', () => {
    const found = claims('When Wallace died in 1998, President Clinton released the following statement:\n\n“Hillary and I offer our condolences to the family and friends of George Wallace. I remember working with him at the Governors’ conference in 1983.”');
    expect(found.find((c) => c.content[0]!.startsWith('“Hillary'))).toMatchObject({ kind: 'direct', mention: 'President Clinton' });
  });
});

describe('a relative pronoun as the subject of the reported clause ("which he said was …")', () => {
  it('the pronoun is the content\'s first fragment, the predicate after the cue its second', () => {
    const c = only('But there has been a surge of people registering as independents, which Democrats say could be aiding Mr. Sanders.');
    expect(c).toMatchObject({ kind: 'indirect', cue: 'say', mention: 'Democrats', content: ['which', 'could be aiding Mr. Sanders'] });
  });

  it('a relative clause inside a sentence ("The policy changes, which officials said will go …")', () => {
    const [c] = claims('The policy changes, which officials said will go into effect in the next few months, will not apply to all Central Americans seeking entry into the country.');
    expect(c).toMatchObject({ mention: 'officials', cue: 'said' });
    expect(c!.content[0]).toBe('which');
    expect(c!.content[1]).toMatch(/^will go into effect/);
  });

  it('a complementiser before a clause with its own subject stays as it was (constructed)', () => {
    const c = only('It is clear that he believes the economy is improving.');
    expect(c.content).toEqual(['the economy is improving']);
  });
});

describe('a strict speaker phrase widened to the whole subject before it', () => {
  it('a role noun the scanner does not know before a name ("Top Republican Party donor Sheldon Adelson")', () => {
    const c = only('Top Republican Party donor Sheldon Adelson said on Friday he met presidential candidate Donald Trump earlier this week.');
    expect(c).toMatchObject({ mention: 'Top Republican Party donor Sheldon Adelson', cue: 'said' });
  });

  it('a person of an organisation, not the organisation ("A producer for Yahoo Studios told …")', () => {
    const c = only('A producer for Yahoo Studios told The New York Times Tuesday morning that Trump abruptly canceled a scheduled interview with Katie Couric.');
    expect(c).toMatchObject({ mention: 'A producer for Yahoo Studios', cue: 'told' });
    expect(c.content[0]).toMatch(/^that Trump abruptly canceled/);
  });

  it('"GOP frontrunner Donald Trump has called for …"', () => {
    const c = only('GOP frontrunner Donald Trump has called for the Islamic State’s strongholds in Syria and Iraq to be hit even harder.');
    expect(c).toMatchObject({ mention: 'GOP frontrunner Donald Trump', cue: 'called for' });
  });

  it('no widening over a verb or a subordinate clause (constructed)', () => {
    expect(only('The crowd cheered as Trump said the wall would be built.').mention).toBe('Trump');
    expect(only('The report angered Democrats, and Pelosi said it was false.').mention).toBe('Pelosi');
  });
});

describe('the main clause subject of a participial cue, after a dateline or a fronted phrase', () => {
  it('after a dateline in capitals ("WASHINGTON — Sen. Bernie Sanders …, saying …")', () => {
    const c = claims('WASHINGTON — Sen. Bernie Sanders (I-Vt.) defended his call to raise the federal minimum wage to $15 an hour, saying the positives in economic stimulus would outweigh the potential in job losses.').find((x) => x.cue === 'saying');
    expect(c).toMatchObject({ kind: 'indirect', mention: 'Sen. Bernie Sanders' });
  });

  it('after a dateline with an agency ("New York (AFP) – Vice President Joe Biden …, accusing …")', () => {
    const found = claims('New York (AFP) – Vice President Joe Biden on Monday hit the 2016 campaign trail with Hillary Clinton for the first time, trashing Donald Trump as unqualified for the White House and accusing him of endangering the lives of US troops.');
    expect(found.map((c) => c.mention)).toContain('Vice President Joe Biden');
    expect(found.map((c) => c.mention)).not.toContain('New York');
  });

  it('a place running on after the fronted phrase\'s comma ("Speaking … in Salem, New Hampshire, Trump …")', () => {
    const c = only('Speaking at a town hall event in Salem, New Hampshire, Trump went after Bush, calling him “a total stiff.”');
    expect(c).toMatchObject({ kind: 'mixed', cue: 'calling', mention: 'Trump' });
  });
});

describe('"told" + addressee + place or time + "that …"', () => {
  it('the content starts at "that" after a long addressee phrase', () => {
    const c = only('Former Attorney General Michael Mukasey told delegates at the Republican National Convention that Hillary Clinton’s use of a private email server should disqualify her from becoming president.');
    expect(c).toMatchObject({ cue: 'told', mention: 'Former Attorney General Michael Mukasey' });
    expect(c.content[0]).toMatch(/^that Hillary Clinton’s use/);
  });

  it('not past a clause of its own ("told X he was …, and that …") (constructed)', () => {
    const c = only('Gates told the investigators he was working with Manafort and that both of them were paid.');
    expect(c.content[0]).toMatch(/^the investigators he was working|^he was working/);
  });
});

describe('subjects with possessives, slashes, adjectives in -ed and partitives', () => {
  it('"Sanders’ aides say …" and "The latest Reuters/Ipsos poll showed …"', () => {
    expect(only('Sanders’ aides say their campaign has no desire to engage in an extended back-and-forth over the issue.').mention).toBe('Sanders’ aides');
    expect(only('The latest Reuters/Ipsos poll showed Trump leading the field with support of 31 percent of Republican voters.').mention).toBe('The latest Reuters/Ipsos poll');
  });

  it('"A teary-eyed Bush says …"', () => {
    expect(only('A teary-eyed Bush says he’s proud of the campaign he ran to unify the country and advocate conservative solutions.').mention).toBe('A teary-eyed Bush');
  });

  it('"Even so, three-quarters of the voters said …"', () => {
    expect(only('Even so, three-quarters of the voters said they were very worried about the direction of the nation’s economy.').mention).toBe('three-quarters of the voters');
  });
});

describe('an -ed form after a number or an article is an adjective, not a cue', () => {
  it('"270 pledged delegates", "a planned trip"', () => {
    expect(claims('Clinton currently leads Sanders by roughly 270 pledged delegates as the end of the primary season approaches.')).toEqual([]);
    expect(claims("Sarah Palin canceled a planned trip to speak on Trump's behalf in Casper.")).toEqual([]);
  });

  it('a year before the cue is no number of things ("A memorable … ad in 2008 questioned whether …") (constructed after PolNeAR train)', () => {
    expect(only('A memorable campaign ad in 2008 questioned whether the rival was prepared to face emergencies.').cue).toBe('questioned');
  });
});

describe('"states" after a name or a noun is the plural noun', () => {
  it('"Rust Belt states that have suffered …"', () => {
    expect(claims('On Tuesday, as primary voters went to the polls in Illinois and Ohio, Rust Belt states that have suffered intensely from the loss of good manufacturing jobs.')).toEqual([]);
  });

  it('"The report states that …" is still a cue (constructed)', () => {
    expect(only('The report states that the program was never audited.').cue).toBe('states');
  });
});

describe('a cognition verb after a modal', () => {
  it('with a plain noun-phrase object is a forecast, not a view (constructed, from the no-claims fixture)', () => {
    expect(claims('After five days of steady rain, the coast can expect clear skies on Saturday morning, with temperatures climbing to 24 degrees.')).toEqual([]);
  });
  it('with a that-clause is still a claim (constructed)', () => {
    expect(only('Voters can expect that the senator will vote against the bill.')).toMatchObject({ content: ['that the senator will vote against the bill'], mention: 'Voters' });
  });
});

describe('a naming verb with a quoted title', () => {
  it('after a common noun names a thing: no claim (constructed, from a Zyte page)', () => {
    expect(claims('One of the cards, a poem called “Winter Solstice, Camelot Station,” went on to win the World Fantasy Award.')).toEqual([]);
  });
  it('with a person and an object is still a mixed claim (constructed)', () => {
    expect(only('The president called the plan “a disaster for working families.”')).toMatchObject({ kind: 'mixed', mention: 'The president' });
  });
});

describe('a dateline opening the sentence is no part of the content', () => {
  it('"LOS ANGELES, Feb. 2 (UPI) — …, frontman Anthony Kiedis recently revealed."', () => {
    const c = only('LOS ANGELES, Feb. 2 (UPI) — The next Red Hot Chili Peppers record is almost complete, frontman Anthony Kiedis recently revealed.');
    expect(c).toMatchObject({ content: ['The next Red Hot Chili Peppers record is almost complete'], mention: 'frontman Anthony Kiedis' });
  });
  it('"JERUSALEM - …, Israeli officials said Wednesday."', () => {
    const c = only('JERUSALEM - Israeli Prime Minister Benjamin Netanyahu will meet with Donald Trump when the Republican presidential front-runner arrives in Israel later this month, Israeli officials said Wednesday.');
    expect(c.content[0]).toMatch(/^Israeli Prime Minister Benjamin Netanyahu will meet/);
  });
  it('"WASHINGTON (Reuters) - …, according to a congressional report …"', () => {
    const c = only('WASHINGTON (Reuters) - The Chinese government likely hacked computers at the Federal Deposit Insurance Corporation in 2010, 2011 and 2013 and employees at the U.S. banking regulator covered up the intrusions, according to a congressional report on Wednesday.');
    expect(c.content[0]).toMatch(/^The Chinese government likely hacked/);
  });
  it('a capitalised subject before a dash is kept (constructed)', () => {
    expect(only('Senator Smith — a longtime critic of the deal — will vote against it, her office said.').content[0]).toMatch(/^Senator Smith/);
  });
});

describe('an unlisted verb in -ed right after a quote, before a name', () => {
  it('"“This is fantastic!” beamed Donald Hartley of Madison, Alabama, …"', () => {
    const c = claims('“This is fantastic!” beamed Donald Hartley of Madison, Alabama, who snuck onto the floor from the guest seats to be closer to the action.')[0];
    expect(c).toMatchObject({ kind: 'direct', content: ['“This is fantastic!”'], cue: 'beamed' });
    expect(c?.mention).toMatch(/^Donald Hartley/);
  });
  it('"…," remembered Roy Verley, HP\'s former chief corporate spokesman.', () => {
    const c = claims('"An awful lot of analysts said, \'No, don\'t do this,\' and she took it upon herself to prove them wrong," remembered Roy Verley, HP\'s former chief corporate spokesman.')[0];
    expect(c).toMatchObject({ kind: 'direct', cue: 'remembered', mention: 'Roy Verley' });
  });
  it('before a common noun it is no attribution (constructed)', () => {
    expect(claims('“Hamlet,” staged by the company in 2015, toured widely.').every((c) => c.cue !== 'staged')).toBe(true);
  });
});

describe('"put it" as a speech cue', () => {
  it('"As Vulture put it, “Hello, it’s the Biebs.”"', () => {
    expect(claims('~ As Vulture put it, “Hello, it’s the Biebs.” Justin Bieber has finally dethroned Adele on the Billboard 200.')[0]).toMatchObject({ kind: 'direct', content: ['“Hello, it’s the Biebs.”'], mention: 'Vulture' });
  });
  it('"As The Post\'s Ruth Marcus puts it, Obama is trying to make Republicans “an offer …”"', () => {
    const c = claims('As The Post\'s Ruth Marcus puts it, Obama is trying to make Republicans "an offer they can\'t afford to refuse."')[0];
    expect(c?.mention).toMatch(/Ruth Marcus$/);
    expect(c?.content[0]).toMatch(/^Obama is trying/);
  });
  it('putting a thing somewhere is no claim (constructed)', () => {
    expect(claims('She put it on the table and left the room.')).toEqual([]);
  });
});

describe('a coordinated clause with its own speaker ends the reported clause before it', () => {
  it('"…, while other voters said …" is a second claim, not part of the first', () => {
    const [first, second] = claims(
      'After the Mason City event, several Clinton supporters said the former president had made a good case for his wife, while other voters said they had not heard anything to pull them away from Mr. Sanders.',
    );
    expect(first).toMatchObject({ mention: 'several Clinton supporters', cue: 'said', content: ['the former president had made a good case for his wife'] });
    expect(second).toMatchObject({ mention: 'other voters', cue: 'said', content: ['they had not heard anything to pull them away from Mr. Sanders'] });
  });
  it('"…, but he said that …" after a first claim', () => {
    const [first, second] = claims('He agreed that Trump may struggle to win support among Indiana’s delegates, but he said that sentiment will change rapidly if it looks like Trump can win in November.');
    expect(first).toMatchObject({ cue: 'agreed', content: ['that Trump may struggle to win support among Indiana’s delegates'] });
    expect(second).toMatchObject({ mention: 'he', cue: 'said' });
  });
  it('a cognition verb in the coordinated clause stays part of the content', () => {
    const c = only('Trump said Iowa’s caucus system is “complex” and he feels he can win New Hampshire’s Tuesday primary.');
    expect(c.content[0]).toMatch(/and he feels he can win/);
  });
});

describe('a base-form cue that is a noun', () => {
  it('"state" after a noun or "and" is the adjective ("and state Sen. Ralph Alvarado")', () => {
    expect(claims('The new Rubio supporters include state Rep. Jeff Hoover, the top Republican in the Kentucky House, and state Sen. Ralph Alvarado, who introduced Paul at his presidential campaign kickoff rally last year.')).toEqual([]);
    expect(claims('With 222 delegates at stake, she is assured of winning at least 120 in that state alone.')).toEqual([]);
  });
  it('a base form after an article is a noun ("on the show to talk about …")', () => {
    expect(claims('Investigative reporter Julia Hahn will come on the show to talk about immigration and how it’s transforming the country’s demographics and culture.')).toEqual([]);
  });
});

describe('a coordinated subject is the whole mention', () => {
  it('"he and Brafman had basically said …"', () => {
    const c = only('He made the observation that, from his point of view, there was no real disagreement; he and Brafman had basically said the same thing.');
    expect(c).toMatchObject({ mention: 'he and Brafman', cue: 'said' });
  });
  it('"as Mrs. Clinton and Ms. Warren echoed …" after a subordinator', () => {
    const [c] = claims('But those differences seemed a distant memory on Monday, as Mrs. Clinton and Ms. Warren echoed similar liberal themes and took the stage together united against the common enemy: Mr. Trump.');
    expect(c).toMatchObject({ mention: 'Mrs. Clinton and Ms. Warren', cue: 'echoed' });
  });
});

describe('a name before a lower-case appositive is the mention', () => {
  it('"Murshed Zaheed, acting political director of CREDO Action, which …, said"', () => {
    const c = only('But Murshed Zaheed, acting political director of CREDO Action, which organized the letter, said Clinton’s response to Trump was undercut by her campaign’s ties to Clark.');
    expect(c).toMatchObject({ mention: 'Murshed Zaheed', cue: 'said', content: ['Clinton’s response to Trump was undercut by her campaign’s ties to Clark'] });
  });
});

describe('an inserted attribution before a quote that goes on with the sentence', () => {
  it('a lower-case quote after "Ms. Tanzer said," is the second half of a mixed claim', () => {
    const c = only("The Boca West Country Club's heavy investment in its facilities, Ms. Tanzer said, ''is a perfect example of adapting'' to the changing economics of golf.");
    expect(c).toMatchObject({ kind: 'mixed', mention: 'Ms. Tanzer', cue: 'said' });
    expect(c.content).toEqual(["The Boca West Country Club's heavy investment in its facilities", "''is a perfect example of adapting''"]);
  });
});

describe('evaluative verbs and "told" do not invert', () => {
  it('"Sanders, who had said …, criticized Clinton": Clinton is no speaker', () => {
    const found = claims('Sanders, who had said he would debate the front-runner, criticized Clinton on two fronts.');
    expect(found.filter((c) => c.mention === 'Clinton')).toEqual([]);
    expect(found).toContainEqual(expect.objectContaining({ cue: 'said', content: ['he would debate the front-runner'] }));
  });
  it('"Ben Jealous, the former president of the NAACP, told The Huffington Post …": the addressee is no speaker', () => {
    const [c] = claims(
      'Ben Jealous, the former president of the NAACP, told The Huffington Post before he spoke before the committee that he believed it is incumbent upon Clinton to reach out to Sanders “in the way Obama reached out to her eight years ago, and be willing to make some of the sort of concessions Obama made” to unify the party.',
    );
    expect(c).toMatchObject({ cue: 'told', mention: 'Ben Jealous' });
  });
});

describe('an evaluative verb after the content reports none of it', () => {
  it('"…, a practice criticized by Miller …" is no claim', () => {
    expect(claims('The Obama administration allowed some states to combine those categories when reporting data, a practice criticized by Miller and some civil rights advocates.')).toEqual([]);
  });
  it('"…, as Cosby is attacked in the media …" adds no claim of Cosby', () => {
    const found = claims('Breitbart News, for one, noted the dichotomy between the way the two men are being treated, as Cosby is attacked in the media while Bill Clinton is celebrated.');
    expect(found).toEqual([expect.objectContaining({ cue: 'noted', mention: 'Breitbart News' })]);
  });
});

describe('an -s cue after a possessive is a plural noun', () => {
  it('"Responding to Trump\'s remarks, Clinton wrote: …": "remarks" is no cue', () => {
    const c = only('Responding to Trump\'s remarks, Clinton wrote: "Well, I think what’s been tough for the District is having virtually no say in its own affairs for decades."');
    expect(c).toMatchObject({ kind: 'direct', cue: 'wrote', mention: 'Clinton' });
  });
  it('"Watch the full video of Beck’s remarks below:" is no claim', () => {
    expect(claims('Watch the full video of\u00a0Beck’s remarks below:')).toEqual([]);
  });
});

describe('an opening conjunction belongs to the content before a closing attribution', () => {
  it('"But Eggleston had limited time …, the people said."', () => {
    const c = only('But Eggleston had limited time to speak as members peppered him with questions about the recent deportation raids, the people said.');
    expect(c).toMatchObject({ mention: 'the people', cue: 'said' });
    expect(c.content[0]).toMatch(/^But Eggleston had limited time/);
  });
});

describe('an unlisted verb in -ed after a name closes the speaker after a quote', () => {
  it('"“…,” Blackwell continued, “…”"', () => {
    const c = only('“Applying those questions and similar considerations to the current candidates and their campaigns,” Blackwell continued, “you and I should unite in support of a candidate who could win election and whom we believe would be the most determined and effective conservative president. I believe that person is Sen. Ted Cruz.”');
    expect(c).toMatchObject({ kind: 'direct', cue: 'continued', mention: 'Blackwell' });
    expect(c.content).toHaveLength(2);
  });
  it('"“France will always be France,” an angry Hollande retaliated."', () => {
    expect(only('“France will always be France,” an angry Hollande retaliated.')).toMatchObject({ kind: 'direct', cue: 'retaliated', mention: 'an angry Hollande' });
  });
});

describe('a headline "X Calls Y ‘Z’" quotes only the name it gives', () => {
  it('"Hillary Clinton Calls ISIS Violence Against Yazidis ‘Genocide.’"', () => {
    const found = claims('Hillary Clinton Calls ISIS Violence Against Yazidis ‘Genocide.’\n\nDec 29 (Reuters) - U.S. Democratic presidential candidate Hillary Clinton on Tuesday said that Islamic State violence against Iraqi Yazidis and other religious minorities in the Middle East is genocide.');
    expect(found[0]).toMatchObject({ kind: 'direct', content: ['‘Genocide.’'], cue: 'Calls', mention: 'Hillary Clinton' });
  });
});

describe('a quote and its attribution between spaced hyphens', () => {
  it('"… - \'\'He would have loved Stalin,\'\' Mr. Biden said twice - and …"', () => {
    const found = claims("Mr. Biden suggested Mr. Trump had demonstrated a fondness for brutal leaders like Saddam Hussein - ''He would have loved Stalin,'' Mr. Biden said twice - and repeatedly reminded the crowd of the stakes.");
    expect(found).toContainEqual({ kind: 'direct', content: ["''He would have loved Stalin,''"], cue: 'said', mention: 'Mr. Biden' });
  });
  it('the next quoted sentence does not join it', () => {
    const found = claims("He praised his younger brother's ''deep and genuine faith'' - ''faith that reveals itself through good works, not loud words,'' he said - and argued for nominating a Republican who can win the general election in November. ''All the sloganeering and all the talk doesn't matter if we don't win.''");
    expect(found).toContainEqual({ kind: 'direct', content: ["''faith that reveals itself through good works, not loud words,''"], cue: 'said', mention: 'he' });
  });
});

describe('"read" after a quote takes any phrase as its source', () => {
  it('"“…,” the editorial read."', () => {
    const c = only('“If she wants to be the next president, Hillary Clinton should act like one, and come to Louisiana,” the editorial read.');
    expect(c).toMatchObject({ kind: 'direct', cue: 'read', mention: 'the editorial' });
  });
});
