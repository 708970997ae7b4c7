/**
 * Article detection on a live Document: is this page an article, what are its headline, byline, date,
 * site and language, and which live elements hold its body, in reading order.
 *
 * Cheap first: the page's own declarations (JSON-LD, meta tags) and one read-only walk that cuts the
 * body into paragraph blocks; the container is then chosen by paragraph scoring over those blocks.
 * Nothing in the page is modified.
 */
import { walkBlocks, type Block, type Walk } from './blocks';
import { pickRegion } from './body';
import { bylineText, metaTagByline, readMeta, readMetaTags, textSimilarity, type PageMeta } from './meta';
import { blockText, collapseWhitespace } from './text';
import { BLOCK_SEPARATOR, type ArticleBlock, type ArticleMeta, type Detection } from './types';
import { guideByArticleBody } from './guide';
import { hasStrongFurnitureClass, isFurnitureText } from './classes';

export { blockText } from './text';
export { shownHeadline } from './headline';
export type { Article, ArticleBlock, Detection, NotArticle } from './types';

/** A photo caption's credit at the end: "… (Image: GETTY)", "… Photo: AP". */
const CREDIT_END = /(\((image|photo|picture|pic|credit|source|foto|bild)s?\s*:[^)]*\)|\b(photo|image|credit)s?\s*:\s*[^.]{2,40})\s*$/i;

const MIN_BODY_CHARS = 250;
const NON_SPACE = /\S/;
/** Text with no letter at all: counters, dates in digits, separators (digits, spaces, ASCII and
 * general punctuation, symbols; anything else counts as a letter). */
