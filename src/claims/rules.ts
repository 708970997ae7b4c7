/**
 * The sieve: ordered, named rules that turn sentences into claims. Earlier rules win: a token used
 * as content, cue or mention by one claim is not reused by a later rule. Each claim records the rule
 * that made it (`Claim.rule` = `<kind>-<rule>`), so each rule's contribution can be measured.
 *
 * Rules, in order:
 * 1. `after`       “…,” Witkoff said. / “…,” said Witkoff. (+ the second half of an interrupted quote)
 * 2. `after`       Putin agreed to …, Witkoff told CNN on Sunday. / Headline …, Claims Witkoff
 * 3. `inserted`    The bigger risk, he said, is a clash …
 * 4. `colon`       Dr. Ward stated:¶“…”
 * 5. `according`   According to X, … / …, according to X. / …, according to X, …
 * 6. `before`      Witkoff said (that) … / He said, “…” / Witkoff: “…” / Witkoff, …, said … /
 *                  The GOP speechwriter said … (a loose subject before a verb-only cue) / called for … /
 *                  Headline Says … / Marco Rubio: Headline
 *    `participle`  …, saying (that) … / …, adding that … (the speaker is the main clause's)
 *    `noun`        Trump’s claim that … / his view that … / her decision to …
 * 7. `continued`   “…,” Cole said. “…” — a quoted sentence after an attributed one joins that claim
 *                  (as a further fragment; the claim keeps its rule name).
 * 8. `fragment`    German only: the quoted words of a mixed claim become direct claims (./german).
 * 9. `remaining`   German only: other quoted speech is a direct quote of the nearest speaker.
 * `<kind>` is direct, mixed or indirect, from the quotation marks in the content.
 */
import type { RuleContext } from './context';
import { addClaim, extendClaim, cueAt, DAYS, inSet, isFree, isPunct, isWord, one, participleAt, skip, skipBack, verbCue, words } from './context';
import { cueOf, isPhrasalCue, SOURCE_AFTER_CUES } from './cues';
import { germanClosing, germanContentStart, germanInvertedSubject, germanSpeakerBefore, germanReportedStart, ruleFragmentsAsQuotes, ruleFreeIndirect, ruleGermanAccording, ruleRemainingQuotes } from './german';
import type { TokenRange } from './mentions';
import { FINITE, FUNCTION_WORDS, isBetween, isPronoun, isRoleNoun, longSubject, looseStartingAt, looseSubject, phraseEndingAt, phraseStartingAt } from './mentions';
import type { Sentence, Token } from './sentences';
import { isQuote } from './sentences';

/** Prepositions that open a phrase skipped after a cue ("said on Sunday", "told CNN in an interview"). */
const PREPOSITIONS = words('on in at during to with from before after via through over by of about am im beim bei gegenüber zur zum mit auf vor nach');
/** Words that, right after a cue, show that no reported clause follows ("called for", "asked to"). */
const NOT_CONTENT = words('for about of on in at with from by as into against and or but than off');
/** Words opening the content of a question ("asked whether …", "asked about …"). */
const QUESTION_WORDS = words('whether if about who what why how when where which');
/** Object pronouns and plain nouns taken as addressees ("told me", "told reporters"). */
const OBJECT_PRONOUNS = words('me him her us them you reporters journalists lawmakers supporters');
/** Complementisers introducing the reported clause. */
const COMPLEMENTISERS = words('that if whether dass ob que');
/** Clause-initial words that are not part of a sentence's subject. */
const CONJUNCTIONS = words('but and yet so or still however meanwhile then now also aber und doch');
/** A clause-initial conjunction. */
const opensClause = (t: Token): boolean => inSet(CONJUNCTIONS, t);

/**
 * English: where a sentence's own words begin after a dateline ("WASHINGTON (Reuters) -",
 * "LOS ANGELES, Feb. 2 (UPI) —", "MIAMI —"): capitalised words and numbers up to a dash, opened by a
 * word in capitals or closed by an agency in parentheses.
 */
function sentenceStart(ctx: RuleContext, s: Sentence): number {
  const { tokens } = ctx;
  const top = Math.min(s.last - 2, s.first + 16);
  for (let d = s.first + 1; ctx.lang === 'en' && d < top; d++) {
    const t = tokens[d]!;
    if (isPunct(t, '—–-')) {
      const agency = isPunct(tokens[d - 1], ')') && isPunct(tokens[d - 3], '(') && /^\p{Lu}\p{L}+$/u.test(tokens[d - 2]!.text);
      return agency || /^\p{Lu}{3,}$/u.test(tokens[s.first]!.text) ? d + 1 : s.first;
    }
    if (t.kind === 'quote' || (isWord(t) && !t.cap && !/^\d/.test(t.text))) break;
  }
  return s.first;
}
/** Words that open a fronted adverbial ("At a press conference …, X said"). */
const FRONTED = words(
  'at in on after before during when while as since although though because if speaking asked following despite with ' +
    'amid bei nach vor während',
);
/** Auxiliaries of compound past tenses before an inverted cue ("a déclaré", "ha dicho"). */
const ROMANCE_AUXILIARIES = words('a ha há tem');
/** Verbs after "so" that name rather than quote ("„…“, so heißt das Projekt"). */
const SO_NAMES = words('heißt hieß lautet lautete nennt');
/** Cues only after a quote: "“…,” read the email", "“…,” the sign reads". */
const READ = words('read reads');
/** Forms of "be" that make an -ing cue progressive ("is telling", "He’s claiming"). */
const BE = words('is are was were be been am he’s she’s it’s they’re he\'s she\'s it\'s they\'re');
/** Words before a participial cue that attach it to the main clause ("…, adding", "while saying", "a statement saying"). */
const PARTICIPLE_OPENERS = words('while before after and by when statement statements letter email emails tweet tweets post message memo note release ad video');
/** Longest prepositional phrase skipped after a cue ("in an interview with The Associated Press last week"). */
const PP_MAX = 12;
/** Words that open a noun phrase after "to" ("told to the press", "spoke to the president"). */
const DETERMINER_LIKE = words('the a an his her their its our my your this that these those reporters supporters');
/** Time words skipped after a cue ("said Sunday", "told reporters this week"). */
const TIME_WORDS = words(
  `${DAYS} yesterday today tonight recently earlier later again morning afternoon evening night week weekend month year ` +
    'gestern heute montag dienstag mittwoch donnerstag freitag samstag sonntag',
);

/** An attribution "speaker + cue" (in either order) with the token where whatever follows it begins. */
interface Attribution {
  mention: TokenRange;
  cue: TokenRange;
  /** First token after the attribution (after any addressee and prepositional phrases). */
  next: number;
}

/** Skips an addressee and prepositional phrases after a cue; returns the first token after them. */
function skipAfterCue(tokens: Token[], cueIndex: number, addressee: boolean, end: number): number {
  let p = cueIndex + 1;
  // A particle of a phrasal verb: "pointed out that", "calls out companies".
  if (isWord(tokens[p]) && (tokens[p]!.lower === 'out' || tokens[p]!.lower === 'up')) p++;
  if (addressee && p < end) {
    const t = tokens[p]!;
    if (inSet(OBJECT_PRONOUNS, t)) p++;
    // "asked who would …": the question word opens the content, it is no addressee.
    else if (!inSet(QUESTION_WORDS, t)) {
      const np = phraseStartingAt(tokens, p, end);
      if (np) p = np.last;
    }
  }
  while (p < end && isWord(tokens[p])) {
    const t = tokens[p]!;
    if (TIME_WORDS.has(t.lower) || /^\p{Ll}+ly$/u.test(t.text)) {
      p++;
      continue;
    }
    // "this week", "last month", "earlier this year"
    if ((t.lower === 'this' || t.lower === 'last' || t.lower === 'next') && inSet(TIME_WORDS, tokens[p + 1])) {
      p += 2;
      continue;
    }
    if (!PREPOSITIONS.has(t.lower)) break;
    // "to" before a verb is an infinitive, the content itself ("refused to endorse …").
    const n = tokens[p + 1];
    if (t.lower === 'to' && ((isWord(n) && !n.cap && !DETERMINER_LIKE.has(n.lower)) || isQuote(n))) break;
    // The phrase runs to a comma, "that", a pronoun or a cue ("on Friday he met …"), at most 12 words.
    let q = p + 1;
    while (q < end && q - p <= PP_MAX && isWord(tokens[q]) && !COMPLEMENTISERS.has(tokens[q]!.lower) && !isPronoun(tokens[q]!) && !cueAt(tokens[q])) q++;
    if (isQuote(tokens[q]) && q < end) q++;
    if (q - p > PP_MAX || q === p + 1) break;
    p = q;
  }
  return p;
}

