/**
 * Metadata the page declares about itself: JSON-LD (schema.org Article types), <meta> tags
 * (OpenGraph, Dublin Core, Parse.ly, Twitter), the document title, and what the block walk found
 * (JSON-LD scripts, the date element, the byline element). All of it is cheap: the page is not walked
 * again here.
 *
 * The title and byline precedence follows what readers (Firefox Reader View / Readability) show, so
 * the popup header matches what users know from reader modes.
 */
import type { ArticleMeta } from './types';
import { collapseWhitespace } from './text';

/** schema.org types that denote an article (https://schema.org/Article and its subtypes). */
const ARTICLE_TYPES = new Set([
  'Article', 'AdvertiserContentArticle', 'NewsArticle', 'AnalysisNewsArticle', 'AskPublicNewsArticle', 'BackgroundNewsArticle',
  'OpinionNewsArticle', 'ReportageNewsArticle', 'ReviewNewsArticle', 'Report', 'SatiricalArticle', 'ScholarlyArticle',
  'MedicalScholarlyArticle', 'SocialMediaPosting', 'BlogPosting', 'LiveBlogPosting', 'DiscussionForumPosting', 'TechArticle',
  'APIReference',
]);

export const UNLIKELY_ROLES = new Set(['menu', 'menubar', 'complementary', 'navigation', 'alert', 'alertdialog', 'dialog']);

export interface JsonLdArticle {
  type: string;
  title: string | null;
  byline: string | null;
  datePublished: string | null;
  siteName: string | null;
  articleBody: string | null;
  inLanguage: string | null;
}

export interface PageMeta extends ArticleMeta {
  jsonld: JsonLdArticle | null;
  /** og:type or similar declared type ("article", "website", …), lower-case. */
  ogType: string | null;
  /** The document's <title>, trimmed. */
  docTitle: string;
}

type Json = unknown;

function str(v: Json): string | null {
  return typeof v === 'string' && v.trim() ? v.trim() : null;
}

function typeOf(o: Json): string | null {
  if (!o || typeof o !== 'object') return null;
  const t = (o as Record<string, Json>)['@type'];
  if (typeof t === 'string') return ARTICLE_TYPES.has(t) ? t : null;
  if (Array.isArray(t)) {
    for (const x of t) if (typeof x === 'string' && ARTICLE_TYPES.has(x)) return x;
  }
  return null;
}

function findArticleObject(parsed: Json, depth = 0): Record<string, Json> | null {
  if (!parsed || typeof parsed !== 'object' || depth > 4) return null;
  if (Array.isArray(parsed)) {
    for (const it of parsed) {
      const f = findArticleObject(it, depth + 1);
      if (f) return f;
    }
    return null;
  }
  const o = parsed as Record<string, Json>;
  if (typeOf(o)) return o;
  if (Array.isArray(o['@graph'])) return findArticleObject(o['@graph'], depth + 1);
  if (o.mainEntity && typeof o.mainEntity === 'object') return findArticleObject(o.mainEntity, depth + 1);
  return null;
}

function personNames(v: Json): string | null {
  if (!v) return null;
  if (typeof v === 'string') return null; // often a URL or id; readers ignore it
  if (Array.isArray(v)) {
    const names = v
      .map((a) => (a && typeof a === 'object' ? str((a as Record<string, Json>).name) : null))
      .filter((x): x is string => !!x);
    return names.length ? names.join(', ') : null;
  }
  if (typeof v === 'object') return str((v as Record<string, Json>).name);
  return null;
}

/** Share of B's words also in A (Readability's measure), 1 = same words. */
export function textSimilarity(a: string, b: string): number {
  const ta = a.toLowerCase().split(/\W+/).filter(Boolean);
  const tb = b.toLowerCase().split(/\W+/).filter(Boolean);
  if (!ta.length || !tb.length) return 0;
  const sa = new Set(ta);
  const uniq = tb.filter((t) => !sa.has(t));
  return 1 - uniq.join(' ').length / tb.join(' ').length;
}

function wordCount(s: string): number {
  return s.split(/\s+/).length;
}