const NO_LETTER = /^[\s0-9!-/:-@[-`{-~\u00a0-\u00bf\u2000-\u2bff\u3000-\u303f]*$/;

function meta(m: PageMeta): ArticleMeta {
  return { title: m.title, byline: m.byline, published: m.published, siteName: m.siteName, lang: m.lang };
}

function insideAny(el: Element, roots: Element[]): Element | null {
  for (const r of roots) if (r === el || r.contains(el)) return r;
  return null;
}

/** Is the block page furniture rather than article text? */
function isFurniture(b: Block, roots: Element[], topEl: Element | null, big: Set<Element>): boolean {
  if (b.tag === 'H1') return true;
  const collapsed = b.len < 120 ? collapseWhitespace(b.text) : '';
  for (const f of b.furniture) {
    if (f === topEl || big.has(f)) continue;
    const root = insideAny(f, roots);
    // Furniture only counts below the region root (a root named "article-tools" is still content
    // when it won the scoring); siblings added as roots count.
    if (root && (f !== root || root !== topEl)) {
      // A quote the article quotes (a blockquote, an embedded post) sits in "widget"/"embed" boxes;
      // only boxes that are plainly not the article (comments, related, promos) exclude it.
      if (b.quoted && !hasStrongFurnitureClass(f)) continue;
      return true;
    }
  }
  if (b.aside && !b.quoted) {
    if (b.aside === 'header') {
      if (b.len < 80 || b.linkLen / b.len > 0.2) return true;
    } else if (b.aside === 'figure' || !/quote/i.test(classChain(b.el, roots))) return true;
  }
  const ld = b.len ? b.linkLen / b.len : 0;
  // Mostly links: a related-story list or a "Related: …" line. A long item whose first sentence is a
  // link (news roundups) stays.
  if (ld > 0.5 && !(b.len - b.linkLen >= 50 && ld < 0.8)) return true;
  if (b.tag === 'LI' && ld > 0.3 && b.len < 80) return true;
  if (collapsed && (isFurnitureText(collapsed) || NO_LETTER.test(collapsed))) return true;
  if (collapsed && b.len < 200 && !b.quoted && CREDIT_END.test(collapsed)) return true;
  return false;
}

/**
 * Teaser cards: an element inside the region repeated (same tag and class) at least three times
 * among its siblings, short, linking elsewhere, holding a picture or several blocks (title + summary).
 */
function makeCardTest(region: Block[], roots: Element[]): (b: Block) => boolean {
  const blocksIn = new Map<Element, number>();
  const textIn = new Map<Element, number>();
  const linksIn = new Map<Element, number>();
  const headingIn = new Set<Element>();
  for (const b of region) {
    const heading = /^H[2-6]$/.test(b.tag);
    for (let a = b.el.parentElement; a && !roots.includes(a); a = a.parentElement) {
      blocksIn.set(a, (blocksIn.get(a) ?? 0) + 1);
      textIn.set(a, (textIn.get(a) ?? 0) + b.len);
      linksIn.set(a, (linksIn.get(a) ?? 0) + b.linkLen);
      if (heading) headingIn.add(a);
    }
  }
  const verdict = new Map<Element, boolean>();
  const isCard = (a: Element): boolean => {
    let v = verdict.get(a);
    if (v !== undefined) return v;
    v = false;
    const cls = a.getAttribute('class');
    const parent = a.parentElement;
    if (cls && parent && (textIn.get(a) ?? 0) < 500) {
      let twins = 0;
      for (let s = parent.firstElementChild; s && twins < 3; s = s.nextElementSibling) {
        if (s.tagName === a.tagName && s.getAttribute('class') === cls) twins++;
      }
      // A teaser is a headline (or mostly a link) plus a picture or a summary; a paragraph wrapper
      // repeated down an article has neither a heading nor mostly-link text.
      const text = textIn.get(a) ?? 0;
      const teaserLike = headingIn.has(a) || (linksIn.get(a) ?? 0) >= 0.3 * text;
      if (twins >= 3 && teaserLike && a.getElementsByTagName('a').length > 0) {
        v = (blocksIn.get(a) ?? 0) >= 2 || a.getElementsByTagName('img').length > 0;
      }
    }
    verdict.set(a, v);
    return v;
  };
  return (b: Block) => {
    if (b.quoted) return false;
    for (let a = b.el.parentElement; a && !roots.includes(a); a = a.parentElement) if (isCard(a)) return true;
    return false;
  };
}

function classChain(el: Element, roots: Element[]): string {
  let s = '';
  for (let a: Element | null = el; a && !roots.includes(a); a = a.parentElement) s += ' ' + (a.getAttribute('class') ?? '');
  return s;
}

/** The page's h1 elements outside navigation, footers and hidden parts. */
function headlineCandidates(doc: Document): Element[] {
  const out: Element[] = [];
  const all = doc.getElementsByTagName('h1');
  for (let i = 0; i < all.length && i < 50; i++) {
    const h = all[i];
    if (h && !h.closest('nav, footer, [hidden], [aria-hidden="true"]')) out.push(h);
  }
  return out;
}

/** The headline element: the h1 most like the declared title, else the lone h1 before the body. */
function findHeadline(h1s: Element[], title: string | null, firstBody: Element | null): Element | null {
  let best: Element | null = null;
  let bestScore = 0;
  for (const h of h1s) {
    const t = collapseWhitespace(h.textContent ?? '');
    if (!t || t.length > 400) continue;
    let s = title ? Math.min(textSimilarity(title, t), textSimilarity(t, title)) : 0;
    if (firstBody && h.compareDocumentPosition(firstBody) & 4) s += 0.01; // before the body
    if (s > bestScore) {
      bestScore = s;
      best = h;
    }
  }
  if (best && bestScore >= 0.5) return best;
  if (firstBody) {
    const before = h1s.filter((h) => h.compareDocumentPosition(firstBody) & 4 && collapseWhitespace(h.textContent ?? '').length > 10);
    if (before.length === 1) return before[0] ?? null;
  }
  return null;
}

export interface DetectOptions {
  /** Skip the JSON-LD articleBody guide (for comparisons). */
  noGuide?: boolean;
}

export function detectArticle(doc: Document, options: DetectOptions = {}): Detection {
  const body = doc.body;
  // A byline the meta tags declare wins over any byline element: then the walk need not look for one.
  const tags = readMetaTags(doc);
  const findByline = !metaTagByline(tags);
  let walk = walkBlocks(doc, false, findByline);
  let full: Walk | null = null;
  const fullWalk = (): Walk => (full ??= walk.skippedUnlikely ? walkBlocks(doc, true, findByline) : walk);
  /** The walk's byline element (looked for now if the walk did not). */
  const bylineOf = (w: Walk, includeUnlikely: boolean): Element | null => {
    const s = w.searchedByline ? w : walkBlocks(doc, includeUnlikely, true);
    return s.bylineEl ?? s.bylineAnyEl;
  };
  const m = readMeta(doc, { ldScripts: walk.ldScripts, dateEl: walk.dateEl, bylineEl: () => bylineOf(walk, false) }, tags);
  // h1s anywhere visible (the walk skips "unlikely" parts, and a headline may sit in a "post-header").
  const h1s = headlineCandidates(doc);
  if (!body) return { isArticle: false, reason: 'The page has no body.', meta: meta(m) };
  const declared = !!m.jsonld || m.ogType === 'article';

  const hint = walk.articleBodyEl;
  let chosen = chooseBody(walk, body, hint, true);
  // Like Readability: when skipping "unlikely" parts leaves too little, their class names lied
  // (class="PageBuilder-pageRow" reads as "pager"); score again with them.
  if (chars(chosen) < 500) {
    const again = chooseBody(fullWalk(), body, hint, false);
    if (chars(again) > chars(chosen)) {
      chosen = again;
      const fullIncludes = walk.skippedUnlikely;
      walk = fullWalk();
      // Reader modes look for the byline again in this second pass (an article inside
      // <div class="site_header"> has its byline there too).
      const el = m.byline ? null : bylineOf(walk, fullIncludes);
      if (el) m.byline = collapseWhitespace(bylineText(el)) || null;
    }
  }
  // The page's declared article text, when it is the whole article (not a teaser cut off after a
  // paragraph), picks the blocks more precisely than scoring.
  if (!options.noGuide && m.jsonld?.articleBody) {
    const guided = guideByArticleBody(walk.blocks, m.jsonld.articleBody, chars(chosen));
    if (guided) chosen = fillGaps(walk.blocks, guided);
  }
  const bodyChars = chars(chosen);
  if (!chosen || !chosen.length || bodyChars < MIN_BODY_CHARS) {
    return { isArticle: false, reason: 'No article text was found on this page.', meta: meta(m) };
  }
  // The readerability score counts every paragraph, as Readability's gate does (unlikely parts too).
  if (!declared && walk.readerScore() < 20 && fullWalk().readerScore() < 20 && !shortArticleShape(chosen, h1s)) {
    return {
      isArticle: false,
      reason: 'This page does not look like an article (no long run of paragraphs): a home page, section front or app page.',
      meta: meta(m),
    };
  }

  // A block that repeats the title (a title box with the date under it) is not body text.
  const titles = [m.title, ...h1s.map((h) => collapseWhitespace(h.textContent ?? ''))].filter((t): t is string => !!t && t.length >= 15);
  if (titles.length) {
    // The first word of each title: a block that does not begin with it cannot begin with the title.
    const firstWords = titles.map((x) => {
      const space = x.indexOf(' ');
      return space < 0 ? x : x.slice(0, space);
    });
    chosen = chosen.filter((b) => {
      if (b.len > 400) return true;
      const start = b.text.trimStart();
      if (!firstWords.some((w) => start.startsWith(w))) return true;
      const t = collapseWhitespace(b.text);
      return !titles.some((x) => t.startsWith(x) && t.length < x.length + 150);
    });
  }
  const first = chosen[0]?.el ?? null;
  let headline = findHeadline(h1s, m.title, first);
  if (headline) {
    const h = headline;
    if (chosen.some((b) => b.el.contains(h) || h.contains(b.el))) headline = null;
    else {
      // Short blocks above the headline are kickers, breadcrumbs and photo credits; anything longer
      // above it means the h1 is not this article's headline.
      const above = (b: Block) => !!(b.el.compareDocumentPosition(h) & 4);
      chosen = chosen.filter((b) => !(above(b) && b.len < 150));
      if (chosen.some(above)) headline = null;
    }
  }
  const out: ArticleBlock[] = [];
  let text = '';
  const push = (el: Element, role: 'headline' | 'body', t: string) => {
    if (out.length) text += BLOCK_SEPARATOR;
    out.push({ el, role, text: t, start: text.length });
    text += t;
  };
  if (headline) push(headline, 'headline', blockText(headline));
  for (const b of chosen) {
    const t = blockText(b.el);
    // textContent (used for scoring) also counts script text; a block of nothing visible is dropped.
    if (NON_SPACE.test(t)) push(b.el, 'body', t);
  }
  if (!out.some((b) => b.role === 'body')) return { isArticle: false, reason: 'No article text was found on this page.', meta: meta(m) };
  return { isArticle: true, ...meta(m), blocks: out, text };
}

/**
 * Declared article text leaves out what the page embeds (posts, quotes) and its subheadings; take
 * those back when they sit between the declared paragraphs and are not page furniture.
 */
function fillGaps(all: Block[], guided: Block[]): Block[] {
  const first = guided[0];
  const last = guided[guided.length - 1];
  if (!first || !last) return guided;
  const inGuide = new Set(guided);
  const out: Block[] = [];
  for (let i = first.index; i <= last.index; i++) {
    const b = all[i];
    if (!b) continue;
    if (inGuide.has(b)) {
      out.push(b);
      continue;
    }
    if (!(b.quoted || /^H[2-6]$/.test(b.tag))) continue;
    if (b.linkLen > 0.5 * b.len || b.aside === 'aside') continue;
    if (b.furniture.some(hasStrongFurnitureClass)) continue;
    const t = b.len < 120 ? collapseWhitespace(b.text) : '';
    if (t && (isFurnitureText(t) || NO_LETTER.test(t))) continue;
    out.push(b);
  }
  return out;
}

/**
 * A short article that declares nothing (no JSON-LD, no og:type): an h1 right above at least three
 * sentence paragraphs with few links. Home pages and section fronts put links in their paragraphs or
 * headings between them.
 */
function shortArticleShape(body: Block[], h1s: Element[]): boolean {
  const first = body[0];
  if (!first || h1s.length !== 1) return false;
  const h1 = h1s[0]!;
  if (!(h1.compareDocumentPosition(first.el) & 4)) return false;
  let sentences = 0;
  let len = 0;
  let links = 0;
  for (const b of body) {
    len += b.len;
    links += b.linkLen;
    if (/^H[2-6]$/.test(b.tag)) return false;
    if (b.len >= 80 && /[.!?"”»)]\s*$/.test(b.text)) sentences++;
  }
  return sentences >= 3 && len >= 300 && links / len < 0.15;
}

function chars(blocks: Block[] | null): number {
  return blocks ? blocks.reduce((n, b) => n + b.len, 0) : 0;
}

function chooseBody(walk: Walk, body: Element, hint: Element | null, skipUnlikely: boolean): Block[] | null {
  const pick = pickRegion(walk.blocks, body, hint, skipUnlikely, walk.totals);
  if (!pick) return null;
  const topEl = pick.roots.find((r) => pick.inRegion.some((b) => r === b.el || r.contains(b.el))) ?? null;
  // A "furniture" class on an element holding much of the region's text is a naming accident
  // (class="entry-content-read-more", "modal-enabled"), not a share bar.
  const held = new Map<Element, number>();
  let total = 0;
  for (const b of pick.inRegion) {
    total += b.len;
    for (const f of b.furniture) held.set(f, (held.get(f) ?? 0) + b.len);
  }
  const big = new Set<Element>();
  // (Readability's "unlikely" words — legends, comments, menus — are never such an accident.)
  for (const [f, n] of held) if (n > 0.3 * total && n > 500 && !walk.unlikelyEls.has(f)) big.add(f);
  const isCard = makeCardTest(pick.inRegion, pick.roots);
  return trimEnds(pick.inRegion.filter((b) => !isFurniture(b, pick.roots, topEl, big) && !isCard(b)));
}

/** Drop headings left dangling at the end (the heading of a related list removed as furniture). */
function trimEnds(blocks: Block[]): Block[] {
  let end = blocks.length;
  while (end > 0) {
    const b = blocks[end - 1]!;
    if (/^H[2-6]$/.test(b.tag) || (b.len < 30 && !/[.!?"”’)]$/.test(b.text.trim()))) end--;
    else break;
  }
  return blocks.slice(0, end);
}