/**
 * A colon introduces non-quoted content only after a speaker label: a name opening its sentence
 * before content with a quote ("Pence: Flowers Won’t Be at Debate, Trump Was ‘Mocking’ …") or a
 * transcript label in capitals ("PENCE: Well, look, …").
 */
function colonSpeaker(tokens: Token[], s: Sentence, mention: TokenRange, from: number, first = false): boolean {
  if (mention.first !== s.first) return false;
  const label = tokens.slice(mention.first, mention.last);
  if (label.length === 1 && /^\p{Lu}{2,}$/u.test(label[0]!.text)) return !NOT_LABELS.has(label[0]!.lower);
  if (!label.every((t) => t.cap) || label.length > 4 || label.some((t) => NOT_LABELS.has(t.lower))) return false;
  // The article's headline: "Marco Rubio: I’m Not Interested In Being Vice President" (not "The Latest: …").
  if (first) return true;
  for (let k = from; k < s.last; k++) if (isQuote(tokens[k])) return true;
  return false;
}

/** Words of headline and section labels before a colon that name no speaker ("Breaking:", "The Latest:"). */
const NOT_LABELS = words('the a breaking exclusive wow revealed watch update updated video photos analysis opinion byline latest live huffpollster editorial q a');

/** A sentence whose words are mostly capitalised, as in a headline ("Bush Says We Should Pay Attention …"). */
function isHeadline(tokens: Token[], s: Sentence): boolean {
  let all = 0;
  let caps = 0;
  for (let k = s.first; k < s.last; k++) {
    const t = tokens[k]!;
    if (!isWord(t) || t.text.length <= 3) continue;
    all++;
    if (t.cap) caps++;
  }
  return all >= 3 && caps >= all * 0.8;
}

/** A finite verb form that cannot be a noun or a base form: "Says", "Warned", "Told". */
const finiteForm = (t: Token): boolean => /(ed|s)$/u.test(t.lower) || PAST_FORMS.has(t.lower);

/** A name right before a participle that introduces a quote: "Clinton asking, “…”". */
function namesQuoter(tokens: Token[], c: number): boolean {
  const prev = tokens[c - 1];
  if (!isWord(prev) || !prev.cap) return false;
  for (let k = c + 1; k < tokens.length && k - c <= PP_MAX; k++) {
    if (isQuote(tokens[k])) return isPunct(tokens[k - 1], ',:');
    if (tokens[k]!.kind === 'punct' && !isPunct(tokens[k], ',:')) return false;
  }
  return false;
}

/** True when `prev` lets a participle that follows it start a participial clause. */
function opensParticiple(prev: Token | undefined): boolean {
  if (!prev) return false;
  if (prev.kind === 'punct') return prev.text === ',';
  if (isQuote(prev)) return /,\W*$/u.test(prev.text);
  return PARTICIPLE_OPENERS.has(prev.lower);
}

/**
 * An attribution starting at token `at`: "Witkoff said", "he added", "said Witkoff", "Claims Witkoff",
 * "so Müller", "Trump, the GOP frontrunner, said". `loose` (right after a quote) accepts any phrase
 * before the cue and, after a name or pronoun, any verb in -ed/-s ("he continued", "Hollande retaliated").
 */
function attributionAt(tokens: Token[], at: number, end: number, loose: boolean): Attribution | null {
  let first = tokens[at];
  if (!isWord(first)) return null;
  /** The speaker `np`, the cue of `width` tokens at `c`, and what follows the word at `after`. */
  const attribution = (np: TokenRange, c: number, width: number, after: number, addressee = false): Attribution => ({
    mention: np,
    cue: { first: c, last: c + width },
    next: skipAfterCue(tokens, after, addressee, end),
  });
  // A French/Spanish/Portuguese auxiliary before an inverted cue: "…», a déclaré Macron".
  if (ROMANCE_AUXILIARIES.has(first.lower) && cueAt(tokens[at + 1])) first = tokens[++at]!;
  // Inverted: cue, then the speaker.
  const inv = cueOf(first.lower);
  // "„…“, so X": "so" inverts, except before a naming verb ("„Wikiasari“, so heißt ein geplantes Projekt").
  const invertible = (inv && inv.invertible && !inv.participle && !inv.evaluative && !/^(told|tell|remind)/u.test(first.lower)) || (first.lower === 'so' && !inSet(SO_NAMES, tokens[at + 1])) || (loose && READ.has(first.lower));
  // Right after a quote, any verb in -ed before a name closing the clause: "“…!” beamed Donald Hartley."
  const ed = loose && !first.cap && first.lower.endsWith('ed');
  if (invertible || ed) {
    const np = loose && invertible ? looseStartingAt(tokens, at + 1, end) : phraseStartingAt(tokens, at + 1, end);
    if (np && (invertible || (isNamed(tokens, np) && (np.last >= end || isPunct(tokens[np.last], '.,!?'))))) return attribution(np, at, 1, np.last - 1);
  }
  // Speaker, then cue.
  const np = loose ? looseSpeaker(tokens, at, end) : (phraseStartingAt(tokens, at, end) ?? subjectAt(tokens, at, end));
  if (!np) return null;
  let c = skipParenthesis(tokens, np.last, end);
  // An appositive between speaker and cue: "Trump, the GOP frontrunner, said", "Harry Bond, 30, of Raleigh, said".
  if (isPunct(tokens[c], ',')) {
    const stops = (k: number): boolean => (isPunct(tokens[k], '.;:!?') && !isPunct(tokens[k + 1], ',')) || isQuote(tokens[k]);
    for (let k = c + 1; k < end && k - c < 30 && !stops(k); k++) {
      if (!isPunct(tokens[k], ',')) continue;
      const v = skip(tokens, k + 1, end, isBetween);
      if (verbCue(tokens[v])) {
        c = k + 1;
        break;
      }
    }
  }
  c = skip(tokens, c, end, isBetween);
  const cueTok = tokens[c];
  const cue = cueAt(cueTok);
  if (cue && !cue.participle) return attribution(np, c, 1, c, cue.addressee);
  if (isWord(cueTok) && isPhrasalCue(cueTok.lower, tokens[c + 1]?.lower)) {
    return attribution(np, c, 2, c + 1);
  }
  if (loose && isWord(cueTok) && !cueTok.cap && ((/(ed|s)$/.test(cueTok.lower) && isNamed(tokens, np)) || READ.has(cueTok.lower))) {
    return attribution(np, c, 1, c);
  }
  return null;
}

/** The speaker phrase before a cue in loose mode: words up to the first cue, comma or punctuation. */
function looseSpeaker(tokens: Token[], at: number, end: number): TokenRange | null {
  let stop = at;
  // ("Blackwell continued," / "an angry Hollande retaliated.": an unlisted verb in -ed after a name ends it too)
  const verb = (k: number): boolean => !!verbCue(tokens[k]) || (!!tokens[k - 1]!.cap && /^\p{Ll}+ed$/u.test(tokens[k]!.text) && !isWord(tokens[k + 1]));
  while (stop < end && stop - at < 10 && isWord(tokens[stop]) && !(stop > at && verb(stop))) stop++;
  const np = looseStartingAt(tokens, at, stop);
  // The phrase must reach the cue or the appositive comma before it (less any adverbs before the
  // cue); with no cue ahead ("Bozell answers."), the strict phrase leaves room for an unlisted verb.
  const cueAhead = isWord(tokens[stop]) || isPunct(tokens[stop], ',');
  if (!np || np.last !== stop || !cueAhead) return phraseStartingAt(tokens, at, end);
  let last = np.last;
  while (last > np.first + 1 && isBetween(tokens[last - 1]!)) last--;
  return { first: np.first, last };
}

