/**
 * One read-only walk over the page body that cuts it into paragraph-level blocks (the units the
 * claims stage reads and the highlighter marks) and records, for every block, the facts the body
 * finder scores: text length, link text, commas, and whether page furniture surrounds it.
 */
import { UNLIKELY_ROLES, bylineLengthOk } from './meta';
import { hasBoilerplateWord, hasBylineClass, hasUnlikelyClass } from './classes';

/** Elements whose subtree is never article text. */
const SKIP_TAGS = new Set([
  'SCRIPT', 'STYLE', 'NOSCRIPT', 'TEMPLATE', 'SVG', 'svg', 'IFRAME', 'OBJECT', 'EMBED', 'CANVAS', 'VIDEO', 'AUDIO',
  'SELECT', 'BUTTON', 'INPUT', 'TEXTAREA', 'NAV', 'FOOTER', 'FIGCAPTION', 'MENU', 'DIALOG', 'HEAD', 'TITLE', 'LINK',
  'META', 'MATH', 'math', 'IMG', 'PICTURE', 'SOURCE', 'MAP', 'LABEL', 'OPTION', 'HR', 'BR', 'WBR',
]);

/** Phrasing (inline) elements: their text belongs to the block around them. */
const INLINE_TAGS = new Set([
  'A', 'ABBR', 'B', 'BDI', 'BDO', 'CITE', 'CODE', 'DATA', 'DFN', 'EM', 'FONT', 'I', 'KBD', 'MARK', 'Q', 'RP', 'RT',
  'RUBY', 'S', 'SAMP', 'SMALL', 'SPAN', 'STRONG', 'SUB', 'SUP', 'TIME', 'U', 'VAR', 'BR', 'WBR', 'IMG', 'STRIKE',
  'TT', 'BIG', 'INS', 'DEL', 'NOBR', 'ACRONYM', 'O:P',
]);

/** Elements that are a paragraph by themselves whatever they contain. */
const PARA_TAGS = new Set(['P', 'H1', 'H2', 'H3', 'H4', 'H5', 'H6', 'PRE', 'ADDRESS', 'DT']);

export interface Block {
  el: Element;
  tag: string;
  /** The element's textContent, for scoring and matching (the output uses blockText). */
  text: string;
  /** Length of the text with whitespace collapsed. */
  len: number;
  /** Collapsed length of the text inside links. */
  linkLen: number;
  commas: number;
  /** A container with text of its own beside other blocks (scored as a container, like Readability). */
  mixed: boolean;
  /** Index in document order. */
  index: number;
  /** Inside a blockquote (quoted in the article). */
  quoted: boolean;
  /** Ancestors (nearest last) whose class/id looks like page furniture (share bar, related, ads…). */
  furniture: Element[];
  /** Inside a subtree Readability would drop as an unlikely candidate (menus, sidebars, comments…). */
  unlikely: boolean;
  /** Inside <header>, <aside> or <figure> (the nearest of them), else null. */
  aside: 'header' | 'aside' | 'figure' | null;
}

export interface Walk {
  blocks: Block[];
  /** JSON-LD scripts of the page (head first). */
  ldScripts: Element[];
  /** The first element with itemprop~=articleBody. */
  articleBodyEl: Element | null;
  /** The first itemprop=datePublished element or <time datetime>. */
  dateEl: Element | null;
  /** Furniture elements flagged by Readability's "unlikely candidate" words (menus, legends, comments…). */
  unlikelyEls: Set<Element>;
  /** The first byline-looking element outside unlikely parts, and the first anywhere (see meta.ts). */
  bylineEl: Element | null;
  bylineAnyEl: Element | null;
  /** Whether the walk looked for byline elements at all (see walkBlocks' findByline). */
  searchedByline: boolean;
  /** Whether parts were left out as unlikely (a walk with includeUnlikely may find more). */
  skippedUnlikely: boolean;
  /** Text length and link text length under every container walked into. */
  totals: Map<Element, { len: number; linkLen: number }>;
  /** For readerability: Readability's isProbablyReaderable score over the paragraphs the walk met
   * (computed on first call: pages that declare themselves articles never need it). */
  readerScore: () => number;
}

