/**
 * The cue lexicon: speech and cognition verbs (English, German, and the commonest French, Spanish
 * and Portuguese ones), with the small amount of morphology needed to recognise their forms.
 */

export interface CueInfo {
  /** A -ing participle ("saying"): heads a participial clause whose subject is the main clause's. */
  participle: boolean;
  /** Takes an addressee right after it ("told Jake Tapper", "asked reporters"). */
  addressee: boolean;
  /** May be inverted after its content ("…, said Witkoff"). */
  invertible: boolean;
  /**
   * An evaluative verb (defend, praise, blame, …): its plain noun-phrase object ("defended Trump’s
   * move") is no claim, only a clause or a quote after it is.
   */
  evaluative: boolean;
  /**
   * The English base form ("claim", "state"): a verb only after a plural or first/second-person
   * subject ("they claim"), never after a name or he/she ("Home state favoritism", "Hillary’s claim").
   */
  base: boolean;
}

/**
 * English verbs. `|` separates entries; an entry is a base form, optionally followed by irregular
 * forms (the regular -s/-ed/-ing forms are derived). Prefixes: `*` takes an addressee, `!` is evaluative, `~` is not
 * inverted after its content ("…, thinks Trump" is rare; "…, said Trump" is common).
 */
const EN =
  'say said|*tell told|add|write wrote written|tweet|*ask|note|argue|claim|explain|declare|state|insist|' +
  '*warn|suggest|acknowledge|admit+|announce|assert|contend|maintain|recall|report|reply|respond|predict|' +
  '*promise|vow|confirm|deny|concede|stress|emphasize|observe|conclude|mention|repeat|reiterate|testify|' +
  'estimate|speculate|remark|complain|boast|joke|quip+|*urge|allege|caution|counter|retort|recount|charge|' +
  'describe|post|~believe|~think thought|~feel felt|~hope|~fear|~worry|~know knew known|~expect|pledge|' +
  'threaten|indicate|reveal|disclose|proclaim|~wonder|~agree|lament|*assure|*inform|*reassure|*remind|' +
  'signal signalled|summarize|surmise|point|exclaim|muse|recollect|clarify|specify|highlight|underscore|' +
  'concur+|hint|imply|forecast|whisper|shout|yell|chant|scream|cry|sing sang sung|sigh|laugh|scoff|snap+|' +
  'asseverate|attest|certify|guarantee|swear swore sworn|vouch|~consider|~suspect|~doubt|~assume|~realize|' +
  '~reckon|~guess|~figure|~recognize|~understand understood|~find found|call|accuse|!criticize|question|' +
  '!praise|!endorse|!defend|cite|propose|!reject|!dismiss|!blame|!condemn|!denounce|!decry|!slam+|!blast|' +
  '!lambast|!attack|!mock|recommend|demand|term|label labelled|dub+|brand|refer+|show shown|~see saw seen|' +
  '~want|~plan+|~decide|~prefer+|~favor|~favour|~support|~oppose|~seek sought|~refuse|decline|!tout|!hail|' +
  '!applaud|!welcome|!express|~echo|~learn learnt|~discuss';

/**
 * German, French, Spanish and Portuguese forms, written out, except German weak verbs: a stem
 * ending in `-` stands for its infinitive and -t, -te, -ten forms ("sag-": sagen sagt sagte sagten).
 * Same prefixes as EN.
 */
const OTHER =
  'sag- gesagt sage|erklär-|beton-|mein-|bericht-|schreiben schrieb schreibt schrieben|warn-|forder-|' +
  'kritisier-|behaupt-|bestätig-|ergänz-|antwort-|erläuter-|äußer-|sprechen sprach spricht sprachen|' +
  'verkünd-|unterstreichen unterstrich unterstreicht|versicher-|kommentier-|~glaub-|~hoff-|bekräftig-|' +
  'beklag-|zitier-|frag-|mitteilen teilte teilten mitgeteilt|hinzufügen fügte fügten hinzugefügt|' +
  'ankündigen kündigte kündigten angekündigt|feststellen stellte stellten festgestellt|' +
  'hinweisen wies wiesen hingewiesen|entgegn-|rufen rief riefen|bezeichn-|nennen nannte nennt|' +
  'versprechen versprach verspricht|bestreiten bestritt|vorwerfen warf warfen wirft vorgeworfen|begründ-|' +
  'skandier-|geschrieben|verurteilen verurteilte|bezweifel-|appellier-|verweisen verwies verwiesen|befürcht-|' +
  'dire dit disait déclare déclaré affirme affirmé explique expliqué ajoute ajouté estime estimé souligne souligné assure assuré indique indiqué précise précisé|' +
  'decir dijo dice afirmó afirma declaró explicó aseguró señaló añadió agregó indicó sostuvo|' +
  'dizer disse diz afirmou declarou explicou acrescentou garantiu';

