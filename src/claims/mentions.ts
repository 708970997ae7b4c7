/**
 * Speaker mentions: the noun phrase a cue's source rests on — a pronoun ("he"), a name with its
 * titles ("European Commission President Ursula von der Leyen"), or a role or group ("a spokesman
 * for the ministry", "officials", "the Kremlin"). Found by scanning tokens left or right of a cue.
 */
import { DAYS, inSet, isWord, MONTHS, one, words } from './context';
import { GERMAN_FUNCTION_WORDS } from './german';
import type { Token } from './sentences';

/** Token range [first, last). */
export interface TokenRange {
  first: number;
  last: number;
}

const PRONOUNS = words('he she they it we i you who which er sie wir ich il elle ils elles él ella ellos ele ela eles');
/** Relative pronouns standing as the subject of a cue ("Trump, who said …", "a video that said …"). */
const RELATIVES = words('who which that');

const DETERMINERS = words(
  'the a an his her their its our my your this these those some many several most few both all two three four five ' +
    'other another one der die das ein eine einer des dem den le la les un une el los las uma um o os as',
);

/** Nouns that are both roles and organisations ("the ministry said", "the Interior Ministry"). */
export const ROLE_ORGS =
  'administration agency association campaign commission committee company council court department government ' +
  'group institute ministry network office organisation organization party police regierung union university';
/** Nouns that are both roles and titles before a name ("the senator said", "Senator Ted Cruz"). */
export const ROLE_TITLES =
  'ambassador attorney candidate ceo chair chairman chairwoman congressman congresswoman director envoy founder ' +
  'general governor judge leader mayor minister ministerin nominee officer president republican secretary senator ' +
  'spokesman spokeswoman sprecher sprecherin';
/** Modifiers that are titles too ("former Secretary", "Deputy Minister"). */
export const TITLE_MODIFIERS = 'defense democratic deputy foreign former health house justice presumptive prime state vice';

/**
 * Nouns that can head a source phrase on their own ("officials said", "a spokesman for …"); person
 * nouns by their ending ("economist", "historian") need no entry (see `PERSON_NOUN`).
 */
const ROLES = words(
  `${ROLE_ORGS} ${ROLE_TITLES} ad adviser advisor advocate aide alliance ally analyst anchor announcer article ` +
    'audience author authority blog board broadcaster caucus channel chief coalition commander commercial complaint ' +
    'conservative consultant counsel critic crowd daily democrat demonstrator diplomat document editorial employee ' +
    'expert experte expertin filing firm friend half host insider investigator lawmaker lawsuit lawyer legislator ' +
    'letter liberal magazine majority man manager member memo men moderator narrator newspaper observer official ' +
    'operative opponent other outlet owner panel paper participant people percent polizei poll pollster prosecutor ' +
    'protester quarter record report reporter representative researcher resident respondent rival site source ' +
    'spokespeople spokesperson spot staff statement station student study supporter survey tabloid third user voice ' +
    'voter website weekly witness woman women worker',
);

/** Lower-case modifiers allowed inside a source phrase ("top envoy", "senior administration official"). */
const MODIFIERS = words(
  `${TITLE_MODIFIERS} acting administration assistant at campaign chief close communications conservative election ` +
    'executive federal for general government independent intelligence interim liberal likely local longtime military ' +
    'national new news of party police political possible presidential press private public recent republican security ' +
    'senior some top white',
);

/** Name particles that may stand lower-case inside a name ("von der Leyen", "bin Salman"). */
export const PARTICLES = words('von van der den de del della di da du la le dos das bin al el ibn ter ten zu');

/** Words that may stand between a subject and its verb ("he also said", "Trump has repeatedly said"). */
const BETWEEN = words(
  'also has have had would will did does do is was were be been being not never still then later once again ' +
    'previously repeatedly already recently earlier further just even now often frequently publicly privately ' +
    'reportedly allegedly apparently simply flatly openly initially ultimately subsequently quickly bluntly however hat habe ' +
    'haben hatte auch could should might may must can shall',
);

