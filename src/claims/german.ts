/**
 * German: speakers and quoting conventions. German capitalises every noun and puts the finite verb
 * second, so the English phrase scanner misreads "Im Interview sagte sie: „…“" (the speaker follows
 * the verb) and takes "Interview" for a name; the helpers here find the subject of a German clause.
 * German news also marks every quoted stretch of speech as a direct quote, even inside reported
 * speech; the two German rules at the end follow that convention.
 */
import type { RuleContext } from './context';
import { addClaim, clauseStart, cueAt, inSet, isPunct, isWord, one, skip, words } from './context';
import { cueOf } from './cues';
import type { TokenRange } from './mentions';
import type { Sentence, Token } from './sentences';
import { isQuote } from './sentences';
import type { Claim } from './types';

const PRONOUNS = words('er sie wir ich');
const DETERMINERS = words('der die das den dem des ein eine einer einem eines kein keine');
/** German function words that are no names when capitalised (shared with ./mentions). */
export const GERMAN_FUNCTION_WORDS =
  'aber als am auch auf bei dann für gegenüber im in laut mit nach nachdem oder so und vor wenn während zum zur über';
const PREPOSITIONS = 'an aus gegen ohne um unter von wie zu';
const FILLER_WORDS = 'bereits damals dazu ebenfalls gestern heute jedoch noch nun schon weiter zudem';
/** Capitalised words that open a clause without being its subject ("Weiter sagte Larson"). */
const NOT_SUBJECT = words(
  `${GERMAN_FUNCTION_WORDS} ${PREPOSITIONS} ${FILLER_WORDS} allerdings angesichts anschließend außerdem bis bisher da ` +
    'dabei dagegen daher damit danach darin dass demnach denn deren derzeit deshalb dessen dies diese dieser dieses doch ' +
    'dort durch ebenso erst erstmals es ferner folglich gleichzeitig hier hingegen indes insbesondere insgesamt ' +
    'inzwischen man mittlerweile morgen neben ob obwohl seit somit später stattdessen tatsächlich trotz trotzdem ' +
    'vielmehr was wegen weil weiterhin wer wo zitat zugleich zuletzt zunächst zuvor zwar',
);
/** Subjunctive verbs that mark reported speech ("sei", "habe", "werde"). */
const SUBJUNCTIVE = words('sei seien habe hätte hätten werde würde würden könne müsse solle wolle gebe');
/** Nouns of "nach Angaben/Ansicht/den Worten von X". */
const SOURCE_NOUNS = words('angaben ansicht auffassung meinung worten aussagen einschätzung ankündigung darstellung');
/** Words between a verb and its inverted subject ("äußerte sich auch X"). */
const FILLERS = words(`${FILLER_WORDS} am auch sich`);

const isFiller = (t: Token): boolean => inSet(FILLERS, t);
const isCap = (t: Token): boolean => t.cap && !NOT_SUBJECT.has(t.lower);
/** An inflected German adjective ("gesundheitspolitische", "neuen"). */
const isAdjective = (t: Token): boolean => !t.cap && /(e|en|er|es|em)$/.test(t.lower) && !cueOf(t.lower);

/** The German noun phrase starting at `i`: pronoun, or determiner/name + adjectives + nouns (+ genitive). */
export function germanPhraseAt(tokens: Token[], i: number, end: number): TokenRange | null {
  const t = tokens[i];
  if (!isWord(t) || i >= end) return null;
  if (PRONOUNS.has(t.lower)) return one(i);
  // A name opening with a capitalised particle: "Von der Leyen betonte".
  const particle = t.lower === 'von' && t.cap && tokens[i + 1]?.lower === 'der' && tokens[i + 2]?.cap;
  if (!DETERMINERS.has(t.lower) && !isCap(t) && !particle) return null;
  let last = i + 1;
  let nouns = DETERMINERS.has(t.lower) ? 0 : 1;
  while (last < end && (isWord(tokens[last]) || isQuote(tokens[last]))) {
    const w = tokens[last]!;
    // A quoted name counts as a noun: "schreibt die „Computerwoche“".
    if (isQuote(w) || (w.cap && !NOT_SUBJECT.has(w.lower))) nouns++;
    else if ((isAdjective(w) || /^\d/.test(w.text)) && nouns === 0) {
      /* adjective or number before the head noun: "der 13 beteiligten Feuerwehrmänner" */
    } else if ((w.lower === 'der' || w.lower === 'des') && nouns > 0) {
      /* genitive attribute: "Sprecherin der Unionsfraktion" */
    } else break;
    last++;
  }
  while (last > i + 1 && !tokens[last - 1]!.cap && tokens[last - 1]!.kind !== 'quote') last--;
  return nouns > 0 ? { first: i, last } : null;
}

