/**
 * Text of a block exactly as the highlighter (mark.js `markRanges`) counts it: the concatenation of the
 * element's text nodes in document order, skipping text nodes whose parent is one of the elements below.
 */
const SKIPPED_PARENTS = new Set(['SCRIPT', 'STYLE', 'TITLE', 'HEAD', 'HTML', 'NOSCRIPT', 'TEMPLATE']);

/** True when mark.js ignores a text node with this parent element. */
export function isSkippedTextParent(parent: Node | null): boolean {
  return parent !== null && parent.nodeType === 1 && SKIPPED_PARENTS.has((parent as Element).tagName.toUpperCase());
}

export function blockText(el: Element): string {
  let out = '';
  const stack: Node[] = [];
  // Iterative depth-first walk in document order (pages can nest deeply).
  let node: Node | null = el.firstChild;
  while (node) {
    if (node.nodeType === 3) {
      if (!isSkippedTextParent(node.parentNode)) out += (node as Text).data;
    } else if (node.firstChild) {
      stack.push(node);
      node = node.firstChild;
      continue;
    }
    while (node && !node.nextSibling) {
      node = stack.pop() ?? null;
    }
    node = node ? node.nextSibling : null;
  }
  return out;
}

/** Collapse runs of whitespace to one space and trim. */
export function collapseWhitespace(s: string): string {
  return s.replace(/\s+/g, ' ').trim();
}
