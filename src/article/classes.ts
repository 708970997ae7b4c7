/**
 * Word tests on class names, ids and short texts, written so that a page's FIRST detection stays
 * cheap. Detection runs once per page load in a fresh script context, where every regular expression
 * is compiled on first use, at a cost that grows with its length: a long alternation
 * (`/(^|[^a-z])(share|sharing|…|photo-?credit)([^a-z]|$)/i`) takes a few tenths of a millisecond, as
 * much as the whole walk over a small page. Whole-word tests and fixed phrases are therefore Set
 * lookups; substring tests stay regular expressions (CSS attribute selectors such as
 * `[class*="menu" i]` would be exact too, but Chromium matches them far more slowly).
 * Each function here states the regular expression it replaces; the unit tests hold them to it.
 */

/** Readability's unlikely-candidate words. */
const UNLIKELY_WORDS = [
  '-ad-', 'ai2html', 'banner', 'breadcrumbs', 'combx', 'comment', 'community', 'cover-wrap', 'disqus', 'extra', 'footer',
  'gdpr', 'header', 'legends', 'menu', 'related', 'remark', 'replies', 'rss', 'shoutbox', 'sidebar', 'skyscraper',
  'social', 'sponsor', 'supplemental', 'ad-break', 'agegate', 'pagination', 'pager', 'popup', 'yom-remote',
] as const;
/** Words that rescue an unlikely candidate. */
const MAYBE_OK_WORDS = ['and', 'article', 'body', 'column', 'content', 'main', 'shadow'] as const;
/** Byline-like class/id words. */
const BYLINE_WORDS = ['byline', 'author', 'dateline', 'writtenby', 'p-author'] as const;

const UNLIKELY = new RegExp(UNLIKELY_WORDS.join('|'), 'i');
const MAYBE_OK = new RegExp(MAYBE_OK_WORDS.join('|'), 'i');
const BYLINE_CLASS = new RegExp(BYLINE_WORDS.join('|'), 'i');

/** Readability's unlikely candidate: `UNLIKELY.test(ci) && !MAYBE_OK.test(ci)` on class + ' ' + id. */
export function hasUnlikelyClass(classAndId: string): boolean {
  return UNLIKELY.test(classAndId) && !MAYBE_OK.test(classAndId);
}

/** A byline-like class or id. */
export function hasBylineClass(classAndId: string): boolean {
  return BYLINE_CLASS.test(classAndId);
}

/** Page furniture that never holds the article (index.ts): comments, related, promos, social bars… */
const STRONG_FURNITURE =
  /comment|related|recommend|newsletter|subscri|promo|advert|sponsor|outbrain|taboola|teaser|more-?stories|popular|trending|most-?read|signup|share|social-?(bar|links|buttons)/i;
export function hasStrongFurnitureClass(el: Element): boolean {
  return STRONG_FURNITURE.test((el.getAttribute('class') ?? '') + ' ' + (el.getAttribute('id') ?? ''));
}

/** Readability's class weight words, tested on the class and the id separately (body.ts). */
const POSITIVE = /article|body|content|entry|hentry|h-entry|main|page|pagination|post|text|blog|story/i;
const NEGATIVE =
  /-ad-|hidden|^hid$| hid$| hid |^hid |banner|combx|comment|com-|contact|footer|gdpr|masthead|media|meta|outbrain|promo|related|scroll|share|shoutbox|sidebar|skyscraper|sponsor|shopping|tags|widget/i;

/** Readability's class weight: ±25 for the class, ±25 for the id. */
export function classWeight(el: Element): number {
  let w = 0;
  const c = el.getAttribute('class');
  const id = el.getAttribute('id');
  if (c) {
    if (NEGATIVE.test(c)) w -= 25;
    if (POSITIVE.test(c)) w += 25;
  }
  if (id) {
    if (NEGATIVE.test(id)) w -= 25;
    if (POSITIVE.test(id)) w += 25;
  }
  return w;
}

/**
 * Class/id words of non-article furniture inside an article container, as whole words (letters on
 * neither side). Replaces
 * `/(^|[^a-z])(share|sharing|…|ads?|…|more-?stories|…|photo-?credit)([^a-z]|$)/i`: a word matches when a
 * run of ASCII letters equals it, or (for the hyphenated ones) when consecutive runs joined by single
 * hyphens do.
 */
