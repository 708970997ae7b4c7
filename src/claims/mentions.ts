/**
 * Speaker mentions: the noun phrase a cue's source rests on — a pronoun ("he"), a name with its
 * titles ("European Commission President Ursula von der Leyen"), or a role or group ("a spokesman
 * for the ministry", "officials", "the Kremlin"). Found by scanning tokens left or right of a cue.
 */
import { words } from './context';
import type { Token } from './sentences';

/** Token range [first, last). */
export interface TokenRange {
  first: number;
  last: number;
}

export const PRONOUNS = words('he she they it we i you who which er sie wir ich il elle ils elles él ella ellos ele ela eles');
/** Relative pronouns standing as the subject of a cue ("Trump, who said …", "a video that said …"). */
const RELATIVES = words('who which that');

const DETERMINERS = words(
  'the a an his her their its our my your this these those some many several most few both all two three four five ' +
    'other another one der die das ein eine einer des dem den le la les un une el los las uma um o os as',
);

/** Nouns that can head a source phrase on their own ("officials said", "a spokesman for …"). */
const ROLES = words(
  'spokesman spokeswoman spokesperson spokespeople official aide adviser advisor envoy minister ministry president ' +
    'secretary senator governor mayor chairman chairwoman chair director leader lawmaker legislator representative ' +
    'congressman congresswoman candidate nominee campaign administration government department agency office committee ' +
    'party police prosecutor lawyer attorney analyst expert critic supporter voter source researcher economist author ' +
    'reporter journalist organization organisation group company firm staff member people resident witness observer ' +
    'diplomat ambassador general commander chief judge court officer investigator manager strategist pollster consultant ' +
    'operative activist democrat republican conservative liberal advocate poll survey report study statement letter memo ' +
    'filing complaint lawsuit document record website article editorial ad insider ally opponent rival counsel ' +
    'authority percent half majority third quarter respondent participant student worker employee owner ceo founder ' +
    'man woman men women crowd audience protester demonstrator user friend host anchor moderator other narrator ' +
    'announcer voice commercial spot commission council board panel institute university union association ' +
    'coalition alliance caucus ' +
    'newspaper paper magazine network station broadcaster outlet channel daily weekly tabloid blog site ' +
    'sprecher sprecherin ministerin regierung polizei experte expertin',
);

/** Lower-case modifiers allowed inside a source phrase ("top envoy", "senior administration official"). */
const MODIFIERS = words(
  'former top senior chief deputy acting presidential political federal state local foreign national military press ' +
    'campaign communications longtime close new recent interim assistant general white house executive vice prime ' +
    'republican democratic conservative liberal independent defense justice health security intelligence administration ' +
    'government police party election news public private presumptive likely possible some of for at',
);

/** Name particles that may stand lower-case inside a name ("von der Leyen", "bin Salman"). */
const PARTICLES = words('von van der den de del della di da du la le dos das bin al el ibn ter ten zu');

/** Words that may stand between a subject and its verb ("he also said", "Trump has repeatedly said"). */
const BETWEEN = words(
  'also has have had would will did does do is was were be been being not never still then later once again ' +
    'previously repeatedly already recently earlier further just even now often frequently publicly privately ' +
    'reportedly allegedly apparently simply flatly openly initially ultimately subsequently quickly bluntly however hat habe ' +
    'haben hatte auch could should might may must can shall',
);

