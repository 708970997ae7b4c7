// @vitest-environment jsdom
import { describe, expect, it } from 'vitest';
import type { ArticleBlock } from '@/src/article/types';
import { BLOCK_SEPARATOR } from '@/src/article/types';
import { blockText } from '@/src/article/text';
import { ATTR, MARK_ELEMENT, MarkJsHighlighter, speakerStyles, toBlockRanges } from '@/src/highlight';
import type { Statement } from '@/src/pipeline/types';

function blocksOf(els: Element[]): { blocks: ArticleBlock[]; text: string } {
  const blocks: ArticleBlock[] = [];
  let text = '';
  for (const el of els) {
    if (blocks.length) text += BLOCK_SEPARATOR;
    const t = blockText(el);
    blocks.push({ el, role: 'body', text: t, start: text.length });
    text += t;
  }
  return { blocks, text };
}

function statement(id: string, text: string, quote: string, speaker: string | null, from = 0): Statement {
  const start = text.indexOf(quote, from);
  if (start < 0) throw new Error(`"${quote}" not in text`);
  return {
    id,
    kind: 'direct',
    quote: { text: quote, spans: [{ start, end: start + quote.length }] },
    cue: null,
    speaker: speaker ? { id: speaker, name: speaker.toUpperCase(), mention: null } : null,
  };
}

/** Every node of a subtree with its identity and value, to compare DOMs exactly. */
function snapshot(root: Node): { node: Node; value: string | null }[] {
  const out: { node: Node; value: string | null }[] = [];
  const walk = (n: Node) => {
    out.push({ node: n, value: n.nodeType === 3 ? (n as Text).data : (n as Element).outerHTML ?? null });
    n.childNodes.forEach(walk);
  };
  walk(root);
  return out;
}

describe('toBlockRanges', () => {
  const { blocks } = blocksOf(
    (() => {
      document.body.innerHTML = '<p>abc</p><p>defgh</p><p>ij</p>';
      return [...document.querySelectorAll('p')];
    })(),
  );
  it('maps a span inside one block to local offsets', () => {
    // "abc\n\ndefgh\n\nij": "efg" is at 6..9, local 1..4 of block 1
    expect(toBlockRanges(blocks, [{ start: 6, end: 9 }])).toEqual([{ block: 1, start: 1, length: 3 }]);
  });
  it('splits a span running over paragraphs and drops the separators', () => {
    expect(toBlockRanges(blocks, [{ start: 1, end: 14 }])).toEqual([
      { block: 0, start: 1, length: 2 },
      { block: 1, start: 0, length: 5 },
      { block: 2, start: 0, length: 2 },
    ]);
  });
  it('gives nothing for a span on a separator only', () => {
    expect(toBlockRanges(blocks, [{ start: 3, end: 5 }])).toEqual([]);
  });
});

describe('MarkJsHighlighter', () => {
  it('wraps each statement with its ids and restores the DOM exactly on clear', () => {
    document.body.innerHTML =
      '<div id="a"><p>“We agreed,” <b>Witkoff</b> said. “It <i>works</i>,” he added.</p><p>Plain <a href="#">text</a> “there,” she said.</p></div>';
    const root = document.getElementById('a')!;
    // Two adjacent text nodes that normalize() would merge: clear() must keep them apart.
    root.querySelector('p')!.append(document.createTextNode(' tail'), document.createTextNode(' end'));
    const before = snapshot(root);
    const { blocks, text } = blocksOf([...root.querySelectorAll('p')]);
    const statements = [
      statement('s1', text, '“We agreed,”', 'witkoff'),
      statement('s2', text, '“It works,”', 'witkoff'),
      statement('s3', text, '“there,”', 'she'),
    ];
    const h = new MarkJsHighlighter();
    expect(h.apply(blocks, statements, speakerStyles(statements))).toBe(3);

    const marks = [...root.querySelectorAll(MARK_ELEMENT)];
    // "“It <i>works</i>,”" crosses an element boundary: three marks for s2.
    expect(marks.filter((m) => m.getAttribute(ATTR.statement) === 's2').map((m) => m.textContent)).toEqual(['“It ', 'works', ',”']);
    expect(marks.map((m) => m.getAttribute(ATTR.speaker))).toEqual(['witkoff', 'witkoff', 'witkoff', 'witkoff', 'she']);
    const s1 = marks[0] as HTMLElement;
    expect(s1.textContent).toBe('“We agreed,”');
    expect(s1.title).toBe('WITKOFF · quote');
    // Same speaker, same colour; another speaker, another colour.
    const colour = (m: Element) => (m as HTMLElement).style.getPropertyValue('--saywho-c');
    expect(colour(marks[0]!)).toBe(colour(marks[1]!));
    expect(colour(marks[0]!)).not.toBe(colour(marks[4]!));
    expect(root.textContent).toBe(before[0]!.node.textContent);

    h.clear();
    const after = snapshot(root);
    expect(after.length).toBe(before.length);
    after.forEach((a, i) => {
      expect(a.node).toBe(before[i]!.node);
      expect(a.value).toBe(before[i]!.value);
    });
  });

  it('marks a quote that runs over two paragraphs in both', () => {
    document.body.innerHTML = '<p>“First part of it.</p><p>“Second part,” he said.</p>';
    const { blocks, text } = blocksOf([...document.querySelectorAll('p')]);
    const start = 0;
    const end = text.indexOf('” he') + 1;
    const s: Statement = { id: 's1', kind: 'direct', quote: { text: text.slice(start, end), spans: [{ start, end }] }, cue: null, speaker: null };
    new MarkJsHighlighter().apply(blocks, [s], speakerStyles([s]));
    const marks = [...document.querySelectorAll(MARK_ELEMENT)].map((m) => [m.textContent, m.getAttribute(ATTR.speaker)]);
    expect(marks).toEqual([
      ['“First part of it.', 'unattributed'],
      ['“Second part,”', 'unattributed'],
    ]);
  });

  it('flashes every mark of a statement and reports unknown ids', () => {
    document.body.innerHTML = '<p>“A,” he said.</p>';
    const { blocks, text } = blocksOf([...document.querySelectorAll('p')]);
    const s = [statement('s1', text, '“A,”', 'he')];
    const h = new MarkJsHighlighter();
    h.apply(blocks, s, speakerStyles(s));
    Element.prototype.scrollIntoView ??= () => {};
    expect(h.flash('s1')).toBe(true);
    expect(document.querySelector(MARK_ELEMENT)!.hasAttribute(ATTR.flash)).toBe(true);
    expect(h.flash('s9')).toBe(false);
  });
});

describe('speakerStyles', () => {
  it('gives each of many speakers a distinct colour+underline pair, in order of appearance', () => {
    const statements = Array.from({ length: 30 }, (_, i) => statement(`s${i}`, 'x', 'x', `p${i}`));
    const styles = speakerStyles(statements);
    const pairs = new Set([...styles.values()].map((s) => `${s.colour}/${s.decoration}`));
    expect(pairs.size).toBe(styles.size);
    expect(styles.get('p0')).not.toEqual(styles.get('p1'));
  });
});
