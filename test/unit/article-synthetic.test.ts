// Article detection on small hand-made pages: what is body, what is furniture, what is not an article.
import { describe, expect, it } from 'vitest';
import { JSDOM } from 'jsdom';
import { detectArticle, blockText } from '../../src/article';
import { walkBlocks } from '../../src/article/blocks';
import { BLOCK_SEPARATOR, type Article, type Detection } from '../../src/article/types';

function page(body: string, head = ''): Document {
  return new JSDOM(`<!doctype html><html lang="en"><head><meta charset="utf-8">${head}</head><body>${body}</body></html>`, {
    url: 'https://news.example/world/2025/08/17/story.html',
  }).window.document;
}

function article(d: Detection): Article {
  if (!d.isArticle) throw new Error(`expected an article, got: ${d.reason}`);
  return d;
}

/** Every structural promise of an Article: disjoint blocks in document order, exact texts, offsets. */
function checkInvariants(a: Article): void {
  let expected = '';
  a.blocks.forEach((b, i) => {
    expect(b.text).toBe(blockText(b.el));
    if (i > 0) expected += BLOCK_SEPARATOR;
    expect(b.start).toBe(expected.length);
    expected += b.text;
    const prev = a.blocks[i - 1];
    if (prev) {
      expect(prev.el.contains(b.el) || b.el.contains(prev.el)).toBe(false);
      // DOCUMENT_POSITION_FOLLOWING
      expect(prev.el.compareDocumentPosition(b.el) & 4).toBe(4);
    }
  });
  expect(a.text).toBe(expected);
  expect(a.blocks.filter((b) => b.role === 'headline').length).toBeLessThanOrEqual(1);
  if (a.blocks.some((b) => b.role === 'headline')) expect(a.blocks[0]?.role).toBe('headline');
}

const P = [
  'Russian President Vladimir Putin agreed to allow “robust security guarantees” for Ukraine from the United States as part of a potential peace deal, top envoy Steve Witkoff told CNN on Sunday.',
  '“We agreed to robust security guarantees that I would describe as game-changing,” Witkoff told Jake Tapper on “State of the Union,” describing the guarantee as an “Article 5″ type protection.',
  'He said Putin also agreed to “legislative enshrinement” by Russia to not go into any other territory, in Ukraine or elsewhere in Europe, as part of a potential peace deal.',
  'At a joint press conference in Brussels, European Commission President Ursula von der Leyen said the EU welcomes the willingness to support Article 5-like security guarantees for Ukraine.',
  'Zelenskyy expressed gratitude to the United States for recent indications of support for security guarantees for Ukraine, but noted that the specifics were still unclear, officials said.',
  '“We began to see some moderation in the way they’re thinking about getting to a final peace deal,” he added, without elaborating on the talks in Alaska.',
];
const paras = P.map((t) => `<p>${t}</p>`).join('\n');

describe('a news page with the usual furniture (the seed page’s shape)', () => {
  const html = `
    <header class="site-header"><a class="logo" href="/">The Daily Ledger</a>
      <nav><ul><li><a href="/world">World</a></li><li><a href="/politics">Politics</a></li><li><a href="/tech">Tech</a></li></ul></nav>
    </header>
    <div class="layout">
      <main>
        <article class="story">
          <div class="breadcrumb"><a href="/world">World</a></div>
          <h1>Putin Agreed To ‘Robust’ US Security Guarantees For Ukraine, Claims Witkoff</h1>
          <div class="byline">Curated By: <a href="/author/desk" rel="author">World Desk</a> · Last Updated: August 17, 2025</div>
          <figure class="video-teaser"><div class="frame"><span class="play">▶</span></div>
            <figcaption>Alaska meeting: Trump-Putin hold discussions</figcaption></figure>
          <div class="article-body">
            ${paras}
          </div>
          <div class="article-footer">
            <a class="comments-link" href="#comments">view comments</a>
            <div class="location">- Location : Washington D.C., United States of America (USA)</div>
            <a class="read-more" href="/world">Read More</a>
          </div>
        </article>
      </main>
      <aside class="related">
        <h2>Related stories</h2>
        <ul>
          <li><a href="/a">Zelenskyy to meet European leaders in Washington after the Alaska summit</a></li>
          <li><a href="/b">What Article 5 of the NATO treaty says about collective defence</a></li>
          <li><a href="/c">Markets rally as investors weigh the prospects of a ceasefire in Ukraine</a></li>
        </ul>
      </aside>
    </div>
    <footer class="site-footer"><ul><li><a href="/about">About us</a></li><li><a href="/privacy">Privacy</a></li></ul>© 2025 The Daily Ledger</footer>`;
  const a = article(detectArticle(page(html, '<title>Putin Agreed To ‘Robust’ US Security Guarantees For Ukraine, Claims Witkoff | The Daily Ledger</title>')));

  it('finds the headline h1 first and exactly the body paragraphs after it', () => {
    checkInvariants(a);
    expect(a.blocks[0]?.role).toBe('headline');
    expect(a.blocks[0]?.el.tagName).toBe('H1');
    expect(a.blocks.slice(1).map((b) => b.text)).toEqual(P);
    expect(a.blocks.slice(1).every((b) => b.role === 'body' && b.el.tagName === 'P')).toBe(true);
  });

  it('leaves the teaser, comments link, location line, Read More, related rail, nav and footer out', () => {
    for (const junk of ['Alaska meeting', 'view comments', 'Location', 'Read More', 'Related stories', 'Article 5 of the NATO', 'Politics', 'Privacy', 'World Desk']) {
      expect(a.text).not.toContain(junk);
    }
  });

  it('reads the title from the document and keeps the byline line out of the body', () => {
    expect(a.title).toBe('Putin Agreed To ‘Robust’ US Security Guarantees For Ukraine, Claims Witkoff');
    expect(a.lang).toBe('en');
  });
});