/** A word without its contraction ("we’ve" → "we", "he’s" → "he"). */
const uncontracted = (lower: string): string => lower.replace(/[’'](ve|re|ll|d|s|m)$/u, '');
export const isPronoun = (t: Token): boolean => t.kind === 'word' && PRONOUNS.has(uncontracted(t.lower));
export const isBetween = (t: Token): boolean => t.kind === 'word' && (BETWEEN.has(t.lower) || /^\p{Ll}+ly$/u.test(t.text));

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
const isRole = (t: Token): boolean => t.kind === 'word' && isRoleNoun(t.lower);
/** A word that can be part of a name: capitalised, or an initial/abbreviation, or a possessive of one. */
const isNameWord = (t: Token): boolean =>
  t.kind === 'word' && t.cap && !PRONOUNS.has(uncontracted(t.lower)) && !FUNCTION_WORDS.has(t.lower) && !TIMES.has(t.lower);

/** Days, months and spans of time: capitalised, but never a speaker ("Clinton on Tuesday said"). */
const TIMES = words(
  'monday tuesday wednesday thursday friday saturday sunday january february march april may june july august ' +
    'september october november december hours days weeks months years minutes',
);

/** Capitalised at a sentence start, these are not names ("As Politico reported", "But Trump said"). */
const FUNCTION_WORDS = words(
  'as but and or so yet if when while after before since until because although though however meanwhile then now ' +
    'also still in on at for with from by to of into about over under here there where what why how once even just ' +
    'asked speaking told said says according like unlike perhaps maybe indeed instead later earlier today yesterday ' +
    'having being given last next back each ' +
    'aber und oder wenn als nachdem während laut so auch dann jetzt gegenüber mit bei im am zum zur auf für über nach vor ' +
    'mais et quand pero y cuando mas e quando',
);

/** Can this token head a source phrase (be its last word)? */
function isHead(t: Token): boolean {
  return isNameWord(t) || isRole(t);
}

/**
 * The source phrase ending at token `end - 1`, scanning left no further than `min`.
 * Returns null when that token cannot end a source phrase.
 */
export function phraseEndingAt(tokens: Token[], end: number, min: number): TokenRange | null {
  const head = tokens[end - 1];
  if (!head || end - 1 < min) return null;
  if (isPronoun(head) || (head.kind === 'word' && RELATIVES.has(head.lower))) return { first: end - 1, last: end };
  if (!isHead(head)) return null;
  let first = end - 1;
  while (first - 1 >= min) {
    const t = tokens[first - 1]!;
    if (t.kind !== 'word') break;
    const lower = t.lower;
    const ok =
      isNameWord(t) ||
      isRole(t) ||
      DETERMINERS.has(lower) ||
      (MODIFIERS.has(lower) && !PRONOUNS.has(lower)) ||
      (PARTICLES.has(lower) && (tokens[first]!.cap || PARTICLES.has(tokens[first]!.lower))) ||
      /^\d+$/.test(lower);
    if (!ok) break;
    first--;
  }
  return trim(tokens, { first, last: end });
}

/** The source phrase starting at token `start`, scanning right no further than `max` (exclusive). */
export function phraseStartingAt(tokens: Token[], start: number, max: number): TokenRange | null {
  const t0 = tokens[start];
  if (!t0 || start >= max || t0.kind !== 'word') return null;
  if (isPronoun(t0)) return { first: start, last: start + 1 };
  let last = start;
  let lastHead = -1;
  while (last < max) {
    const t = tokens[last]!;
    if (t.kind !== 'word') break;
    const lower = t.lower;
    const ok =
      isNameWord(t) ||
      isRole(t) ||
      DETERMINERS.has(lower) ||
      MODIFIERS.has(lower) ||
      (PARTICLES.has(lower) && /^\p{Lu}/u.test(tokens.slice(last + 1).find((x) => !PARTICLES.has(x.lower))?.text ?? '')) ||
      /^\d+$/.test(lower);
    if (!ok) break;
    if (isHead(t)) lastHead = last;
    last++;
  }
  if (lastHead < 0) return null;
  return trim(tokens, { first: start, last: lastHead + 1 });
}

/** Drops prepositions and connecting words from the ends of a phrase. */
function trim(tokens: Token[], r: TokenRange): TokenRange | null {
  const edge = words('of for at to on from with');
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
  while (last < stop && last - start < max && tokens[last]!.kind === 'word' && !FUNCTION_WORDS.has(tokens[last]!.lower)) last++;
  if (last === start || last - start >= max) return null;
  const t0 = tokens[start]!;
  // It must open like a noun phrase: a name, a pronoun, a determiner or a number ("the 46-year-old").
  const named = tokens.slice(start, last).some((t) => t.cap);
  if (!(named || isPronoun(t0) || DETERMINERS.has(t0.lower) || MODIFIERS.has(t0.lower) || /^\d/.test(t0.text) || isRole(t0))) return null;
  if (last - start > 1 && isPronoun(t0) && !DETERMINERS.has(t0.lower)) return null;
  if (last - start === 1 && DETERMINERS.has(t0.lower)) return null;
  return { first: start, last };
}
