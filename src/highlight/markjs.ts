import Mark from 'mark.js/dist/mark.es6.js';
import type { ArticleBlock } from '../article/types';
import type { Statement } from '../pipeline/types';
import { toBlockRanges } from './ranges';
import { ATTR, MARK_ELEMENT, UNATTRIBUTED, type Highlighter, type SpeakerStyle } from './types';

const FLASH_MS = 1600;

interface MarkRange {
  start: number;
  length: number;
  statement: Statement;
}

/** Text nodes of a subtree in document order. */
function textNodes(root: Node): Text[] {
  const doc = root.ownerDocument ?? (root as Document);
  const walker = doc.createTreeWalker(root, 4 /* NodeFilter.SHOW_TEXT */);
  const out: Text[] = [];
  for (let n = walker.nextNode(); n; n = walker.nextNode()) out.push(n as Text);
  return out;
}

/** What marking changed in one block, so that `clear()` can undo exactly that. */
interface BlockUndo {
  /** Text nodes that existed before, with their data before and right after marking. */
  originals: { node: Text; before: string; after: string }[];
  /** Text nodes that marking split off. */
  created: Text[];
}

/**
 * Highlighter on mark.js: each statement range becomes one or more `<saywho-mark>` elements
 * carrying the statement id, speaker id and kind. mark.js's own `unmark` normalises parents
 * (merging text nodes the page kept apart), so `clear()` instead undoes precisely the splits it made.
 */
export class MarkJsHighlighter implements Highlighter {
  private marks: HTMLElement[] = [];
  private undo: BlockUndo[] = [];
  private flashTimer: ReturnType<typeof setTimeout> | undefined;

  apply(blocks: readonly ArticleBlock[], statements: readonly Statement[], styles: ReadonlyMap<string, SpeakerStyle>): number {
    const perBlock = new Map<number, MarkRange[]>();
    for (const statement of statements) {
      for (const r of toBlockRanges(blocks, statement.quote.spans)) {
        let list = perBlock.get(r.block);
        if (!list) perBlock.set(r.block, (list = []));
        list.push({ start: r.start, length: r.length, statement });
      }
    }
    const marked = new Set<string>();
    for (const [index, ranges] of perBlock) {
      const el = blocks[index]!.el;
      const before = textNodes(el).map((node) => ({ node, before: node.data }));
      const known = new Set<Text>(before.map((b) => b.node));
      new Mark(el as HTMLElement).markRanges(disjoint(ranges), {
        element: MARK_ELEMENT,
        exclude: ['noscript'],
        each: (mark: HTMLElement, range: MarkRange) => {
          const s = range.statement;
          const speakerId = s.speaker?.id ?? UNATTRIBUTED;
          const style = styles.get(speakerId) ?? styles.get(UNATTRIBUTED);
          mark.setAttribute(ATTR.statement, s.id);
          mark.setAttribute(ATTR.speaker, speakerId);
          mark.setAttribute(ATTR.kind, s.kind);
          mark.title = `${s.speaker?.name ?? 'Unattributed'} · ${KIND_LABEL[s.kind]}`;
          if (style) {
            mark.style.setProperty('--saywho-c', style.colour);
            mark.style.setProperty('--saywho-d', style.decoration);
          }
          this.marks.push(mark);
          marked.add(s.id);
        },
      } as Mark.MarkRangesOptions);
      this.undo.push({
        originals: before.map((b) => ({ ...b, after: b.node.data })),
        created: textNodes(el).filter((n) => !known.has(n)),
      });
    }
    return marked.size;
  }

  clear(): void {
    clearTimeout(this.flashTimer);
    for (const mark of this.marks) {
      const parent = mark.parentNode;
      if (!parent) continue;
      while (mark.firstChild) parent.insertBefore(mark.firstChild, mark);
      parent.removeChild(mark);
    }
    for (const { originals, created } of this.undo) {
      for (const node of created) node.parentNode?.removeChild(node);
      // Restore only what marking changed; text the page itself changed since is left alone.
      for (const o of originals) if (o.node.data === o.after) o.node.data = o.before;
    }
    this.marks = [];
    this.undo = [];
  }

  flash(statementId: string): boolean {
    const first = this.marks.find((m) => m.isConnected && m.getAttribute(ATTR.statement) === statementId);
    if (!first) return false;
    const reduced = window.matchMedia?.('(prefers-reduced-motion: reduce)').matches;
    first.scrollIntoView({ behavior: reduced ? 'auto' : 'smooth', block: 'center' });
    clearTimeout(this.flashTimer);
    for (const m of this.marks) m.removeAttribute(ATTR.flash);
    const all = this.marks.filter((m) => m.getAttribute(ATTR.statement) === statementId);
    for (const m of all) m.setAttribute(ATTR.flash, '');
    this.flashTimer = setTimeout(() => all.forEach((m) => m.removeAttribute(ATTR.flash)), FLASH_MS);
    return true;
  }
}

const KIND_LABEL: Record<Statement['kind'], string> = {
  direct: 'quote',
  mixed: 'partly quoted',
  indirect: 'reported speech',
};

/** Sorted ranges with overlaps clipped: mark.js would otherwise wrap already wrapped text. */
function disjoint(ranges: MarkRange[]): MarkRange[] {
  const sorted = [...ranges].sort((a, b) => a.start - b.start);
  const out: MarkRange[] = [];
  let last = 0;
  for (const r of sorted) {
    const start = Math.max(r.start, last);
    const end = r.start + r.length;
    if (end > start) {
      out.push({ ...r, start, length: end - start });
      last = end;
    }
  }
  return out;
}