describe('furniture inside the article container', () => {
  const html = `
    <nav class="menu"><a href="/">Home</a> <a href="/news">News</a></nav>
    <article>
      <h1>City council approves the new harbour plan after months of debate</h1>
      <div class="share-bar"><a href="https://facebook.com/share">Share on Facebook</a> <a href="https://twitter.com/share">Tweet</a> <a href="mailto:">Email</a></div>
      <div class="entry-content">
        <p>${P[0]}</p>
        <figure><img src="harbour.jpg" alt=""><figcaption>The old harbour seen from the north pier on Monday morning, before the vote. (Photo: City archive)</figcaption></figure>
        <p>${P[1]}</p>
        <blockquote class="pullquote"><p>“This is the most important decision this council has taken in a decade,” the mayor said.</p></blockquote>
        <div class="newsletter-signup"><h3>Get the morning briefing</h3><p>Sign up for our newsletter and get the day’s most important stories delivered to your inbox every morning.</p><form><input type="email"><button>Subscribe</button></form></div>
        <p>${P[2]}</p>
        <div class="teaser"><a href="/other"><h3>Read next: the history of the harbour</h3><p>How the old harbour shaped the city for three centuries, from fishing boats to container ships.</p></a></div>
        <figure class="embedded-quote"><blockquote><p>“We will start building in the spring, weather permitting,” the harbour master wrote on social media.</p></blockquote></figure>
        <p>${P[3]}</p>
        <div class="related-links"><h4>More on this story</h4><ul><li><a href="/x">Harbour plan: what changes for residents and for the ferry</a></li><li><a href="/y">Opinion: the council got this one right at last</a></li></ul></div>
        <p>${P[4]}</p>
      </div>
      <section id="comments" class="comments">
        <h2>Comments (2)</h2>
        <div class="comment"><p>Finally! I have been waiting for this for years, and so have all my neighbours on the north side of the river, it is about time.</p></div>
        <div class="comment"><p>What a waste of money. The council should fix the roads first before building a new harbour that nobody asked for in the first place.</p></div>
      </section>
    </article>`;
  const a = article(detectArticle(page(html)));

  it('keeps the paragraphs and the quotes the article quotes, in reading order', () => {
    checkInvariants(a);
    const body = a.blocks.filter((b) => b.role === 'body').map((b) => b.text);
    expect(body).toEqual([
      P[0],
      P[1],
      '“This is the most important decision this council has taken in a decade,” the mayor said.',
      P[2],
      '“We will start building in the spring, weather permitting,” the harbour master wrote on social media.',
      P[3],
      P[4],
    ]);
  });

  it('drops the share bar, caption, newsletter box, teaser, related links and comments', () => {
    for (const junk of ['Share on Facebook', 'Tweet', 'north pier', 'newsletter', 'Subscribe', 'Read next', 'three centuries', 'More on this story', 'what changes for residents', 'Comments', 'waiting for this', 'waste of money']) {
      expect(a.text).not.toContain(junk);
    }
  });
});

