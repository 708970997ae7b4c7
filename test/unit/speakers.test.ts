/**
 * Speaker resolution: name folding, titles and particles, roles and groups, pronoun chains,
 * addressees. Sentences are from the PolNeAR train split unless marked as constructed.
 */
import { describe, expect, it } from 'vitest';
import { extract } from '../../src/pipeline/extract';
import { parseMention, slug } from '../../src/speakers/names';

/** [speaker name or null, mention] for each statement. */
const who = (text: string): [string | null, string | null][] =>
  extract(text).statements.map((s) => [s.speaker?.name ?? null, s.speaker?.mention?.text ?? null]);

describe('names', () => {
  it('strips titles and keeps particles', () => {
    expect(parseMention('European Commission President Ursula von der Leyen')).toMatchObject({ kind: 'person', name: 'Ursula von der Leyen', surname: 'leyen' });
    expect(parseMention('White House press secretary Josh Earnest')).toMatchObject({ kind: 'person', name: 'Josh Earnest' });
    expect(parseMention('Texas Sen. Ted Cruz')).toMatchObject({ kind: 'person', name: 'Ted Cruz' });
    expect(parseMention('Mr. Trump')).toMatchObject({ kind: 'person', name: 'Trump', gender: 'm' });
    expect(parseMention('Mrs. Clinton')).toMatchObject({ kind: 'person', name: 'Clinton', gender: 'f' });
  });

  it('reads a mention over a line break of the HTML source as the page draws it (constructed)', () => {
    expect(parseMention('Prime Minister Habib\n                                Essid')).toMatchObject({ kind: 'person', name: 'Habib Essid' });
    // A run of capitalised words never crosses a paragraph: "… North Africa" + "Ajmi Lourimi, …".
    expect(who('Attack stokes instability fears in North Africa\n\nAjmi Lourimi said he believed the attack would unite Tunisians.')).toEqual([['Ajmi Lourimi', 'Ajmi Lourimi']]);
  });

  it('tells roles, groups and organisations from persons', () => {
    expect(parseMention('a spokesman for the ministry')).toMatchObject({ kind: 'group', name: 'spokesman for the ministry' });
    expect(parseMention('officials')).toMatchObject({ kind: 'group', name: 'officials' });
    expect(parseMention('the Kremlin')).toMatchObject({ kind: 'organisation', name: 'Kremlin' });
    expect(parseMention('The State Department')).toMatchObject({ kind: 'organisation' });
    expect(parseMention('The Clinton campaign')).toMatchObject({ kind: 'group', name: 'Clinton campaign' });
    expect(parseMention('Senate Democrats')).toMatchObject({ kind: 'group' });
    expect(parseMention('Palestinians')).toMatchObject({ kind: 'group' });
    expect(parseMention('Evans')).toMatchObject({ kind: 'person' });
    expect(parseMention('Trump’s')).toMatchObject({ kind: 'person', name: 'Trump' });
    expect(parseMention('We’ve')).toMatchObject({ kind: 'pronoun', name: 'we' });
  });

  it('a person or group noun before a preposition heads the phrase, the name after it is no speaker (PolNeAR train subjects)', () => {
    expect(parseMention('Six Gannett newspapers in New Jersey')).toMatchObject({ kind: 'group', name: 'Six Gannett newspapers in New Jersey' });
    expect(parseMention('A producer for Yahoo Studios')).toMatchObject({ kind: 'group', name: 'producer for Yahoo Studios' });
    expect(parseMention('Officials at the Pentagon')).toMatchObject({ kind: 'group', name: 'Officials at the Pentagon' });
    // A title before the preposition stays part of a person's name.
    expect(parseMention('Former secretary of state Hillary Clinton')).toMatchObject({ kind: 'person', name: 'Hillary Clinton' });
    expect(parseMention('Senator Ted Cruz of Texas')).toMatchObject({ kind: 'person', name: 'Ted Cruz' });
    expect(parseMention('A Times/CBS News poll in December')).toMatchObject({ kind: 'group' });
    expect(parseMention('James Pethokoukis of the American Enterprise Institute')).toMatchObject({ kind: 'person', name: 'James Pethokoukis' });
    expect(parseMention('Former Reagan chief of staff Don Regan')).toMatchObject({ kind: 'person', name: 'Don Regan' });
    expect(parseMention('All of the GOP candidates')).toMatchObject({ name: 'All of the GOP candidates' });
  });

  it('makes stable ids from display names', () => {
    expect(slug('Ursula von der Leyen')).toBe('ursula-von-der-leyen');
    expect(slug('Volodymyr Zelenskyy')).toBe('volodymyr-zelenskyy');
    expect(slug('José Núñez')).toBe('jose-nunez');
  });
});

describe('folding one person’s mentions', () => {
  it('"Steve Witkoff" = "Witkoff" = "Mr. Witkoff", with the full name as display name (constructed)', () => {
    const text = '“We made progress,” Witkoff said.\nEnvoy Steve Witkoff spoke on Sunday.\n“It was good,” Mr. Witkoff added.';
    const result = extract(text);
    expect(result.speakers).toHaveLength(1);
    expect(result.speakers[0]).toMatchObject({ id: 'steve-witkoff', name: 'Steve Witkoff' });
    expect(result.speakers[0]!.aliases).toEqual(expect.arrayContaining(['Witkoff', 'Mr. Witkoff']));
  });

  it('keeps two people apart when they share no surname', () => {
    const text = '“We will win,” said Hillary Clinton. “No, we will,” said Bernie Sanders.';
    expect(who(text)).toEqual([
      ['Hillary Clinton', 'Hillary Clinton'],
      ['Bernie Sanders', 'Bernie Sanders'],
    ]);
  });
});

