/**
 * A tiny language guess from function-word counts, for texts whose language the caller does not
 * give. Only the languages the cue lexicon knows are told apart.
 */

const MARKERS: Record<string, Set<string>> = {
  en: new Set('the and of to is that in for was with he she said it on are'.split(' ')),
  de: new Set('der die das und ist nicht ein eine mit von zu den dem sich auf für sagte wurde'.split(' ')),
  fr: new Set('le la les des est et une du que dans pour pas qui sur au'.split(' ')),
  es: new Set('el los las del que y es en una por con para se dijo'.split(' ')),
  pt: new Set('o os do da dos das que e é em um uma para com não disse'.split(' ')),
};

/** The likeliest language of a text ("en", "de", "fr", "es", "pt"); "en" when unsure. */
export function detectLang(text: string): string {
  const counts: Record<string, number> = { en: 0, de: 0, fr: 0, es: 0, pt: 0 };
  const sample = text.slice(0, 5000).toLowerCase();
  for (const word of sample.match(/\p{L}+/gu) ?? []) {
    for (const lang in MARKERS) if (MARKERS[lang]!.has(word)) counts[lang]!++;
  }
  let best = 'en';
  for (const lang in counts) if (counts[lang]! > counts[best]!) best = lang;
  return best;
}