/** A headline from the document title: strip "| Site" parts the way reader modes do. */
export function titleFromDocTitle(doc: Document): string {
  const orig = (doc.title || '').trim();
  let cur = orig;
  let hierarchical = false;
  if (/ [|\-\\/>»] /.test(cur)) {
    hierarchical = / [\\/>»] /.test(cur);
    const seps = Array.from(orig.matchAll(/ [|\-\\/>»] /gi));
    const last = seps[seps.length - 1];
    cur = orig.substring(0, last?.index ?? orig.length);
    if (wordCount(cur) < 3) cur = orig.replace(/^[^|\-\\/>»]*[|\-\\/>»]/gi, '');
  } else if (cur.includes(': ')) {
    const trimmed = cur.trim();
    let match = false;
    for (const h of Array.from(doc.querySelectorAll('h1, h2'))) {
      if ((h.textContent ?? '').trim() === trimmed) {
        match = true;
        break;
      }
    }
    if (!match) {
      cur = orig.substring(orig.lastIndexOf(':') + 1);
      if (wordCount(cur) < 3) cur = orig.substring(orig.indexOf(':') + 1);
      else if (wordCount(orig.substring(0, orig.indexOf(':'))) > 5) cur = orig;
    }
  } else if (cur.length > 150 || cur.length < 15) {
    const h1s = doc.getElementsByTagName('h1');
    if (h1s.length === 1 && h1s[0]) cur = collapseWhitespace(h1s[0].textContent ?? '');
  }
  cur = cur.trim().replace(/\s{2,}/g, ' ');
  const n = wordCount(cur);
  if (n <= 4 && (!hierarchical || n !== wordCount(orig.replace(/[|\-\\/>»]+/g, '')) - 1)) cur = orig;
  return cur;
}

const ESC: Record<string, string> = { lt: '<', gt: '>', amp: '&', quot: '"', apos: "'" };
function unescapeEntities(s: string | null): string | null {
  if (!s) return s;
  return s
    .replace(/&(quot|amp|apos|lt|gt);/g, (_, t: string) => ESC[t] ?? _)
    .replace(/&#(?:x([0-9a-f]+)|([0-9]+));/gi, (_, hex: string | undefined, dec: string | undefined) => {
      let n = parseInt(hex ?? dec ?? '0', hex ? 16 : 10);
      if (!(n > 0) || n > 0x10ffff || (n >= 0xd800 && n <= 0xdfff)) n = 0xfffd;
      return String.fromCodePoint(n);
    });
}

export function readJsonLd(scripts: ArrayLike<Element>, docTitle: () => string): JsonLdArticle | null {
  for (const s of Array.from(scripts)) {
    let parsed: Json;
    try {
      parsed = JSON.parse((s.textContent ?? '').replace(/^\s*<!\[CDATA\[|\]\]>\s*$/g, ''));
    } catch {
      continue;
    }
    const o = findArticleObject(parsed);
    if (!o) continue;
    const name = str(o.name);
    const headline = str(o.headline);
    let title: string | null = null;
    if (name && headline && name !== headline) {
      const t = docTitle();
      const nameOk = textSimilarity(name, t) > 0.75;
      const headOk = textSimilarity(headline, t) > 0.75;
      title = headOk && !nameOk ? headline : name;
    } else title = name ?? headline;
    const publisher = o.publisher && typeof o.publisher === 'object' ? (o.publisher as Record<string, Json>) : null;
    return {
      type: typeOf(o) ?? 'Article',
      title,
      byline: personNames(o.author),
      datePublished: str(o.datePublished),
      siteName: publisher ? str(publisher.name) : null,
      articleBody: str(o.articleBody),
      inLanguage: str(o.inLanguage),
    };
  }
  return null;
}

function isUrl(s: string): boolean {
  try {
    new URL(s);
    return true;
  } catch {
    return false;
  }
}

const PROPERTY = /\s*(article|dc|dcterm|og|twitter)\s*:\s*(author|creator|description|published_time|title|site_name|type|locale)\s*/gi;
const NAME =
  /^\s*(?:(dc|dcterm|og|twitter|parsely|weibo:(article|webpage))\s*[-.:]\s*)?(author|creator|pub-date|description|title|site_name|date)\s*$/i;

export function readMetaTags(doc: Document): Map<string, string> {
  const values = new Map<string, string>();
  for (const m of Array.from(doc.getElementsByTagName('meta'))) {
    const content = m.getAttribute('content');
    if (!content) continue;
    const prop = m.getAttribute('property');
    const name = m.getAttribute('name');
    let matched = false;
    if (prop) {
      PROPERTY.lastIndex = 0;
      const found = prop.match(PROPERTY);
      if (found && found[0]) {
        values.set(found[0].toLowerCase().replace(/\s/g, ''), content.trim());
        matched = true;
      }
    }
    if (!matched && name && NAME.test(name)) {
      values.set(name.toLowerCase().replace(/\s/g, '').replace(/\./g, ':'), content.trim());
    }
    const ip = m.getAttribute('itemprop');
    if (ip === 'datePublished' && !values.has('itemprop:datepublished')) values.set('itemprop:datepublished', content.trim());
    const he = m.getAttribute('http-equiv');
    if (he && he.toLowerCase() === 'content-language') values.set('content-language', content.trim());
  }
  return values;
}