describe('two people of one surname', () => {
  it('"Bill Clinton" is not "Hillary Clinton", and neither borrows the other’s full name (train sentence, second line constructed)', () => {
    const text =
      'Hillary Clinton thinks the federal government requires too many tests for U.S. school children, former President Bill Clinton said this week at an event in Wyoming.\n“We will win,” Hillary Clinton said.';
    const result = extract(text);
    expect(result.statements.map((s) => s.speaker?.name)).toEqual(['Bill Clinton', 'Hillary Clinton']);
    expect(result.speakers.map((s) => s.id).sort()).toEqual(['bill-clinton', 'hillary-clinton']);
  });

  it('a bare surname goes to the last person of that surname named as a speaker (constructed)', () => {
    const text = '“We will win,” Hillary Clinton said.\n“Yes,” former President Bill Clinton said.\n“Surely,” Clinton added.';
    expect(who(text).map(([name]) => name)).toEqual(['Hillary Clinton', 'Bill Clinton', 'Bill Clinton']);
  });
});

describe('pronouns', () => {
  it('a pronoun chain follows the last speaker', () => {
    const text =
      '“Ted Cruz is the best conservative candidate since Ronald Reagan,” Viguerie tells Breitbart News in an exclusive interview.\n' +
      '“He may be the only one because Trump doesn’t unite the party,” he said.\n' +
      '“He checks all our boxes,” he added.';
    expect(who(text).map(([name]) => name)).toEqual(['Viguerie', 'Viguerie', 'Viguerie']);
  });

  it('never resolves to the addressee ("told Jake Tapper")', () => {
    const text = '“We agreed to robust security guarantees,” Witkoff told Jake Tapper on Sunday.\n“We began to see some moderation,” he added.';
    expect(who(text)).toEqual([
      ['Witkoff', 'Witkoff'],
      ['Witkoff', 'he'],
    ]);
  });

  it('she and he go to speakers of the matching gender when it is known (constructed)', () => {
    const text = '“Yes,” Mrs. Clinton said. “No,” Mr. Trump said.\n“Maybe,” she added.';
    expect(who(text).map(([name]) => name)).toEqual(['Clinton', 'Trump', 'Clinton']);
  });

  it('it goes to an organisation or a singular group (constructed)', () => {
    const text = 'The campaign said the event was cancelled. “We regret it,” Smith said.\n“It was the right call,” it said in a statement.';
    expect(who(text).map(([name]) => name)).toEqual(['campaign', 'Smith', 'campaign']);
  });

  it('they goes to a group, not to a person (constructed)', () => {
    const text = 'Officials said the plant would close. “We are sorry,” Smith said.\n“It is final,” they added.';
    expect(who(text).map(([name]) => name)).toEqual(['Officials', 'Smith', 'Officials']);
  });

  it('a pronoun before any speaker takes the nearest person named before it, not an addressee (constructed)', () => {
    expect(who('Jake Tapper interviewed Steve Witkoff on Sunday. “We made progress,” he said.')).toEqual([['Steve Witkoff', 'he']]);
    expect(who('Steve Witkoff spoke to Jake Tapper on Sunday. “We made progress,” he said.')).toEqual([['Steve Witkoff', 'he']]);
  });

  it('a pronoun with nothing before it stays unattributed, and the claim is kept', () => {
    const found = who('“I’m with her,” she said.');
    expect(found).toEqual([[null, null]]);
    expect(extract('“I’m with her,” she said.').statements[0]!.kind).toBe('direct');
  });

  it('a relative pronoun takes the name before it', () => {
    const text = 'Sanders, who on Tuesday endorsed Clinton, said Wednesday he agrees with Ginsburg’s remarks.';
    expect(who(text)).toEqual([['Sanders', 'Sanders']]);
  });
});

describe('speaker positions', () => {
  it('before the quote', () => {
    expect(who('Brafman said, “The zeal with which this case was brought is uncharacteristic.”')).toEqual([['Brafman', 'Brafman']]);
  });

  it('after the quote', () => {
    expect(who('“I don’t think either one helped themselves particularly,” said Ari Fleischer, former White House press secretary.')).toEqual([
      ['Ari Fleischer', 'Ari Fleischer'],
    ]);
  });

  it('inside the quote (an interrupted quote is one statement)', () => {
    const result = extract('“The first part,” Chris Christie said, “and the second part.”');
    expect(result.statements).toHaveLength(1);
    expect(result.statements[0]!.quote.spans).toHaveLength(2);
    expect(result.statements[0]!.speaker?.name).toBe('Chris Christie');
  });

  it('roles and organisations are speakers of their own', () => {
    const text =
      'The Kremlin said the talks were useful.\n' +
      'A spokesman for the ministry said the meeting would go ahead.\n' +
      'Officials said the plan was on track.';
    expect(extract(text).speakers.map((s) => [s.name, s.kind])).toEqual([
      ['Kremlin', 'organisation'],
      ['spokesman for the ministry', 'group'],
      ['Officials', 'group'],
    ]);
  });
});