/**
 * Where the reported clause after a German cue verb begins: at "dass"/"ob", or after the comma that
 * ends the verb's own clause ("sagte heute gegenüber der Presse, nach neuesten Erkenntnissen habe …");
 * with neither, right after the verb (its object: "fordert zusätzliche Offenlegungspflichten").
 */
export function germanContentStart(tokens: Token[], verb: number, s: Sentence): number {
  for (let k = verb + 1; k < s.last; k++) {
    const t = tokens[k]!;
    if (isQuote(t)) {
      if (k === verb + 1) return k;
      continue;
    }
    if (isWord(t) && (t.lower === 'dass' || t.lower === 'ob')) return k;
    if (isPunct(t, ',:') && k + 1 < s.last) return k + 1;
    if (t.kind === 'punct') break;
  }
  return verb + 1;
}

/**
 * The subject of the clause [first, before) of a German sentence: the phrase after the last cue
 * verb when the verb comes second ("Weiter sagte Larson:"), else the phrase opening the clause
 * ("Thaksin begründete seinen Schritt mit den Worten:"), else its first personal pronoun.
 */
export function germanSubject(tokens: Token[], first: number, before: number, sentenceFirst = first): TokenRange | null {
  let verb = -1;
  for (let i = before - 1; i >= first && verb < 0; i--) if (isWord(tokens[i]) && !tokens[i]!.cap && cueOf(tokens[i]!.lower)) verb = i;
  if (verb < 0) verb = firstVerb(tokens, first, before);
  // "Auch der Sprecher …": past a leading adverb.
  const opening = germanPhraseAt(tokens, skip(tokens, first, before, isFiller), before);
  if (verb >= 0) {
    // Subject first ("Der Minister sagte"), the verb opening a clause after an apposition
    // ("Scherf, der frühere Senator, warnte") or the subject after the verb ("Weiter sagte Larson").
    if (opening && opening.last === verb) return opening;
    if (verb === first && first > sentenceFirst) return germanSubject(tokens, sentenceFirst, first);
    const after = germanPhraseAt(tokens, skip(tokens, verb + 1, before, isFiller), before);
    if (after) return after;
    // A passive or compound verb: the subject after the finite verb ("… wird Watzke wie folgt zitiert").
    const finite = firstVerb(tokens, first, before);
    const subject = !opening && finite >= 0 && finite < verb ? germanPhraseAt(tokens, skip(tokens, finite + 1, before, isFiller), before) : null;
    if (subject) return subject;
  }
  if (opening) return opening;
  for (let i = first; i < before; i++) if (inSet(PRONOUNS, tokens[i])) return one(i);
  return null;
}

/** The first finite-verb-like word of a clause: a lower-case word that is neither adjective nor function word. */
function firstVerb(tokens: Token[], first: number, before: number): number {
  for (let i = first; i < before; i++) {
    const t = tokens[i]!;
    if (!isWord(t)) return -1;
    // A lower-case word opening the clause is its verb even when it looks like an adjective ("…, charakterisierte").
    if (!t.cap && !NOT_SUBJECT.has(t.lower) && !DETERMINERS.has(t.lower) && !PRONOUNS.has(t.lower) && (i === first || !isAdjective(t))) return i;
  }
  return -1;
}

/**
 * Rule 7 (German convention): German news marks the quoted words inside reported speech as direct
 * quotes of their own (`Er nannte die Zahlen „aus der Luft gegriffen“`), so a mixed claim becomes
 * one direct claim per quoted fragment, with the same cue and speaker.
 */
export function ruleFragmentsAsQuotes(ctx: RuleContext): void {
  if (ctx.lang !== 'de') return;
  const { tokens, mentions, contents } = ctx;
  const claims = ctx.claims;
  ctx.claims = [];
  ctx.mentions = [];
  ctx.contents = [];
  claims.forEach((claim, i) => {
    const add = (c: Claim): void => {
      ctx.claims.push(c);
      ctx.mentions.push(mentions[i]!);
      ctx.contents.push(contents[i]!);
    };
    if (claim.kind !== 'mixed') return add(claim);
    const before = ctx.claims.length;
    for (const r of contents[i]!) {
      for (let k = r.first; k < r.last; k++) {
        const t = tokens[k]!;
        if (isQuote(t) && isSpeech(ctx.text, tokens, k)) add({ ...claim, kind: 'direct', spans: [{ start: t.start, end: t.end }], rule: claim.rule.replace('mixed', 'direct-fragment') });
      }
    }
    // Only names and titles in quotes: the claim stays reported speech.
    if (ctx.claims.length === before) add({ ...claim, kind: 'indirect', rule: claim.rule.replace('mixed', 'indirect') });
  });
}