const WS_RUNS = /[ \n\t\r\f\u00a0]{2,}/g;
const NON_WS = /[^\s\u00a0]/;
const CJK_ANY = /[\u3040-\u30ff\u3400-\u9fff\uac00-\ud7af\uf900-\ufaff]/;
const CJK = /[\u3040-\u30ff\u3400-\u9fff\uac00-\ud7af\uf900-\ufaff]/g;
const COMMAS = /[\u002C\u060C\uFE50\uFE10\uFE11\u2E41\u2E34\u2E32\uFF0C\u3001]/g;

/** Elements that make an inline wrapper around them a container (<a><div>…</div></a>). */
const BLOCKISH = new Set([
  'P', 'DIV', 'LI', 'H1', 'H2', 'H3', 'H4', 'H5', 'H6', 'BLOCKQUOTE', 'TABLE', 'UL', 'OL', 'SECTION', 'ARTICLE',
  'PRE', 'DL', 'FIGURE', 'HEADER', 'FOOTER', 'ASIDE', 'MAIN', 'NAV', 'FORM',
]);

function isHidden(el: Element): boolean {
  if (el.hasAttribute('hidden')) return true;
  if (el.getAttribute('aria-hidden') === 'true' && !(el.getAttribute('class') ?? '').includes('fallback-image')) return true;
  const style = el.getAttribute('style');
  if (style && /(display\s*:\s*none|visibility\s*:\s*hidden)/i.test(style)) return true;
  return false;
}

/**
 * Whether a container's own text (`direct`, collapsed) is enough of its whole text to make it a paragraph
 * with blocks inside: 30% of it, or 10% in a list item, table cell or blockquote. The whole text of a
 * big container is costly to build, and the own text is mostly a stray separator: the collapsed
 * lengths of the children's texts add up to at most the collapsed length of their concatenation,
 * so the answer is often "no" after the first block child.
 */
function mixedEnough(el: Element, tag: string, direct: number, kids: Element[], xml: boolean): boolean {
  const share = tag === 'LI' || tag === 'DD' || tag === 'TD' || tag === 'BLOCKQUOTE' ? 0.1 : 0.3;
  // `direct` already counts the text nodes and the inline children; add the other children.
  let atLeast = direct;
  for (const c of kids) {
    if (INLINE_TAGS.has(xml ? c.tagName.toUpperCase() : c.tagName)) continue;
    atLeast += collapsedLength(c.textContent ?? '');
    if (share * atLeast > direct) return false;
  }
  const total = collapsedLength(el.textContent ?? '');
  return direct >= 0.3 * total || (share === 0.1 && direct >= 0.1 * total);
}

/** Readability's isProbablyReaderable over what the walk met: p/pre (and divs of <br> text) of 140+
 * characters, and <article> elements. CJK text says as much in a third of the characters: those
 * characters weigh three times. */
function scoreReaderItems(items: (Block | Element)[]): number {
  let score = 0;
  for (const it of items) {
    if ('len' in it) {
      if (ownUnlikely(it.el)) continue;
      const cjk = CJK_ANY.test(it.text) ? (it.text.match(CJK) ?? []).length : 0;
      const weighted = it.len + 2 * cjk;
      if (weighted >= 140) score += Math.sqrt(weighted - 140);
    } else if (!ownUnlikely(it)) {
      const n = collapsedLength(it.textContent ?? '');
      if (n >= 140) score += Math.sqrt(n - 140);
    }
  }
  return score;
}

function isWs(c: number): boolean {
  return c === 32 || c === 10 || c === 9 || c === 13 || c === 12 || c === 160;
}

/** Length after collapsing whitespace runs to one space and trimming. */
export function collapsedLength(s: string): number {
  if (!s) return 0;
  let n = s.length;
  // Native regex scans beat a character loop: subtract what collapsing removes.
  const runs = s.match(WS_RUNS);
  if (runs) for (const r of runs) n -= r.length - 1;
  if (n > 0 && isWs(s.charCodeAt(0))) n--;
  if (n > 0 && s.length > 1 && isWs(s.charCodeAt(s.length - 1))) n--;
  return Math.max(0, n);
}