/** A loose subject from `at` to a finite cue that cannot be a noun ("the congressional report said"). */
function subjectAt(tokens: Token[], at: number, end: number): TokenRange | null {
  let c = at;
  while (c < end && c - at <= 8 && isWord(tokens[c]) && !onlyVerb(tokens[c])) c++;
  if (!onlyVerb(tokens[c])) return null;
  return looseSubject(tokens, at, skipBack(tokens, c, at + 1, isBetween), isSubjectCue);
}

/** Skips a short parenthesis at `p` ("Sen. Marco Rubio (R-Fla.) said"). */
function skipParenthesis(tokens: Token[], p: number, end: number): number {
  if (!isPunct(tokens[p], '(')) return p;
  for (let k = p + 1; k < end && k - p <= 10; k++) if (isPunct(tokens[k], ')')) return k + 1;
  return p;
}

/** A phrase that is a pronoun or holds a capitalised name. */
function isNamed(tokens: Token[], r: TokenRange): boolean {
  if (r.last - r.first === 1 && isPronoun(tokens[r.first]!)) return true;
  for (let i = r.first; i < r.last; i++) if (tokens[i]!.cap) return true;
  return false;
}

/** German: an inverted attribution whose phrase after the cue cannot be its subject ("sagte zu den Anschuldigungen"). */
const badInversion = (tokens: Token[], a: Attribution): boolean => a.cue.first < a.mention.first && !germanInvertedSubject(tokens, a.mention);

/** True when token `at` opens a closing attribution ("he said." after `“…!”`): such a quote does not end the sentence. */
export function startsAttribution(tokens: Token[], at: number): boolean {
  const end = Math.min(tokens.length, at + 30);
  const a = attributionAt(tokens, at, end, true);
  if (!a) return false;
  // After a German quote only an inverted attribution closes it („…“ sagte X / so X); "X sagte" opens a new sentence.
  if (/^[„»]/u.test(tokens[at - 1]?.text ?? '') && (a.mention.first < a.cue.first || badInversion(tokens, a))) return false;
  const n = tokens[a.next];
  // "He added, “…”" and "He said (that) the …" begin a new sentence; "he said." / "he said, adding …" /
  // "Trump told Britain’s ITV television station in an interview." close one.
  if (isPunct(n, ',:') && isQuote(tokens[a.next + 1])) return false;
  if (!isWord(n)) return true;
  if (COMPLEMENTISERS.has(n.lower)) return false;
  return cueOf(tokens[a.cue.first]!.lower)?.addressee === true || cueOf(n.lower)?.participle === true || CLOSING_WORDS.has(n.lower);
}

/**
 * A closing position: end of the sentence, punctuation that ends the attribution, or a participial
 * clause after a comma (`on “State of the Union,” describing …`).
 */
function endsClause(tokens: Token[], p: number, s: Sentence): boolean {
  if (p >= s.last || isPunct(tokens[p], ',.;:!?—–)') || isQuote(tokens[p])) return true;
  return participleAt(tokens[p]) && opensParticiple(tokens[p - 1]);
}

/** A quote ends with a comma, question or exclamation mark or dash: the sentence goes on. */
const quoteContinues = (t: Token): boolean => /[,?!—–-]\W*$/u.test(t.text);

/** Rule 1: a quote followed by its attribution (and maybe by its second half). */
export function ruleQuoteThenAttribution(ctx: RuleContext): void {
  ctx.sentences.forEach((s, si) => {
    for (let q = s.first; q < s.last; q++) quoteThenAttribution(ctx, si, q);
  });
}

/**
 * Quotes that can take an attribution after them: a quote opening its sentence, or a quoted
 * sentence (capitalised) after a colon, dash or comma ("…, telling Mic, “But gosh…,” he said").
 */
function opensQuotedSentence(tokens: Token[], q: number, s: Sentence): boolean {
  if (q === s.first) return true;
  const prev = tokens[q - 1]!;
  if (isPunct(prev, ':;—–(-')) return true;
  const first = tokens[q]!.text.replace(/^\P{L}+/u, '');
  return isPunct(prev, ',') && /^\p{Lu}/u.test(first) && quoteContinues(tokens[q]!);
}

/** Rule 1 for the quote token `q` of sentence `si`. */
function quoteThenAttribution(ctx: RuleContext, si: number, q: number): void {
  const { tokens, sentences } = ctx;
  const s = sentences[si]!;
  const quote = tokens[q]!;
  if (quote.kind !== 'quote' || ctx.used[q] || !opensQuotedSentence(tokens, q, s)) return;
  let at = q + 1;
  if (isPunct(tokens[at], ',')) at++;
  // An epigraph-style attribution: “…” ― Sonya Herridge
  if (isPunct(tokens[at], '―—–') && at + 1 < s.last) {
    const who = looseStartingAt(tokens, at + 1, s.last);
    if (who && who.last >= s.last - 1 && isNamed(tokens, who)) {
      addClaim(ctx, 'after', [one(q)], one(at), who);
      return;
    }
  }
  const a = attributionAt(tokens, at, s.last, true);
  // A comma after the quote („…“, sagte er) continues the sentence like one inside it (“…,” he said).
  if (!a || (!quoteContinues(quote) && !isPunct(tokens[q + 1], ',') && !endsClause(tokens, a.next, s))) return;
  const content: TokenRange[] = [one(q)];
  // “A,” he said, “B.”  — or —  “A,” he said(, who …). “B.” (also when “B.” is a paragraph of its own)
  let second = a.next;
  while (second < s.last && tokens[second]!.kind !== 'quote' && !verbCue(tokens[second])) second++;
  const next = sentences[si + 1];
  if (isQuote(tokens[second]) && second < s.last && isPunct(tokens[second - 1], ',:') && s.last - second <= 2) {
    content.push(one(second));
  } else if (next && isQuote(tokens[next.first]) && next.last - next.first <= 2 && !ctx.used[next.first] && !isPunct(tokens[a.next], '-—–')) {
    content.push(one(next.first));
  }
  addClaim(ctx, 'after', content, a.cue, a.mention);
}

/** Rule 2: content first, attribution closing the sentence ("…, Witkoff told CNN on Sunday."). */
export function ruleContentThenAttribution(ctx: RuleContext): void {
  const { tokens } = ctx;
  for (const s of ctx.sentences) {
    for (let c = s.last - 1; c > s.first; c--) {
      const comma = isPunct(tokens[c], ',') || (isQuote(tokens[c]) && quoteContinues(tokens[c]!));
      if (!comma || ctx.used[c + 1]) continue;
      const a = attributionAt(tokens, c + 1, s.last, false);
      // An evaluative verb ("…, Sanders criticized") does not report the words before it.
      if (!a || (ctx.lang === 'de' && badInversion(tokens, a)) || cueAt(tokens[a.cue.first])?.evaluative) continue;
      // The attribution closes the sentence, or only a participial clause follows it.
      let end = a.next;
      while (end < s.last && isPunct(tokens[end], '.!?')) end++;
      const participle = isPunct(tokens[a.next], ',') && participleAt(tokens[a.next + 1]);
      // ("to" where the scan stopped is an infinitive, the cue's own content: "promises to “end” …")
      const closing = (inSet(CLOSING_WORDS, tokens[a.next]) && tokens[a.next]!.lower !== 'to') || (ctx.lang === 'de' && germanClosing(tokens, a.next, s));
      if (end < s.last && !participle && !closing && !appositiveToEnd(tokens, a, s)) continue;
      // An opening conjunction belongs to the content ("But in 1992, …, he said"), as PolNeAR marks it.
      const first = sentenceStart(ctx, s);
      const last = isQuote(tokens[c]) ? c + 1 : c;
      // Two tokens are enough when one is a quote: 'Clinton “caused tremendous havoc,” he said.'
      const quoted = tokens.slice(first, last).some(isQuote);
      if (last - first < (quoted ? 2 : 3) || !isFree(ctx, first, last)) break;
      addClaim(ctx, 'after', [{ first, last }], a.cue, a.mention);
      break;
    }
  }
}

/**
 * An inverted attribution whose speaker is followed by an appositive running to the sentence's end
 * ("…, said Jon Alterman, a Middle East analyst with the Center …", "…, said Mr. Regalado, who was
 * born in Havana."): no quote and no other cue in it.
 */
