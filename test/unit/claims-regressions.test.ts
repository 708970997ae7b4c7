/**
 * Regressions found by the browser tests (constructed sentences given with the reports), and the
 * real PolNeAR train sentences that guard the same code paths.
 */
import { describe, expect, it } from 'vitest';
import { findClaims } from '../../src/claims';
import { findQuotes } from '../../src/claims/quotes';
import { extract } from '../../src/pipeline/extract';

const HOSTILE =
  '“The page said <img src=x onerror="alert(\'pwned\')"> and then <script>alert(2)</script> in the middle of the notice,” resident Paul Okafor said, holding up a printout.';

describe('straight quotes nested in a curly quote', () => {
  it('do not break the pairing: one direct statement, the whole curly span, by Paul Okafor', () => {
    const { statements } = extract(HOSTILE);
    expect(statements).toHaveLength(1);
    const s = statements[0]!;
    expect(s.kind).toBe('direct');
    expect(s.quote.spans).toEqual([{ start: 0, end: HOSTILE.indexOf('notice,”') + 'notice,”'.length }]);
    expect(s.speaker?.name).toBe('Paul Okafor');
    expect(s.speaker?.mention?.text).toBe('resident Paul Okafor');
  });

  it('a straight pair inside “…” nests (constructed)', () => {
    const t = '“He said "hello" to me,” she said.';
    const q = findQuotes(t).map((x) => [t.slice(x.start, x.end), x.depth]);
    expect(q).toEqual([
      ['“He said "hello" to me,”', 0],
      ['"hello"', 1],
    ]);
  });

  it('a straight " before a space still closes “ in mixed typing (PolNeAR train, Politico)', () => {
    const t = '“We’re going to build a wall," he said. "It’s going to be built. Believe it or not, it’s not even a difficult thing to do.”';
    const c = findClaims(t);
    expect(c).toHaveLength(1);
    expect(c[0]!.kind).toBe('direct');
    expect(c[0]!.spans.map((s) => t.slice(s.start, s.end))).toEqual(['“We’re going to build a wall,"', '"It’s going to be built. Believe it or not, it’s not even a difficult thing to do.”']);
  });
});

describe('participial phrases after "said,"', () => {
  it('"holding up a printout" is no claim', () => {
    const found = findClaims(HOSTILE).map((c) => HOSTILE.slice(c.spans[0]!.start, c.spans[0]!.end));
    expect(found.some((t) => t.includes('holding'))).toBe(false);
    expect(findClaims('The mayor said, holding up a printout.')).toEqual([]);
  });

  it('a participle that is itself a cue still is ("…, adding that …") (constructed)', () => {
    const t = '“It is fake,” the mayor said, adding that the notice was removed.';
    const c = findClaims(t).map((x) => ({ kind: x.kind, text: t.slice(x.spans[0]!.start, x.spans[0]!.end), mention: x.mention?.text }));
    expect(c).toEqual([
      { kind: 'direct', text: '“It is fake,”', mention: 'the mayor' },
      { kind: 'indirect', text: 'that the notice was removed', mention: 'the mayor' },
    ]);
  });
});

describe('evaluative verbs (defend, praise, criticize, …)', () => {
  const WITKOFF =
    'Witkoff defended Trump’s move to drop his demand for an immediate Russian ceasefire, saying the president shifted focus to a broader peace deal given the progress achieved.';

  it('a plain noun-phrase object is no claim; the participial "saying …" clause is', () => {
    const c = findClaims(WITKOFF).map((x) => ({ text: WITKOFF.slice(x.spans[0]!.start, x.spans[0]!.end), cue: x.cue?.text, mention: x.mention?.text }));
    expect(c).toEqual([{ text: 'the president shifted focus to a broader peace deal given the progress achieved', cue: 'saying', mention: 'Witkoff' }]);
  });

  it('a reason after the object is a claim (PolNeAR train)', () => {
    const t = 'He has criticized Clinton for accepting campaign donations and speaking fees from Wall Street firms.';
    const c = findClaims(t);
    expect(c).toHaveLength(1);
    expect(t.slice(c[0]!.spans[0]!.start, c[0]!.spans[0]!.end)).toBe('Clinton for accepting campaign donations and speaking fees from Wall Street firms');
  });

  it('a quote in the object is a claim (PolNeAR train)', () => {
    const t = 'Trump, who has a commanding lead in delegates, mocked Marco Rubio for “having a tough night” because he did not win any states.';
    expect(findClaims(t).map((x) => x.kind)).toEqual(['mixed']);
  });

  it('a clause after the verb is a claim (constructed)', () => {
    const t = 'The senator defended that the bill was fair.';
    expect(findClaims(t).map((x) => t.slice(x.spans[0]!.start, x.spans[0]!.end))).toEqual(['that the bill was fair']);
  });
});

