/**
 * Name analysis for speaker mentions: which mentions are pronouns, persons, organisations or groups,
 * and the bare name inside a titled mention ("European Commission President Ursula von der Leyen" →
 * "Ursula von der Leyen").
 */
import { cueOf } from '../claims/cues';
import { words } from '../claims/context';
import { FUNCTION_WORDS, isRoleNoun, PARTICLES, ROLE_ORGS, ROLE_TITLES, TIMES, TITLE_MODIFIERS } from '../claims/mentions';
import type { SpeakerKind } from './types';

/** Honorifics that tell a person's gender. */
const MALE_TITLES = 'mr sir herr monsieur m señor sr king prince lord father brother';
const FEMALE_TITLES = 'mrs ms miss madame mme frau señora sra queen princess lady dame sister';
const MALE = words(MALE_TITLES);
const FEMALE = words(FEMALE_TITLES);

/** Titles and honorifics, lower-case without a final period. */
const TITLES = words(
  `${MALE_TITLES} ${FEMALE_TITLES} ${ROLE_TITLES} ${TITLE_MODIFIERS} abgeordnete abgeordneter adm bundeskanzler ` +
    'bundeskanzlerin bürgermeister bürgermeisterin capt cfo chancellor chef chefin col commission commissioner council ' +
    'dr emir finance gen gov imam interior kanzler kanzlerin lt pope premier prof präsident präsidentin rabbi rep rev sen ' +
    'senate sgt sheikh speaker',
);

/** Capitalised words that mark an organisation rather than a person. */
const ORG_WORDS = words(
  `${ROLE_ORGS} afp ap army bbc bundestag bureau cia cnn congress corp corporation eu fbi foundation house inc journal ` +
    'kremlin ministerium nato news parliament partei post press reuters senate state times un',
);


/** Pronouns: personal (he, she, …), plural, neuter, relative and first/second person. */
const PRONOUNS = words(
  'he she him her er sie il elle él ella ele ela they them we wir ils elles ellos eles it es who which that der die das ' +
    'qui que i ich du je nous vous yo eu you',
);

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

const parsed = (kind: ParsedMention['kind'], name: string, gender: ParsedMention['gender'] = null, surname = ''): ParsedMention => ({ kind, name, surname, gender });

/** Analyses a mention's text. */
export function parseMention(text: string): ParsedMention {
  // "We’ve" is "we"; "Trump’s" is "Trump". Whitespace as the page draws it (a mention can span
  // a line break of the HTML source).
  const mention = text.replace(/\s+/gu, ' ').trim().replace(/[’'](ve|re|ll|d|m|s)$/u, '');
  const tokens = mention.split(/\s+/u).filter(Boolean);
  const lower = mention.toLowerCase();
  if (tokens.length === 1 && PRONOUNS.has(lower)) {
    const gender = ['he', 'er', 'il', 'él', 'ele'].includes(lower) ? 'm' : ['she', 'sie', 'elle', 'ella', 'ela'].includes(lower) ? 'f' : null;
    return parsed('pronoun', lower, gender);
  }
  // Cut at an appositive or postmodifier: "Tom Fitton, the president of …" → "Tom Fitton",
  // "a Times/CBS survey released on Thursday" → "a Times/CBS survey".
  let head = mention.split(/,|\s\(/u)[0]!.trim().replace(/\s+(?:released|published|conducted|issued|taken)\b.*$/u, '');
  // "Senator Ted Cruz of Texas" → "Senator Ted Cruz" (but "Secretary of State Mike Pompeo" stays).
  const of = /^(.*\p{Lu}[\p{L}\p{M}’'.-]*)\s+(?:of|from)\s+(?:the\s+)?\p{Lu}/u.exec(head);
  if (of && !TITLES.has(bare(of[1]!.split(/\s+/u).pop()!)) && !/^(all|most|some|many|none|each|both|one|few|several|half)$/iu.test(of[1]!)) head = of[1]!;
  // "Six Gannett newspapers in New Jersey", "supporters of Bernie Sanders": a lower-case noun (no
  // title) before a preposition heads the phrase; the name after it is no speaker of its own.
  const noun = /(?:^|\s)(?:(\S+)\s+)?(\p{Ll}[\p{L}’'-]*)\s+(?:in|at|for|of|from|with|to|on)\s+\S/u.exec(head) ?? /^()(\p{Lu}\p{Ll}+s)\s+(?:in|at|for|of|from|with|to|on)\s/u.exec(head);
  const nl = noun?.[2]!.toLowerCase() ?? '';
  if (noun && !TITLES.has(bare(nl)) && nl !== 'chief' && (isRoleNoun(nl) || /s$/u.test(nl) || /^(a|an|the)$/iu.test(noun[1] ?? ''))) {
    return parsed('group', head.replace(/^(the|a|an)\s+/iu, ''));
  }
  const hw = head.split(/\s+/u).filter(Boolean);
  // Days, months and function words are no names ("in July, which …").
  if (hw.every((w) => NOT_FIRST_NAMES.has(bare(w)))) return parsed('unknown', '');
  const last = hw[hw.length - 1] ?? '';
  // A phrase headed by a lower-case noun is a role or group ("a spokesman for the ministry",
  // "officials"), as is a plural people or party ("Democrats", "Palestinians").
  const plural = /\p{Ll}(icans|ians|ocrats|ists|ites)$/u.test(last);
  if (!isCap(last) || plural || (hw.length === 1 && isRoleNoun(last.toLowerCase()))) {
    const name = head.replace(/^(the|a|an|der|die|das|ein|eine|le|la|les|el|los|las|o|os|as)\s+/iu, '');
    return parsed('group', name);
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
    return parsed('organisation', name || head);
  }
  return parsed('person', nameWords.join(' '), gender, bare(nameWords[nameWords.length - 1]!));
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
  // Words on one line: a run never joins a headline's last words to the next paragraph's name.
  const run = /\p{Lu}[\p{L}\p{M}’'-]*\.?(?:[^\S\n]+(?:(?:von|van|der|den|de|del|di|da|du|la|le|bin|al|el|ibn)[^\S\n]+)*\p{Lu}[\p{L}\p{M}’'-]*\.?)+/gu;
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
const NOT_FIRST_NAMES = new Set([
  ...FUNCTION_WORDS,
  ...TIMES,
  ...words('a an the this that these those during us u.s uk eu un nato location more read updated russian ukrainian american european british german french chinese israeli palestinian iranian syrian'),
  // Title-case headlines capitalise their cue: "…, Claims Witkoff", "Trump Says …".
  ...words('says said claims claimed tells told warns warned insists admits urges reveals denies vows suggests argues adds asks confirms explains announces'),
]);