/** Length with each whitespace run counted as one character (not trimmed: a piece of a longer text). */
function runLength(s: string): number {
  // As collapsedLength, without the trimming: a native regex scan, not a character loop (which runs
  // slowly in not-yet-optimised code on a page's first run).
  let n = s.length;
  const runs = n > 1 ? s.match(WS_RUNS) : null;
  if (runs) for (const r of runs) n -= r.length - 1;
  return n;
}

/** Text length of an inline element, or -1 when it wraps block-level elements. */
function inlineLength(el: Element): number {
  let n = 0;
  const stack: Node[] = [];
  let node: Node | null = el.firstChild;
  while (node) {
    if (node.nodeType === 3) {
      const d = (node as Text).data;
      if (NON_WS.test(d)) n += collapsedLength(d);
    } else if (node.nodeType === 1) {
      if (BLOCKISH.has((node as Element).tagName.toUpperCase())) return -1;
      if (node.firstChild) {
        stack.push(node);
        node = node.firstChild;
        continue;
      }
    }
    while (node && !node.nextSibling) node = stack.pop() ?? null;
    node = node ? node.nextSibling : null;
  }
  return n;
}

function classId(el: Element): string {
  // Reflected properties are cheaper than getAttribute; SVG's className is not a string.
  const c = (el as HTMLElement).className;
  const id = el.id;
  const cls = typeof c === 'string' ? c : (el.getAttribute('class') ?? '');
  // (Every test on it reads the same with or without a space at the end.)
  return id ? cls + ' ' + id : cls;
}

/** 0: plain, 1: page-furniture words, 2: Readability's unlikely-candidate words. Pages repeat class
 * strings a lot, so the verdicts are cached per string (with whether the string reads as a byline).
 */
const classCache = new Map<string, number>();
const BYLINE_BIT = 4;
function classBits(ci: string): number {
  let k = classCache.get(ci);
  if (k === undefined) {
    k = hasUnlikelyClass(ci) ? 2 : hasBoilerplateWord(ci) ? 1 : 0;
    if (hasBylineClass(ci)) k |= BYLINE_BIT;
    if (classCache.size > 5000) classCache.clear();
    classCache.set(ci, k);
  }
  return k;
}
function ownUnlikely(el: Element): boolean {
  return el.hasAttributes() && (classBits(classId(el)) & 3) === 2;
}

interface Ctx {
  quoted: boolean;
  furniture: Element[];
  unlikely: boolean;
  aside: 'header' | 'aside' | 'figure' | null;
  inLiP: boolean;
  /** Inside a part where reader modes do not look for the byline. */
  bylineOff: boolean;
}

const ZERO = { len: 0, linkLen: 0 };


/**
 * Cut the body into blocks. A block is the highest element on its path that holds phrasing text of
 * its own (a paragraph, a heading, a list item, a div of text with <br>s); elements that only hold
 * other blocks are containers and are walked into.
 */