const BOILERPLATE_WORDS = new Set([
  'share', 'sharing', 'social', 'newsletter', 'subscri', 'signup', 'promo', 'related', 'recommend', 'teaser', 'caption',
  'credit', 'byline', 'author', 'dateline', 'breadcrumb', 'advert', 'ad', 'ads', 'adv', 'sponsor', 'outbrain', 'taboola',
  'comment', 'comments', 'disqus', 'morestories', 'readmore', 'tag', 'tags', 'topics', 'keywords', 'toolbar', 'tools',
  'print', 'widget', 'sidebar', 'rail', 'popular', 'trending', 'mostread', 'inlinevideo', 'videoplayer', 'player',
  'embedvideo', 'copyright', 'disclaimer', 'correctionfooter', 'bio', 'abouttheauthor', 'timestamp', 'meta', 'pagination',
  'paywall', 'cta', 'follow', 'jump', 'skip', 'gallery', 'slideshow', 'carousel', 'modal', 'overlay', 'cookie', 'consent',
  'login', 'donate', 'nextprev', 'prevnext', 'photocredit',
]);
const BOILERPLATE_HYPHENATED = new Set([
  'sign-up', 'more-stories', 'read-more', 'most-read', 'inline-video', 'video-player', 'embed-video', 'correction-footer',
  'about-the-author', 'about-theauthor', 'aboutthe-author', 'next-prev', 'prev-next', 'photo-credit',
]);
const NON_LETTERS = /([^A-Za-z]+)/;

export function hasBoilerplateWord(classAndId: string): boolean {
  // Runs of letters at even indices, the separators between them at odd ones.
  const parts = classAndId.split(NON_LETTERS);
  for (let i = 0; i < parts.length; i += 2) {
    const run = parts[i];
    if (!run) continue;
    let acc = run.toLowerCase();
    if (BOILERPLATE_WORDS.has(acc)) return true;
    for (let j = i; j + 2 < parts.length && parts[j + 1] === '-' && j - i < 4; j += 2) {
      acc += '-' + parts[j + 2]!.toLowerCase();
      if (BOILERPLATE_HYPHENATED.has(acc)) return true;
    }
  }
  return false;
}

/**
 * Short texts that are page furniture whatever element holds them, tested on the whitespace-collapsed
 * text. Replaces `/^(advertisement|…|share( this)?( article| story| post)?|…|sign up\b.*|…|(copyright|©|\(c\))
 * .{0,100})$/i` (the full list is in the sets below).
 */
const FURNITURE_PHRASES = new Set([
  'advertisement', 'advertising', 'anzeige', 'publicité', 'publicidad', 'sponsored', 'sponsored content', 'ad', 'read more',
  'read the full story', 'read the full article', 'continue reading', 'show more', 'load more', 'see more',
  'leave a comment', 'share', 'share this', 'share article', 'share story', 'share post', 'share this article',
  'share this story', 'share this post', 'tweet', 'email', 'e-mail', 'print', 'copy link', 'related', 'related articles',
  'related stories', 'related content', 'related posts', 'related coverage', 'getty images', 'close', 'menu', 'search',
  'caption', 'sponsored links',
]);
/** Phrases that begin a furniture text, followed by a word boundary (`sign up\b.*`). */
const FURNITURE_WORD_PREFIXES = [
  'sign up', 'subscribe', 'click here', 'follow us', 'more from', 'more on this', 'recommended', 'you may also like',
  'you might also like', 'most read', 'most popular', 'most viewed', 'trending', 'skip to', 'skip ad',
  'you may be interested in', 'you might be interested in', 'you may also be interested in', 'you might also be interested in',
];
/** Phrases that begin a furniture text, whatever follows (`story continues below.*`). */
const FURNITURE_PREFIXES = ['story continues below', 'article continues below', 'scroll to continue'];
/** The rest, with some structure: picture credits, "Image 3 of 12", "Location:", comment counters. */
const FURNITURE_SHAPES =
  /^(?:(?:image|photo|picture|video)(?: credit)?s?:|image \d+ (?:of|\/) |location\s*:|view (?:\d+ )?comments$|\d* ?comments?$)/;

function isWordChar(c: number): boolean {
  return (c >= 48 && c <= 57) || (c >= 65 && c <= 90) || (c >= 97 && c <= 122) || c === 95;
}

export function isFurnitureText(collapsed: string): boolean {
  const t = collapsed.toLowerCase();
  if (FURNITURE_PHRASES.has(t)) return true;
  for (const p of FURNITURE_WORD_PREFIXES) {
    if (t.startsWith(p) && (t.length === p.length || !isWordChar(t.charCodeAt(p.length)))) return true;
  }
  for (const p of FURNITURE_PREFIXES) if (t.startsWith(p)) return true;
  // (copyright|©|\(c\)) .{0,100}
  for (const p of ['copyright ', '© ', '(c) ']) {
    if (t.startsWith(p)) return collapsed.length - p.length <= 100 && !/[\n\r\u2028\u2029]/.test(collapsed);
  }
  return FURNITURE_SHAPES.test(t);
}
