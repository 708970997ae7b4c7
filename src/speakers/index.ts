import type { Claim } from '../claims/types';
import type { ParsedMention } from './names';
import { fullNamesBySurname, parseMention, slug } from './names';
import type { Resolution, Speaker, SpeakerKind } from './types';

export type { Resolution, Speaker, SpeakerKind } from './types';

interface Entity {
  id: string;
  name: string;
  kind: SpeakerKind;
  aliases: Set<string>;
  gender: 'm' | 'f' | null;
}

/**
 * Resolves each claim's mention to a speaker:
 * - names fold into one person by surname ("Witkoff" = "Mr. Witkoff" = "Steve Witkoff"), the display
 *   name being the fullest form found anywhere in the text (even after the first surname-only mention);
 * - roles, groups and organisations are speakers of their own ("officials", "the Kremlin");
 * - pronouns take the last speaker that fits (a person for he/she, of the right gender when known;
 *   a group or organisation for they/it); relative pronouns ("Trump, who said") the name before them;
 * - first/second person pronouns and pronouns with nothing to refer to stay unresolved (null).
 */
export function resolveSpeakers(text: string, claims: Claim[]): Resolution {
  const fullNames = fullNamesBySurname(text);
  const entities = new Map<string, Entity>();
  /** People by surname; two people of one surname stay apart when their first names differ ("Bill Clinton", "Hillary Clinton"). */
  const bySurname = new Map<string, Entity[]>();
  const speakerOf: (string | null)[] = [];
  const history: Entity[] = [];

  const entityFor = (p: ParsedMention, alias: string): Entity => {
    let name = p.name;
    if (p.kind === 'person') {
      const known = samePerson(bySurname.get(p.surname), p.name);
      if (known) {
        known.aliases.add(alias);
        if (!known.gender && p.gender) known.gender = p.gender;
        return known;
      }
      name = fullestForm(name, fullNames.get(p.surname));
    }
    const id = slug(name);
    let e = entities.get(id);
    if (!e) {
      e = { id, name, kind: p.kind === 'pronoun' ? 'unknown' : p.kind, aliases: new Set(), gender: p.gender };
      entities.set(id, e);
      if (p.kind === 'person') bySurname.set(p.surname, [...(bySurname.get(p.surname) ?? []), e]);
    }
    e.aliases.add(alias);
    return e;
  };

  for (const claim of claims) {
    const mention = claim.mention;
    let entity: Entity | null = null;
    if (mention) {
      const p = parseMention(mention.text);
      if (p.kind === 'pronoun') entity = antecedent(p, mention.start, text, history, (q, alias) => entityFor(q, alias));
      else if (p.name) entity = entityFor(p, mention.text);
    }
    if (entity) history.push(entity);
    speakerOf.push(entity ? entity.id : null);
  }

  const speakers: Speaker[] = [...entities.values()].map((e) => ({
    id: e.id,
    name: e.name,
    aliases: [...e.aliases].filter((a) => a !== e.name),
    kind: e.kind,
  }));
  return { speakers, speakerOf };
}

/**
 * The known person a name refers to among those of its surname: a bare surname ("Clinton") the last
 * one named; a full name the one with the same first name, or one known by surname alone.
 */
function samePerson(known: Entity[] | undefined, name: string): Entity | undefined {
  if (!known || known.length === 0) return undefined;
  const first = name.split(' ');
  if (first.length < 2) return known[known.length - 1];
  return known.find((e) => {
    const other = e.name.split(' ');
    return other.length < 2 || other[0] === first[0];
  });
}

/** The fullest form of a name: the most frequent full form with that surname found in the text. */
function fullestForm(name: string, forms: Map<string, number> | undefined): string {
  if (!forms) return name;
  let best = name;
  let bestScore = -1;
  for (const [form, count] of forms) {
    // A fuller form ends with the whole name: "Steve Witkoff" for "Witkoff", not "Hillary Clinton" for "Bill Clinton".
    if (form !== name && !form.endsWith(` ${name}`)) continue;
    const score = count * 10 + form.split(' ').length;
    if (form.split(' ').length >= best.split(' ').length && score > bestScore) {
      best = form;
      bestScore = score;
    }
  }
  return best;
}

/** The speaker a pronoun refers to. */
function antecedent(
  p: ParsedMention,
  at: number,
  text: string,
  history: Entity[],
  entityFor: (p: ParsedMention, alias: string) => Entity,
): Entity | null {
  const pronoun = p.name;
  if (['who', 'which', 'that', 'der', 'die', 'qui'].includes(pronoun)) {
    // "Trump, who said …": the name right before the relative pronoun.
    const before = /((?:\p{Lu}[\p{L}\p{M}.’'-]*\s+(?:(?:von|van|der|de|bin|al)\s+)*)*\p{Lu}[\p{L}\p{M}’'-]*)\s*,?\s*$/u.exec(text.slice(Math.max(0, at - 80), at));
    if (!before) return null;
    const q = parseMention(before[1]!);
    return q.kind === 'pronoun' || !q.name ? null : entityFor(q, before[1]!);
  }
  const person = p.gender !== null;
  const plural = ['they', 'wir', 'ils', 'elles', 'ellos', 'eles'].includes(pronoun);
  const thing = ['it', 'es'].includes(pronoun);
  if (!person && !plural && !thing) return null;
  for (let i = history.length - 1; i >= 0; i--) {
    const e = history[i]!;
    if (person && e.kind === 'person' && (!e.gender || e.gender === p.gender)) {
      e.gender ??= p.gender;
      return e;
    }
    if (plural && (e.kind === 'group' || e.kind === 'organisation')) return e;
    if (thing && (e.kind === 'organisation' || (e.kind === 'group' && !/s$/u.test(e.name)))) return e;
  }
  if (!person) return null;
  // No speaker yet: the nearest person named before the pronoun who is not an addressee.
  const name = nearestName(text, at);
  return name ? entityFor(parseMention(name), name) : null;
}

/** How far back (in characters) a pronoun with no earlier speaker looks for a name. */
const NAME_WINDOW = 600;
/** Words before a name that make it an addressee or object, not a speaker ("told Jake Tapper"). */
const OBJECT_BEFORE = /(?:told|asked|to|with|by|for|against|about|of|and|in|at|from|near)\s+$/u;

/** The last full name (two or more capitalised words) in the window before `at`, skipping objects. */
function nearestName(text: string, at: number): string | null {
  const from = Math.max(0, at - NAME_WINDOW);
  const window = text.slice(from, at);
  let found: string | null = null;
  for (const m of window.matchAll(/\p{Lu}[\p{L}\p{M}’'-]+(?:\s+\p{Lu}\.)?(?:\s+\p{Lu}[\p{L}\p{M}’'-]+)+/gu)) {
    if (OBJECT_BEFORE.test(window.slice(Math.max(0, m.index - 12), m.index))) continue;
    const parsed = parseMention(m[0]);
    if (parsed.kind === 'person' && parsed.name.includes(' ')) found = m[0];
  }
  return found;
}