/** The length test of a byline element: 1–99 characters of text. */
export function bylineLengthOk(el: Element): boolean {
  // A container named "…author…" can hold a whole article: read at most a few hundred characters.
  if (!shortText(el, 400)) return false;
  const len = (el.textContent ?? '').trim().length;
  return len > 0 && len < 100;
}

/** Whether the element's text is at most `max` characters (stops reading as soon as it is not). */
function shortText(el: Element, max: number): boolean {
  let n = 0;
  const stack: Node[] = [];
  let node: Node | null = el.firstChild;
  while (node) {
    if (node.nodeType === 3) {
      n += (node as Text).length;
      if (n > max) return false;
    } else if (node.firstChild) {
      stack.push(node);
      node = node.firstChild;
      continue;
    }
    while (node && !node.nextSibling) node = stack.pop() ?? null;
    node = node ? node.nextSibling : null;
  }
  return true;
}

/** The byline text of a byline element: its itemprop=name part when it has one. */
export function bylineText(el: Element): string {
  let nameEl: Element | null = null;
  for (const d of Array.from(el.querySelectorAll('[itemprop]'))) {
    if ((d.getAttribute('itemprop') ?? '').includes('name')) {
      nameEl = d;
      break;
    }
  }
  return ((nameEl ?? el).textContent ?? '').trim();
}

function normLang(s: string | null | undefined): string | null {
  if (!s) return null;
  const t = s.trim().replace(/_/g, '-');
  return t ? t : null;
}

/** The byline the meta tags declare (before JSON-LD, which comes first when it names one). When it
 * is non-empty, the page's byline never comes from an element. */
export function metaTagByline(v: Map<string, string>): string | null {
  const articleAuthor = v.get('article:author');
  return (
    v.get('dc:creator') ??
    v.get('dcterm:creator') ??
    v.get('author') ??
    v.get('parsely-author') ??
    (articleAuthor && !isUrl(articleAuthor) ? articleAuthor : null) ??
    null
  );
}

/**
 * The page's metadata. `found` passes what the block walk already collected (JSON-LD scripts, the
 * date element, the byline element, asked for only when needed), so the page is not searched again.
 * `tags` passes readMetaTags(doc) when the caller has it.
 */
export function readMeta(
  doc: Document,
  found: { ldScripts: Element[]; dateEl: Element | null; bylineEl: () => Element | null },
  tags?: Map<string, string>,
): PageMeta {
  const docTitle = (doc.title || '').trim();
  let titleCache: string | null = null;
  const fromDocTitle = () => (titleCache ??= titleFromDocTitle(doc));
  const jsonld = readJsonLd(found.ldScripts, fromDocTitle);
  const v = tags ?? readMetaTags(doc);
  const title =
    jsonld?.title ??
    v.get('dc:title') ??
    v.get('dcterm:title') ??
    v.get('og:title') ??
    v.get('weibo:article:title') ??
    v.get('weibo:webpage:title') ??
    v.get('title') ??
    v.get('twitter:title') ??
    v.get('parsely-title') ??
    fromDocTitle();
  let byline: string | null = jsonld?.byline ?? metaTagByline(v);
  // Reader modes look again without skipping "unlikely" parts when the first look found too little
  // (here: when it found no byline), e.g. an article inside <div class="site_header">.
  if (!byline) {
    const el = found.bylineEl();
    byline = el ? bylineText(el) : null;
  }
  let published = jsonld?.datePublished ?? v.get('article:published_time') ?? v.get('parsely-pub-date') ?? v.get('itemprop:datepublished') ?? null;
  if (!published) {
    const t = found.dateEl;
    published = t ? (t.getAttribute('datetime') ?? t.getAttribute('content')) : null;
  }
  if (!published) published = v.get('dc:date') ?? v.get('date') ?? null;
  const siteName = jsonld?.siteName ?? v.get('og:site_name') ?? null;
  const lang =
    normLang(doc.documentElement?.getAttribute('lang')) ??
    normLang(v.get('content-language')) ??
    normLang(jsonld?.inLanguage) ??
    normLang(v.get('og:locale'));
  const clean = (s: string | null | undefined) => {
    const u = unescapeEntities(s ?? null);
    return u ? collapseWhitespace(u) || null : null;
  };
  return {
    title: clean(title),
    byline: clean(byline),
    published: clean(published),
    siteName: clean(siteName),
    lang,
    jsonld,
    ogType: v.get('og:type')?.toLowerCase() ?? null,
    docTitle,
  };
}
