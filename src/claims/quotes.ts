/**
 * Finds quoted stretches in plain text, for every common convention:
 * “…” ‘…’ "…" '…' «…» »…« ‹…› „…“ „…” ‚…‘ ``…'' ''…'', a closing ″, nested quotes, and quotes
 * running over several paragraphs (each paragraph opens with a mark, only the last one closes).
 *
 * Apostrophes (they’re, the Joneses’, ’90s) are told apart from closing marks by context. An
 * opening mark that is never closed is dropped at the end of its paragraph, so unbalanced text never
 * swallows the rest of the document.
 */

/** A matched pair of quotation marks. */
export interface Quote {
  /** Index of the opening mark. */
  start: number;
  /** Index just after the closing mark. */
  end: number;
  /** Length of the opening and closing marks (2 for `` and ''). */
  openLength: number;
  closeLength: number;
  /** 0 for a top-level quote, 1 for a quote inside it, … */
  depth: number;
}

interface Opener {
  pos: number;
  mark: string;
  /** A single mark (‘ ‚ ‹ › '), not a double one. */
  single: boolean;
  /** Closing marks this opener accepts. */
  closers: string;
  /** True when the mark opens its paragraph (only such a quote may run on into the next one). */
  paragraphOpener: boolean;
}

/** For each opening mark, the closing marks that may end it. */
const CLOSERS: Record<string, string> = {
  '“': '”″"',
  '„': '“”',
  '«': '»',
  '»': '«',
  '"': '"″',
  '``': "''",
  "''": "''",
  '”': '”',
  '‘': '’',
  '‚': '‘’',
  '‹': '›',
  '›': '‹',
  "'": "'’",
};

