/**
 * The article body among the page's blocks: a container found by paragraph scoring in the spirit of
 * Readability (text, commas, class hints, link density), read-only on the live DOM, then the blocks
 * inside it that are not page furniture (share bars, captions, related lists, bylines…).
 */
import type { Block } from './blocks';
import { classWeight } from './classes';

interface Cand {
  el: Element;
  score: number;
  /** Collapsed text length and link text length of every block inside. */
  len: number;
  linkLen: number;
  scored: boolean;
}

function tagBase(tag: string): number {
  switch (tag) {
    case 'DIV':
      return 5;
    case 'PRE':
    case 'TD':
    case 'BLOCKQUOTE':
      return 3;
    case 'ADDRESS':
    case 'OL':
    case 'UL':
    case 'DL':
    case 'DD':
    case 'DT':
    case 'LI':
    case 'FORM':
      return -3;
    case 'H1':
    case 'H2':
    case 'H3':
    case 'H4':
    case 'H5':
    case 'H6':
    case 'TH':
      return -5;
    default:
      return 0;
  }
}

/** Text and link text under every ancestor of the blocks (when the walk did not record it). */
function sumUp(blocks: Block[], body: Element): Map<Element, { len: number; linkLen: number }> {
  const m = new Map<Element, { len: number; linkLen: number }>();
  for (const b of blocks) {
    for (let a = b.el.parentElement; a; a = a.parentElement) {
      let t = m.get(a);
      if (!t) m.set(a, (t = { len: 0, linkLen: 0 }));
      t.len += b.len;
      t.linkLen += b.linkLen;
      if (a === body) break;
    }
  }
  return m;
}

export interface BodyPick {
  /** Roots of the article region (the top container and the siblings that belong with it). */
  roots: Element[];
  /** Candidate blocks inside the region, in document order, before furniture filtering. */
  inRegion: Block[];
}

/** Aggregate block text up the tree and score containers; returns the region holding the article. */
export function pickRegion(
  blocks: Block[],
  body: Element,
  hint: Element | null = null,
  skipUnlikely = true,
  totals?: Map<Element, { len: number; linkLen: number }>,
): BodyPick | null {
  const cands = new Map<Element, Cand>();
  const sums = totals ?? sumUp(blocks, body);
  const blockOf = new Map<Element, Block>();
  for (const b of blocks) blockOf.set(b.el, b);
  const get = (el: Element): Cand => {
    let c = cands.get(el);
    if (!c) {
      const t = sums.get(el) ?? blockOf.get(el);
      c = { el, score: 0, len: t?.len ?? 0, linkLen: t?.linkLen ?? 0, scored: false };
      cands.set(el, c);
    }
    return c;
  };
  for (const b of blocks) {
    if ((skipUnlikely && b.unlikely) || b.len < 25 || b.tag === 'H1') continue;
    const ld = b.len ? b.linkLen / b.len : 0;
    if (ld > 0.5) continue;
    // A mixed block holds several paragraphs (Readability would wrap each run in a <p>): it is
    // scored as their container, each ~300 characters counting as a paragraph.
    const parts = b.mixed ? Math.max(1, Math.round(b.len / 300)) : 1;
    const score = parts + b.commas + Math.min(Math.floor(b.len / 100), 3 * parts);
    let a = b.mixed ? b.el : b.el.parentElement;
    for (let level = 0; a && level < 5; level++, a = a.parentElement) {
      if (!a.parentElement) break;
      const c = get(a);
      if (!c.scored) {
        c.scored = true;
        c.score += tagBase(a.tagName.toUpperCase()) + classWeight(a);
      }
      c.score += score / (level === 0 ? 1 : level === 1 ? 2 : level * 3);
    }
  }
  // A container with little text does not hold the article, whatever its class says ("storytop").
  const final = (c: Cand) => c.score * (1 - (c.len ? c.linkLen / c.len : 0)) * (c.len < 250 ? 0.5 + c.len / 500 : 1);
  // Final scores computed once each, not in every comparison of the sort.
  const scored: { c: Cand; f: number }[] = [];
  for (const c of cands.values()) if (c.scored) scored.push({ c, f: final(c) });
  const ranked = scored.sort((x, y) => y.f - x.f).map((x) => x.c);
  let top = ranked[0];
  if (!top) return null;
  if (hint) {
    const h = get(hint);
    if (h && h.len >= 0.4 * top.len) top = h.scored ? h : { ...h, score: final(top), scored: true };
  }
  let topEl = top.el;
  let topScore = final(top);

  // Several strong candidates under one ancestor: the article is that ancestor.
  const alternatives = ranked.slice(1, 5).filter((c) => final(c) / topScore >= 0.75);
  if (alternatives.length >= 3) {
    for (let p = topEl.parentElement; p && p !== body; p = p.parentElement) {
      let n = 0;
      for (const alt of alternatives) if (p.contains(alt.el)) n++;
      if (n >= 3) {
        topEl = p;
        break;
      }
    }
  }
  const finalOf = (el: Element) => {
    const c = cands.get(el);
    return c && c.scored ? final(c) : null;
  };
  topScore = finalOf(topEl) ?? topScore;
  // Walk up while the parent scores better (the article was split into scored parts).
  let last = topScore;
  const threshold = last / 3;
  for (let p = topEl.parentElement; p && p !== body && p.parentElement; p = p.parentElement) {
    const s = finalOf(p);
    if (s === null) continue;
    if (s < threshold) break;
    if (s > last) {
      topEl = p;
      break;
    }
    last = s;
  }
  while (topEl.parentElement && topEl.parentElement !== body && topEl.parentElement.children.length === 1) {
    topEl = topEl.parentElement;
  }
  topScore = finalOf(topEl) ?? topScore;

  // Siblings that belong with the article (continuations split by ads, lead paragraphs).
  const roots: Element[] = [];
  const parent = topEl.parentElement;
  if (parent && parent !== body.parentElement) {
    const sibThreshold = Math.max(10, topScore * 0.2);
    const topClass = topEl.getAttribute('class') ?? '';
    for (let s = parent.firstElementChild; s; s = s.nextElementSibling) {
      if (s === topEl) {
        roots.push(s);
        continue;
      }
      let bonus = 0;
      if (topClass && s.getAttribute('class') === topClass) bonus += topScore * 0.2;
      const fs = finalOf(s);
      if (fs !== null && fs + bonus >= sibThreshold) {
        roots.push(s);
        continue;
      }
      const c = get(s);
      if (!c || !c.len) continue;
      const ld = c.linkLen / c.len;
      // A continuation of the article in a twin container (same class), nested too deep to be scored.
      if (topClass && s.getAttribute('class') === topClass && c.len > 100 && ld < 0.3) {
        roots.push(s);
        continue;
      }
      if (s.tagName.toUpperCase() === 'P') {
        if (c.len > 80 && ld < 0.25) roots.push(s);
        else if (c.len < 80 && ld === 0 && /\.( |$)/.test(s.textContent ?? '')) roots.push(s);
      }
    }
  } else roots.push(topEl);

  const inRegion: Block[] = [];
  let r = 0;
  for (const b of blocks) {
    // Blocks and roots are both in document order.
    while (r < roots.length) {
      const root = roots[r]!;
      if (root === b.el || root.contains(b.el)) break;
      // b is before this root, or after it: advance only when past it.
      if (root.compareDocumentPosition(b.el) & 4 /* FOLLOWING */) r++;
      else break;
    }
    const root = roots[r];
    if (root && (root === b.el || root.contains(b.el))) inRegion.push(b);
  }
  return { roots, inRegion };
}
