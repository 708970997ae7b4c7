// The first-run cost work in src/article: word tests without long regular expressions (classes.ts),
// the cheap mixed-content rule, the lazy readerability score and the byline search skipped when the
// meta tags name the author. Each must give exactly what the code it replaced gave.
import { describe, expect, it } from 'vitest';
import { JSDOM } from 'jsdom';
import { hasBoilerplateWord, hasUnlikelyClass, isFurnitureText } from '../../src/article/classes';
import { walkBlocks } from '../../src/article/blocks';
import { detectArticle } from '../../src/article';

// The regular expressions the functions replace, kept here as their specification.
const BOILERPLATE =
  /(^|[^a-z])(share|sharing|social|newsletter|subscri|signup|sign-up|promo|related|recommend|teaser|caption|credit|byline|author|dateline|breadcrumb|advert|ads?|adv|sponsor|outbrain|taboola|comments?|disqus|more-?stories|read-?more|readmore|tags?|topics|keywords|toolbar|tools|print|widget|sidebar|rail|popular|trending|most-?read|inline-?video|video-?player|player|embed-?video|copyright|disclaimer|correction-?footer|bio|about-?the-?author|timestamp|meta|pagination|paywall|cta|follow|jump|skip|gallery|slideshow|carousel|modal|overlay|cookie|consent|login|donate|next-?prev|prev-?next|photo-?credit)([^a-z]|$)/i;
const FURNITURE_TEXT =
  /^(advertisement|advertising|anzeige|publicité|publicidad|sponsored( content)?|ad|read more|read the full (story|article)|continue reading|show more|load more|see more|view (\d+ )?comments|\d* ?comments?|leave a comment|share( this)?( article| story| post)?|tweet|email|e-mail|print|copy link|sign up\b.*|subscribe\b.*|click here\b.*|follow us\b.*|related( articles| stories| content| posts| coverage)?|more from\b.*|more on this\b.*|recommended\b.*|you (may|might) also like\b.*|most (read|popular|viewed)\b.*|trending\b.*|(image|photo|picture|video)( credit)?s?:.*|getty images|story continues below.*|article continues below.*|scroll to continue.*|skip (to|ad)\b.*|close|menu|search|caption|sponsored links|you (may|might) (also )?be interested in\b.*|image \d+ (of|\/) .*|location\s*:.*|(copyright|©|\(c\)) .{0,100})$/i;

function page(body: string, head = ''): Document {
  return new JSDOM(`<!doctype html><html lang="en"><head><meta charset="utf-8">${head}</head><body>${body}</body></html>`).window.document;
}

describe('class and id words as whole words (BOILERPLATE)', () => {
  it('finds furniture words delimited by non-letters, hyphenated words with or without the hyphen', () => {
    for (const s of ['share-bar', 'js_share', 'article-tools', 'ads', 'AD-slot', 'moreStories', 'more-stories', 'about-the-author', 'about-theAuthor', 'read-more', 'readmore', 'sign-up', 'signup', 'photo-credit2', 'x meta'])
      expect(hasBoilerplateWord(s), s).toBe(true);
  });
  it('does not find them inside longer words or across other separators', () => {
    for (const s of ['shared', 'shareholder', 'header', 'load', 'thread', 'subscribe', 'more--stories', 'morest-ories', 'sign_up', 'read more', 'about--the-x', 'mostly-read', ''])
      expect(hasBoilerplateWord(s), s).toBe(false);
  });
  it('agrees with the regular expression on generated class strings', () => {
    const words = ['share', 'shared', 'More', 'stories', 'read', 'about', 'the', 'AUTHOR', 'sign', 'up', 'ad', 'ads', 'adv', 'x', 'comments', 'video', 'player', 'next', 'prev', 'photo', 'credit', 'subscri', 'é'];
    const seps = ['-', '_', ' ', '--', '2', '', ':', 'é'];
    let checked = 0;
    for (let i = 0; i < 20000; i++) {
      let s = '';
      for (let k = 0; k < 1 + (i % 4); k++) s += words[(i * 7 + k * 13 + (i >> 3)) % words.length]! + seps[(i * 3 + k * 5 + (i >> 5)) % seps.length]!;
      expect(hasBoilerplateWord(s), s).toBe(BOILERPLATE.test(s));
      checked++;
    }
    expect(checked).toBe(20000);
  });
});

describe('Readability’s unlikely classes', () => {
  it('marks unlikely words unless an article-like word rescues them', () => {
    expect(hasUnlikelyClass('site-footer')).toBe(true);
    expect(hasUnlikelyClass('Sidebar-Right')).toBe(true);
    expect(hasUnlikelyClass('footer-content')).toBe(false);
    expect(hasUnlikelyClass('story')).toBe(false);
  });
});

