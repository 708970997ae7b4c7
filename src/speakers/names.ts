/**
 * Name analysis for speaker mentions: which mentions are pronouns, persons, organisations or groups,
 * and the bare name inside a titled mention ("European Commission President Ursula von der Leyen" →
 * "Ursula von der Leyen").
 */
import { cueOf } from '../claims/cues';
import { isRoleNoun } from '../claims/mentions';
import type { SpeakerKind } from './types';

const words = (s: string): Set<string> => new Set(s.split(' '));

/** Titles and honorifics, lower-case without a final period. */
const TITLES = words(
  'mr mrs ms miss dr prof sen senator rep gov governor president vice secretary minister chancellor premier prime ' +
    'gen general col lt sgt capt adm judge justice mayor speaker pope king queen prince princess sir lord lady dame ' +
    'envoy ambassador chairman chairwoman chair director leader commissioner attorney candidate nominee spokesman ' +
    'spokeswoman rev father sister brother rabbi imam sheikh emir herr frau madame monsieur mme m señor señora sr sra ' +
    'bundeskanzler bundeskanzlerin kanzler kanzlerin präsident präsidentin ministerin bürgermeister bürgermeisterin ' +
    'chef chefin sprecher sprecherin abgeordnete abgeordneter ceo cfo founder officer deputy former presumptive ' +
    'democratic republican state house senate foreign defense interior finance health justice commission council ' +
    'congressman congresswoman',
);
/** Honorifics that tell a person's gender. */
const MALE = words('mr sir herr monsieur m señor sr king prince lord father brother');
const FEMALE = words('mrs ms miss madame mme frau señora sra queen princess lady dame sister');

/** Capitalised words that mark an organisation rather than a person. */
const ORG_WORDS = words(
  'house department ministry kremlin government administration commission council committee party union office ' +
    'agency times post news press journal network campaign court police army bureau institute university company ' +
    'corporation inc corp group association foundation organization organisation congress senate parliament ' +
    'bundestag regierung ministerium partei cnn fbi cia nato eu un bbc ap reuters afp state',
);

/** Name particles kept inside a name ("von der Leyen"). */
const PARTICLES = words('von van der den de del della di da du la le dos das bin al el ibn ter ten zu');

export const PERSON_PRONOUNS = words('he she him her er sie il elle él ella ele ela');
export const PLURAL_PRONOUNS = words('they them we wir ils elles ellos eles');
export const THING_PRONOUNS = words('it es');
export const RELATIVE_PRONOUNS = words('who which that der die das qui que');
export const FIRST_SECOND = words('i we you ich wir du je nous vous yo eu');

export interface ParsedMention {
  kind: SpeakerKind | 'pronoun';
  /** The bare name ("Ursula von der Leyen", "Witkoff", "the Kremlin"), or the pronoun lower-cased. */
  name: string;
  /** Last word of a person's name, lower-case ("leyen", "witkoff"); empty otherwise. */
  surname: string;
  gender: 'm' | 'f' | null;
}

