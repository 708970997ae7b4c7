import { ATTR, MARK_ELEMENT } from './types';

const STYLE_ID = 'saywho-style';

/**
 * The highlight styles. Nothing here changes layout: background, underline and outline only, so
 * the page's text flow and `innerText` stay as they were. Reported speech is visibly lighter.
 */
export const HIGHLIGHT_CSS = `
${MARK_ELEMENT}[${ATTR.statement}] {
  all: unset;
  display: inline;
  color: inherit;
  background-color: color-mix(in srgb, var(--saywho-c) 30%, transparent);
  text-decoration-line: underline;
  text-decoration-color: var(--saywho-c);
  text-decoration-style: var(--saywho-d, solid);
  text-decoration-thickness: 2px;
  text-underline-offset: 3px;
  border-radius: 2px;
  -webkit-box-decoration-break: clone;
  box-decoration-break: clone;
}
${MARK_ELEMENT}[${ATTR.kind}="indirect"] {
  background-color: color-mix(in srgb, var(--saywho-c) 10%, transparent);
  text-decoration-thickness: 1px;
}
${MARK_ELEMENT}[${ATTR.flash}] {
  animation: saywho-flash 1.6s ease-out;
}
@keyframes saywho-flash {
  0%, 45% { background-color: color-mix(in srgb, var(--saywho-c) 75%, transparent); outline: 3px solid var(--saywho-c); }
  100% { outline: 3px solid transparent; }
}
@media (prefers-reduced-motion: reduce) {
  ${MARK_ELEMENT}[${ATTR.flash}] { animation: none; outline: 3px solid var(--saywho-c); }
}
`;

/** Adds the stylesheet once (in `<head>`, so `document.body.innerText` is untouched); returns its remover. */
export function installStyles(doc: Document): () => void {
  let style = doc.getElementById(STYLE_ID);
  if (!style) {
    style = doc.createElement('style');
    style.id = STYLE_ID;
    style.textContent = HIGHLIGHT_CSS;
    (doc.head ?? doc.documentElement).appendChild(style);
  }
  const el = style;
  return () => el.remove();
}