const LETTER = /[\p{L}\p{N}]/u;
const SPACE = /\s/u;
/** Characters after which a mark is at the start of a stretch (left-flanking context). */
const OPEN_CONTEXT = /[\s([{\-–—/:;,“‘„‚«»‹›"'`]/u;

const isLetter = (c: string | undefined): boolean => c !== undefined && LETTER.test(c);
const isSpaceOrEdge = (c: string | undefined): boolean => c === undefined || SPACE.test(c);
/** True when a mark at this position can open: preceded by an edge/space/opening punctuation and followed by text. */
const leftFlanking = (prev: string | undefined, next: string | undefined): boolean =>
  (prev === undefined || OPEN_CONTEXT.test(prev)) && !isSpaceOrEdge(next);
/** True when a mark here can close: preceded by text (not space). */
const rightFlanking = (prev: string | undefined): boolean => !isSpaceOrEdge(prev);

/** Finds all matched quotes, ordered by their start (outer before inner). */
export function findQuotes(text: string): Quote[] {
  const quotes: Quote[] = [];
  const stack: Opener[] = [];
  /** An opener left open at the end of a paragraph that began with it: it may continue. */
  let carried: Opener | null = null;
  /** Index of the current paragraph's first non-space character, -1 before it is seen. */
  let paragraphFirst = -1;

  /** Index in the stack of the innermost opener accepting `mark`, searching only as far as the family allows. */
  const findOpener = (mark: string, single: boolean): number => {
    for (let i = stack.length - 1; i >= 0; i--) {
      const o = stack[i]!;
      if (o.closers.includes(mark)) return i;
      // A single closing mark never reaches past an open double quote.
      if (single && !o.single) return -1;
    }
    return -1;
  };

  // Index of the next ” and of the next line break at or after the current position (cursors that
  // only move forward). A straight " closes an open “ (“…," he said) only where a closing mark
  // can stand — before a space, punctuation or the end — or when no ” follows in the paragraph;
  // otherwise it is nested ("“The page said <img src="x"> …,” he said").
  let nextCurly = -1;
  let nextBreak = -1;
  const after = (c: string, i: number): number => {
    const k = text.indexOf(c, i);
    return k < 0 ? text.length : k;
  };
  const curlyFollows = (i: number): boolean => {
    if (nextCurly < i) nextCurly = after('”', i);
    if (nextBreak < i) nextBreak = after('\n', i);
    return nextCurly < nextBreak;
  };
  /** True when the opener at stack index `idx` is a “ that a straight " at `i` must not close. */
  const nested = (idx: number, mark: string, i: number): boolean =>
    mark === '"' && stack[idx]!.mark === '“' && !/^[\s.,;:!?)\]]?$/u.test(text[i + 1] ?? '') && curlyFollows(i);

  for (let i = 0; i < text.length; i++) {
    const c = text[i]!;
    if (c === '\n') {
      // A blank line keeps whatever the previous paragraph carried.
      if (paragraphFirst < 0) continue;
      const bottom = stack[0];
      carried = bottom && bottom.paragraphOpener ? bottom : null;
      stack.length = 0;
      paragraphFirst = -1;
      continue;
    }
    if (paragraphFirst < 0) {
      if (SPACE.test(c)) continue;
      paragraphFirst = i;
    }
    const mark = markAt(text, i);
    if (!mark) continue;
    const width = mark.length;
    if (i === paragraphFirst) {
      const continued = carried && carried.mark === mark ? carried : null;
      carried = null;
      if (continued) {
        // Continuation paragraph: the quote stays open; this mark is no new opener.
        stack.push(continued);
        i += width - 1;
        continue;
      }
    }
    const prev = text[i - 1];
    const next = text[i + width];
    const decision = decide(mark, prev, next);
    i += width - 1;
    if (decision === 'none') continue;
    if (decision !== 'open') {
      const single = SINGLE_MARKS.includes(mark);
      let idx = findOpener(mark, single);
      // A double mark that can only close (after a word, before a space) ends the open double quote
      // even when the pair does not match — marks typed by mistake: “…,“ and "…” and “…"
      const top = stack[stack.length - 1];
      if (idx < 0 && decision === 'close' && !single && mark !== '″' && top && !top.single) idx = stack.length - 1;
      if (idx >= 0 && nested(idx, mark, i)) idx = -1;
      if (idx >= 0) {
        const opener = stack[idx]!;
        stack.length = idx;
        if (i + 1 - opener.pos > opener.mark.length + width) {
          quotes.push({ start: opener.pos, end: i + 1, openLength: opener.mark.length, closeLength: width, depth: idx });
        }
        continue;
      }
      if (decision === 'close') continue;
    }
    const closers = CLOSERS[mark];
    if (closers && (decision === 'open' || leftFlanking(prev, next))) {
      // Real quotes nest a few levels at most; a runaway stack (hostile text) is cut from the bottom.
      if (stack.length >= MAX_DEPTH) stack.shift();
      stack.push({ pos: i + 1 - width, mark, single: SINGLE_MARKS.includes(mark), closers, paragraphOpener: i + 1 - width === paragraphFirst });
    }
  }
  quotes.sort((a, b) => a.start - b.start || b.end - a.end);
  // Depth among matched quotes only: a quote inside an opening mark that never closed is top-level.
  const open: Quote[] = [];
  for (const q of quotes) {
    while (open.length > 0 && open[open.length - 1]!.end <= q.start) open.pop();
    q.depth = open.length;
    open.push(q);
  }
  return quotes;
}

const SINGLE_MARKS = "’‘‚‹›'";
const MAX_DEPTH = 8;

/** The quotation mark starting at i, if any (two-character marks first). */
function markAt(text: string, i: number): string | null {
  const c = text[i]!;
  // A closing ''' is a nested quote's ' and then the outer '' ("… one of us,''' Mr. English said").
  if (c === "'" && text.startsWith("''", i + 1) && !isSpaceOrEdge(text[i - 1])) return c;
  if ((c === '`' || c === "'") && text[i + 1] === c) return c + c;
  // Typographic '' (two right single quotes, as some sites close “…’’): a double mark like ''.
  if (c === '’' && text[i + 1] === '’') return "''";
  return '“”„″"«»‘’‚‹›\''.includes(c) ? c : null;
}

type Decision = 'open' | 'close' | 'either' | 'none';

/** How a mark may act, from its neighbours alone. */
function decide(mark: string, prev: string | undefined, next: string | undefined): Decision {
  switch (mark) {
    case '„':
    case '``':
      return 'open';
    case '″':
      return 'close';
    case '«':
    case '‹':
      // « opens (French, also « spaced »); after a word and before no letter it closes »German«.
      return rightFlanking(prev) && !isLetter(next) ? 'either' : 'open';
    case '»':
    case '›':
      return leftFlanking(prev, next) && !rightFlanking(prev) ? 'either' : 'close';
    case '“':
    case '”':
    case '"':
    case "''":
      // Only after text and not before it ("…," he): closing; otherwise either.
      return rightFlanking(prev) && !leftFlanking(prev, next) ? 'close' : 'either';
    case '‚':
      return leftFlanking(prev, next) && isLetter(next) && isSpaceOrEdge(prev) ? 'open' : 'none';
    case '‘':
      if (isLetter(prev) && isLetter(next)) return 'none';
      return rightFlanking(prev) && !isLetter(next) ? 'either' : 'open';
    case '’':
    case "'":
      // Inside a word (they’re, don't) or before a word after a space (’90s, 'em): an apostrophe.
      if (isLetter(prev) && isLetter(next)) return 'none';
      if (isSpaceOrEdge(prev)) return mark === "'" && leftFlanking(prev, next) ? 'open' : 'none';
      return 'close';
    default:
      return 'none';
  }
}