describe('German speakers of quotes without a cue of their own (German Wikinews train)', () => {
  const speakerOf = (text: string, quoteStart: string): string | null => {
    const at = text.indexOf(quoteStart);
    const c = findClaims(text, { lang: 'de' }).find((x) => x.spans[0]!.start === at);
    expect(c, `no claim at ${quoteStart}`).toBeDefined();
    return c!.mention?.text ?? null;
  };

  it('reported speech in the subjunctive goes on with the speaker of the quote before', () => {
    const t =
      'Stoiber begründete seinen Rückzug mit einer „veränderten Lage“ nach dem Abgang von SPD-Parteichef Franz Müntefering. Damit seien „der Kurs und die Berechenbarkeit der SPD nicht mehr so klar“.';
    expect(speakerOf(t, '„veränderten')).toBe('Stoiber');
    expect(speakerOf(t, '„der Kurs')).toBe('Stoiber');
  });

  it('"wird X … zitiert": the subject after the finite verb', () => {
    const t =
      'Zur aktuellen Lage des Unternehmens und seiner neuen Aufgabe wird Watzke auf der offiziellen Internetseite von Borussia Dortmund wie folgt zitiert: „(...) Es gab bestimmt auch Jahre hier beim BVB, wo ich dieses Amt mit mehr Freude übernommen hätte.“';
    expect(speakerOf(t, '„(...)')).toBe('Watzke');
  });

  it('a number inside the subject phrase ("Einer der 13 beteiligten Feuerwehrmänner sagte:")', () => {
    const t =
      'Der zuständige Feuerwehrchef Juan Chavez bestätigte den Vorfall am Sonntag gegenüber der Presse. Einer der 13 beteiligten Feuerwehrmänner sagte: „Ich habe schon viele Hausbrände gesehen, aber noch keinen so Ungewöhnlichen wie diesen.“';
    expect(speakerOf(t, '„Ich habe')).toBe('Einer der 13 beteiligten Feuerwehrmänner');
  });

  it('"Nach Auffassung des X sei …"', () => {
    const t = 'Nach Auffassung des CDU-Fraktionsvorsitzenden Hartmut Perschau sei es „völlig untragbar, dass unsere Kinder von einer verurteilten RAF-Terroristin unterrichtet werden“.';
    expect(speakerOf(t, '„völlig')).toBe('Auffassung des CDU-Fraktionsvorsitzenden Hartmut Perschau');
  });

  it('a cue opening the clause after an apposition takes the sentence subject, not its object', () => {
    const t = 'Der frühere Bürgermeister und Justizsenator, Henning Scherf (SPD), warnte die CDU vor einem „populistischen Wahlkampf“.';
    expect(speakerOf(t, '„populistischen')).toBe('Der frühere Bürgermeister');
  });
});

describe('German main-clause speakers', () => {
  const mentionAt = (text: string, quoteStart: string): string | null => {
    const at = text.indexOf(quoteStart);
    return findClaims(text, { lang: 'de' }).find((x) => x.spans[0]!.start === at)?.mention?.text ?? null;
  };

  it('a quote in a dass-clause belongs to the subject of the main clause (German Wikinews train)', () => {
    const t = 'Jackson geht davon aus, dass Spector „eine geladene Pistole in den Mund von Lara Clarkson“ gesteckt und abgedrückt habe.';
    expect(mentionAt(t, '„eine')).toBe('Jackson');
  });

  it('a past-tense verb opening the clause after an apposition is no adjective (constructed)', () => {
    const t = 'Der Bürgermeister sagte: „Wir sind froh.“ Die Sprecherin der Stadt, Anna Weber, charakterisierte den Plan als „völlig verfehlt“.';
    expect(mentionAt(t, '„völlig')).toBe('Die Sprecherin der Stadt');
  });

  it('a name opening with a capitalised particle ("Von der Leyen betonte") (constructed)', () => {
    const t = 'Die Ministerin sprach in Berlin. Von der Leyen betonte, unter den Bewerberinnen seien „viele Frauen mit Erfahrung“.';
    expect(mentionAt(t, '„viele')).toBe('Von der Leyen');
  });
});
