/**
 * A tiny language guess from function-word counts, for texts whose language the caller does not
 * give. Only the languages the cue lexicon knows are told apart.
 */
import { words } from './context';

const MARKERS: Record<string, string> = {
  en: 'the and of to is that in for was with he she said it on are',
  de: 'der die das und ist nicht ein eine mit von zu den dem sich auf für sagte wurde',
  fr: 'le la les des est et une du que dans pour pas qui sur au',
  es: 'el los las del que y es en una por con para se dijo',
  pt: 'o os do da dos das que e é em um uma para com não disse',
};

/** The likeliest language of a text ("en", "de", "fr", "es", "pt"); "en" when unsure. */
export function detectLang(text: string): string {
  const found = text.slice(0, 5000).toLowerCase().match(/\p{L}+/gu) ?? [];
  let best = 'en';
  let top = 0;
  for (const lang in MARKERS) {
    const markers = words(MARKERS[lang]!);
    const n = found.filter((w) => markers.has(w)).length;
    if (n > top) [best, top] = [lang, n];
  }
  return best;
}