/**
 * Rule 8 (German convention): any other quoted words that are not a title are a direct quote —
 * German news quotes speech in „…“ throughout, with the speaker as the subject of the clause
 * (`Er forderte einen „offensiven Umgang …“`) or, failing that, the speaker of the claim before.
 */
export function ruleRemainingQuotes(ctx: RuleContext): void {
  if (ctx.lang !== 'de') return;
  const { tokens } = ctx;
  const byStart = ctx.claims.map((c, i) => ({ start: c.spans[0]!.start, m: ctx.mentions[i] ?? null, c })).sort((a, b) => a.start - b.start);
  let k = 0;
  let last: (typeof byStart)[number] | null = null;
  ctx.sentences.forEach((s, si) => {
    for (let q = s.first; q < s.last; q++) {
      const t = tokens[q]!;
      if (t.kind !== 'quote' || ctx.used[q] || ctx.titles[q] || !isSpeech(ctx.text, tokens, q)) continue;
      while (k < byStart.length && byStart[k]!.start < t.start) last = byStart[k++]!;
      // In order: a cue right after the quote; the speaker of the main clause or of the quote's own
      // clause when they hold a cue; the subject before a colon; for a quote opening its sentence or
      // in a subjunctive sentence, the speaker of a claim just before (reported speech goes on in
      // the subjunctive); the subject of the clause; the speaker of a recent claim; the subject of
      // the sentence before.
      const end = isPunct(tokens[q - 1], ':') ? q - 1 : q;
      const start = clauseStart(tokens, s, end);
      const prev = ctx.sentences[si - 1];
      const recent = last?.m && t.start - last.start < RECENT_CHARS ? last.m : null;
      const mention =
        germanSpeakerAfter(tokens, q, s) ??
        germanSourcePhrase(tokens, s.first, end) ??
        (start > s.first ? germanCueClauseSubject(tokens, s.first, start - 1) : null) ??
        (end > start ? germanCueClauseSubject(tokens, start, end, s.first) : null) ??
        (isPunct(tokens[q - 1], ':') && end > start ? germanSubject(tokens, start, end, s.first) ?? germanSubject(tokens, s.first, end) : null) ??
        (end === s.first || subjunctive(tokens, s) ? recent : null) ??
        // "Celebi gab an, dass ihre Mandantin „…“": the subject of the main clause.
        (start > s.first && /^(dass|ob)$/.test(tokens[start]!.lower) ? germanSubject(tokens, s.first, start - 1) : null) ??
        (end > start ? germanSubject(tokens, start, end, s.first) : null) ??
        recent ??
        (end === s.first && prev ? germanSubject(tokens, prev.first, prev.last, prev.first) : null);
      addClaim(ctx, 'remaining', [one(q)], null, mention);
      // Reported speech goes on: the next quote may take this speaker over.
      if (mention) last = { start: t.start, m: mention, c: ctx.claims[ctx.claims.length - 1]! };
    }
  });
}

/** True when the sentence holds a subjunctive verb: reported speech whose speaker was named before. */
function subjunctive(tokens: Token[], s: Sentence): boolean {
  for (let i = s.first; i < s.last; i++) if (SUBJUNCTIVE.has(tokens[i]!.lower)) return true;
  return false;
}

/** How far back (in characters) a claim's speaker still carries over to an unattributed quote. */
const RECENT_CHARS = 600;

/** "Von einer „…“ sprach der Politiker X": a cue verb right after the quote, its subject after it. */
function germanSpeakerAfter(tokens: Token[], q: number, s: Sentence): TokenRange | null {
  let v = q + 1;
  const comma = isPunct(tokens[v], ',');
  if (comma) v++;
  const t = tokens[v];
  if (!isWord(t) || t.cap) return null;
  // „…“, wie X sagte / „…“, so X
  if (t.lower === 'wie' || t.lower === 'so') return germanPhraseAt(tokens, v + (tokens[v + 1]?.lower === 'sich' ? 2 : 1), s.last);
  // „…“, erinnerte sich Trotnow: after a comma any verb opens the attribution; without one, a cue.
  if (!comma && !cueAt(t)) return null;
  const p = skip(tokens, v + 1, s.last, isFiller);
  return germanPhraseAt(tokens, p, Math.min(s.last, p + 12));
}

