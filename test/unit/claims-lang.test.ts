/** Language guess used to pick a quoting convention when the caller gives none. */
import { describe, expect, it } from 'vitest';
import { detectLang } from '../../src/claims/lang';
import { findClaims } from '../../src/claims';

describe('detectLang', () => {
  it.each([
    ['Witkoff said it was the first time he had heard Putin agree to that.', 'en'],
    ['Die Umweltschutzorganisation sagte, der Bär sei nicht gefährlich und die Regierung habe sich geirrt.', 'de'],
    ['Le ministre a déclaré que la réforme est nécessaire pour les familles et pour le pays.', 'fr'],
    ['El ministro dijo que la reforma es necesaria para las familias y para el país.', 'es'],
    ['O ministro disse que a reforma é necessária para as famílias e para o país.', 'pt'],
  ])('%s → %s', (text, lang) => {
    expect(detectLang(text)).toBe(lang);
  });

  it('falls back to English for text without function words', () => {
    expect(detectLang('')).toBe('en');
    expect(detectLang('12345 !!!')).toBe('en');
  });

  it('an explicit language overrides the guess', () => {
    const text = 'RTL-Chefin Anke Schäferkordt nannte diese Zahlen „aus der Luft gegriffen“.';
    expect(findClaims(text, { lang: 'de' }).map((c) => c.kind)).toEqual(['direct']);
    expect(findClaims(text, { lang: 'en' }).map((c) => c.kind)).not.toContain('direct');
  });
});