/** A word without its contraction ("we’ve" → "we", "he’s" → "he"). */
const uncontracted = (lower: string): string => lower.replace(/[’'](ve|re|ll|d|s|m)$/u, '');
export const isPronoun = (t: Token): boolean => PRONOUNS.has(uncontracted(t.lower));
export const isBetween = (t: Token): boolean => BETWEEN.has(t.lower) || /^\p{Ll}+ly$/u.test(t.text);

/** Singular of a plural role noun ("officials" → "official"), else the word itself. */
function singular(lower: string): string {
  if (ROLES.has(lower)) return lower;
  if (lower.endsWith('ies')) return `${lower.slice(0, -3)}y`;
  if (lower.endsWith('s')) return lower.slice(0, -1);
  return lower;
}

/** A noun that can head a source phrase on its own ("officials", "spokesman"), given lower-case. */
export const isRoleNoun = (lower: string): boolean => ROLES.has(singular(lower)) || PERSON_NOUN.test(lower);
/** Person nouns by their ending: "businessman", "congresswomen", "historian", "activists". */
const PERSON_NOUN = /\p{L}{3}(?:man|woman|men|women|ians?|ists?)$/u;
const isRole = (t: Token): boolean => isRoleNoun(t.lower);
/** A word that can be part of a name: capitalised, or an initial/abbreviation, or a possessive of one. */
const isNameWord = (t: Token): boolean =>
  isWord(t) && t.cap && !PRONOUNS.has(uncontracted(t.lower)) && !FUNCTION_WORDS.has(t.lower) && !TIMES.has(t.lower);

/** Days, months and spans of time: capitalised, but never a speaker ("Clinton on Tuesday said"). */
export const TIMES = words(`${DAYS} ${MONTHS} hours days weeks months years minutes`);

/** Capitalised at a sentence start, these are not names ("As Politico reported", "But Trump said"). */
export const FUNCTION_WORDS = words(
  'as but and or yet if when while after before since until because although though however meanwhile then now ' +
    'also still on at for with from by to of into about over under here there where what why how once even just ' +
    'asked speaking told said says according like unlike perhaps maybe indeed instead later earlier today yesterday ' +
    `having being given last next back each ${GERMAN_FUNCTION_WORDS} jetzt mais et quand pero y cuando mas e quando`,
);

/** Can this token head a source phrase (be its last word)? */
function isHead(t: Token): boolean {
  return isNameWord(t) || isRole(t);
}

/**
 * A word that may stand inside a source phrase: a name, role, determiner, modifier or number, or a
 * particle before (more particles and) a capitalised word ("von der Leyen").
 */
function phraseWord(tokens: Token[], i: number): boolean {
  const t = tokens[i]!;
  if (!isWord(t)) return false;
  let k = i;
  while (PARTICLES.has(tokens[k]?.lower ?? '')) k++;
  return (k > i && tokens[k]?.cap === true) || isHead(t) || DETERMINERS.has(t.lower) || MODIFIERS.has(t.lower) || /^\d+$/.test(t.lower);
}

/**
 * The source phrase ending at token `end - 1`, scanning left no further than `min`.
 * Returns null when that token cannot end a source phrase.
 */
export function phraseEndingAt(tokens: Token[], end: number, min: number): TokenRange | null {
  const head = tokens[end - 1];
  if (!head || end - 1 < min) return null;
  if (isPronoun(head) || RELATIVES.has(head.lower)) return { first: end - 1, last: end };
  if (!isHead(head)) return null;
  let first = end - 1;
  while (first - 1 >= min && phraseWord(tokens, first - 1)) first--;
  return trim(tokens, { first, last: end });
}

/** The source phrase starting at token `start`, scanning right no further than `max` (exclusive). */
export function phraseStartingAt(tokens: Token[], start: number, max: number): TokenRange | null {
  const t0 = tokens[start];
  if (!t0 || start >= max || !isWord(t0)) return null;
  if (isPronoun(t0)) return one(start);
  let last = start;
  let lastHead = -1;
  for (; last < max && phraseWord(tokens, last); last++) if (isHead(tokens[last]!)) lastHead = last;
  if (lastHead < 0) return null;
  return trim(tokens, { first: start, last: lastHead + 1 });
}

/** Drops prepositions and connecting words from the ends of a phrase. */
function trim(tokens: Token[], r: TokenRange): TokenRange | null {
  const edge = words('of for at to on from with as');
  let { first, last } = r;
  while (first < last && edge.has(tokens[first]!.lower)) first++;
  while (last > first && (edge.has(tokens[last - 1]!.lower) || DETERMINERS.has(tokens[last - 1]!.lower))) last--;
  if (first >= last) return null;
  // A phrase needs a head: a name, a role or a pronoun.
  for (let i = first; i < last; i++) if (isHead(tokens[i]!)) return { first, last };
  return null;
}

/**
 * A loosely delimited phrase from `start` up to (not including) the first punctuation, quote or
 * `stop` token, at most `max` tokens: used where the position already shows that a source phrase
 * stands there (after "“…,” said"), so its words need not be known ("Virginia delegate Beau Correll",
 * "the gambling tycoon").
 */
export function looseStartingAt(tokens: Token[], start: number, stop: number, max = 10): TokenRange | null {
  let last = start;
  while (last < stop && last - start < max && isWord(tokens[last]) && !FUNCTION_WORDS.has(tokens[last]!.lower)) last++;
  if (last === start || last - start >= max) return null;
  const t0 = tokens[start]!;
  // It must open like a noun phrase: a name, a pronoun, a determiner or a number ("the 46-year-old").
  const named = tokens.slice(start, last).some((t) => t.cap);
  if (!(named || isPronoun(t0) || DETERMINERS.has(t0.lower) || MODIFIERS.has(t0.lower) || /^\d/.test(t0.text) || isRole(t0))) return null;
  if (last - start > 1 && isPronoun(t0) && !DETERMINERS.has(t0.lower)) return null;
  if (last - start === 1 && DETERMINERS.has(t0.lower)) return null;
  return { first: start, last };
}

/** Quantifiers that open a subject of their own ("most said", "nearly three in five said", "all but two said"). */
const QUANTIFIERS = words('most many several some all both few none nearly almost about half majority more fewer each every people');
/** Words that end the display part of a loose subject ("People who …", "a source close to him"). */
const SUBJECT_CUT = words('who whom whose which that');

/** A word that can open a subject: no pronoun, time word, or function word other than a quantifier. */
const canOpenSubject = (t: Token): boolean =>
  isWord(t) && !isPronoun(t) && !(FUNCTION_WORDS.has(t.lower) && !QUANTIFIERS.has(t.lower)) && !TIMES.has(t.lower);

/**
 * A subject phrase before a finite cue that the strict scanner does not know ("The GOP speechwriter
 * said", "Romney's associates said", "a source close to him said", "nearly three in five said"):
 * the words from `start` up to `end` (where the cue stands), at most eight, opening like a noun
 * phrase (a determiner, quantifier, number or capitalised word) and holding no verb-like cue, no
 * quote and no punctuation. `isCue` tells a cue word. The range returned is cut before a relative
 * clause or a later pronoun, so the display stays short; it always begins at `start`.
 */
export function looseSubject(tokens: Token[], start: number, end: number, isCue: (t: Token) => boolean): TokenRange | null {
  const n = end - start;
  if (n < 1 || n > 8) return null;
  const t0 = tokens[start]!;
  if (!canOpenSubject(t0)) return null;
  const opens = DETERMINERS.has(t0.lower) || QUANTIFIERS.has(t0.lower) || /^\d/.test(t0.text) || (t0.cap && !TIMES.has(t0.lower));
  if (!opens) return null;
  let cut = end;
  for (let k = start; k < end; k++) {
    const t = tokens[k]!;
    if (!isWord(t) || (k > start && isCue(t) && !isRole(t))) return null;
    if (cut === end && k > start && (SUBJECT_CUT.has(t.lower) || isPronoun(t))) cut = k;
  }
  // A lone determiner is no subject ("The said …"); a lone quantifier is ("Most believe …").
  if (n === 1 && DETERMINERS.has(t0.lower) && !QUANTIFIERS.has(t0.lower)) return null;
  return { first: start, last: cut };
}

/** Finite auxiliaries: outside a relative clause they show a clause of its own, not a subject. */
export const FINITE = words('is are was were has have had will would can could did does do may might must should shall');
/** Subordinators: outside a relative clause they join two clauses. */
const CLAUSE_LINKS = words('after when while because if since before though although than whether what as');
/** Prepositions inside a subject ("the head of …", "voters in six states", "aides to Clinton"). */
const PREPOSITIONS = words('of in at for to from with on by about among across like near within including into over under and or');
/** Object pronouns: a word before them is a verb. */
const OBJECTS = words('her him them me us it');
/** Articles and possessives opening an object ("shared a syllabus", "hands her a majority"). */
const ARTICLES = words('a an the his their its our my your this these those');
/** Nominative pronouns: outside a relative clause they open a clause of their own. */
const NOMINATIVE = words('he she they we i');

/**
 * A long subject (up to 30 tokens) from `start` to the cue at `end`, as a small chunker reads it:
 * a noun phrase with prepositional attachments ("The deputy head of China’s delegation to the forum"),
 * participles ("… voters in six states going to the polls"), appositives between commas or dashes
 * ("Six Gannett newspapers in New Jersey, including the Asbury Park Press,") and relative clauses
 * ("Friends of Mr. Clinton's who have seen him …"). Outside a relative clause it holds no cue, no
 * finite auxiliary, no nominative pronoun, no quote and no clause coordination (", and").
 * The range returned is the head phrase: cut before the first comma, dash, parenthesis or relative.
 */
export function longSubject(tokens: Token[], start: number, end: number, isCue: (t: Token) => boolean): TokenRange | null {
  if (end - start < 2 || end - start > 30) return null;
  const t0 = tokens[start]!;
  if (!canOpenSubject(t0)) return null;
  // "three-quarters of the voters": a partitive opens a noun phrase too.
  if (!(DETERMINERS.has(t0.lower) || QUANTIFIERS.has(t0.lower) || /^\d/.test(t0.text) || t0.cap || isRole(t0) || tokens[start + 1]?.lower === 'of')) return null;
  let cut = end;
  let relative = false;
  for (let k = start + 1; k < end; k++) {
    const t = tokens[k]!;
    if (t.kind !== 'word') {
      // A possessive's apostrophe or a slash stays inside the phrase ("Sanders’ aides", "Reuters/Ipsos").
      if (/^[’'/&]$/u.test(t.text) && isWord(tokens[k + 1])) continue;
      if (t.kind !== 'punct' || !',—–()'.includes(t.text)) return null;
      if (cut === end) cut = k;
      relative = false;
      const n = tokens[k + 1];
      if (n && (n.lower === 'and' || n.lower === 'but' || n.lower === 'or')) return null;
      continue;
    }
    if (SUBJECT_CUT.has(t.lower)) {
      relative = true;
      if (cut === end) cut = k;
      continue;
    }
    if (relative) continue;
    if ((isCue(t) && !isRole(t)) || FINITE.has(t.lower) || NOMINATIVE.has(t.lower) || CLAUSE_LINKS.has(t.lower) || /n[’']t$/u.test(t.lower)) return null;
    // A verb taking an object ("Carson shared a syllabus", "Clinton’s victory hands her …") or after
    // an adverb ("Kasich jokingly offered"): the words so far are a clause, not a subject.
    const n = tokens[k + 1];
    if (!t.cap && !/ing$/u.test(t.lower) && !PREPOSITIONS.has(t.lower) && !DETERMINERS.has(t.lower) && (inSet(OBJECTS, n) || (inSet(ARTICLES, n) && !QUANTIFIERS.has(t.lower)))) return null;
    if (/\p{Ll}ly$/u.test(t.lower) && /(ed|s)$/u.test(n?.lower ?? '')) return null;
    // An infinitive ("Mr. Trump's decision to seize on …") is a clause of its own.
    if (t.lower === 'to' && isWord(n) && !n.cap && !DETERMINERS.has(n.lower)) return null;
    // A past form right after an opening name: "Canova capitalized on …", "Reagan tapped …".
    if (k <= start + 2 && !t.cap && /ed$/u.test(t.lower) && tokens[k - 1]!.cap && !DETERMINERS.has(tokens[k - 1]!.lower)) return null;
  }
  // "a planned attack", "his repeated mispronunciations": the cue is an adjective.
  if (DETERMINERS.has(tokens[end - 1]!.lower)) return null;
  return { first: start, last: cut };
}