/** "Nacke zufolge …", "wie sich Tauss ausdrückte, …": a source named in the clause [first, before). */
function germanSourcePhrase(tokens: Token[], first: number, before: number): TokenRange | null {
  for (let i = first; i < before; i++) {
    const t = tokens[i]!;
    if (t.lower === 'zufolge' && i > first) {
      for (let k = i - 1; k >= first && i - k <= 6; k--) {
        const np = germanPhraseAt(tokens, k, i);
        if (np && np.last === i) return np;
      }
    }
    // "so Elshorst weiter: „…“"
    if (t.lower === 'so' && i + 1 < before) {
      const np = germanPhraseAt(tokens, i + 1, before);
      if (np) return np;
    }
    // "nach Angaben des künstlerischen Leiters", "Nach Ansicht von X", "nach den Worten der Sprecherin"
    if (SOURCE_NOUNS.has(t.lower) && /^(nach|laut)$/.test(tokens[i - (tokens[i - 1]?.lower === 'den' ? 2 : 1)]?.lower ?? '')) {
      const np = germanPhraseAt(tokens, i, before);
      if (np) return np;
    }
    // "laut dem Chefankläger X": laut + phrase.
    if (t.lower === 'laut' && i + 1 < before && !SOURCE_NOUNS.has(tokens[i + 1]!.lower)) {
      const np = germanPhraseAt(tokens, i + 1, before);
      if (np) return np;
    }
    // "Für den Theologen Hans Küng sei …", "Für X ist die Lage „…“": für + phrase + a verb.
    if (t.lower === 'für' && i === first) {
      const np = germanPhraseAt(tokens, i + 1, before);
      const verb = np ? tokens[np.last] : undefined;
      if (np && isWord(verb) && (SUBJUNCTIVE.has(verb.lower) || /^(ist|war|sind|waren)$/.test(verb.lower))) return np;
    }
    if (t.lower === 'wie') {
      // "wie (sich) X (…) ausdrückte": a name, then a lower-case verb.
      const k = tokens[i + 1]?.lower === 'sich' ? i + 2 : i + 1;
      const np = germanPhraseAt(tokens, k, before);
      const verb = np ? tokens[np.last] : undefined;
      if (np && isWord(verb) && !verb.cap) return np;
    }
  }
  return null;
}

/** The subject of the clause [first, before) when it holds a cue verb, else null. */
function germanCueClauseSubject(tokens: Token[], first: number, before: number, sentenceFirst = first): TokenRange | null {
  for (let i = first; i < before; i++) if (cueAt(tokens[i])) return germanSubject(tokens, first, before, sentenceFirst);
  return null;
}

/** Lower-case words that occur in names and titles too ("Ärzte ohne Grenzen", "Glas der Vernunft"). */
const TITLE_WORDS = words(
  `${PREPOSITIONS} als am auf bei für im in mit nach oder und vor zum zur über der die das den dem des ein eine einer ` +
    'eines sich the of and a an to for on',
);
/** Words before a quote that announce a name or title, not speech ("unter dem Motto „…“"). */
const TITLE_CUES = words(
  'titel motto film buch roman operation aktion magazin magazins zeitung partei organisation enzyklika sendung award ' +
    'name namen genannt genannte genannten sogenannte sogenannten bezeichnung slogan album lied song serie programm',
);

/**
 * Quoted words that read as speech, not as a name or title: a sentence (ending in . ! ?), or
 * words with a lower-case content word — not introduced as a title ("unter dem Motto „…“") and
 * not a name after an article ("die „documenta“").
 */
function isSpeech(text: string, tokens: Token[], q: number): boolean {
  const t = tokens[q]!;
  const inner = text.slice(t.start + (t.quote?.openLength ?? 1), t.end - (t.quote?.closeLength ?? 1));
  const prev = tokens[q - 1];
  if (prev && (TITLE_CUES.has(prev.lower) || TITLE_CUES.has(tokens[q - 2]?.lower ?? ''))) return false;
  if (/[.!?]\P{L}*$/u.test(inner) && /\s/u.test(inner.trim())) return true;
  const ws = inner.match(/\p{L}+/gu) ?? [];
  const content = ws.filter((w) => /^\p{Ll}/u.test(w) && !TITLE_WORDS.has(w));
  if (content.length === 0) return false;
  const afterArticle = prev !== undefined && /^(der|die|das|den|dem|des)$/u.test(prev.lower);
  return !(afterArticle && (ws.length === 1 || /^\P{L}*\p{Lu}/u.test(inner)));
}