function appositiveToEnd(tokens: Token[], a: Attribution, s: Sentence): boolean {
  if (a.cue.first > a.mention.first || !isPunct(tokens[a.next], ',') || s.last - a.next > 30) return false;
  for (let k = a.next + 1; k < s.last; k++) if (isQuote(tokens[k]) || verbCue(tokens[k]) || isPunct(tokens[k], ';:')) return false;
  return true;
}

/**
 * Rule 3: an attribution inserted in its content ("The bigger risk, he said, is a clash …"): one
 * claim of two spans, the words before and after the attribution.
 */
export function ruleInsertedAttribution(ctx: RuleContext): void {
  const { tokens } = ctx;
  for (const s of ctx.sentences) {
    for (let c = s.first + 1; c < s.last - 3; c++) {
      if (!isPunct(tokens[c], ',') || ctx.used[c + 1]) continue;
      const a = attributionAt(tokens, c + 1, s.last, false);
      // "…, said Smith, who argued …": a relative clause after the speaker is no second half.
      if (!a || !isPunct(tokens[a.next], ',') || a.next + 1 >= s.last || inSet(RELATIVE_OPENERS, tokens[a.next + 1])) continue;
      if (ctx.lang === 'de' && badInversion(tokens, a)) continue;
      const first = skip(tokens, sentenceStart(ctx, s), c, opensClause);
      const before = { first, last: c };
      const after = { first: a.next + 1, last: clauseEnd(tokens, a.next + 1, s) };
      // A quote going on with the sentence ("…, Ms. Tanzer said, ''is a perfect example …''") is enough.
      const quoteGoesOn = isQuote(tokens[after.first]) && /^\P{L}*\p{Ll}/u.test(tokens[after.first]!.text);
      if (first > c || !isFree(ctx, before.first, before.last) || !isFree(ctx, after.first, after.last) || after.last - after.first < (quoteGoesOn ? 1 : 2)) continue;
      addClaim(ctx, 'inserted', [before, after], a.cue, a.mention);
      break;
    }
  }
}

/** The speaker of a participial or coordinated cue: the subject of the sentence's main clause. */
function clauseSubject(ctx: RuleContext, s: Sentence, before: number): TokenRange | null {
  const { tokens } = ctx;
  // An earlier claim in the same sentence lends its speaker.
  for (let i = ctx.mentions.length - 1; i >= 0; i--) {
    const m = ctx.mentions[i];
    if (m && m.first >= s.first && m.last <= before) return m;
  }
  // After a dateline: "WASHINGTON — Sen. Bernie Sanders …", "New York (AFP) – Vice President Joe Biden …".
  let p = skip(tokens, sentenceStart(ctx, s), before, opensClause);
  const en = ctx.lang !== 'de';
  const fronted = inSet(FRONTED, tokens[p]) || (en && (inSet(MORE_FRONTED, tokens[p]) || /^\p{Lu}\p{Ll}+ing$/u.test(tokens[p]?.text ?? '')));
  if (fronted) {
    while (p < before && !isPunct(tokens[p], ',')) p++;
    p++;
  }
  let subject = p < before ? phraseStartingAt(tokens, p, before) : null;
  // "In Salem, New Hampshire, Trump went after Bush, calling …": the place goes on after the comma.
  if (en && fronted && subject && isPunct(tokens[subject.last], ',')) {
    const next = phraseStartingAt(tokens, subject.last + 1, before);
    const v = next ? tokens[skip(tokens, next.last, before, isBetween)] : undefined;
    if (next && isWord(v) && !v.cap) subject = next;
  }
  if (subject) return subject;
  // "When he returned he began by saying …": the nearest personal pronoun before the participle.
  for (let k = before - 1; k >= s.first; k--) if (isPronoun(tokens[k]!) && !['who', 'which', 'it'].includes(tokens[k]!.lower)) return one(k);
  return null;
}

/** The end of a reported clause starting at `from`: the sentence end, or a following participial cue/source. */
function clauseEnd(tokens: Token[], from: number, s: Sentence): number {
  const first = tokens[from]!;
  // A quote opening the content, then a conjunction or preposition: the quote alone is the content
  // ("cautioned “let’s not get ahead of ourselves,” before predicting …").
  if (isQuote(first) && from + 1 < s.last) {
    const n = tokens[from + 1]!;
    if ((inSet(AFTER_QUOTE, n)) || isPunct(n, '—–-(') || /,\W*$/u.test(first.text)) return from + 1;
  }
  for (let p = from; p < s.last - 1; p++) {
    const t = tokens[p]!;
    const n = tokens[p + 1]!;
    const comma = isPunct(t, ',;') || (isQuote(t) && /,\W*$/u.test(t.text));
    const end = isQuote(t) ? p + 1 : p;
    if (comma && (cueAt(n)?.participle || n.lower === 'according')) return end;
    // The end of an appositive before the main verb ("Cruz, who says …, said …"), or an attribution
    // that takes over ("… than Trump, Bolton said, “…”").
    if (comma && p > from && (cueAt(n) || attributionAt(tokens, p + 1, s.last, false))) return end;
    // A coordinated cue starts a claim of its own: "… by name, but told his supporters, “…”".
    if ((n.lower === 'and' || n.lower === 'but') && p > from) {
      const v = skip(tokens, p + 2, s.last, isBetween);
      const cue = cueAt(tokens[v]);
      if (cue && !cue.participle) return comma && t.kind === 'punct' ? p : p + 1;
    }
    // A coordinated clause with its own speaker: "… said Clinton is honest, and three-quarters said …".
    if (inSet(CONTRASTS, n) && p > from) {
      const a = attributionAt(tokens, p + 2, s.last, false);
      if (a && a.mention.first === p + 2 && a.cue.first > a.mention.first && verbCue(tokens[a.cue.first])?.invertible) return comma && t.kind === 'punct' ? p : p + 1;
    }
  }
  return s.last;
}

/** Conjunctions opening a coordinated clause that may have its own attribution. */
const CONTRASTS = words('and but while though although whereas');

/** Forms of "be" before a passive participle ("is expected", "was told", "were asked"). */
const PASSIVE_BE = words('is are was were be been being widely');

/** A participle cue after a form of "be" among the words before it ("is widely expected", "was later told"). */
function isPassive(tokens: Token[], c: number, s: Sentence): boolean {
  if (!/(ed|own|old|ound|een|aid)$/u.test(tokens[c]!.lower)) return false;
  for (let k = c - 1; k >= s.first && isWord(tokens[k]) && (isBetween(tokens[k]!) || inSet(PASSIVE_BE, tokens[k])); k--) if (inSet(PASSIVE_BE, tokens[k])) return true;
  return false;
}

/** Articles and possessives before an adjective in -ed ("a planned attack", "his repeated claims"). */
const ARTICLE_LIKE = words('a an the his her their its our my your');

/** More openers of a fronted phrase before an English main clause ("Throughout the 2000s, …"). */
const MORE_FRONTED = words('throughout ever facing by for from under across over among within without upon');

/** Relative pronouns opening a clause about the speaker ("said Smith, who …"). */
const RELATIVE_OPENERS = words('who whose whom which');

/** Words before a subject that make its cue part of a free relative ("what he said"). */
const FREE_RELATIVES = words('what whatever');
/** Modal verbs: "the coast can expect clear skies" is a forecast, not something the coast thinks. */
const MODALS = words('can could may might will would should must');
/** Naming verbs: "a poem called “Winter Solstice”" names a thing; nobody says the title. */
const NAMING = words('called dubbed titled entitled named termed labelled labeled branded');

/** Words after "he said" that go on with the attribution, not with a reported clause. */
const CLOSING_WORDS = words('while as when after before without during in at on of about to with from');

/** Words after a quote that show the quote alone was the content. */
const AFTER_QUOTE = words('but and before after while as when because at to in on with for during referring without');

/** Quantifiers that stand alone for a plural subject. */
const PLURAL_QUANTIFIERS = words('most many few several some all both others');