describe('furniture texts (FURNITURE_TEXT)', () => {
  const furniture = [
    'Advertisement', 'Share this story', 'share', 'Sign up for our newsletter', 'Sign up', 'Subscribe!', '12 comments', '12comments', 'comments',
    'Comment', 'View 3 comments', 'View comments', 'Image: Getty', 'Photo credits: AP', 'Pictures:', 'Image 3 of 12 Paris', 'Image 3 / 12 Paris',
    'Location: Paris', 'location : Paris', '© 2024 Example News', '(c) Example', 'Copyright ' + 'x'.repeat(100), 'Story continues below advertisement',
    'You might also be interested in this', 'Most read', 'Skip to content', 'Trending now', 'Related Coverage', 'Getty Images', 'E-mail', 'PUBLICITÉ',
  ];
  const text = [
    'Signups rose 12% in May', 'Sharing is caring', 'Trendingly', 'Share prices fell sharply', 'Copyright ' + 'x'.repeat(101), 'Imagery:',
    'Close call for the team', 'Most readers agreed', 'Comments were made by the minister.', 'Related', 'Skip tomorrow', 'Copyright',
    'Image 3 of', 'Imaged 3 of 12', 'View 3 comments now', 'ad hoc',
  ];
  it('recognises furniture lines', () => {
    for (const t of furniture) expect(isFurnitureText(t), t).toBe(true);
  });
  it('keeps sentences that merely begin like furniture', () => {
    for (const t of text.filter((t) => t !== 'Related')) expect(isFurnitureText(t), t).toBe(false);
  });
  it('agrees with the regular expression on all of these and their variants', () => {
    for (const t of [...furniture, ...text]) {
      for (const v of [t, t.toUpperCase(), t.toLowerCase(), t + ' x', t + 'x', t + '.', '1' + t]) expect(isFurnitureText(v), v).toBe(FURNITURE_TEXT.test(v));
    }
  });
});

describe('mixed content (own text beside blocks)', () => {
  const para = (n: number) => 'y'.repeat(n);
  it('cuts a container with a stray separator into its paragraphs', () => {
    const doc = page(`<div id="c">|<p id="a">${'A long paragraph of text. '.repeat(12)}</p><p id="b">${'Another paragraph. '.repeat(10)}</p></div>`);
    const ids = walkBlocks(doc).blocks.map((b) => b.el.id);
    expect(ids).toEqual(['a', 'b']);
  });
  it('takes a container whose own text is 30% of its text as one block, and not at 29.7%', () => {
    const at = page(`<div id="c">${'x'.repeat(30)}<p>${para(69)}</p></div>`);
    const below = page(`<div id="c">${'x'.repeat(30)}<p>${para(71)}</p></div>`);
    expect(walkBlocks(at).blocks.map((b) => [b.el.id, b.mixed])).toEqual([['c', true]]);
    expect(walkBlocks(below).blocks.map((b) => b.el.tagName)).toEqual(['P']);
  });
  it('needs only 10% in a list item, and the whole text counts however it is split', () => {
    const li = page(`<ul><li id="l">${'x'.repeat(12)}<ul><li>${para(50)}</li><li>${para(50)}</li></ul></li></ul>`);
    const div = page(`<div id="l">${'x'.repeat(12)}<ul><li>${para(50)}</li><li>${para(50)}</li></ul></div>`);
    expect(walkBlocks(li).blocks.map((b) => b.el.id)).toEqual(['l']);
    expect(walkBlocks(div).blocks.map((b) => b.el.tagName)).toEqual(['LI', 'LI']);
  });
});

describe('the readerability score, computed when asked', () => {
  it('sums sqrt(length - 140) over long paragraphs outside list items, and over <article>', () => {
    const p200 = 'z'.repeat(200);
    const doc = page(`<p>${p200}</p><p>${p200}</p><ul><li><p>${p200}</p></li></ul><p>short</p>`);
    expect(walkBlocks(doc).readerScore()).toBeCloseTo(2 * Math.sqrt(60), 10);
    const art = page(`<article><div>${'w'.repeat(240)}</div></article>`);
    // the <article> (240) and its div of text (240)
    expect(art && walkBlocks(art).readerScore()).toBeCloseTo(2 * Math.sqrt(100), 10);
  });
});

describe('the byline search', () => {
  const body = `<article><h1>A headline long enough to be one</h1><div class="byline">By Jane Doe</div>
    ${'<p>Paragraph of the story, with commas, and enough words to count as a real paragraph of the article body.</p>'.repeat(6)}</article>`;
  it('finds the byline element when the meta tags name nobody', () => {
    const w = walkBlocks(page(body));
    expect(w.searchedByline).toBe(true);
    expect(w.bylineEl?.textContent).toBe('By Jane Doe');
    const d = detectArticle(page(body));
    expect(d.isArticle && d.byline).toBe('By Jane Doe');
  });
  it('skips it when asked, and the meta tag’s author wins', () => {
    const w = walkBlocks(page(body), false, false);
    expect(w.searchedByline).toBe(false);
    expect(w.bylineEl).toBeNull();
    const d = detectArticle(page(body, '<meta name="author" content="Meta Author">'));
    expect(d.isArticle && d.byline).toBe('Meta Author');
  });
  it('still finds the element when a meta tag is present but empty', () => {
    const d = detectArticle(page(body, '<meta name="author" content=" ">'));
    expect(d.isArticle && d.byline).toBe('By Jane Doe');
  });
});

describe('a block that repeats the title', () => {
  it('is dropped even with whitespace before it, while a paragraph that starts with the same word stays', () => {
    const title = 'Witkoff says Putin agreed to robust security guarantees';
    const p = 'Paragraph of the story, with commas, and enough words to count as a real paragraph of the article body.';
    const doc = page(`<article><h1>${title}</h1><div class="story">
      <div id="box">
        ${title} <span>17 August 2025</span></div>
      <p id="same">Witkoff also said, in a long interview, that the talks would go on, and that both sides wanted a deal soon.</p>
      ${`<p>${p}</p>`.repeat(5)}</div></article>`, `<title>${title}</title>`);
    const d = detectArticle(doc);
    if (!d.isArticle) throw new Error(d.reason);
    const ids = d.blocks.map((b) => b.el.id);
    expect(ids).not.toContain('box');
    expect(ids).toContain('same');
  });
});
