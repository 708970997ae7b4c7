/**
 * Loaders for the annotated corpora in `../shared/corpus` (formats in `../shared/README.md`).
 *
 * - PolNeAR: brat standoff, `<split>/text/<doc>.txt` + `<split>/attributions/<doc>_<annotator>.ann`;
 *   one annotation file per document, the first in sort order.
 * - German Wikinews: `<split>.jsonl`, one article a line.
 *
 * Both corpora give offsets in Unicode code points; they are converted to JavaScript string
 * indices here, so everything downstream works on JS indices.
 */
import { readdirSync, readFileSync, existsSync } from 'node:fs';
import { join } from 'node:path';
import type { Span } from '../claims/types';
import { classifyContent } from './quotes';
import { codePointToIndex, setKey, toSpanSet, type SpanSet } from './spans';
import type { GoldAttribution, GoldDocument } from './types';

// ---------------------------------------------------------------------------------------------
// brat standoff

/** A brat text-bound annotation (`T…` line). */
export interface BratSpan {
  id: string;
  type: string;
  /** Fragments as written in the file (code point offsets, end exclusive). */
  fragments: [number, number][];
  /** The covered text as written in the file (may run over several lines). */
  text: string;
}

/** A brat event (`E…` line): its arguments, role → annotation id, in file order. */
export interface BratEvent {
  id: string;
  args: { role: string; ref: string }[];
}

export interface BratDocument {
  spans: Map<string, BratSpan>;
  events: BratEvent[];
  /** Lines that are neither T nor E nor a continuation (notes, relations, …). */
  other: number;
}