const lexicon = new Map<string, CueInfo>();

/**
 * Regular English forms of a base: -s, -ed, -ing with the usual spelling changes; `+` doubles the
 * final consonant ("admit+": admitted, admitting); a British -ise spelling goes with every -ize.
 */
function englishForms(entry: string): string[] {
  const double = entry.endsWith('+');
  const base = double ? entry.slice(0, -1) : entry;
  const stem = double ? base + base.slice(-1) : /[^e]e$/.test(base) ? base.slice(0, -1) : base;
  const y = /[^aeiou]y$/.test(base) ? base.slice(0, -1) : '';
  const s = /(s|sh|ch|x|z|o)$/.test(base) ? `${base}es` : y ? `${y}ies` : `${base}s`;
  const ed = base.endsWith('e') ? `${base}d` : y ? `${y}ied` : `${stem}ed`;
  const forms = [base, s, ed, `${stem}ing`];
  return base.includes('iz') ? [...forms, ...forms.map((f) => f.replace('iz', 'is'))] : forms;
}

/** A German weak verb's forms from its stem: "bericht" → berichten, berichtet, berichtete, berichteten. */
function germanForms(stem: string): string[] {
  const e = /(t|d|gn|chn)$/.test(stem) ? `${stem}e` : stem;
  return [/[^i]e[rl]$/.test(stem) ? `${stem}n` : `${stem}en`, `${e}t`, `${e}te`, `${e}ten`];
}

function addEntries(source: string, derive: boolean): void {
  for (const entry of source.split('|')) {
    const words = entry.replace(/^[*~!]/, '').split(' ');
    const derived = derive ? englishForms(words.shift()!) : words[0]!.endsWith('-') ? germanForms(words.shift()!.slice(0, -1)) : [];
    [...derived, ...words].forEach((form, i) => {
      if (!lexicon.has(form)) {
        lexicon.set(form, {
          participle: derive && form.endsWith('ing'),
          addressee: entry[0] === '*',
          invertible: entry[0] !== '~',
          evaluative: entry[0] === '!',
          base: derive && i < derived.length && i % 4 === 0,
        });
      }
    });
  }
}
addEntries(EN, true);
addEntries(OTHER, false);

/** The cue a (lower-cased) word is, if any. */
export function cueOf(lowerWord: string): CueInfo | undefined {
  return lexicon.get(lowerWord);
}

/** Multi-word noun cues that introduce the source after them ("according to X", "laut X"). */
export const SOURCE_AFTER_CUES: readonly (readonly string[])[] = [
  ['according', 'to'],
  ['laut'],
  ['selon'],
  ['según'],
  ['segundo'],
];

/**
 * Verbs that are cues with a particle after them, the content following the particle: "shot back",
 * "called for new sanctions", "referring to the attacks", "talked about jobs". `base[+] [irregular
 * forms]:particles`; the regular forms are derived as for EN.
 */
const PHRASAL_EN =
  'shoot shot:back|fire:back|hit:back|snap+:back|push:back for|call:for on|refer+:to|point:to|talk:about|' +
  'speak spoke spoken:about|focus:on|rail:against|vote:for against|put:it';

const phrasal = new Map<string, string[]>();
for (const entry of PHRASAL_EN.split('|')) {
  const [verb, particles] = entry.split(':') as [string, string];
  const [base, ...irregular] = verb.split(' ');
  for (const form of [...englishForms(base!), ...irregular]) phrasal.set(form, particles.split(' '));
}

/** True when `lowerWord` followed by `nextLower` is a phrasal speech cue ("shot back", "called for"). */
export function isPhrasalCue(lowerWord: string, nextLower: string | undefined): boolean {
  return nextLower !== undefined && phrasal.get(lowerWord)?.includes(nextLower) === true;
}
