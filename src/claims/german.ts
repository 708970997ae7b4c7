/**
 * German: speakers and quoting conventions. German capitalises every noun and puts the finite verb
 * second, so the English phrase scanner misreads "Im Interview sagte sie: „…“" (the speaker follows
 * the verb) and takes "Interview" for a name; the helpers here find the subject of a German clause.
 * German news also marks every quoted stretch of speech as a direct quote, even inside reported
 * speech; the two German rules at the end follow that convention.
 */
import type { RuleContext } from './context';
import { addClaim, clauseStart, cueAt, inSet, isFree, isPunct, isWord, one, ref, skip, words } from './context';
import { cueOf } from './cues';
import type { TokenRange } from './mentions';
import type { Sentence, Token } from './sentences';
import { isQuote } from './sentences';
import type { Claim } from './types';

const PRONOUNS = words('er sie wir ich');
const DETERMINERS = words(
  'der die das den dem des ein eine einer einem eines kein keine dieser diese dieses jener jene sein seine seinem seinen seiner ' +
    'seines ihr ihre ihrem ihren ihrer ihres unser unsere unserem unseren unserer solche solcher solchen jede jeder jedes jeden jedem',
);
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
    'selbst vielmehr was wegen weil weiterhin wer wo zitat zugleich zuletzt zunächst zuvor zwar',
);
/** Subjunctive verbs that mark reported speech ("sei", "habe", "werde"). */
const SUBJUNCTIVE = words('sei seien habe hätte hätten werde würde würden könne müsse solle wolle gebe bleibe drohe gelte liege stehe gehe komme fehle brauche dürfe möge wisse');
/** Nouns of "nach Angaben/Ansicht/den Worten von X". */
const SOURCE_NOUNS = words('angaben ansicht auffassung meinung worten aussagen einschätzung ankündigung darstellung bewertung auskunft schätzungen informationen');
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
  // A fronted genitive name before adjectives: "Jelpkes wissenschaftlicher Mitarbeiter Nick Brauns".
  let genitive = nouns === 1 && /s$/.test(t.text) && isAdjective(tokens[i + 1] ?? t);
  while (last < end && (isWord(tokens[last]) || isQuote(tokens[last]))) {
    const w = tokens[last]!;
    // A quoted name counts as a noun: "schreibt die „Computerwoche“".
    if (isQuote(w) || (w.cap && !NOT_SUBJECT.has(w.lower))) {
      nouns++;
      genitive = false;
    } else if ((isAdjective(w) || /^\d/.test(w.text)) && (nouns === 0 || genitive)) {
      /* adjective or number before the head noun: "der 13 beteiligten Feuerwehrmänner" */
    } else if (/^(der|des|eines)$/.test(w.lower) && nouns > 0 && !genitive) {
      /* genitive attribute: "Sprecherin der Unionsfraktion", "Abgeordneten des russischen Föderationsrates" */
      genitive = true;
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

/** Prepositions opening a fronted or inner prepositional phrase ("Im Interview", "gegenüber der Presse"). */
const PREP_WORDS = words(
  'ab als am an angesichts auf aus bei beim dank durch für gegen gegenüber gemäß hinter im in infolge mit nach neben ohne seit seitens trotz über um ' +
    'unter vom von vor während wegen zu zum zur zwischen',
);
/** Determiners and pronouns in the dative or accusative only: never the subject ("Dem Spiegel sagte X"). */
const OBLIQUE = words(
  'dem den einem einen ihm ihnen mir dir uns euch sich seinem seinen seiner ihrem ihren ihrer unserem unseren unserer diesem diesen jenem keinem keinen',
);
/** Pronouns in the nominative only: after the verb they are its subject ("Den Journalisten erklärte er"). */
const NOMINATIVE = words('er ich wir');
/** Feminine noun endings: "der Zeitung", "der Ministerin" are dative or genitive, never a subject. */
const FEMININE = /(ung|heit|keit|schaft|ion|tät|erei|ur|in|nz)$/;
/** Masculine person nouns ("der Sprecher", "der US-Präsident", "der Vorsitzende"): "der" + one is a subject. */
const MASCULINE_PERSON = /(er|ent|ant|eur|ist|or|ar|nde|te|chef|mann|oge|ologe)$/;
/** Adverbs opening a clause by their ending ("Ähnlich", "Relativierend", "Möglicherweise"). */
const ADVERB = /(lich|weise|falls|dings|mals|wärts|end)$/;
/** Conjunctions that open a subordinate clause: a verb right after it is the main clause's. */
const SUBORDINATORS = words('als nachdem wenn weil obwohl da während wie bevor seit sobald ob dass indem warum weshalb wieso wann wo was wer');

type Case = 'nom' | 'amb' | 'obl';

/** A phrase after an inverted cue that can be its subject: no prepositional phrase, not dative/accusative ("sagte zu den Anschuldigungen"). */
export const germanInvertedSubject = (tokens: Token[], r: TokenRange): boolean => !inSet(PREP_WORDS, tokens[r.first]) && caseOf(tokens, r) !== 'obl';

/** The case a noun phrase can have, from its first words. */
function caseOf(tokens: Token[], r: TokenRange): Case {
  const t = tokens[r.first]!.lower;
  if (NOMINATIVE.has(t)) return 'nom';
  if (OBLIQUE.has(t)) return 'obl';
  if (t === 'einer' && !/^(der|des)$/.test(tokens[r.first + 1]?.lower ?? '')) return 'obl';
  if (t !== 'der') return 'amb';
  // "der neuen Zeitung" (weak -en: dative/genitive feminine) vs "der neue Präsident".
  let k = r.first + 1;
  while (k < r.last && !tokens[k]!.cap) {
    if (/en$/.test(tokens[k]!.lower)) return 'obl';
    k++;
  }
  const head = tokens[k]?.lower ?? '';
  if (FEMININE.test(head)) return 'obl';
  return MASCULINE_PERSON.test(head) ? 'nom' : 'amb';
}

/** A word that can be the finite verb of a clause: lower-case, no function word. */
function verbLike(t: Token | undefined): boolean {
  if (!isWord(t) || t.cap) return false;
  const w = t.lower;
  return !PREP_WORDS.has(w) && !DETERMINERS.has(w) && !OBLIQUE.has(w) && !PRONOUNS.has(w) && !/^(und|oder|sowie|sondern|aber|es|so|wie|als)$/.test(w);
}

/** The end of a prepositional phrase at `i` (preposition + phrase), or -1. */
function ppEnd(tokens: Token[], i: number, end: number): number {
  if (!inSet(PREP_WORDS, tokens[i])) return -1;
  const np = germanPhraseAt(tokens, i + 1, end);
  if (np) return np.last;
  const n = tokens[i + 1];
  // "im Interview der Woche", "zum geplanten schärferen Versammlungsrecht": determiners and
  // adjectives before a noun the phrase scanner rejects.
  let k = i + 1;
  while (k < end && isWord(tokens[k]) && !tokens[k]!.cap && (!verbLike(tokens[k]) || isAdjective(tokens[k]!) || /^\d/.test(tokens[k]!.text))) k++;
  const noun = k < end && isWord(tokens[k]) && tokens[k]!.cap ? germanPhraseAt(tokens, k, end) : null;
  if (noun) return noun.last;
  if (k > i + 1) return k;
  return isWord(n) ? i + 2 : -1;
}

/**
 * The subject of a verb-second clause [first, before): the phrase before the finite verb (the
 * "Vorfeld") unless it is an adverb, a prepositional phrase or in the dative/accusative case
 * ("Dem Spiegel sagte X", "Im Interview sagte sie", "Ähnlich äußerte sich der Präsident"); then
 * the first phrase after the verb that can be a subject. A nominative pronoun after the verb wins
 * over a fronted object ("Den Vorschlag lehnte er ab"). Null when the clause does not parse so.
 */
function v2Subject(tokens: Token[], first: number, before: number, sentenceFirst: number): TokenRange | null {
  let p = first;
  let vorfeld: TokenRange | null = null;
  let free = false;
  const t0 = tokens[p];
  if (!isWord(t0)) return null;
  if (verbLike(t0)) {
    // "…, sagte Merkel": after a subordinate clause the subject follows the verb; after an
    // apposition ("Scherf, der frühere Senator, warnte") the caller looks further back.
    // "Das Angebot, …, lehnt er jedoch ab": a nominative pronoun after the verb is its subject.
    const pronoun = skip(tokens, first + 1, before, isFiller);
    if (first > sentenceFirst && inSet(NOMINATIVE, tokens[pronoun])) return one(pronoun);
    // "Höhnisch, …, veröffentlichte der Verfasser folgenden Kommentar": a masculine subject after the verb.
    const np = first > sentenceFirst ? germanPhraseAt(tokens, pronoun, Math.min(before + 12, tokens.length)) : null;
    if (np && tokens[np.first]!.lower === 'der' && caseOf(tokens, np) === 'nom') return np;
    if (first === sentenceFirst || !inSet(SUBORDINATORS, tokens[sentenceFirst])) return null;
  } else {
    // The fronted phrase, with any prepositional phrases and conjuncts it holds.
    for (let guard = 0; guard < 6 && p < before; guard++) {
      const pp = ppEnd(tokens, p, before);
      if (pp > p) {
        free = true;
        p = pp;
      } else {
        const np = germanPhraseAt(tokens, p, before);
        if (np) {
          if (!vorfeld && !free) vorfeld = np;
          p = np.last;
        } else if (p === first && isWord(tokens[p])) {
          // An adverb: "Hier", "Ähnlich", "Dazu".
          free = true;
          p++;
        } else break;
      }
      // "… von Angela Merkel (CDU) als Bundeskanzlerin lobte er": past a short parenthesis.
      if (isPunct(tokens[p], '(')) {
        let c = p + 1;
        while (c < before && c - p < 6 && !isPunct(tokens[c], ')')) c++;
        if (isPunct(tokens[c], ')')) p = c + 1;
      }
      const n = tokens[p];
      if (!isWord(n) || verbLike(n)) break;
      if (/^(und|oder|sowie|als)$/.test(n.lower)) p++;
      else if (!inSet(PREP_WORDS, n) && !/^(der|des)$/.test(n.lower)) break;
    }
    if (!verbLike(tokens[p])) return null;
  }
  const verb = p;
  // "Jegliche Mitverantwortung … weist Hartmann von sich": an abstract fronted object speaks not.
  if (vorfeld && (caseOf(tokens, vorfeld) === 'obl' || tokens.slice(vorfeld.first, vorfeld.last).some((t) => inSet(ABSTRACT, t)))) vorfeld = null;
  // A one-word name that is no name: "Aktuell", "Relativierend".
  if (vorfeld && vorfeld.last - vorfeld.first === 1 && ADVERB.test(tokens[vorfeld.first]!.lower)) vorfeld = null;
  // The clause may end at the cue verb itself ("Den Journalisten erklärte | er, …"): its subject
  // then stands right after it, up to the next punctuation.
  let end = before;
  if (verb === before - 1) while (end < tokens.length && end - before < 12 && isWord(tokens[end])) end++;
  const after = subjectAfterVerb(tokens, verb + 1, end);
  if (!vorfeld) return after;
  if (!after) return vorfeld;
  const a = tokens[after.first]!;
  const vf = tokens[vorfeld.first]!;
  if (NOMINATIVE.has(a.lower)) return after;
  // "Der Hauptgeschäftsführer des BPI nannte sie": a "der" noun not of a feminine form is no dative.
  // (-e is feminine only past a few masculine endings: "die Sprache", but "der Experte", "der Kollege".)
  const masc = (): boolean => {
    const head = tokens.slice(vorfeld.first + 1, vorfeld.last).find((t) => t.cap)?.lower ?? '';
    return vf.lower === 'der' && (!/(ung|heit|keit|schaft|ion|tät|ei|ik|ur|e|in)$/.test(head) || /(ge|te|de|se)$/.test(head));
  };
  if (a.lower === 'sie' && !masc() && !PRONOUNS.has(vf.lower) && (DETERMINERS.has(vf.lower) || vorfeld.last - vorfeld.first === 1)) return after;
  if (caseOf(tokens, after) === 'nom' && a.lower === 'der' && caseOf(tokens, vorfeld) === 'amb' && vf.lower !== 'der') return after;
  return vorfeld;
}

/** The first phrase from `p` (right after a finite verb) that can be its subject, past adverbs, objects and prepositional phrases. */
function subjectAfterVerb(tokens: Token[], p: number, before: number): TokenRange | null {
  for (let guard = 0; p < before && guard < 12; guard++) {
    const t = tokens[p]!;
    if (!isWord(t)) return null;
    const pp = ppEnd(tokens, p, before);
    if (pp > p) {
      p = pp;
      continue;
    }
    const np = germanPhraseAt(tokens, p, before);
    if (np) {
      if (caseOf(tokens, np) !== 'obl') return np;
      p = np.last;
      continue;
    }
    if (OBLIQUE.has(t.lower) || (!t.cap && !DETERMINERS.has(t.lower))) {
      p++;
      continue;
    }
    return null;
  }
  return null;
}

/**
 * The subject of the clause [first, before) of a German sentence: by the verb-second parse
 * (`v2Subject`) when it applies; else the phrase after the last cue verb when the verb comes
 * second ("Weiter sagte Larson:"), else the phrase opening the clause ("Thaksin begründete
 * seinen Schritt mit den Worten:"), else its first personal pronoun.
 */
export function germanSubject(tokens: Token[], first: number, before: number, sentenceFirst = first): TokenRange | null {
  // "Auf der Homepage heißt es …:", "Im letzten Satz der Anordnung, die …, heißt es:": the document.
  // "Derzeit steht in dem Gesetzentwurf noch der Passus:", "In dem Brief steht:".
  for (let i = first; i < before; i++) {
    const stands = inSet(STANDS, tokens[i]);
    if ((inSet(IT_SAYS, tokens[i]) && tokens[i + 1]?.lower === 'es') || stands) {
      const doc = documentSource(tokens, i, Math.min(before + 12, tokens.length));
      if (doc) return doc;
      const pp = /^(in|im|auf|aus)$/.test(tokens[sentenceFirst]!.lower) ? germanPhraseAt(tokens, sentenceFirst + 1, i) : null;
      if (pp || !stands) return pp;
    }
  }
  const v2 = v2Subject(tokens, first, before, sentenceFirst);
  if (v2) return v2;
  // "So sagte Olli Rehn, EU-Erweiterungskommissar:": a clause of a mere apposition takes the clause before it.
  if (first > sentenceFirst && isPunct(tokens[first - 1], ',') && before - first <= 6 && !tokens.slice(first, before).some((t) => verbLike(t))) {
    let k = first - 2;
    while (k > sentenceFirst && !isPunct(tokens[k - 1], ',:;') && !isQuote(tokens[k - 1])) k--;
    if (k < first - 1) return germanSubject(tokens, k, first - 1, sentenceFirst);
  }
  let verb = -1;
  for (let i = before - 1; i >= first && verb < 0; i--) if (cueAt(tokens[i])) verb = i;
  if (verb < 0) verb = firstVerb(tokens, first, before);
  // "Auch der Sprecher …": past a leading adverb.
  const opening = germanPhraseAt(tokens, skip(tokens, first, before, isFiller), before);
  if (verb >= 0) {
    // Subject first ("Der Minister sagte"), the verb opening a clause after an apposition
    // ("Scherf, der frühere Senator, warnte") or the subject after the verb ("Weiter sagte Larson").
    if (opening && opening.last === verb) return opening;
    if (verb === first && first > sentenceFirst) {
      // "Sie sei „…“ über das Geschehen, sagte die britische Königin, ihre „…“": the phrase after the cue, up to the comma.
      let e = verb + 1;
      while (e < tokens.length && e - verb < 8 && isWord(tokens[e])) e++;
      const inv = isPunct(tokens[e], ',') && tokens.slice(sentenceFirst, first).some((t) => SUBJUNCTIVE.has(t.lower)) ? germanPhraseAt(tokens, verb + 1, e) : null;
      return appositionSubject(tokens, sentenceFirst, first) ?? (inv?.last === e && caseOf(tokens, inv) !== 'obl' ? inv : germanSubject(tokens, sentenceFirst, first));
    }
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

/**
 * The speaker of a cue or colon at `c` (rule 6): the subject of its clause — or, when that clause
 * is an infinitive or reported (subjunctive) clause after a comma ("hat Hemmungen, seine Sympathien
 * … zu zeigen:", "wandte sich gegen die Behauptung, die Kartoffelsorte werde …:"), of the clause before it.
 */
export function germanSpeakerBefore(tokens: Token[], s: Sentence, c: number, colon: boolean): TokenRange | null {
  const start = clauseStart(tokens, s, c);
  const end = colon ? c : c + 1;
  if (colon && start > s.first && isPunct(tokens[start - 1], ',')) {
    const infinitive = tokens[c - 2]?.lower === 'zu';
    let reported = false;
    for (let k = start; k < c; k++) if (SUBJUNCTIVE.has(tokens[k]!.lower)) reported = true;
    if (infinitive || reported) return germanSubject(tokens, clauseStart(tokens, s, start - 1), start - 1, s.first);
  }
  const r = germanSubject(tokens, start, end, s.first);
  return r && colon && noSpeaker(tokens, r) ? null : r;
}

/**
 * "…, die Sprecherin der Fraktion, Sandra Boser (GRÜNE), erklärte": the subject of a verb after
 * appositions is the phrase opening the run of verbless comma-separated segments before it.
 */
function appositionSubject(tokens: Token[], sentenceFirst: number, first: number): TokenRange | null {
  let from = -1;
  for (let k = first - 1; k > sentenceFirst && isPunct(tokens[k], ','); ) {
    let j = k - 1;
    let verbless = true;
    while (j >= sentenceFirst && !isPunct(tokens[j], ',')) {
      const t = tokens[j]!;
      if (isPunct(t, ':;') || (verbLike(t) && !isAdjective(t))) verbless = false;
      j--;
    }
    if (!verbless) break;
    from = j + 1;
    k = j;
  }
  return from > sentenceFirst ? germanPhraseAt(tokens, from, first) : null;
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
 * one direct claim per quoted fragment, with the same cue and speaker; the mixed claim stays too.
 */
export function ruleFragmentsAsQuotes(ctx: RuleContext): void {
  if (ctx.lang !== 'de') return;
  const { tokens, mentions, contents } = ctx;
  const claims = ctx.claims;
  ctx.claims = [];
  ctx.mentions = [];
  ctx.contents = [];
  claims.forEach((claim, i) => {
    // The claim with its mention and content ranges, kept in step (later rules carry mentions on).
    const add = (c: Claim, mention = mentions[i]!, content = contents[i]!): void => {
      ctx.claims.push(c);
      ctx.mentions.push(mention);
      ctx.contents.push(content);
    };
    // German news annotates "„A“, sagte X. „B“" as two quotes: one claim per quoted span.
    if (claim.kind === 'direct' && claim.spans.length > 1) {
      for (const span of claim.spans) add({ ...claim, spans: [span] });
      return;
    }
    if (claim.kind !== 'mixed') return add(claim);
    const before = ctx.claims.length;
    const m = mentions[i];
    let own = false;
    for (const r of contents[i]!) {
      for (let k = r.first; k < r.last; k++) {
        const t = tokens[k]!;
        if (!isQuote(t) || !(isSpeech(ctx.text, tokens, k) || quotedWord(tokens, k) || lowerInitial(ctx.text, t))) continue;
        // "…, indem er sagte, … „…“", "So sagte Olli Rehn: „…“": a cue of its own inside the content speaks.
        const inner = innerSpeaker(tokens, r.first, k);
        // A quote after a colon or "als" ("gab bekannt: „…“", "kritisierte X als „…“") is all the claim there is.
        own ||= !!inner || isPunct(tokens[k - 1], ':') || tokens[k - 1]?.lower === 'als';
        const mention = inner ? ref(ctx, inner) : claim.mention;
        add({ ...claim, kind: 'direct', mention, spans: [{ start: t.start, end: t.end }], rule: claim.rule.replace('mixed', 'direct-fragment') }, inner ?? mentions[i]!, [one(k)]);
      }
    }
    // Only names and titles in quotes: the claim stays reported speech.
    if (ctx.claims.length === before) add({ ...claim, kind: 'indirect', rule: claim.rule.replace('mixed', 'indirect') });
    // The corpus also annotates the whole reported clause around them, unless a cue inside it speaks.
    else if (!own && !(m && m.first >= contents[i]![0]!.first && m.last <= contents[i]!.at(-1)!.last)) add(claim);
  });
}

/**
 * The speaker of the last cue between `from` and the quote at `q` inside a claim's content: the
 * phrase after an inverted cue ("…, sagte die britische Königin, ihre „…“") or the subject of the
 * cue's clause ("Bundestrainer Joachim Löw bezeichnete … als „übertrieben“").
 */
function innerSpeaker(tokens: Token[], from: number, q: number): TokenRange | null {
  // A colon or semicolon before the quote's own clause ends the cue's reach ("… betont hatte, …,
  // doch die Richterin ließ sich nicht ein: … „…“, so X"); a colon introducing the quote does not.
  let c = isPunct(tokens[q - 1], ':') ? q - 2 : q - 1;
  while (c > from && !cueAt(tokens[c]) && !isPunct(tokens[c], ':;')) c--;
  if (c <= from || !cueAt(tokens[c])) return null;
  let start = c;
  while (start > from && !isPunct(tokens[start - 1], ',:;') && !isQuote(tokens[start - 1])) start--;
  // A cue coordinated with the claim's own ("bestätigte … nicht und nannte sie „…“") shares its subject.
  if (/^(und|oder|sowie|aber)$/.test(tokens[c - 1]?.lower ?? '')) return null;
  if (start === c) {
    const np = speakerPhrase(tokens, skip(tokens, c + 1, q, isFiller), q);
    return np && isWord(tokens[np.first]) && caseOf(tokens, np) !== 'obl' ? np : null;
  }
  return germanSubject(tokens, start, c + 1, start);
}

/**
 * Rule 8 (German convention): any other quoted words that are not a title are a direct quote —
 * German news quotes speech in „…“ throughout, with the speaker as the subject of the clause
 * (`Er forderte einen „offensiven Umgang …“`) or, failing that, the speaker of the claim before.
 */
export function ruleRemainingQuotes(ctx: RuleContext): void {
  if (ctx.lang !== 'de') return;
  const { tokens } = ctx;
  const sentenceOf = new Int32Array(tokens.length);
  ctx.sentences.forEach((s, si) => sentenceOf.fill(si, s.first, s.last));
  // Earlier claims lend their speakers.
  const byStart = ctx.claims
    .map((c, i) => ({ start: c.spans[0]!.start, m: ctx.mentions[i] ?? null, si: sentenceOf[ctx.contents[i]![0]!.first]! }))
    .sort((a, b) => a.start - b.start);
  let k = 0;
  let last: (typeof byStart)[number] | null = null;
  const whole: [TokenRange, TokenRange | null][] = [];
  ctx.sentences.forEach((s, si) => {
    for (let q = s.first; q < s.last; q++) {
      const t = tokens[q]!;
      if (t.kind !== 'quote' || ctx.used[q] || ctx.titles[q]) continue;
      // A quoted word after "als" or "ein" counts as speech beside a cue ("bezeichnete X als „Fest“").
      if (!isSpeech(ctx.text, tokens, q) && !(tokens[q - 1]?.lower === 'als' && quotedWord(tokens, q) && hasCue(tokens, s))) continue;
      while (k < byStart.length && byStart[k]!.start < t.start) last = byStart[k++]!;
      // In order: a cue right after the quote; the speaker of the main clause or of the quote's own
      // clause when they hold a cue; the subject before a colon; for a quote opening its sentence or
      // in a subjunctive sentence, the speaker of a claim just before (reported speech goes on in
      // the subjunctive); the subject of the clause; the speaker of a recent claim; the subject of
      // the sentence before.
      const end = isPunct(tokens[q - 1], ':') ? q - 1 : q;
      const start = clauseStart(tokens, s, end);
      const d = tokens[start]?.lower === 'sondern' ? clauseStart(tokens, s, start - 1) : start;
      const recent = last?.m && si - last.si <= CARRY ? last.m : null;
      const cands: [string, () => TokenRange | null][] = [
        // A source right before the quote ("laut Klinikdirektor X „…“") comes first.
        ['source', () => {
          const r = germanSourcePhrase(tokens, s.first, end);
          return r && r.last >= end - 1 ? r : null;
        }],
        ['after', () => germanSpeakerAfter(tokens, q, s)],
        // "…, Mohammed ElBaradei („Mir fällt niemand ein, …“), und …": a quoted sentence in parentheses after a name.
        ['paren', () => {
          let k = q - 1;
          while (k > s.first && isWord(tokens[k - 1])) k--;
          const r = isPunct(tokens[q - 1], '(') && k < q - 1 ? germanPhraseAt(tokens, k, q - 1) : null;
          return r?.last === q - 1 ? r : null;
        }],
        ['source', () => germanSourcePhrase(tokens, s.first, end)],
        // "Sie sei „vollkommen geschockt“ über das Geschehen, sagte die britische Königin": a cue closing the sentence.
        ['tail', () => tailAttribution(tokens, q, s)],
        // "Seine Werke werden von Musikkennern als „…“ bezeichnet": the agent of a passive.
        ['agent', () => passiveAgent(tokens, start, q, s)],
        ['maincue', () => (start > s.first ? germanCueClauseSubject(tokens, s.first, start - 1) : null)],
        ['owncue', () => (end > start ? germanCueClauseSubject(tokens, start, end, s.first) : null)],
        ['colon', () => (isPunct(tokens[q - 1], ':') && end > start ? germanSubject(tokens, start, end, s.first) ?? germanSubject(tokens, s.first, end) : null)],
        // ("…, dass nicht nur die Nebenklägerin, sondern genauso Kachelmann „…“": the "dass" before "sondern".)
        ['dass', () => (d > s.first && /^(dass|ob)$/.test(tokens[d]!.lower) ? germanSubject(tokens, s.first, d - 1) : null)],
        // "Das Gericht kam zu dem Ergebnis, „dass …“", "Sie warf ihm vor, „…“ zu missbrauchen".
        ['mainsubj', () => (start > s.first && end === start && isPunct(tokens[start - 1], ',') ? germanSubject(tokens, s.first, start - 1) : null)],
        // (A one-word lead-in, "Und: „…“", "Weiter: „…“", goes on as well.)
        // "Der ältere Bruder des Papstes, Georg Ratzinger, war … eingeweiht. „…“": a named subject of the sentence before, after the last claim.
        ['prevsubj', () => {
          const p = ctx.sentences[si - 1];
          const r = p && end === s.first && (!last || last.si < si - 1) ? germanSubject(tokens, p.first, p.last) : null;
          return r && r.last - r.first > 2 ? r : null;
        }],
        ['recentsubj', () => (end - s.first <= (end < q ? 1 : 0) || subjunctive(tokens, s, q) || poss ? recent : null)],
        // "Anja Hajduk kritisierte die Pläne … Hier seien die vorgesehenen Mittel … „völlig unrealistisch“": reported speech of the cue's subject just before.
        ['prevcue', () => {
          const p = ctx.sentences[si - 1];
          return p && !s.paragraphStart && subjunctive(tokens, s, q) ? germanCueClauseSubject(tokens, p.first, sentenceEnd(tokens, p)) : null;
        }],
        ['relative', () => relativeAntecedent(tokens, start, q, s)],
        ['subject', () => (end > start && !relativeClause(tokens, start) ? plausible(tokens, germanSubject(tokens, start, end, s.first), start, s) : null)],
      ];
      let mention: TokenRange | null = null;
      let branch = 'none';
      let rejected: null | undefined;
      let poss = false;
      for (const [name, f] of cands) {
        mention = f();
        // "Seine Zuversicht gründet sich auf …: „…“": his, of the speaker just before.
        if (mention && noSpeaker(tokens, mention)) {
          poss ||= /^(seine?|ihre?)$/.test(tokens[mention.first]!.lower);
          mention = rejected = null;
        }
        if (mention) {
          branch = name;
          break;
        }
      }
      // Scare quotes: a few quoted words with no speaker, no cue and no reported speech around them.
      if (!mention && rejected === undefined && quotedWords(ctx.text, t) <= SCARE_WORDS && !hasCue(tokens, s) && !subjunctive(tokens, s)) continue;
      addClaim(ctx, `remaining-${branch}`, [one(q)], null, mention);
      // "Der Rücktritt sei ein „natürlicher Vorgang“": reported speech going on is a mixed claim as well
      // (not a sentence opening with a quote of its own); so is the "dass" clause around a quote.
      const from = branch === 'dass' ? d : s.first;
      if (((branch === 'recentsubj' && !poss) || branch === 'dass') && q > from && !isQuote(tokens[from]) && !whole.some((w) => w[0].first === from)) whole.push([{ first: from, last: s.last }, mention]);
      // Reported speech goes on: the next quote may take this speaker over.
      if (mention) last = { start: t.start, m: mention, si };
    }
  });
  for (const [r, m] of whole) addClaim(ctx, 'remaining-whole', [r], null, m);
}

/** Months and adverbs that open a clause ("bis zum 17. Mai „…“", "Besonders …"). */
const NO_SPEAKER = words('ab besonders offenbar januar februar märz april mai juni juli august september oktober november dezember');

/** A one-word "subject" that is a month, an adverb or a fronted verb before its pronoun subject ("Kämen sie dem nicht nach, so „…“"). */
function noSpeaker(tokens: Token[], r: TokenRange): boolean {
  const head = DETERMINERS.has(tokens[r.first]!.lower) ? tokens[r.first + 1] : tokens[r.first];
  return inSet(ABSTRACT, head) || (r.last - r.first === 1 && (inSet(NO_SPEAKER, tokens[r.first]) || inSet(PRONOUNS, tokens[r.last])));
}

/** Abstract nouns that head no speaker ("Seine Zuversicht begründet er …: „…“", "die Feststellung „…“"). */
const ABSTRACT = words('absicht art beschäftigung feststellung mitverantwortung motiv pflichten pläne sichtweise ziel zuversicht');

/** Passive auxiliaries ("werden … bezeichnet", "wurde … geäußert"). */
const PASSIVE = words('wird werden wurde wurden worden');

/** The agent of a passive naming "als „…“" ("Seine Werke werden von Musikkennern als „…“ bezeichnet"): the "von" phrase nearest before the quote `q`. */
function passiveAgent(tokens: Token[], start: number, q: number, s: Sentence): TokenRange | null {
  if (tokens[q - 1]?.lower !== 'als') return null;
  let agent: TokenRange | null = null;
  let passive = false;
  for (let k = start; k < s.last && !isPunct(tokens[k], ',;:'); k++) {
    if (inSet(PASSIVE, tokens[k])) passive = true;
    if (k < q && /^(von|vom)$/.test(tokens[k]!.lower)) agent = speakerPhrase(tokens, k + 1, q);
  }
  return passive ? agent : null;
}

/** A clause opened by a relative pronoun or conjunction after a comma ("…, der die Entscheidung …"). */
function relativeClause(tokens: Token[], start: number): boolean {
  return isPunct(tokens[start - 1], ',') && /^(der|die|das|welche|welcher|welches|denen|dem|den|deren|dessen|wonach|wobei|womit|was|wo|weil|da|wenn|obwohl)$/.test(tokens[start]?.lower ?? '');
}

/**
 * "eine griechische Botschaft, welche die Sicherheitstechniker am CERN als „…“ bezeichnete": a relative
 * clause whose pronoun is its subject (no pronoun or name after it) and whose cue follows the quote
 * speaks through its antecedent.
 */
function relativeAntecedent(tokens: Token[], start: number, q: number, s: Sentence): TokenRange | null {
  if (!isPunct(tokens[start - 1], ',') || !/^(der|die|welche|welcher)$/.test(tokens[start]!.lower) || isCap(tokens[start + 1]!) || PRONOUNS.has(tokens[start + 1]!.lower)) return null;
  let cue = false;
  for (let k = q + 1; k < s.last && !isPunct(tokens[k], ',.;:'); k++) cue ||= !!cueAt(tokens[k]);
  for (let k = start - 2; cue && k >= Math.max(s.first, start - 8); k--) {
    const r = DETERMINERS.has(tokens[k]!.lower) ? germanPhraseAt(tokens, k, start - 1) : null;
    if (r && r.last === start - 1) return r;
  }
  return null;
}

/** Auxiliaries and copulas: a clause with one and a noun subject seldom names the speaker ("Der Airbus sei erst „…“"). */
const AUXILIARIES = words('ist sind war waren sei seien wäre wären wird werden wurde wurden würde soll sollen sollte sollten kann können konnte dürfen darf muss müssen bestehen besteht');

/** The subject of the quote's clause as its speaker: a pronoun or name; a noun phrase only beside a full verb. */
function plausible(tokens: Token[], r: TokenRange | null, start: number, s: Sentence): TokenRange | null {
  if (!r) return r;
  const head = tokens[r.first]!;
  if (PRONOUNS.has(head.lower) || (!DETERMINERS.has(head.lower) && r.last - r.first > 1 && !isAdjective(head))) return r;
  for (let k = start; k < s.last && !isPunct(tokens[k], ',;:'); k++) if (inSet(AUXILIARIES, tokens[k])) return null;
  return r;
}

/**
 * A quoted word inside reported speech with a cue of its own is the speaker's word, even a noun
 * ("nannte den Bericht eine „Zeitungsente“", "bezeichnete dies als „Unverschämtheit“"): after
 * "als" or an indefinite article, not after a title word.
 */
function quotedWord(tokens: Token[], q: number): boolean {
  const prev = tokens[q - 1];
  if (!prev || TITLE_CUES.has(prev.lower) || TITLE_CUES.has(tokens[q - 2]?.lower ?? '')) return false;
  return /^(als|ein|eine|einen|einem|einer|eines|von|vor|zur|zum)$/.test(prev.lower);
}

/** Most words a quote with no speaker, cue or subjunctive around it may have and still be scare quotes. */
const SCARE_WORDS = 3;

/** The number of words inside the quote token `t`. */
const quotedWords = (text: string, t: Token): number => (text.slice(t.start, t.end).match(/\p{L}+/gu) ?? []).length;

/** A quote opening with a lower-case word ("„die Hamas-Terror-Infrastruktur …“"): words, not a name. */
const lowerInitial = (text: string, t: Token): boolean => /^\P{L}*\p{Ll}/u.test(text.slice(t.start + (t.quote?.openLength ?? 1), t.end));

/** True when the sentence holds a cue verb. */
function hasCue(tokens: Token[], s: Sentence): boolean {
  for (let i = s.first; i < s.last; i++) if (cueAt(tokens[i])) return true;
  return false;
}

/** True when the sentence holds a subjunctive verb: reported speech whose speaker was named before. */
function subjunctive(tokens: Token[], s: Sentence, q = s.last): boolean {
  // From `q` on, only the quote's own clause counts (", ob ein Verbot angestrebt werden solle" reports no speech).
  for (let i = s.first; i < s.last && !(i > q && isPunct(tokens[i], ',')); i++) if (SUBJUNCTIVE.has(tokens[i]!.lower)) return true;
  return false;
}

/** How many sentences back a claim's speaker still carries over to an unattributed quote. */
const CARRY = 3;

/** "Von einer „…“ sprach der Politiker X": a cue verb right after the quote, its subject after it. */
function germanSpeakerAfter(tokens: Token[], q: number, s: Sentence): TokenRange | null {
  let v = q + 1;
  const comma = isPunct(tokens[v], ',');
  if (comma) v++;
  const t = tokens[v];
  if (!isWord(t) || t.cap) return null;
  // „…“, heißt es in der Erklärung / „…“, so heißt es dazu in einer Mitteilung
  const doc = documentSource(tokens, v + (t.lower === 'so' ? 1 : 0), s.last);
  if (doc) return doc;
  // „…“, wie X sagte / „…“, so X / „…“, so urteilte X / „…“, mit diesen Worten meldete sich X
  // (Without a comma, "„…“ wie der Hisbollah" compares.)
  if ((t.lower === 'wie' && comma) || t.lower === 'so') {
    const np = speakerPhrase(tokens, v + (tokens[v + 1]?.lower === 'sich' ? 2 : 1), s.last);
    if (np || t.lower === 'wie' || !verbLike(tokens[v + 1])) return np;
    v++;
  } else if (comma && t.lower === 'mit' && /^(diesen|den)$/.test(tokens[v + 1]?.lower ?? '') && tokens[v + 2]?.lower === 'worten') v += 3;
  // „…“, erinnerte sich Trotnow: after a comma any verb opens the attribution; without one, a cue.
  if (comma ? !verbLike(tokens[v]) || inSet(SUBORDINATORS, tokens[v]) : !cueAt(tokens[v])) return null;
  const p = skip(tokens, v + 1, s.last, isFiller);
  return speakerPhrase(tokens, p, Math.min(s.last, p + 12));
}

/** Auxiliaries of a compound past before a cue participle ("…, hatte Koch-Mehrin damals gesagt"). */
const PAST_AUXILIARIES = words('hatte hat habe hätte hatten haben');

/**
 * An attribution closing the sentence after the quote: ", sagte X" or ", hatte X (…) gesagt" —
 * the subject after the finite verb.
 */
function tailAttribution(tokens: Token[], q: number, s: Sentence): TokenRange | null {
  for (let k = q + 1; k < s.last - 2; k++) {
    if (!isPunct(tokens[k], ',')) continue;
    const v = tokens[k + 1];
    // "…, so heißt es in einer gemeinsamen Erklärung": a document.
    const doc = documentSource(tokens, k + (v?.lower === 'so' ? 2 : 1), s.last);
    if (doc) return doc;
    const cue = cueAt(v) !== undefined;
    if (!cue && !inSet(PAST_AUXILIARIES, v)) continue;
    const p = skip(tokens, k + 2, s.last, isFiller);
    const np = speakerPhrase(tokens, p, s.last);
    if (!np) continue;
    if (cue) return np;
    // The participle of a cue closes the clause: "…, hatte Koch-Mehrin damals gesagt".
    for (let j = np.last; j < s.last && j - np.last < 5 && isWord(tokens[j]); j++) if (cueAt(tokens[j]) && /^ge/.test(tokens[j]!.lower)) return np;
  }
  return null;
}

/** Pronouns of reference back in lower case: "so letztere", "sagte dieser". */
const BACK_REFERENCES = words('letztere letzterer ersterer erstere dieser diese jener');

/** A speaker phrase at `p`: a phrase, a quoted name ("schrieb „Die Zeit“") or "letztere". */
function speakerPhrase(tokens: Token[], p: number, end: number): TokenRange | null {
  const t = tokens[p];
  if (isQuote(t) && p < end) return one(p);
  if (isWord(t) && BACK_REFERENCES.has(t.text) && !/^\p{L}/u.test(tokens[p + 1]?.text ?? '')) return one(p);
  // "schrieb die in New York City geborene Lopez": a participle phrase between article and noun.
  if (DETERMINERS.has(t?.lower ?? '') && /^(in|im|aus|am)$/.test(tokens[p + 1]?.lower ?? '')) {
    for (let j = p + 3; j < Math.min(end, p + 9) && isWord(tokens[j]); j++) {
      const r = isAdjective(tokens[j]!) && tokens[j + 1]?.cap ? germanPhraseAt(tokens, j + 1, end) : null;
      if (r) return { first: p, last: r.last };
    }
  }
  return germanPhraseAt(tokens, p, end);
}

/** Verbs of "heißt es in X" (the source is a document) and "hieß es vom Sprecher". */
const IT_SAYS = words('heißt hieß hiess heisst');
/** "steht in X": a document as the source, as with "heißt es in X". */
const STANDS = words('steht stand');

/**
 * A document or body as the source: "heißt es (dazu) in einer Mitteilung", "hieß es vom
 * Abgeordneten X", "steht in dem Schreiben" — the phrase after the preposition, at token `p`.
 */
function documentSource(tokens: Token[], p: number, end: number): TokenRange | null {
  if (!inSet(IT_SAYS, tokens[p]) && !inSet(STANDS, tokens[p])) return null;
  let k = skip(tokens, p + 1, end, (t) => t.lower === 'es' || isFiller(t) || t.lower === 'wörtlich' || t.lower === 'deshalb');
  if (!/^(in|im|auf|von|vom|aus|bei|beim)$/.test(tokens[k]?.lower ?? '')) return null;
  k++;
  // "in einer gestern verbreiteten Erklärung": an adverb between the article and the adjective.
  let j = k + 2;
  while (j < end && isAdjective(tokens[j]!)) j++;
  const np = DETERMINERS.has(tokens[k]?.lower ?? '') && isFiller(tokens[k + 1] ?? tokens[k]!) ? germanPhraseAt(tokens, j, end) : null;
  return np ? { first: k, last: np.last } : speakerPhrase(tokens, k, end);
}

/** "Nacke zufolge …", "wie sich Tauss ausdrückte, …": a source named in the clause [first, before). */
function germanSourcePhrase(tokens: Token[], first: number, before: number): TokenRange | null {
  // The source nearest the quote: "Nach Angaben von X soll …, die nach Bewertung von Y „…“".
  for (let i = before - 1; i >= first; i--) {
    const t = tokens[i]!;
    // "So heißt es in dem Schreiben wörtlich: „…“", "In dem Antrag heißt es: „…“", "In einem
    // Schreiben war von einem „…“ die Rede", "Zitat von Schröder: „…“".
    if (IT_SAYS.has(t.lower) || (/^(war|ist)$/.test(t.lower) && tokens[i + 1]?.lower === 'von')) {
      const doc = IT_SAYS.has(t.lower) ? documentSource(tokens, i, before) : null;
      if (doc) return doc;
      const pp = /^(in|im|auf|aus)$/.test(tokens[first]!.lower) ? germanPhraseAt(tokens, first + 1, i) : null;
      if (pp && pp.last === i) return pp;
    }
    if (t.lower === 'zitat' && i === first && tokens[i + 1]?.lower === 'von') return germanPhraseAt(tokens, i + 2, before);
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
      // "nach Bewertung von Polizei und Staatsanwaltschaft": with its "von" phrase.
      const of = np && tokens[np.last]?.lower === 'von' ? germanPhraseAt(tokens, np.last + 1, before) : null;
      if (np) return of ? { first: i, last: of.last } : np;
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
      let v = np ? np.last : -1;
      // "Wie der Vorsitzende Richter, Ottmar Breidling, ausführte": past an apposition.
      if (np && isPunct(tokens[v], ',')) {
        let c = v + 1;
        while (c < before && c - v < 8 && !isPunct(tokens[c], ',')) c++;
        if (isPunct(tokens[c], ',')) v = c + 1;
      }
      const verb = tokens[v];
      // ("Maßnahmen wie den Einsatz … stellen": an accusative after "wie" is a comparison, no source.)
      if (np && isWord(verb) && !verb.cap && caseOf(tokens, np) !== 'obl') return np;
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
    'eines sich the of and a an to for on de la le les du d l un une pour et el los del da do dos di dello della al bin',
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
  // Wiki markup, not quotation: ''kursiv'' and 'so' are no German quotation marks.
  if (t.text.startsWith("'")) return false;
  const sentence = /[.!?]\P{L}*$/u.test(inner) && /\s/u.test(inner.trim());
  if (sentence) return true;
  const ws = inner.match(/\p{L}+/gu) ?? [];
  // A web address ("amazon.de"), a Latin species name ("Klebsiella pneumoniae"), or a
  // translation or name in parentheses ("(„gegossenes Blei“)").
  if (/^\S*\.\p{L}{2,4}$/u.test(inner.trim())) return false;
  if (/^\p{Lu}\p{Ll}+ \p{Ll}+(?:us|um|ae|is|a|i)$/u.test(inner.trim())) return false;
  if (isPunct(prev, '(')) return false;
  // A name right after the noun it names: "die Fernsehserie „In aller Freundschaft“", "beim Aktionstag „Freiheit statt Angst“".
  if (isWord(prev) && prev.cap && !NOT_SUBJECT.has(prev.lower) && isWord(tokens[q - 2]) && ws.length <= 4 && /^\P{L}*\p{Lu}/u.test(inner)) return false;
  const content = ws.filter((w) => /^\p{Ll}/u.test(w) && !TITLE_WORDS.has(w));
  if (content.length === 0) return false;
  const afterArticle = prev !== undefined && /^(der|die|das|den|dem|des)$/u.test(prev.lower);
  return !(afterArticle && (ws.length === 1 || /^\P{L}*\p{Lu}/u.test(inner)));
}

/**
 * Rule 5 (German): "laut X", "nach Angaben von X" and "X zufolge" need no comma; the rest of the
 * sentence around the source is the reported content ("Laut WHO sollen weltweit … sein", "Die
 * Brandursache ist nach Angaben der Polizei unklar"). Runs before the generic rule 5.
 */
export function ruleGermanAccording(ctx: RuleContext): void {
  if (ctx.lang !== 'de') return;
  const { tokens } = ctx;
  ctx.sentences.forEach((s, si) => {
    const end = sentenceEnd(tokens, s);
    // "… aus. Dies bestätigte der Parteivorsitzende am Abend.": the sentence before is the content.
    const prev = ctx.sentences[si - 1];
    const v = tokens[s.first + 1];
    if (prev && !s.paragraphStart && /^(dies|das)$/.test(tokens[s.first]!.lower) && (cueAt(v) || /^(teilten?|gaben?)$/.test(v?.lower ?? ''))) {
      const np = germanPhraseAt(tokens, skip(tokens, s.first + 2, end, isFiller), end);
      const pe = sentenceEnd(tokens, prev);
      if (np && caseOf(tokens, np) !== 'obl' && isFree(ctx, prev.first, s.last) && !tokens.slice(prev.first, pe).some(isQuote)) return addClaim(ctx, 'dies', [{ first: prev.first, last: pe }], one(s.first + 1), np);
    }
    for (let c = s.first; c < end; c++) {
      const w = tokens[c]!.lower;
      // "Die Polizei geht davon aus, dass …": the "dass" clause is the subject's view.
      if (w === 'davon' && tokens[c + 1]?.lower === 'aus' && isPunct(tokens[c + 2], ',') && tokens[c + 3]?.lower === 'dass') {
        const m = germanSubject(tokens, clauseStart(tokens, s, c), c, s.first);
        if (m && isFree(ctx, c, end)) {
          addClaim(ctx, 'view', [{ first: c + 3, last: end }], { first: c, last: c + 2 }, m);
          break;
        }
      }
      const zu = w === 'zufolge';
      let src: TokenRange | null = null;
      if (w === 'laut') {
        const np = germanPhraseAt(tokens, c + 1, end);
        if (np) src = { first: c + 1, last: genitive(tokens, np.last, end) };
      }
      else if (w === 'nach') {
        // "nach (den) Angaben der Polizei", "nach inoffiziellen Angaben", "nach Ansicht von X"
        let k = c + 1;
        while (k < c + 4 && isWord(tokens[k]) && !tokens[k]!.cap) k++;
        const np = inSet(SOURCE_NOUNS, tokens[k]) ? germanPhraseAt(tokens, k, end) : null;
        const of = np && tokens[np.last]?.lower === 'von' ? germanPhraseAt(tokens, np.last + 1, end) : null;
        if (np) src = { first: c + 1, last: genitive(tokens, (of ?? np).last, end) };
      } else if (zu) {
        // The longest phrase ending at the cue, with any adjectives before it ("neuesten Studien
        // zufolge") and the phrase it belongs to ("Einer Meldung von Xinhua zufolge").
        for (let e = c; e > s.first; e = tokens[e - 1]?.lower === 'von' ? e - 1 : -1) {
          let f = e;
          for (let k = e - 1; k >= s.first && e - k <= 6; k--) if (germanPhraseAt(tokens, k, e)?.last === e) f = k;
          while (f > s.first && f < e && isAdjective(tokens[f - 1]!)) f--;
          if (f === e) break;
          src = { first: f, last: c };
          e = f;
        }
      }
      let after = zu ? c + 1 : src?.last ?? 0;
      let cue = one(c);
      if (w === 'wie' && c === s.first) {
        // "Wie der Bundeswahlleiter mitteilte, lag …": the clause up to the comma after its verb names the source.
        let k = c + 1;
        while (k < end && k - c < 30 && isWord(tokens[k]) !== isPunct(tokens[k], ',') && !(isPunct(tokens[k], ',') && verbLike(tokens[k - 1]))) k++;
        const np = isPunct(tokens[k], ',') ? germanPhraseAt(tokens, c + (tokens[c + 1]?.lower === 'sich' ? 2 : 1), k) : null;
        if (np && caseOf(tokens, np) !== 'obl') [src, after, cue] = [np, k + 1, one(k - 1)];
      }
      if (w === 'wie' && isPunct(tokens[c - 1], ',') && c - 1 > s.first) {
        // "…, wie die Staatsanwaltschaft mitteilte.": a source clause closing the sentence.
        const np = germanPhraseAt(tokens, c + (tokens[c + 1]?.lower === 'sich' ? 2 : 1), end);
        // (Its verb a speech verb, its subject no pronoun, and no cue before it: "berichtet, wie …" is content.)
        const v = tokens[end - 1];
        const speech = !!cueAt(v) || /^(mitteilten?|meldeten?|bekanntgab|ausdrückte|darlegte)$/.test(v?.lower ?? '');
        if (np && speech && !inSet(PRONOUNS, tokens[np.first]) && caseOf(tokens, np) !== 'obl' && tokens.slice(c, end).every(isWord) && !tokens.slice(s.first, c).some((t) => cueAt(t)) && isFree(ctx, s.first, end)) {
          addClaim(ctx, 'according-de', [{ first: s.first, last: c - 1 }], one(end - 1), np);
          break;
        }
      }
      if (!src) continue;
      const before = zu ? src.first : c;
      // Mid-sentence, the words before are the sentence's own clause (no comma, no quote); at its
      // start, the finite verb follows the source. Quoted words in the source or the content are
      // left to the quote rules ("nach Angaben des Leiters „…“").
      if (before > s.first ? tokens.slice(s.first, before).some((t) => !isWord(t)) : !verbLike(tokens[after])) continue;
      if (tokens.slice(src.first, end).some(isQuote) || !isFree(ctx, s.first, end)) continue;
      const content = before > s.first ? [{ first: s.first, last: before }] : [];
      if (after < end) content.push({ first: after, last: end });
      addClaim(ctx, 'according-de', content, cue, src);
      break;
    }
  });
}

/** The end of sentence `s` before its closing punctuation. */
const sentenceEnd = (tokens: Token[], s: Sentence): number => (isPunct(tokens[s.last - 1], '.!?') ? s.last - 1 : s.last);

/** The end of a genitive plural without article after a source noun ("Angaben informierter Kreise"), or `last`. */
function genitive(tokens: Token[], last: number, end: number): number {
  let k = last;
  while (k < end && /er$/.test(tokens[k]!.lower) && isAdjective(tokens[k]!)) k++;
  const next = tokens[k];
  return k > last && next && isCap(next) ? germanPhraseAt(tokens, k, end)?.last ?? last : last;
}

/**
 * German news annotates a cue verb with a plain object ("Die Polizei sprach von einer friedlichen
 * Demonstration", "Thierse fordert zusätzliche Offenlegungspflichten") as reported speech whose
 * content is the whole sentence: the content of a main-clause cue at `c` starts at the sentence
 * start when its object follows the verb directly (`from`, not after a comma or "dass").
 */
export function germanReportedStart(ctx: RuleContext, s: Sentence, c: number, from: number): number {
  const { tokens } = ctx;
  // An object with a relative clause after the comma ("forderte alle Bewohner, welche …", "von zehn
  // Flugzeugen, auf die es …") is no reported clause of its own.
  const t = tokens[from];
  const relative = isPunct(tokens[from - 1], ',') && (/^(welche[mnrs]?|denen|deren|dessen|weil|obwohl)$/.test(t?.lower ?? '') || (inSet(PREP_WORDS, t) && /^(die|der|das|den|dem|denen)$/.test(tokens[from + 1]?.lower ?? '') && (inSet(PRONOUNS, tokens[from + 2]) || inSet(DETERMINERS, tokens[from + 2]) || tokens[from + 2]?.lower === 'es')));
  if ((from !== c + 1 && (!relative || tokens.slice(c, from).some(isQuote))) || !isFree(ctx, s.first, c) || tokens.slice(s.first, c).some((t) => !isWord(t) && !isPunct(t, ',()'))) return from;
  return s.first;
}

/** Words closing an inverted German attribution: separable particles ("teilte X mit") and adverbs. */
const CLOSERS = words(`${FILLER_WORDS} mit bekannt hinzu fest ein abschließend wörtlich`);

/**
 * The words from `k` to the end of the sentence close an inverted attribution ("…, teilte das
 * Unternehmen heute mit.", "…, sagte die Anwältin weiter.", "…, sagte er gegenüber der Presse."):
 * particles, adverbs and prepositional phrases, no further clause.
 */
export function germanClosing(tokens: Token[], k: number, s: Sentence): boolean {
  for (; k < s.last && !isPunct(tokens[k], '.!?'); k++) {
    const t = tokens[k]!;
    if (!isWord(t) || !(t.cap || inSet(CLOSERS, t) || inSet(PREP_WORDS, t) || DETERMINERS.has(t.lower) || isAdjective(t) || /^\d/.test(t.text))) return false;
  }
  return true;
}

/** A subjunctive-I verb (not "hätte", "würde"): reported speech without a cue ("Der Verein wolle … vorgehen"). */
const subjunctiveI = (t: Token | undefined): boolean => inSet(SUBJUNCTIVE, t) && !/^(hät|wür)/.test(t!.lower);

/**
 * Rule 9 (German): reported speech goes on in the subjunctive without a cue ("… sagte der
 * Sprecher. Vier Sicherheitskräfte seien zudem getötet worden."): a sentence of the same paragraph
 * right after a claim, whose first clause has a subjunctive-I verb, is a claim of that speaker.
 */
export function ruleFreeIndirect(ctx: RuleContext): void {
  if (ctx.lang !== 'de') return;
  const { tokens, sentences } = ctx;
  // The speaker of the last claim in each sentence (undefined: none).
  const speaker: (TokenRange | null | undefined)[] = [];
  ctx.claims.forEach((_, i) => {
    const f = ctx.contents[i]![0]!.first;
    const si = sentences.findIndex((x) => f >= x.first && f < x.last);
    if (si >= 0) speaker[si] = ctx.mentions[i] ?? null;
  });
  sentences.forEach((s, si) => {
    const m = speaker[si - 1];
    if (!m || s.paragraphStart || speaker[si] !== undefined || s.last - s.first < 4 || !isFree(ctx, s.first, s.last)) return;
    let k = s.first;
    while (k < s.last && isWord(tokens[k]) && !subjunctiveI(tokens[k])) k++;
    if (!subjunctiveI(tokens[k]) || tokens.slice(s.first, s.last).some(isQuote)) return;
    addClaim(ctx, 'free', [{ first: s.first, last: sentenceEnd(tokens, s) }], null, m);
    speaker[si] = m;
  });
}