describe('repeated structures', () => {
  it('drops a row of teaser cards after the article but keeps paragraph wrappers that repeat', () => {
    const wrapped = P.slice(0, 5)
      .map((t, i) => `<div class="para-block"><p>${t} <a href="/ref${i}">source</a></p><img src="i${i}.jpg" alt=""></div>`)
      .join('');
    const cards = Array.from(
      { length: 4 },
      (_, i) => `<div class="card"><img src="c${i}.jpg" alt=""><h3><a href="/c${i}">Another story number ${i} from the region</a></h3><p>A summary of the other story, written to make readers click through to it.</p></div>`,
    ).join('');
    const a = article(detectArticle(page(`<article><h1>Leaders meet in Alaska for talks on the war</h1><div class="story-body">${wrapped}<div class="cards">${cards}</div></div></article>`)));
    checkInvariants(a);
    const body = a.blocks.filter((b) => b.role === 'body').map((b) => b.text);
    expect(body).toEqual(P.slice(0, 5).map((t) => `${t} source`));
  });
});

describe('pages that are not articles', () => {
  it('reports a home page of teasers as not an article, with a reason', () => {
    const teasers = Array.from(
      { length: 12 },
      (_, i) => `<div class="card"><h2><a href="/s${i}">Story number ${i} about the city and its people</a></h2><p>A short summary of story ${i}, one line long.</p></div>`,
    ).join('');
    const d = detectArticle(page(`<header><nav><a href="/">Home</a></nav></header><main>${teasers}</main><footer>© News</footer>`, '<title>Metro Daily — news from the city</title>'));
    expect(d.isArticle).toBe(false);
    if (!d.isArticle) {
      expect(d.reason.length).toBeGreaterThan(10);
      expect(d.meta.title).toBe('Metro Daily — news from the city');
    }
  });

  it('reports a section front (one h1, teaser headings with summaries) as not an article', () => {
    const teasers = Array.from(
      { length: 8 },
      (_, i) =>
        `<section class="story-card"><h2><a href="/world/${i}">World story ${i}: leaders meet to discuss the next steps</a></h2><p>Leaders met on Monday in the capital to discuss what comes next for the region after the summit, officials said.</p></section>`,
    ).join('');
    const d = detectArticle(page(`<header><nav><a href="/">Home</a></nav></header><main><h1>World</h1>${teasers}</main>`, '<title>World | Metro Daily</title>'));
    expect(d.isArticle).toBe(false);
  });

  it('gives a clear result, never a crash, on empty and odd documents', () => {
    const empty = new JSDOM('').window.document;
    expect(detectArticle(empty).isArticle).toBe(false);
    const noBody = new JSDOM('<!doctype html><html><head><title>x</title></head></html>').window.document;
    noBody.body?.remove();
    expect(detectArticle(noBody).isArticle).toBe(false);
    const broken = page('<script type="application/ld+json">{ not json</script><p>Short.</p>');
    expect(detectArticle(broken).isArticle).toBe(false);
  });

  it('reads XHTML documents (lower-case tag names) like HTML ones', () => {
    const xhtml = `<?xml version="1.0" encoding="utf-8"?><html xmlns="http://www.w3.org/1999/xhtml" lang="en"><head><title>Old bridge to close for repairs</title></head><body><nav><a href="/">Home</a></nav><article><h1>Old bridge to close for repairs</h1>${paras}</article></body></html>`;
    const doc = new JSDOM(xhtml, { contentType: 'application/xhtml+xml' }).window.document;
    const a = article(detectArticle(doc));
    checkInvariants(a);
    expect(a.blocks.filter((b) => b.role === 'body').map((b) => b.text)).toEqual(P);
  });

  it('handles a huge page in one pass', () => {
    const big = Array.from({ length: 3000 }, (_, i) => `<p>Paragraph ${i}: ${P[i % P.length]}</p>`).join('');
    const t0 = performance.now();
    const a = article(detectArticle(page(`<article><h1>A very long article about a long meeting in Alaska</h1>${big}</article>`)));
    expect(a.blocks.length).toBe(3001);
    expect(performance.now() - t0).toBeLessThan(5000);
  });
});