export function walkBlocks(doc: Document, includeUnlikely = false, findByline = true): Walk {
  const blocks: Block[] = [];
  const ldScripts: Element[] = [];
  let articleBodyEl: Element | null = null;
  let dateEl: Element | null = null;
  // Paragraph blocks and <article> elements in walk order, for readerScore().
  const readerItems: (Block | Element)[] = [];
  let score: number | null = null;
  const readerScore = (): number => (score ??= scoreReaderItems(readerItems));
  const unlikelyEls = new Set<Element>();
  let skippedUnlikely = false;
  const totals = new Map<Element, { len: number; linkLen: number }>();
  let bylineEl: Element | null = null;
  let bylineAnyEl: Element | null = null;
  // Looking for the byline element costs a walk through every paragraph's inline elements; a page
  // whose meta tags name the author does not need it (findByline false).
  let searching = findByline;
  const body = doc.body;
  const xml = doc.documentElement?.tagName === 'html';
  const out = (): Walk => ({ blocks, readerScore, ldScripts, articleBodyEl, dateEl, unlikelyEls, bylineEl, bylineAnyEl, totals, skippedUnlikely, searchedByline: findByline });
  /** `bits` is classBits of the element's class and id; `itemprop` its itemprop attribute. */
  const checkByline = (el: Element, bits: number, itemprop: string | null, offLimits: boolean) => {
    // Cheap tests first: a byline-like class (cached) or the rare rel/itemprop attributes.
    if (!(bits & BYLINE_BIT) && el.getAttribute('rel') !== 'author' && !(itemprop ?? '').includes('author')) return;
    if (!bylineLengthOk(el)) return;
    if (!bylineAnyEl) bylineAnyEl = el;
    if (!offLimits && !bylineEl) {
      bylineEl = el;
      searching = false;
    }
  };
  /** Byline elements inside a subtree the block walk does not enter (a paragraph, a nav, a footer). */
  const bylineInside = (root: Element, offLimits: boolean) => {
    for (let c = root.firstElementChild; c && searching; c = c.nextElementSibling) {
      const tag = c.tagName.toUpperCase();
      if (tag === 'SCRIPT' || tag === 'STYLE' || tag === 'NOSCRIPT' || tag === 'TEMPLATE') continue;
      let off = offLimits;
      if (c.hasAttributes()) {
        if (isHidden(c)) continue;
        const role = c.getAttribute('role');
        if (role && UNLIKELY_ROLES.has(role)) continue;
        const ci = classId(c);
        const bits = classBits(ci);
        checkByline(c, bits, c.getAttribute('itemprop'), off);
        if (!off && ci.length > 0 && (bits & 3) === 2) off = true;
      }
      if (c.firstElementChild) bylineInside(c, off);
    }
  };
  const addBlock = (el: Element, tag: string, ctx: Ctx, mixed = false): { len: number; linkLen: number } => {
    // Native textContent for scoring (browsers build it far faster than a script walk); the exact
    // text the highlighter counts (blockText) is taken only for the blocks finally chosen.
    const text = el.textContent ?? '';
    const len = collapsedLength(text);
    if (len === 0) return ZERO;
    let linkLen = 0;
    if (tag === 'A') linkLen = len;
    else if (el.firstElementChild) {
      const links = el.getElementsByTagName('a');
      for (let i = 0; i < links.length; i++) linkLen += runLength(links[i]?.textContent ?? '');
    }
    const m = text.match(COMMAS);
    blocks.push({
      el,
      tag,
      text,
      len,
      linkLen,
      commas: m ? m.length : 0,
      mixed,
      index: blocks.length,
      quoted: ctx.quoted,
      furniture: ctx.furniture,
      unlikely: ctx.unlikely,
      aside: ctx.aside,
    });
    if ((tag === 'P' || tag === 'PRE' || tag === 'DIV') && len >= 50 && !ctx.inLiP) readerItems.push(blocks[blocks.length - 1]!);
    if (searching && el.firstElementChild) bylineInside(el, ctx.bylineOff);
    return { len, linkLen };
  };

  /** `tag` is the element's tag name in upper case (the parent's pass over its children read it). */
  const visit = (el: Element, tag: string, ctx: Ctx, depth: number): { len: number; linkLen: number } => {
    if (depth > 200) return ZERO;
    if (tag === 'SCRIPT') {
      if (el.getAttribute('type') === 'application/ld+json') ldScripts.push(el);
      return ZERO;
    }
    if (SKIP_TAGS.has(tag)) {
      // Not article text, but reader modes take a byline from anywhere visible (even a <nav>).
      if (searching && el.firstElementChild && tag !== 'HEAD' && !isHidden(el)) {
        if (el.hasAttributes()) checkByline(el, classBits(classId(el)), el.getAttribute('itemprop'), ctx.bylineOff);
        bylineInside(el, ctx.bylineOff);
      }
      return ZERO;
    }
    let next = ctx;
    if (el.hasAttributes()) {
      if (isHidden(el)) return ZERO;
      const role = el.getAttribute('role');
      if (role && UNLIKELY_ROLES.has(role)) return ZERO;
      const ip = el.getAttribute('itemprop');
      if (ip) {
        if (!articleBodyEl && ip.includes('articleBody')) articleBodyEl = el;
        if (!dateEl && ip.includes('datePublished')) dateEl = el;
      }
      const ci = classId(el);
      const bits = classBits(ci);
      if (searching) checkByline(el, bits, ip, ctx.bylineOff);
      if (ci.length > 0 && tag !== 'BODY') {
        const kind = bits & 3;
        if (kind === 2 && tag !== 'A') {
          // Readability drops these subtrees (menus, comments, sidebars…) before scoring. The first
          // walk skips them too (a third of a page, typically), unless they hold a quotation; the
          // second walk, for pages where that left too little, keeps them, marked as furniture.
          if (!includeUnlikely && !el.getElementsByTagName('blockquote').length) {
            skippedUnlikely = true;
            const scripts = el.getElementsByTagName('script');
            for (let i = 0; i < scripts.length; i++) {
              const sc = scripts[i];
              if (sc && sc.getAttribute('type') === 'application/ld+json') ldScripts.push(sc);
            }
            return ZERO;
          }
          if (!next.bylineOff) next = { ...next, bylineOff: true };
          next = { ...next, furniture: [...next.furniture, el], unlikely: true };
          unlikelyEls.add(el);
        } else if (kind >= 1) {
          next = { ...next, furniture: [...next.furniture, el] };
        }
      }
    }
    switch (tag) {
      case 'BLOCKQUOTE':
        next = { ...next, quoted: true };
        break;
      case 'ARTICLE':
        readerItems.push(el);
        break;
      case 'ASIDE':
        next = { ...next, aside: 'aside' };
        break;
      case 'HEADER':
        next = { ...next, aside: 'header' };
        break;
      case 'FIGURE':
        next = { ...next, aside: 'figure' };
        break;
      case 'TIME':
        if (!dateEl && el.hasAttribute('datetime')) dateEl = el;
        break;
      case 'LI':
        if (!next.inLiP) next = { ...next, inLiP: true };
        break;
    }
    if (PARA_TAGS.has(tag)) return addBlock(el, tag, next);
    // One pass over the children: phrasing text of our own, and the child elements to walk into.
    let direct = 0;
    let hasBlockChild = false;
    const kids: Element[] = [];
    // Each child's upper-case tag name, or null for a script (never walked into).
    const kidTags: (string | null)[] = [];
    for (let c = el.firstChild; c; c = c.nextSibling) {
      if (c.nodeType === 3) {
        const d = (c as Text).data;
        if (NON_WS.test(d)) direct += collapsedLength(d);
      } else if (c.nodeType === 1) {
        const ce = c as Element;
        const raw = ce.tagName;
        // HTML documents report upper-case tag names; XHTML ones (served as XML) lower-case.
        const ct = xml ? raw.toUpperCase() : raw;
        kids.push(ce);
        kidTags.push(raw === 'SCRIPT' || raw === 'script' ? null : ct);
        if (INLINE_TAGS.has(ct)) {
          // An inline wrapper around blocks (<a><div>…</div></a>) is a container, not phrasing.
          const n = ce.firstChild ? inlineLength(ce) : 0;
          if (n < 0) hasBlockChild = true;
          else direct += n;
        } else if (ct === 'SCRIPT') {
          if (ce.getAttribute('type') === 'application/ld+json') ldScripts.push(ce);
        } else if (!SKIP_TAGS.has(ct)) hasBlockChild = true;
      }
    }
    if (direct > 0) {
      if (!hasBlockChild) {
        return addBlock(el, tag, next);
      }
      // Mixed content: a stray separator or label does not make a container a paragraph.
      if (mixedEnough(el, tag, direct, kids, xml)) return addBlock(el, tag, next, true);
    }
    let len = 0;
    let linkLen = 0;
    for (let i = 0; i < kids.length; i++) {
      const ct = kidTags[i];
      if (!ct) continue;
      const t = visit(kids[i]!, ct, next, depth + 1);
      len += t.len;
      linkLen += t.linkLen;
    }
    const t = { len, linkLen };
    if (len) totals.set(el, t);
    return t;
  };

  if (!body) return out();
  visit(body, xml ? body.tagName.toUpperCase() : body.tagName, { quoted: false, furniture: [], unlikely: false, aside: null, inLiP: false, bylineOff: false }, 0);
  // JSON-LD in <head>.
  const head = doc.head;
  if (head) {
    const inHead: Element[] = [];
    for (let c = head.firstElementChild; c; c = c.nextElementSibling) {
      if (c.tagName.toUpperCase() === 'SCRIPT' && c.getAttribute('type') === 'application/ld+json') inHead.push(c);
    }
    ldScripts.unshift(...inHead);
  }
  return out();
}