const bare = (w: string): string => w.toLowerCase().replace(/[.’']s?$/u, '');
const isCap = (w: string): boolean => /^\p{Lu}/u.test(w);

/** Analyses a mention's text. */
export function parseMention(text: string): ParsedMention {
  // "We’ve" is "we"; "Trump’s" is "Trump".
  const mention = text.replace(/[’'](ve|re|ll|d|m|s)$/u, '');
  const tokens = mention.split(/\s+/u).filter(Boolean);
  const lower = mention.toLowerCase();
  if (tokens.length === 1 && (PERSON_PRONOUNS.has(lower) || PLURAL_PRONOUNS.has(lower) || THING_PRONOUNS.has(lower) || RELATIVE_PRONOUNS.has(lower) || FIRST_SECOND.has(lower))) {
    const gender = ['he', 'er', 'il', 'él', 'ele'].includes(lower) ? 'm' : ['she', 'sie', 'elle', 'ella', 'ela'].includes(lower) ? 'f' : null;
    return { kind: 'pronoun', name: lower, surname: '', gender };
  }
  // Cut at an appositive or postmodifier: "Tom Fitton, the president of …" → "Tom Fitton",
  // "a Times/CBS survey released on Thursday" → "a Times/CBS survey".
  let head = mention.split(/,|\s\(/u)[0]!.trim().replace(/\s+(?:released|published|conducted|issued|taken)\b.*$/u, '');
  // "Senator Ted Cruz of Texas" → "Senator Ted Cruz" (but "Secretary of State Mike Pompeo" stays).
  const of = /^(.*\p{Lu}[\p{L}\p{M}’'.-]*)\s+(?:of|from)\s+\p{Lu}/u.exec(head);
  if (of && !TITLES.has(bare(of[1]!.split(/\s+/u).pop()!))) head = of[1]!;
  const hw = head.split(/\s+/u).filter(Boolean);
  // Days, months and function words are no names ("in July, which …").
  if (hw.every((w) => NOT_FIRST_NAMES.has(bare(w)))) return { kind: 'unknown', name: '', surname: '', gender: null };
  const last = hw[hw.length - 1] ?? '';
  // A phrase headed by a lower-case noun is a role or group ("a spokesman for the ministry",
  // "officials"), as is a plural people or party ("Democrats", "Palestinians").
  const plural = /\p{Ll}(icans|ians|ocrats|ists|ites)$/u.test(last);
  if (!isCap(last) || plural || (hw.length === 1 && isRoleNoun(last.toLowerCase()))) {
    const name = head.replace(/^(the|a|an|der|die|das|ein|eine|le|la|les|el|los|las|o|os|as)\s+/iu, '');
    return { kind: 'group', name, surname: '', gender: null };
  }
  // The name: the capitalised run at the end, after the last title word.
  let start = hw.length - 1;
  while (start > 0 && (isCap(hw[start - 1]!) || PARTICLES.has(hw[start - 1]!)) && !TITLES.has(bare(hw[start - 1]!))) start--;
  while (start < hw.length - 1 && PARTICLES.has(hw[start]!)) start++;
  let nameWords = hw.slice(start);
  // More than four capitalised words is a headline run ("Donald Trump Praises Breitbart’s …"): the
  // name is what comes before its verb.
  if (nameWords.length > 4) {
    const verb = nameWords.findIndex((w, k) => k > 0 && cueOf(w.toLowerCase()) !== undefined);
    nameWords = nameWords.slice(0, verb > 0 ? verb : 2);
  }
  const before = hw.slice(0, start).map(bare);
  const gender = before.some((w) => MALE.has(w)) ? 'm' : before.some((w) => FEMALE.has(w)) ? 'f' : null;
  const determiner = /^(the|der|die|das|le|la|el)$/iu.test(hw[0] ?? '');
  const isOrg = determiner || nameWords.some((w) => ORG_WORDS.has(bare(w))) || /^\p{Lu}{2,}$/u.test(nameWords.join(''));
  if (isOrg) {
    const name = determiner && start === 0 ? hw.slice(1).join(' ') : nameWords.join(' ');
    return { kind: 'organisation', name: name || head, surname: '', gender: null };
  }
  return { kind: 'person', name: nameWords.join(' '), surname: bare(nameWords[nameWords.length - 1]!), gender };
}

/** Stable id from a display name: "Ursula von der Leyen" → "ursula-von-der-leyen". */
export function slug(name: string): string {
  const s = name
    .normalize('NFKD')
    .replace(/\p{M}/gu, '')
    .toLowerCase()
    .replace(/[^\p{L}\p{N}]+/gu, '-')
    .replace(/^-+|-+$/g, '');
  return s || 'speaker';
}

/**
 * Full forms of person names in the text, by surname: every run "First [Middle] [particles] Surname"
 * of capitalised words that is not a title. Used to find "Steve Witkoff" for a mention "Witkoff",
 * wherever in the text the full form stands (even after the surname-only mention).
 */
export function fullNamesBySurname(text: string): Map<string, Map<string, number>> {
  const out = new Map<string, Map<string, number>>();
  const run = /\p{Lu}[\p{L}\p{M}’'-]*\.?(?:\s+(?:(?:von|van|der|den|de|del|di|da|du|la|le|bin|al|el|ibn)\s+)*\p{Lu}[\p{L}\p{M}’'-]*\.?)+/gu;
  for (const m of text.matchAll(run)) for (const ws of sentencePieces(m[0].split(/\s+/u))) addFullName(out, ws);
  return out;
}

/** Cuts a run of capitalised words where a sentence ends inside it ("… United States. Trump said"). */
function sentencePieces(ws: string[]): string[][] {
  const pieces: string[][] = [[]];
  for (const w of ws) {
    pieces[pieces.length - 1]!.push(w);
    if (/\p{L}{2,}\.$/u.test(w) && !TITLES.has(bare(w))) pieces.push([]);
  }
  return pieces;
}

/** Records the name in a run of capitalised words, less its leading titles ("President Donald Trump" → "Donald Trump"). */
function addFullName(out: Map<string, Map<string, number>>, ws: string[]): void {
  let i = 0;
  while (i < ws.length - 1 && (TITLES.has(bare(ws[i]!)) || NOT_FIRST_NAMES.has(bare(ws[i]!)) || ORG_WORDS.has(bare(ws[i]!)))) i++;
  const name = ws.slice(i);
  if (name.length < 2 || name.length > 4) return;
  if (name.some((w) => ORG_WORDS.has(bare(w)) || TITLES.has(bare(w)))) return;
  const lastWord = name[name.length - 1]!;
  if (/[’']s$/u.test(lastWord)) name[name.length - 1] = lastWord.replace(/[’']s$/u, '');
  const full = name.join(' ').replace(/\.$/u, '');
  const surname = bare(name[name.length - 1]!);
  const forms = out.get(surname) ?? new Map<string, number>();
  forms.set(full, (forms.get(full) ?? 0) + 1);
  out.set(surname, forms);
}

/** Capitalised words that begin sentences or name places/times rather than first names. */
const NOT_FIRST_NAMES = words(
  'the a an but and so if when while as at in on after before during with from for to of by this that these those ' +
    'monday tuesday wednesday thursday friday saturday sunday january february march april may june july august ' +
    'september october november december russian ukrainian american european british german french chinese israeli ' +
    'palestinian iranian syrian us u.s uk eu un nato last updated read more location then now also still however ' +
    'meanwhile later here there today',
);