const ID_LINE = /^([A-Z#*]\d*)\t/;

/**
 * Parses brat standoff. A T line's covered text may contain line breaks: lines that do not start
 * with an annotation id continue the previous line.
 */
export function parseBrat(source: string): BratDocument {
  const spans = new Map<string, BratSpan>();
  const events: BratEvent[] = [];
  let other = 0;
  let last: BratSpan | null = null;
  const lines = source.replace(/\r\n?/g, '\n').split('\n');
  if (lines[lines.length - 1] === '') lines.pop();
  for (const line of lines) {
    const id = ID_LINE.exec(line)?.[1];
    if (id === undefined) {
      if (last) last.text += '\n' + line;
      continue;
    }
    last = null;
    const fields = line.split('\t');
    if (id.startsWith('T')) {
      const m = /^(\S+) (\d+ \d+(?:;\d+ \d+)*)$/.exec(fields[1] ?? '');
      if (!m) throw new Error(`brat: malformed text-bound annotation: ${line.slice(0, 120)}`);
      const fragments = (m[2] as string).split(';').map((f) => {
        const [a, b] = f.split(' ').map(Number);
        return [a, b] as [number, number];
      });
      last = { id, type: m[1] as string, fragments, text: fields.slice(2).join('\t') };
      spans.set(id, last);
    } else if (id.startsWith('E')) {
      const args = (fields[1] ?? '')
        .trim()
        .split(/\s+/)
        .filter(Boolean)
        .map((a) => {
          const k = a.indexOf(':');
          return { role: a.slice(0, k), ref: a.slice(k + 1) };
        });
      events.push({ id, args });
    } else {
      other++;
    }
  }
  return { spans, events, other };
}

// ---------------------------------------------------------------------------------------------
// Shared helpers

/** Counts of what the loaders skipped or merged: oddities worth knowing about. */
export interface CorpusNotes {
  documents: number;
  /** Annotation files present, and documents with more than one (only the first is used). */
  annotationFiles: number;
  multiAnnotated: number;
  /** Documents without any annotation file (kept, with no gold). */
  unannotated: number;
  /** Attribution relations, and those without any Content argument (skipped). */
  relations: number;
  relationsWithoutContent: number;
  /** Content arguments under a numbered role (`Content2`): a second content of one relation. */
  extraContentArgs: number;
  /** Content annotations referenced by no relation (not gold: annotators' leftovers). */
  unreferencedContent: number;
  /** Arguments whose role differs from the annotated span's type (role taken as authoritative). */
  roleTypeMismatches: number;
  /** Gold contents annotated more than once (same characters), merged into one. */
  mergedDuplicates: number;
  /** Texts with characters outside the BMP (offsets converted), texts starting with a BOM. */
  astralTexts: number;
  bomTexts: number;
}

const emptyNotes = (): CorpusNotes => ({
  documents: 0,
  annotationFiles: 0,
  multiAnnotated: 0,
  unannotated: 0,
  relations: 0,
  relationsWithoutContent: 0,
  extraContentArgs: 0,
  unreferencedContent: 0,
  roleTypeMismatches: 0,
  mergedDuplicates: 0,
  astralTexts: 0,
  bomTexts: 0,
});

/** Converts code point fragments to JS-index spans. */
function toSpans(conv: (cp: number) => number, fragments: readonly (readonly [number, number])[]): Span[] {
  return fragments.map(([a, b]) => ({ start: conv(a), end: conv(b) }));
}

/**
 * Collects gold attributions, merging those with the very same content characters: one gold
 * content, the union of their sources, `direct` if any of them is.
 */
class GoldCollector {
  private readonly byKey = new Map<string, GoldAttribution>();
  merged = 0;
  add(a: GoldAttribution): void {
    const key = setKey(a.content);
    const prev = this.byKey.get(key);
    if (!prev) {
      this.byKey.set(key, a);
      return;
    }
    this.merged++;
    for (const s of a.sources) if (!prev.sources.some((t) => setKey(t) === setKey(s))) prev.sources.push(s);
    if (a.cls === 'direct' && prev.cls !== 'direct') {
      prev.cls = 'direct';
      prev.type = a.type;
    }
  }
  list(): GoldAttribution[] {
    return [...this.byKey.values()].sort((x, y) => (x.content[0]?.start ?? 0) - (y.content[0]?.start ?? 0));
  }
}

export type Split = 'train' | 'dev';

/** A loaded corpus split: documents plus what the loader noticed. */
export interface LoadedCorpus {
  corpus: 'polnear' | 'german';
  split: Split;
  documents: GoldDocument[];
  notes: CorpusNotes;
  /**
   * For the loader invariant tests: every gold span (and, for brat, every other text-bound
   * annotation: cues, …) as read from the file, with the text the file says it covers and the
   * JS-index fragments it was converted to.
   */
  raw: { docId: string; role: 'content' | 'source' | 'other'; fragments: Span[]; text: string }[];
}

/** Throws a clear error when the shared folder or a corpus file is missing. */
function requirePath(path: string, what: string): void {
  if (!existsSync(path)) {
    throw new Error(`${what} not found at ${path}. The corpora live in ../shared/corpus next to the project (see ../shared/README.md); set SAYWHO_SHARED to another copy.`);
  }
}

// ---------------------------------------------------------------------------------------------
// PolNeAR

/** Loads one PolNeAR split. Gold = every Content argument (Content, Content2, …) of a relation. */
export function loadPolnear(sharedDir: string, split: Split): LoadedCorpus {
  const root = join(sharedDir, 'corpus', 'polnear', split);
  requirePath(join(root, 'text'), `PolNeAR ${split} texts`);
  requirePath(join(root, 'attributions'), `PolNeAR ${split} attributions`);
  const notes = emptyNotes();
  const raw: LoadedCorpus['raw'] = [];
  const annFiles = new Map<string, string[]>();
  for (const f of readdirSync(join(root, 'attributions')).sort()) {
    const m = /^(.*)_[^_]+\.ann$/.exec(f);
    if (!m) continue;
    notes.annotationFiles++;
    const doc = m[1] as string;
    const list = annFiles.get(doc);
    if (list) list.push(f);
    else annFiles.set(doc, [f]);
  }
  const documents: GoldDocument[] = [];
  const textFiles = readdirSync(join(root, 'text'))
    .filter((f) => f.endsWith('.txt'))
    .sort();
  for (const tf of textFiles) {
    const id = tf.slice(0, -'.txt'.length);
    const text = readFileSync(join(root, 'text', tf), 'utf8');
    notes.documents++;
    if (/[\uD800-\uDBFF][\uDC00-\uDFFF]/.test(text)) notes.astralTexts++;
    if (text.startsWith('\uFEFF')) notes.bomTexts++;
    const files = annFiles.get(id) ?? [];
    if (files.length > 1) notes.multiAnnotated++;
    const first = files[0];
    if (first === undefined) {
      notes.unannotated++;
      documents.push({ corpus: 'polnear', split, id, lang: 'en', text, attributions: [] });
      continue;
    }
    const brat = parseBrat(readFileSync(join(root, 'attributions', first), 'utf8'));
    const conv = codePointToIndex(text);
    const setOf = (t: BratSpan): SpanSet => toSpanSet(text, toSpans(conv, t.fragments));
    const gold = new GoldCollector();
    const referenced = new Set<string>();
    for (const ev of brat.events) {
      notes.relations++;
      const contents = ev.args.filter((a) => /^Content\d*$/.test(a.role));
      if (contents.length === 0) {
        notes.relationsWithoutContent++;
        continue;
      }
      const srcRef = ev.args.find((a) => a.role === 'Source')?.ref;
      const src = srcRef ? brat.spans.get(srcRef) : undefined;
      if (srcRef && !src) throw new Error(`PolNeAR ${first}: ${ev.id} refers to missing ${srcRef}`);
      if (src && src.type !== 'Source') notes.roleTypeMismatches++;
      for (const c of contents) {
        if (c.role !== 'Content') notes.extraContentArgs++;
        const t = brat.spans.get(c.ref);
        if (!t) throw new Error(`PolNeAR ${first}: ${ev.id} refers to missing ${c.ref}`);
        if (t.type !== 'Content') notes.roleTypeMismatches++;
        referenced.add(c.ref);
        const content = setOf(t);
        if (content.length === 0) continue;
        raw.push({ docId: id, role: 'content', fragments: toSpans(conv, t.fragments), text: t.text });
        if (src) raw.push({ docId: id, role: 'source', fragments: toSpans(conv, src.fragments), text: src.text });
        const source = src ? setOf(src) : [];
        gold.add({
          id: t.id,
          content,
          sources: source.length ? [source] : [],
          cls: classifyContent(text, content),
          type: 'Content',
        });
      }
    }
    for (const t of brat.spans.values()) {
      if (t.type === 'Content' && !referenced.has(t.id)) notes.unreferencedContent++;
      if (t.type !== 'Content' && t.type !== 'Source') raw.push({ docId: id, role: 'other', fragments: toSpans(conv, t.fragments), text: t.text });
    }
    notes.mergedDuplicates += gold.merged;
    documents.push({ corpus: 'polnear', split, id, lang: 'en', text, attributions: gold.list() });
  }
  return { corpus: 'polnear', split, documents, notes, raw };
}

// ---------------------------------------------------------------------------------------------
// German Wikinews

interface GermanElement {
  text: string;
  spans: [number, number][];
}
interface GermanAnnotation {
  type: string;
  speaker?: GermanElement;
  quote?: GermanElement;
}
interface GermanLine {
  documentName: string;
  text: string;
  annotations: GermanAnnotation[];
}

/**
 * Loads one German Wikinews split. Gold content = the `quote` span of every annotation (class
 * `direct` for type `Direct`, otherwise by quotation marks); source = its `speaker` span.
 */
export function loadGerman(sharedDir: string, split: Split): LoadedCorpus {
  const file = join(sharedDir, 'corpus', 'german-wikinews', `${split}.jsonl`);
  requirePath(file, `German Wikinews ${split}`);
  const notes = emptyNotes();
  const raw: LoadedCorpus['raw'] = [];
  const documents: GoldDocument[] = [];
  const lines = readFileSync(file, 'utf8').split('\n');
  lines.forEach((line, lineNo) => {
    if (!line.trim()) return;
    let d: GermanLine;
    try {
      d = JSON.parse(line) as GermanLine;
    } catch (e) {
      throw new Error(`German Wikinews ${split}.jsonl line ${lineNo + 1}: ${(e as Error).message}`);
    }
    const { text } = d;
    notes.documents++;
    notes.annotationFiles++;
    if (/[\uD800-\uDBFF][\uDC00-\uDFFF]/.test(text)) notes.astralTexts++;
    if (text.startsWith('\uFEFF')) notes.bomTexts++;
    const conv = codePointToIndex(text);
    const gold = new GoldCollector();
    d.annotations.forEach((a, k) => {
      notes.relations++;
      const q = a.quote;
      if (!q || q.spans.length === 0) {
        notes.relationsWithoutContent++;
        return;
      }
      const content = toSpanSet(text, toSpans(conv, q.spans));
      if (content.length === 0) return;
      raw.push({ docId: d.documentName, role: 'content', fragments: toSpans(conv, q.spans), text: q.text });
      const spk = a.speaker;
      const source = spk && spk.spans.length ? toSpanSet(text, toSpans(conv, spk.spans)) : [];
      if (spk && spk.spans.length) raw.push({ docId: d.documentName, role: 'source', fragments: toSpans(conv, spk.spans), text: spk.text });
      gold.add({
        id: `a${k + 1}`,
        content,
        sources: source.length ? [source] : [],
        cls: a.type === 'Direct' ? 'direct' : classifyContent(text, content) === 'indirect' ? 'indirect' : 'mixed',
        type: a.type,
      });
    });
    notes.mergedDuplicates += gold.merged;
    documents.push({ corpus: 'german', split, id: d.documentName, lang: 'de', text, attributions: gold.list() });
  });
  return { corpus: 'german', split, documents, notes, raw };
}
