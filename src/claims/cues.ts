/**
 * The cue lexicon: speech and cognition verbs (English, German, and the commonest French, Spanish
 * and Portuguese ones), with the small amount of morphology needed to recognise their forms.
 */

export interface CueInfo {
  /** The verb's base form ("say"). */
  lemma: string;
  /** A -ing participle ("saying"): heads a participial clause whose subject is the main clause's. */
  participle: boolean;
  /** Takes an addressee right after it ("told Jake Tapper", "asked reporters"). */
  addressee: boolean;
  /** May be inverted after its content ("…, said Witkoff"). */
  invertible: boolean;
  /**
   * The English base form ("claim", "state"): a verb only after a plural or first/second-person
   * subject ("they claim"), never after a name or he/she ("Home state favoritism", "Hillary’s claim").
   */
  base: boolean;
}

/**
 * English verbs. `|` separates entries; an entry is a base form, optionally followed by irregular
 * forms (the regular -s/-ed/-ing forms are derived). Prefixes: `*` takes an addressee, `~` is not
 * inverted after its content ("…, thinks Trump" is rare; "…, said Trump" is common).
 */
const EN =
  'say said says saying|*tell told tells telling|add|write wrote writes writing written|tweet|*ask|' +
  'note|argue|claim|explain|declare|state|insist|*warn|suggest|acknowledge|admit admitted admitting|' +
  'announce|assert|contend|maintain|recall|report|reply replied replies|respond|predict|*promise|vow|' +
  'confirm|deny denied denies|concede|stress|emphasize|emphasise|observe|conclude|mention|repeat|' +
  'reiterate|testify testified testifies|estimate|speculate|remark|complain|boast|joke|' +
  'quip quipped quipping|*urge|allege|caution|counter|retort|recount|charge|describe|post|~believe|' +
  '~think thought thinks thinking|~feel felt feels feeling|~hope|~fear|~worry worried worries|' +
  '~know knew known knows knowing|~expect|pledge|threaten|indicate|reveal|disclose|proclaim|~wonder|' +
  '~agree|lament|*assure|*inform|*reassure|*remind|signal signaled signalled|summarize|summarise|' +
  'surmise|point|exclaim|muse|recollect|clarify clarified clarifies|specify specified specifies|' +
  'highlight|underscore|concur concurred|hint|imply implied implies|forecast|whisper|shout|yell|chant|' +
  'scream|cry cried cries|sing sang sung|sigh|laugh|scoff|snap snapped|asseverate|attest|' +
  'certify certified|guarantee|swear swore sworn|vouch|~consider|~suspect|~doubt|~assume|~realize|' +
  '~realise|~reckon|~guess|~figure|~recognize|~recognise|~understand understood|' +
  '~find found finds finding|call|accuse|criticize|criticise|question|praise|endorse|defend|' +
  'cite|propose|reject|dismiss|blame|condemn|denounce|decry|slam slammed slamming|blast|lambast|attack|' +
  'mock|recommend|demand|term|label labeled labelled|dub|brand|refer referred referring|show shown|' +
  '~see saw seen sees seeing|~want|~plan planned planning|~decide|~prefer preferred preferring|~favor|' +
  '~favour|~support|~oppose|~seek sought seeks seeking|~refuse|decline|tout|hail|applaud|welcome';

/**
 * German, French, Spanish and Portuguese forms, written out (their morphology is not derived).
 * Same prefixes as EN.
 */
const OTHER =
  'sagen sagte sagt sagten sagen gesagt sage|erklären erklärte erklärt erklärten|' +
  'betonen betonte betont betonten|meinen meinte meint meinten|' +
  'berichten berichtete berichtet berichteten|schreiben schrieb schreibt schrieben|' +
  'warnen warnte warnt warnten|fordern forderte fordert forderten|' +
  'kritisieren kritisierte kritisiert kritisierten|behaupten behauptete behauptet behaupteten|' +
  'bestätigen bestätigte bestätigt bestätigten|ergänzen ergänzte ergänzt ergänzten|' +
  'antworten antwortete antwortet antworteten|erläutern erläuterte erläutert erläuterten|' +
  'äußern äußerte äußert äußerten|sprechen sprach spricht sprachen|verkünden verkündete verkündet|' +
  'unterstreichen unterstrich unterstreicht|versichern versicherte versichert|' +
  'kommentieren kommentierte kommentiert|~glauben glaubte glaubt glauben|~hoffen hoffte hofft|' +
  'bekräftigen bekräftigte bekräftigt|beklagen beklagte beklagt|zitieren zitierte zitiert|fragen fragte fragt|' +
  'mitteilen teilte teilten mitgeteilt|hinzufügen fügte fügten hinzugefügt|' +
  'ankündigen kündigte kündigten angekündigt|feststellen stellte stellten festgestellt|' +
  'hinweisen wies wiesen hingewiesen|entgegnen entgegnete entgegnet|rufen rief riefen|' +
  'bezeichnen bezeichnete bezeichnet|nennen nannte nennt|versprechen versprach verspricht|' +
  'bestreiten bestritt|' +
  'dire dit disait déclare déclaré affirme affirmé explique expliqué ajoute ajouté estime estimé souligne ' +
  'souligné assure assuré indique indiqué précise précisé|' +
  'decir dijo dice afirmó afirma declaró explicó aseguró señaló añadió agregó indicó sostuvo|' +
  'dizer disse diz afirmou declarou explicou acrescentou garantiu';

const lexicon = new Map<string, CueInfo>();

/** Regular English forms of a base: -s, -ed, -ing (with the usual spelling changes). */
function englishForms(base: string): string[] {
  const stem = base.endsWith('e') ? base.slice(0, -1) : base;
  const s = /(s|sh|ch|x|z|o)$/.test(base) ? `${base}es` : /[^aeiou]y$/.test(base) ? `${base.slice(0, -1)}ies` : `${base}s`;
  const ed = base.endsWith('e') ? `${base}d` : /[^aeiou]y$/.test(base) ? `${base.slice(0, -1)}ied` : `${base}ed`;
  return [base, s, ed, `${stem}ing`];
}

function addEntries(source: string, derive: boolean): void {
  for (const entry of source.split('|')) {
    const addressee = entry.startsWith('*');
    const invertible = !entry.startsWith('~');
    const words = entry.replace(/^[*~]/, '').split(' ');
    const lemma = words[0]!;
    const forms = derive ? [...englishForms(lemma), ...words.slice(1)] : words;
    for (const form of forms) {
      if (lexicon.has(form)) continue;
      lexicon.set(form, { lemma, participle: derive && form.endsWith('ing'), addressee, invertible, base: derive && form === lemma });
    }
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

/** Verbs that are cues with a particle after them: "shot back", "fired back". */
const PHRASAL: Record<string, string> = { shot: 'back', fired: 'back', hit: 'back', snapped: 'back', pushed: 'back' };

/** True when `lowerWord` followed by `nextLower` is a phrasal speech cue ("shot back"). */
export function isPhrasalCue(lowerWord: string, nextLower: string | undefined): boolean {
  return nextLower !== undefined && PHRASAL[lowerWord] === nextLower;
}