describe('a short article that declares nothing', () => {
  it('is still an article when an h1 heads three sentence paragraphs', () => {
    const short = [
      'The transport authority said on Monday that the tram line would reach the airport by 2027, two years earlier than planned.',
      '“Passengers have waited long enough for a fast link to the airport,” transport director Lena Vogt said at a news conference.',
      'The extension will add four stops and cost about 180 million euros, according to the authority’s estimates.',
    ];
    const d = article(
      detectArticle(
        page(
          `<header><nav><a href="/">Home</a> · <a href="/next">Next story</a></nav></header><main><article><h1>City to extend tram line to the airport</h1><p class="byline">By Staff Reporter</p>${short.map((t) => `<p>${t}</p>`).join('')}</article></main>`,
          '<title>City to extend tram line to the airport | Metro Daily</title>',
        ),
      ),
    );
    checkInvariants(d);
    expect(d.blocks.map((b) => b.role)).toEqual(['headline', 'body', 'body', 'body']);
    expect(d.blocks.slice(1).map((b) => b.text)).toEqual(short);
    expect(d.byline).toBe('By Staff Reporter');
  });
});

describe('declared structure', () => {
  it('uses JSON-LD for headline, author, date and publisher, and its articleBody to pick the blocks', () => {
    const ld = {
      '@context': 'https://schema.org',
      '@type': 'NewsArticle',
      headline: 'Council approves the new harbour plan',
      author: [{ '@type': 'Person', name: 'Maria Jensen' }, { '@type': 'Person', name: 'Omar Haddad' }],
      datePublished: '2025-03-03T08:00:00Z',
      publisher: { '@type': 'Organization', name: 'Coastal Courier' },
      articleBody: [P[0], P[1], P[2], P[3]].join(' '),
    };
    const d = article(
      detectArticle(
        page(
          `<div class="wrap"><h1>Council approves the new harbour plan</h1>
           <div class="body"><p>${P[0]}</p><p>${P[1]}</p><div class="promo-box"><p>Our journalism depends on you. Support local news today and get unlimited access to every story we publish.</p></div><p>${P[2]}</p><p>${P[3]}</p></div>
           <div class="more"><p>Also today: the weather will stay dry and warm across the whole region until the weekend, forecasters said.</p></div></div>`,
          `<script type="application/ld+json">${JSON.stringify(ld)}</script>`,
        ),
      ),
    );
    checkInvariants(d);
    expect(d.title).toBe('Council approves the new harbour plan');
    expect(d.byline).toBe('Maria Jensen, Omar Haddad');
    expect(d.published).toBe('2025-03-03T08:00:00Z');
    expect(d.siteName).toBe('Coastal Courier');
    expect(d.blocks.filter((b) => b.role === 'body').map((b) => b.text)).toEqual([P[0], P[1], P[2], P[3]]);
  });

  it('falls back to OpenGraph and meta tags', () => {
    const d = detectArticle(
      page(
        `<article><h1>Old bridge to close for repairs</h1>${paras}</article>`,
        `<meta property="og:title" content="Old bridge to close for repairs"><meta property="og:site_name" content="Metro Daily"><meta name="author" content="Staff Reporter"><meta property="article:published_time" content="2025-05-01T10:00:00Z">`,
      ),
    );
    expect(d.isArticle).toBe(true);
    const m = d.isArticle ? d : d.meta;
    expect([m.title, m.byline, m.published, m.siteName]).toEqual(['Old bridge to close for repairs', 'Staff Reporter', '2025-05-01T10:00:00Z', 'Metro Daily']);
  });

  it('does not modify the page', () => {
    const doc = page(`<article><h1>Old bridge to close for repairs</h1>${paras}<div class="share">Share</div></article>`);
    const before = doc.documentElement.outerHTML;
    detectArticle(doc);
    expect(doc.documentElement.outerHTML).toBe(before);
  });
});

describe('blockText', () => {
  it('concatenates text nodes in order and skips script, style, noscript and template text', () => {
    const doc = page('<p id="x">A<b>B<i>C</i></b><script>var s = 1;</script><style>p{}</style><noscript>N</noscript><template>T</template>D<br>E</p>');
    const el = doc.getElementById('x')!;
    expect(blockText(el)).toBe('ABCDE');
  });

  it('measures link text per block for the link-density rules', () => {
    const doc = page('<div id="x">Read <a href="/a">the <b>full</b> story</a> and <a href="/b">more</a>.</div><p id="y">No links here at all.</p>');
    const blocks = walkBlocks(doc).blocks;
    const x = blocks.find((b) => b.el.id === 'x');
    const y = blocks.find((b) => b.el.id === 'y');
    expect(x?.linkLen).toBe('the full story'.length + 'more'.length);
    expect(y?.linkLen).toBe(0);
  });
});