/** A subject a bare English base form cannot follow: a name, he/she/it, or a possessive. */
function singularSubject(tokens: Token[], r: TokenRange): boolean {
  const head = tokens[r.last - 1]!;
  if (isPronoun(head)) return ['he', 'she', 'it'].includes(head.lower);
  // "Most believe", "Many think": a quantifier standing for a plural subject.
  if (r.last - r.first === 1 && inSet(PLURAL_QUANTIFIERS, head)) return false;
  return (head.cap && !/s$/u.test(head.lower)) || /[’']s$/u.test(head.text);
}

/** The speaker of a cue that follows it: "Witkoff said", "Witkoff, offering …, said", "…, but noted". */
function speakerBefore(ctx: RuleContext, s: Sentence, c: number, colon: boolean): TokenRange | null {
  const { tokens } = ctx;
  if (ctx.lang === 'de') return germanSpeakerBefore(tokens, s, c, colon);
  let p = c;
  p = skipBack(tokens, p, s.first, isBetween);
  // A time phrase between subject and verb: "Clinton on Tuesday said".
  if (p - 2 > s.first && inSet(TIME_WORDS, tokens[p - 1]) && ['on', 'this', 'last', 'early', 'late'].includes(tokens[p - 2]!.lower)) {
    p -= 2;
    p = skipBack(tokens, p, s.first, isBetween);
  }
  // A catenative chain: "went on to say", "wanted to know", "continued to insist".
  if (p - 2 > s.first && tokens[p - 1]!.lower === 'to') {
    let k = p - 2;
    if (tokens[k]!.lower === 'on' && k - 1 > s.first) k--;
    if (isWord(tokens[k]) && /(ed|s|went)$/.test(tokens[k]!.lower)) {
      p = k;
      p = skipBack(tokens, p, s.first, isBetween);
    }
  }
  if (isPunct(tokens[p - 1], ')')) {
    // "Rep. Trey Gowdy (R-S.C.) said": the phrase before the parenthesis.
    let k = p - 2;
    while (k > s.first && p - k <= 10 && !isPunct(tokens[k], '(')) k--;
    if (isPunct(tokens[k], '(')) p = k;
  }
  const prev = tokens[p - 1];
  if (colon) return phraseEndingAt(tokens, p, s.first);
  if (isPunct(prev, '—–')) {
    // "Many speakers at the service — including Muslims, Christians — said": before the dashes.
    for (let k = p - 2; k > s.first && p - k < 30; k--) if (isPunct(tokens[k], '—–')) return phraseEndingAt(tokens, k, s.first) ?? longSubjectBefore(tokens, s, c, p);
    return null;
  }
  if (isPunct(prev, ',')) {
    // "Witkoff, offering …, said" / "Marley Anderson, 21, a junior from Las Vegas, said": the first
    // phrase before the appositives that can be a speaker.
    for (let k = p - 2; k > s.first && p - k < 40; k--) {
      if (!isPunct(tokens[k], ',')) continue;
      // "Rep. Elijah Cummings (D-Md.), chair of …, said": the phrase before the parenthesis.
      let e = k;
      if (isPunct(tokens[e - 1], ')')) {
        while (e > s.first && !isPunct(tokens[e - 1], '(')) e--;
        e--;
      }
      const np = phraseEndingAt(tokens, e, s.first);
      if (np && (np.first === s.first || isPunct(tokens[np.first - 1], ',:;—–') || isQuote(tokens[np.first - 1]) || (inSet(APPOSITIVE_OPENERS, tokens[np.first - 1]) && np.first - 1 === s.first))) {
        // "Murshed Zaheed, acting political director of CREDO Action, which …, said": the name before a description.
        const name = !tokens[np.first]!.cap && isPunct(tokens[np.first - 1], ',') ? phraseEndingAt(tokens, np.first - 1, s.first) : null;
        const b = name ? tokens[name.first - 1] : undefined;
        return name && isNamed(tokens, name) && (name.first === s.first || !isWord(b) || inSet(APPOSITIVE_OPENERS, b)) ? name : np;
      }
    }
    return longSubjectBefore(tokens, s, c, p);
  }
  if (isWord(prev) && (prev.lower === 'and' || prev.lower === 'but')) return clauseSubject(ctx, s, p - 1);
  const np = phraseEndingAt(tokens, p, s.first);
  if (np) return widened(tokens, s, coordinated(tokens, s, np), p);
  return subjectOfClause(tokens, s, c, p) ?? longSubjectBefore(tokens, s, c, p);
}

/** Words after which a clause (and its subject) begins: "as Mrs. Clinton and Ms. Warren echoed …". */
const SUBORDINATORS = words('as while when because after before if although though since that but');

/**
 * Two names or pronouns coordinated as the subject ("Frank Newport and Jim Harter", "he and
 * Brafman") when the first opens its clause.
 */
function coordinated(tokens: Token[], s: Sentence, np: TokenRange): TokenRange {
  const and = np.first - 1;
  if (tokens[and]?.lower !== 'and' || !isNamed(tokens, np)) return np;
  const left = phraseEndingAt(tokens, and, s.first);
  if (!left || !isNamed(tokens, left)) return np;
  const b = tokens[left.first - 1];
  return left.first === s.first || !isWord(b) || inSet(SUBORDINATORS, b) ? { first: left.first, last: np.last } : np;
}

/**
 * A strict phrase widened to the whole subject before it when the words from the clause's start are
 * all part of it ("GOP frontrunner Donald Trump", "A producer for Yahoo Studios", "Top Republican
 * Party donor Sheldon Adelson"; see `longSubject`).
 */
function widened(tokens: Token[], s: Sentence, np: TokenRange, p: number): TokenRange {
  if (np.last !== p) return np;
  for (let k = Math.max(s.first, np.first - 20); k < np.first; k++) {
    if (k !== s.first && !isPunct(tokens[k - 1], ',:;—–-') && !isQuote(tokens[k - 1])) continue;
    const st = skip(tokens, k, np.first, opensClause);
    if (st >= np.first || inSet(FRONTED, tokens[st])) continue;
    const r = longSubject(tokens, st, p, nounlessCue);
    if (r && r.last === p) return { first: st, last: np.last };
  }
  return np;
}

/**
 * A long subject before a finite cue ("The deputy head of China’s delegation to the forum said",
 * "Six Gannett newspapers in New Jersey, including the Asbury Park Press, said"): from the clause's
 * start — the sentence's, or after a fronted phrase and its comma — to the cue (see `longSubject`).
 */
function longSubjectBefore(tokens: Token[], s: Sentence, c: number, p: number): TokenRange | null {
  if (!onlyVerb(tokens[c])) return null;
  // Each start after a comma must follow a fronted phrase ("In Vermont, …"), not an appositive.
  let segment = s.first;
  for (let k = Math.max(s.first, p - 30); k < p - 1; k++) {
    if (k !== s.first && !isPunct(tokens[k - 1], ',:;—–-')) continue;
    const prev = tokens[segment];
    const dash = isPunct(tokens[k - 1], '—–-');
    // After a dash, only when no second dash closes it before the cue ("X — A and B — said").
    if (dash && tokens.slice(k, p).some((x) => isPunct(x, '—–-'))) continue;
    const fronted = k === s.first || dash || !isPunct(tokens[k - 1], ',') || inSet(FRONTED, prev) || inSet(FUNCTION_WORDS, prev) || inSet(TIME_WORDS, prev);
    segment = k;
    const st = skip(tokens, k, p, opensClause);
    if (!fronted || inSet(FRONTED, tokens[st]) || /^\p{L}+ing$/u.test(tokens[st]?.text ?? '')) continue;
    const r = longSubject(tokens, st, p, nounlessCue);
    // "National Guard members, called to service …": a comma right before the cue closes an appositive.
    if (!r || (isPunct(tokens[p - 1], ',') && r.last >= p - 1)) continue;
    // A base form ("say", "show") agrees only with a plural head ("Friends of … say").
    if (cueOf(tokens[c]!.lower)?.base && !/s$/u.test(tokens[r.last - 1]!.lower)) continue;
    if (!inSet(TIME_WORDS, tokens[r.last - 1]) && !/^\d/u.test(tokens[r.last - 1]!.text)) return r;
  }
  return null;
}

/** Words opening a sentence before a subject with an appositive ("But Matt Morrison, the group's deputy director, said"). */
const APPOSITIVE_OPENERS = words('but and yet so still even now');

/** Cues that are only verbs though not in -ed: irregular past forms and present forms that are no nouns. */
const PAST_FORMS = words('said say told wrote thought felt knew found saw sought swore understood believe think argue insist contend suggest predict expect acknowledge show find want');
/** A finite cue that cannot be a noun ("said", "says", "argued"; not "report", "plans", "claims"). */
const onlyVerb = (t: Token | undefined): boolean =>
  verbCue(t) !== undefined && (/ed$/u.test(t!.lower) || PAST_FORMS.has(t!.lower) || PAST_FORMS.has(t!.lower.replace(/s$/u, '')));
/** A cue that cannot be a plural noun ("said", "argued"; not "states", "reports"). */
const nounlessCue = (t: Token): boolean => isSubjectCue(t) && (!/s$/u.test(t.lower) || t.lower === 'says');
/** Words that are the cue of a subject's own clause, not part of the subject. */
const isSubjectCue = (t: Token): boolean => verbCue(t) !== undefined || participleAt(t);

/**
 * The whole subject of the clause ending at `p` when the strict scanner finds none ("The GOP
 * speechwriter said", "Several supporters of reform said"): from the clause's start (after a comma,
 * colon, dash or quote, and any opening conjunction) up to the cue.
 */
function subjectOfClause(tokens: Token[], s: Sentence, c: number, p: number): TokenRange | null {
  if (!onlyVerb(tokens[c])) return null;
  let k = p;
  while (k > s.first && isWord(tokens[k - 1]) && p - k <= 8) k--;
  if (k > s.first && !isPunct(tokens[k - 1], ',;:—–(') && !isQuote(tokens[k - 1])) return null;
  k = skip(tokens, k, p, opensClause);
  return looseSubject(tokens, k, p, isSubjectCue);
}

/**
 * Where the reported clause after a cue begins. A quote closing the sentence after a short
 * addressee and a comma is the content on its own ("told … host Matt Boyle, “…”").
 */
function contentStart(tokens: Token[], c: number, s: Sentence, colon: boolean, lang: string): number {
  const t = tokens[c]!;
  const cue = colon ? undefined : cueOf(t.lower);
  if (lang === 'de' && !colon) return germanContentStart(tokens, c, s);
  let from = colon ? c + 1 : skipAfterCue(tokens, c, cue?.addressee ?? false, s.last);
  // "asked her to call …", "urged the administration to join …": the object and its infinitive
  // are the content together.
  if (cue?.addressee && from > c + 1 && tokens[from]?.lower === 'to' && isWord(tokens[c + 1]) && !inSet(PREPOSITIONS, tokens[c + 1])) return c + 1;
  if (isPunct(tokens[from], ',:')) {
    from++;
    // A participial adjunct after "said," is no content unless its verb is a cue ("said, holding up
    // a printout" vs "said, adding that …").
    if (isAdjunct(tokens[from])) return s.last;
  }
  // The complementiser belongs to the content ("said that …"), as the corpora annotate it.
  if (inSet(COMPLEMENTISERS, tokens[from])) return from;
  // An addressee the phrase scanner did not know: "told friends that …".
  if (cue?.addressee) {
    // Also after the addressee's place and time: "told delegates at the Republican National Convention that …".
    const far = /^tell|^told/u.test(t.lower) ? 16 : 5;
    for (let k = from; k < s.last && k - from < far && isWord(tokens[k]); k++) {
      if (tokens[k]!.lower === 'that') return k;
      if (far > 5 && (isPronoun(tokens[k]!) || (k - from >= 5 && cueAt(tokens[k])))) break;
    }
  }
  let lastQuote = s.last - 1;
  while (lastQuote > from && isPunct(tokens[lastQuote], '.!?)')) lastQuote--;
  if (isQuote(tokens[lastQuote]) && lastQuote - from <= 10 && lastQuote > from) {
    const between = tokens.slice(from, lastQuote - 1);
    if (isPunct(tokens[lastQuote - 1], ',:') && between.every((x) => isWord(x) && !cueAt(x))) return lastQuote;
  }
  return from;
}

/**
 * The subject opening the clause before a colon, followed by its verb ("Hoff’s letter makes a
 * libertarian-style case:", "She went on:"); not "it", "we" or "you", which rarely speak a quote.
 */
function colonSubject(tokens: Token[], s: Sentence, c: number): TokenRange | null {
  let p = skip(tokens, s.first, c, opensClause);
  if (inSet(FRONTED, tokens[p])) {
    while (p < c && !isPunct(tokens[p], ',')) p++;
    p++;
  }
  const np = p < c ? phraseStartingAt(tokens, p, c) : null;
  if (!np || (np.last - np.first === 1 && inSet(IMPERSONAL, tokens[np.first]))) return null;
  const v = tokens[skip(tokens, np.last, c, isBetween)];
  // "She became so upset, …, that I had to change my answer:": another clause before the colon.
  for (let k = np.last; k < c; k++) if (!isWord(tokens[k]) || isPronoun(tokens[k]!)) return null;
  return isWord(v) && !v.cap ? np : null;
}
const OBJECT_OPENERS = words('on to via with following');
const IMPERSONAL = words('it we you i who which that');

/** A quoted sentence (capitalised, three words or more: no title) at `q` that closes sentence `s`. */
function closingQuote(tokens: Token[], q: number, s: Sentence): boolean {
  const text = tokens[q]?.text ?? '';
  return isQuote(tokens[q]) && /^\P{L}*\p{Lu}/u.test(text) && text.split(/\s+/u).length >= 3 && skip(tokens, q + 1, s.last, (x) => x.kind === 'punct') >= s.last;
}

/** Content with a quote or a reason in it ("for (not) accepting …"). */
function holdsProposition(tokens: Token[], from: number, end: number): boolean {
  for (let k = from; k < end; k++) {
    if (isQuote(tokens[k])) return true;
    if (tokens[k]!.lower === 'for' && /ing$/.test(tokens[k + (tokens[k + 1]?.lower === 'not' ? 2 : 1)]?.lower ?? '')) return true;
  }
  return false;
}

/** A lower-case -ing participle that is not a cue ("holding", "standing"; not "nothing"). */
const isAdjunct = (t: Token | undefined): boolean => isWord(t) && /^\p{Ll}\p{L}{2,}(?<!th)ing$/u.test(t.text) && !cueOf(t.lower);

/**
 * A verb outside the lexicon that introduces a quoted sentence: "Hillary Clinton cracked, ''I'm a
 * progressive …''" — a past or present-tense form right before a comma or colon and a quote that
 * opens with a capital letter.
 */
function introducesQuote(tokens: Token[], c: number): boolean {
  const t = tokens[c]!;
  const q = tokens[c + 2];
  if (t.cap || !/(ed|s)$/u.test(t.lower) || !isPunct(tokens[c + 1], ',:') || q?.kind !== 'quote') return false;
  return /^\P{L}*\p{Lu}/u.test(q.text);
}

/** Rule 6: a cue followed by its reported clause (also participial and colon cues). */
export function ruleCueThenContent(ctx: RuleContext): void {
  const { tokens } = ctx;
  const headline = ctx.lang !== 'de' && ctx.sentences[0] !== undefined && isHeadline(tokens, ctx.sentences[0]);
  for (const s of ctx.sentences) {
    for (let c = s.first; c < s.last; c++) {
      if (ctx.used[c]) continue;
      const t = tokens[c]!;
      const phrasal = isWord(t) && isPhrasalCue(t.lower, tokens[c + 1]?.lower);
      const unlisted = isWord(t) && introducesQuote(tokens, c);
      // A title-cased headline capitalises its cue: "Former Clinton Pollster Says Clinton Is In Trouble …".
      const cue = cueAt(t) ?? (headline && s === ctx.sentences[0] && isWord(t) && t.cap && c > s.first && finiteForm(t) ? cueOf(t.lower) : undefined);
      const colon = isPunct(t, ':');
      if (!cue && !colon && !phrasal && !unlisted) continue;
      let mention: TokenRange | null;
      let rule = 'before';
      // A progressive form is a finite verb: "Trump is telling a veterans group that …".
      const progressive = cue?.participle === true && inSet(BE, tokens[c - 1]);
      if (progressive) mention = speakerBefore(ctx, s, c, false);
      else if (cue?.participle && namesQuoter(tokens, c)) {
        // "footage of Hillary Clinton asking, “…”": the name right before the participle speaks.
        mention = phraseEndingAt(tokens, c, s.first);
        rule = 'participle';
      } else if (cue?.participle) {
        if (!opensParticiple(tokens[c - 1])) continue;
        mention = clauseSubject(ctx, s, c);
        rule = 'participle';
      } else mention = speakerBefore(ctx, s, c, colon);
      // "saying in a post on Twitter: ''…''", "delivered a blunt message to Trump: “…”": an object
      // before the colon is no speaker; the subject of the participle or of the clause is.
      // "telling CNBC:", "an interview with CNN:" too; "as Tom Ridge, …, put it:" is Tom Ridge's.
      // A quote keeps its claim even when no subject is found.
      let k = (mention?.first ?? 0) - 1;
      const object = colon && mention !== null && ctx.lang !== 'de' && (inSet(OBJECT_OPENERS, tokens[k]) || tokens[k]?.lower === 'put' || !!cueAt(tokens[k])?.addressee);
      if (object && tokens[k]?.lower === 'put') {
        let a = k;
        while (a > s.first && tokens[a]!.lower !== 'as') a--;
        mention = tokens[a]!.lower === 'as' ? phraseStartingAt(tokens, a + 1, k) : null;
      } else if (object) {
        while (k > s.first && !cueAt(tokens[k])?.participle) k--;
        mention = clauseSubject(ctx, s, k > s.first && opensParticiple(tokens[k - 1]) ? k : c);
      }
      // "Clinton has since apologized for what happened: “Yes, I should have …”": a quoted sentence
      // closing the sentence after a colon is the clause subject's.
      if (colon && !mention && ctx.lang !== 'de' && closingQuote(tokens, c + 1, s)) mention = colonSubject(tokens, s, c);
      // A question asked ("Asked whether …", "when asked about …") is a claim even without its asker.
      const question = cue !== undefined && t.lower.startsWith('ask');
      // A passive cue has no speaker in its subject: "The birth … is expected to coincide …",
      // "He was told that …" (the subject is the addressee).
      if (ctx.lang !== 'de' && cue && !cue.participle && isPassive(tokens, c, s)) {
        if (!question) continue;
        mention = null;
      }
      // "270 pledged delegates", "an estimated 11 million": an -ed form after a number (not a year) or an article is an adjective.
      if (ctx.lang !== 'de' && /ed$/u.test(t.lower) && (/^(?!(19|20)\d\d$)\d/u.test(tokens[c - 1]?.text ?? '') || inSet(ARTICLE_LIKE, tokens[c - 1]))) continue;
      // "Rust Belt states that …", "caucus states where …": the plural noun, not the verb.
      if (ctx.lang !== 'de' && t.lower === 'states' && isWord(tokens[c - 1]) && (tokens[c - 1]!.cap || !isRoleNoun(tokens[c - 1]!.lower)) && !isPronoun(tokens[c - 1]!)) continue;
      // A bare base form right after its subject must agree with it ("they claim", not "Home state …").
      const agreeing = !mention || !cue?.base || mention.last !== c || !singularSubject(tokens, mention);
      // "his plan", "the show", "Calderon’s remarks": a base or -s form after an article or a possessive
      // is a noun; so is "state" unless a pronoun or a modal is its subject ("federal and state offices").
      const prev = tokens[c - 1];
      const plural = cue?.base === false && /s$/u.test(t.lower);
      if (ctx.lang !== 'de' && prev && (cue?.base || plural)) {
        if (inSet(ARTICLE_LIKE, prev) || (plural && /[’']s$/u.test(prev.text)) || (t.lower === 'state' && !isPronoun(prev) && !inSet(MODALS, prev))) continue;
      }
      if ((!mention && !question && !object) || !agreeing) continue;
      // "Despite what he wrote in …, Cross said …": a free relative's cue reports nothing of its own.
      if (mention && inSet(FREE_RELATIVES, tokens[mention.first - 1])) continue;
      // "a poem called “Winter Solstice, Camelot Station,”": a common noun named by a quote right
      // after a naming verb is a title, not a quote of that noun's.
      if (ctx.lang !== 'de' && mention && inSet(NAMING, t) && isQuote(tokens[c + 1]) && !tokens[mention.last - 1]!.cap && !isPronoun(tokens[mention.last - 1]!)) continue;
      const cueRange = { first: c, last: phrasal ? c + 2 : c + 1 };
      const from = contentStart(tokens, cueRange.last - 1, s, colon, ctx.lang);
      const first = tokens[from];
      // Content opening with another cue belongs to that cue ("who has refused to endorse X, said …").
      if (!first || first.kind === 'punct' || (from > cueRange.last && verbCue(first))) continue;
      if (question && !mention && !(inSet(QUESTION_WORDS, first))) continue;
      if (inSet(NOT_CONTENT, first) && !(question && first.lower === 'about')) continue;
      if (inSet(COMPLEMENTISERS, first) && from + 1 >= s.last) continue;
      if (colon && first.kind !== 'quote' && !(mention && colonSpeaker(tokens, s, mention, from, ctx.lang !== 'de' && s === ctx.sentences[0]))) continue;
      let end = clauseEnd(tokens, from, s);
      // A phrasal cue's object is a noun phrase ("called for compensation to be “clawed back” …"):
      // it ends at the first comma or dash.
      if (phrasal) end = toComma(tokens, from, end);
      // A fronted question ("Asked whether …, she smiled") ends at its comma.
      if (question && !mention) {
        const comma = tokens.slice(from, end).findIndex((x) => isPunct(x, ','));
        if (comma >= 0) end = from + comma;
      }
      if (end - from < (isQuote(first) ? 1 : 2) || !isFree(ctx, from, end)) continue;
      // A headline "Clinton Calls ISIS Violence … ‘Genocide.’": the quoted name is the claim, its object is not.
      if (ctx.lang !== 'de' && t.text === 'Calls' && isQuote(tokens[end - 1]) && !tokens.slice(from, end - 1).some(isQuote)) {
        addClaim(ctx, rule, [one(end - 1)], cueRange, mention);
        continue;
      }
      // "Witkoff defended Trump’s move to …": an evaluative verb's plain object is no claim; a clause,
      // a quote or a reason ("criticized Clinton for accepting donations") is.
      if (cue?.evaluative && !COMPLEMENTISERS.has(first.lower) && !holdsProposition(tokens, from, end)) continue;
      // "the coast can expect clear skies": a cognition verb after a modal, with a plain noun-phrase
      // object, states no one's view.
      if (cue && !cue.invertible && inSet(MODALS, tokens[c - 1]) && !COMPLEMENTISERS.has(first.lower) && !holdsProposition(tokens, from, end)) continue;
      // "the convoluted delegate system, which he said runs the risk …": the relative pronoun is the
      // content's subject, its first fragment.
      const rel = mention ? mention.first - 1 : -1;
      if (ctx.lang !== 'de' && rule === 'before' && inSet(RELATIVE_GAPS, tokens[rel]) && from === cueRange.last && opensPredicate(tokens, from) && isFree(ctx, rel, rel + 1)) {
        addClaim(ctx, rule, [one(rel), { first: from, last: end }], cueRange, mention);
        continue;
      }
      addClaim(ctx, rule, [{ first: ctx.lang === 'de' ? germanReportedStart(ctx, s, c, from) : from, last: end }], cueRange, mention);
    }
  }
}

/** Relative pronouns that are the subject of the reported clause after "X said" ("which he said was …"). */
const RELATIVE_GAPS = words('which that who');

/** A predicate without its subject at `p`: "could not be corrupted", "defied expectations", "runs the risk". */
function opensPredicate(tokens: Token[], p: number): boolean {
  const t = tokens[p];
  if (!isWord(t) || t.cap) return false;
  return FINITE.has(t.lower) || /\p{L}{3}ed$/u.test(t.lower) || (/\p{L}{2}s$/u.test(t.lower) && inSet(DETERMINER_LIKE, tokens[p + 1]));
}

/** Nouns that report what someone said or thinks: "Trump’s claim that …", "his view that …". */
const NOUN_CUES = words(
  'claim claims statement statements assertion argument suggestion warning insistence promise pledge view belief ' +
    'accusation allegation contention comment comments remark remarks prediction hope fear concern',
);
const POSSESSIVES = words('his her their its our my your');

/** A noun-phrase or infinitive content from `from` ends at its first comma or dash (before `end`). */
function toComma(tokens: Token[], from: number, end: number): number {
  const k = tokens.slice(from + 1, end).findIndex((x) => isPunct(x, ',;—–-('));
  return k < 0 ? end : from + 1 + k;
}

/** Nouns of intent whose content is an infinitive: "Trump’s decision to seize on immigration …". */
const NOUN_TO_CUES = words('decision plan plans promise pledge vow proposal refusal threat call calls push bid intention');
/** Of those, the ones whose plain infinitive is a claim; the rest ("his plan to …") only with a quote in it. */
const STRONG_NOUN_TO_CUES = words('decision promise pledge vow push');

/**
 * Rule 6b: a noun cue after its owner (a possessive or "X’s"): "Trump’s claim that there have been
 * …", "his decision to open the borders …" (an infinitive content ends at the first comma).
 */
export function ruleNounCue(ctx: RuleContext): void {
  const { tokens } = ctx;
  for (const s of ctx.sentences) {
    for (let c = s.first + 1; c < s.last - 2; c++) {
      const t = tokens[c]!;
      if (!isWord(t) || ctx.used[c]) continue;
      const n = tokens[c + 1]!.lower;
      const to = NOUN_TO_CUES.has(t.lower) && n === 'to';
      if (!to && !(NOUN_CUES.has(t.lower) && n === 'that')) continue;
      const owner = tokens[c - 1]!;
      let mention: TokenRange | null = null;
      if (inSet(POSSESSIVES, owner)) mention = { first: c - 1, last: c };
      else if (isWord(owner) && /[’']s$/u.test(owner.text)) mention = phraseEndingAt(tokens, c, s.first);
      if (!mention || !isFree(ctx, mention.first, mention.last)) continue;
      let end = clauseEnd(tokens, c + 1, s);
      if (to) end = toComma(tokens, c + 1, end);
      if (end - c < 3 || !isFree(ctx, c + 1, end) || (to && !STRONG_NOUN_TO_CUES.has(t.lower) && !tokens.slice(c + 1, end).some(isQuote))) continue;
      addClaim(ctx, 'noun', [{ first: c + 1, last: end }], one(c), mention);
    }
  }
}

/** Rule 4: a colon closing a paragraph, the quote opening the next one ("Dr. Ward stated:¶“…”"). */
export function ruleColonThenParagraph(ctx: RuleContext): void {
  const { tokens, sentences } = ctx;
  sentences.forEach((s, si) => {
    const colon = s.last - 1;
    const next = sentences[si + 1];
    if (!isPunct(tokens[colon], ':') || !next?.paragraphStart || ctx.used[colon]) return;
    const q = next.first;
    if (tokens[q]?.kind !== 'quote' || ctx.used[q] || next.last - q > 2) return;
    // The verb before the colon: a cue, or any past/present form ("Caddell continued:").
    const before = tokens[colon - 1];
    const verb = verbCue(before) || (isWord(before) && !before.cap && /(ed|s)$/u.test(before.lower));
    const p = verb ? colon - 1 : colon;
    // "Sanders made the following comment:": no speaker before the colon, the clause's subject.
    let mention = speakerBefore(ctx, s, p, !verb);
    // "President Clinton released the following statement:": the object is no speaker.
    if (mention && inSet(OBJECT_OPENERS, tokens[mention.first - 1])) mention = null;
    mention ??= clauseSubject(ctx, s, p);
    if (!mention) return;
    addClaim(ctx, 'colon', [one(q)], { first: p, last: verb ? colon : colon + 1 }, mention);
  });
}

/**
 * Rule 5: "according to X" (laut, selon, según, segundo): the rest of the sentence is the content —
 * after the source ("According to X, …"), before it ("…, according to X."), or around it
 * ("…, according to X, …"). The source runs to the next comma.
 */
export function ruleAccordingTo(ctx: RuleContext): void {
  const { tokens } = ctx;
  for (const s of ctx.sentences) {
    for (let c = s.first; c < s.last; c++) {
      const seq = SOURCE_AFTER_CUES.find((cue) => cue.every((w, k) => tokens[c + k]?.lower === w));
      if (!seq || ctx.used[c]) continue;
      const cue = { first: c, last: c + seq.length };
      let stop = cue.last;
      while (stop < s.last && stop - cue.last < 30 && !isPunct(tokens[stop], ',;:.!?()—–') && tokens[stop]!.kind !== 'quote') stop++;
      const mention = looseSource(tokens, cue.last, stop);
      if (!mention) continue;
      const first = skip(tokens, sentenceStart(ctx, s), c, opensClause);
      const after = isPunct(tokens[stop], ',') ? { first: stop + 1, last: clauseEnd(tokens, stop + 1, s) } : null;
      const content: TokenRange[] = [];
      if (c === first) {
        if (after) content.push(after);
      } else if (isPunct(tokens[c - 1], ',')) {
        content.push({ first, last: c - 1 });
        if (after && after.last - after.first >= 2) content.push(after);
      } else if (ctx.lang !== 'de' && (stop >= s.last - 1 || isPunct(tokens[stop], ',;')) && (isPunct(tokens[c - 1], '—–') || quoteContinues(tokens[c - 1]!) || (isWord(tokens[c - 1]) && !inSet(FUNCTION_WORDS, tokens[c - 1]) && !inSet(COMPLEMENTISERS, tokens[c - 1])))) {
        // "… — according to X", "‘…,’ according to X", "… delegates according to a count by X".
        content.push({ first, last: isPunct(tokens[c - 1], '—–') ? c - 1 : c });
      }
      if (content.length === 0 || content.some((r) => r.last - r.first < 2 || !isFree(ctx, r.first, r.last))) continue;
      addClaim(ctx, 'according', content, cue, mention);
    }
  }
}

/** The source after "according to": any phrase up to `stop` that starts like a noun phrase. */
function looseSource(tokens: Token[], start: number, stop: number): TokenRange | null {
  if (stop <= start) return null;
  const t = tokens[start]!;
  if (!isWord(t) || NOT_CONTENT.has(t.lower)) return null;
  return { first: start, last: stop };
}

/**
 * Rule 7: a quoted sentence standing alone right after an attributed sentence of the same paragraph
 * continues that claim as a further fragment ("Yet Trump is also a “change agent,” Cole said.
 * “That’s exactly what people want right now …”" is one mixed claim of Cole's).
 */
export function ruleContinuedQuote(ctx: RuleContext): void {
  const { tokens, sentences } = ctx;
  if (ctx.lang === 'de') return;
  sentences.forEach((s, si) => {
    const q = s.first;
    const prev = sentences[si - 1];
    // Only within a paragraph: a paragraph that is a quote of its own is split or joined too
    // inconsistently by the corpus to gain from it.
    if (!prev || s.paragraphStart || ctx.used[q] || ctx.titles[q] || !closingQuote(tokens, q, s)) return;
    // The last claim whose attribution stands in the previous sentence.
    for (let i = ctx.claims.length - 1; i >= 0; i--) {
      const m = ctx.mentions[i];
      const content = ctx.contents[i]!;
      const last = content[content.length - 1]!;
      if (!m || m.first < prev.first || m.last > prev.last || last.last > prev.last || last.first < prev.first) continue;
      // "… - ''faith that …,'' he said - and argued …": an attribution between dashes ends no sentence.
      if (tokens.slice(last.last, prev.last).some((x) => isPunct(x, '-—–'))) return;
      extendClaim(ctx, i, one(q));
      return;
    }
  });
}

/** All rules, in sieve order. */
export const RULES: readonly ((ctx: RuleContext) => void)[] = [
  ruleQuoteThenAttribution,
  ruleContentThenAttribution,
  ruleInsertedAttribution,
  ruleColonThenParagraph,
  ruleGermanAccording,
  ruleAccordingTo,
  ruleCueThenContent,
  ruleNounCue,
  ruleContinuedQuote,
  ruleFragmentsAsQuotes,
  ruleRemainingQuotes,
  ruleFreeIndirect,
];
