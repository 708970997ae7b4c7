/**
 * Plain-text report of an evaluation run (what `npm run eval` prints).
 */
import { ERROR_CLASSES, sampleErrors } from './errors';
import type { Prf, Share } from './match';
import type { CorpusResult, Cost } from './run';

/** The targets of issue 4 (F1 / accuracy / ms per 1,000 words). */
export const TARGETS = {
  polnear: { direct: 0.95, directExact: 0.85, directMixed: 0.9, speaker: 0.92, content: 0.8, source: 0.87 },
  german: { direct: 0.9, speaker: 0.85 },
  msPer1kWords: 5,
} as const;

const f3 = (x: number): string => x.toFixed(3);
const pad = (s: string, n: number): string => (s.length >= n ? s : s + ' '.repeat(n - s.length));
const lpad = (s: string, n: number): string => (s.length >= n ? s : ' '.repeat(n - s.length) + s);
const mark = (value: number, target: number | undefined, atMost = false): string =>
  target === undefined ? '' : `   target ${atMost ? '≤' : '≥'} ${target} ${(atMost ? value <= target : value >= target) ? '✓' : '✗'}`;

function prfLine(label: string, p: Prf, target?: number): string {
  return `  ${pad(label, 26)} P ${f3(p.precision)}  R ${f3(p.recall)}  F1 ${f3(p.f1)}   (${p.matched} matched / ${p.predicted} predicted / ${p.gold} gold)${mark(p.f1, target)}`;
}

function shareLine(label: string, s: Share, what: string, target?: number): string {
  return `  ${pad(label, 26)} ${f3(s.rate)}   (${s.hits} / ${s.total} ${what})${mark(s.rate, target)}`;
}

const NAMES = { polnear: 'PolNeAR', german: 'German Wikinews' } as const;

/** Scores of one corpus split. */
export function formatScores(r: CorpusResult): string {
  const s = r.scores;
  const out: string[] = [];
  out.push(
    `${NAMES[r.corpus]} ${r.split} — ${s.documents} documents; gold contents: ${s.gold.direct} direct, ${s.gold.mixed} mixed, ${s.gold.indirect} indirect (${s.gold.withSource} with a source; ${s.gold.sources} distinct sources); predicted: ${s.predicted.direct} direct, ${s.predicted.mixed} mixed, ${s.predicted.indirect} indirect (${s.predicted.withSpeaker} with a speaker; ${s.predicted.mentions} distinct mentions)`,
  );
  if (r.corpus === 'polnear') {
    const t = TARGETS.polnear;
    out.push(prfLine('§3a direct (overlap)', s.direct, t.direct));
    out.push(prfLine('§3a direct (exact)', s.directExact, t.directExact));
    out.push(prfLine('§3a direct+mixed (overlap)', s.directMixed, t.directMixed));
    out.push(prfLine('§3a direct+mixed (exact)', s.directMixedExact));
    out.push(shareLine('§3b speaker accuracy', s.speaker.accuracy, 'matched direct with a gold source', t.speaker));
    out.push(shareLine('§3b with any speaker', s.speaker.anySpeaker, 'matched direct with a gold source'));
    out.push(prfLine('§3c content (begin)', s.content, t.content));
    out.push(prfLine('§3c source (begin)', s.source, t.source));
  } else {
    const t = TARGETS.german;
    out.push(prfLine('§4 direct (overlap)', s.direct, t.direct));
    out.push(prfLine('§4 direct (exact)', s.directExact));
    out.push(shareLine('§4 speaker accuracy', s.speaker.accuracy, 'matched direct with a gold speaker', t.speaker));
    out.push(shareLine('§4 with any speaker', s.speaker.anySpeaker, 'matched direct with a gold speaker'));
    out.push(prfLine('§3c content, all types', s.content));
    out.push(prfLine('§3c source, all types', s.source));
  }
  return out.join('\n');
}

/** Per-rule contribution table, largest producers first. */
export function formatRules(r: CorpusResult): string {
  const rows = Object.entries(r.scores.rules).sort((a, b) => b[1].statements - a[1].statements || a[0].localeCompare(b[0]));
  const head = `  ${pad('rule', 28)}${lpad('stmts', 7)}${lpad('dir', 6)}${lpad('mix', 6)}${lpad('ind', 6)}${lpad('begin✓', 9)}${lpad('prec', 7)}${lpad('overlap✓', 10)}${lpad('prec', 7)}${lpad('kind✓', 7)}${lpad('spk✓', 10)}`;
  const lines = [`Per-rule contribution, ${NAMES[r.corpus]} ${r.split} (begin✓/overlap✓: matched a gold content by §3c begin / §3a overlap, all classes; kind✓: of overlap✓, kind = gold class; spk✓: of overlap✓ with a gold source, mention overlaps it)`, head];
  if (rows.length === 0) lines.push('  (no statements)');
  for (const [name, x] of rows) {
    const pr = (n: number): string => (x.statements ? f3(n / x.statements) : '-');
    lines.push(
      `  ${pad(name, 28)}${lpad(String(x.statements), 7)}${lpad(String(x.kinds.direct), 6)}${lpad(String(x.kinds.mixed), 6)}${lpad(String(x.kinds.indirect), 6)}${lpad(String(x.beginMatched), 9)}${lpad(pr(x.beginMatched), 7)}${lpad(String(x.overlapMatched), 10)}${lpad(pr(x.overlapMatched), 7)}${lpad(String(x.kindRight), 7)}${lpad(`${x.speakerRight}/${x.speakerChecked}`, 10)}`,
    );
  }
  return lines.join('\n');
}

export function formatCost(label: string, c: Cost): string {
  return `  ${pad(label, 26)} median ${c.medianMsPer1kWords.toFixed(3)} ms / 1,000 words (p95 ${c.p95MsPer1kWords.toFixed(3)}; ${c.documents} documents, ${c.words} words, ${c.totalMs.toFixed(1)} ms in all; slowest ${c.maxMs.toFixed(2)} ms for ${c.maxMsWords} words)${mark(c.medianMsPer1kWords, TARGETS.msPer1kWords, true)}`;
}

/** What the loader noticed in the corpus (only the non-zero oddities). */
export function formatNotes(r: CorpusResult): string {
  const n = r.notes;
  const parts: string[] = [];
  if (n.multiAnnotated) parts.push(`${n.multiAnnotated} documents with several annotation files (first used)`);
  if (n.unannotated) parts.push(`${n.unannotated} documents without annotations`);
  if (n.relationsWithoutContent) parts.push(`${n.relationsWithoutContent} relations without content (skipped)`);
  if (n.extraContentArgs) parts.push(`${n.extraContentArgs} extra Content2 arguments (own gold contents)`);
  if (n.unreferencedContent) parts.push(`${n.unreferencedContent} Content spans in no relation (not gold)`);
  if (n.roleTypeMismatches) parts.push(`${n.roleTypeMismatches} arguments whose role differs from the span type`);
  if (n.mergedDuplicates) parts.push(`${n.mergedDuplicates} duplicate contents merged`);
  if (n.bomTexts) parts.push(`${n.bomTexts} texts start with a BOM`);
  if (n.astralTexts) parts.push(`${n.astralTexts} texts with non-BMP characters`);
  return parts.length ? `  corpus notes: ${parts.join('; ')}` : '';
}

/** One line with the size of every error class. */
export function formatErrorCounts(r: CorpusResult): string {
  return `  error classes (examples with --errors N): ${sampleErrors(r.errors, 0)
    .map((x) => `${x.cls} ${x.total}`)
    .join(' · ')}`;
}

/** Error listing: `n` examples per class. */
export function formatErrors(r: CorpusResult, n: number): string {
  const lines = [`Errors, ${NAMES[r.corpus]} ${r.split} (${n} examples per class, spread over the corpus)`];
  for (const { cls, total, reasons, examples } of sampleErrors(r.errors, n)) {
    const why = Object.entries(reasons)
      .sort((a, b) => b[1] - a[1])
      .map(([k, v]) => `${k} ${v}`)
      .join(', ');
    lines.push(`  ${cls}: ${total}${why ? ` (${why})` : ''} — ${ERROR_CLASSES[cls]}`);
    for (const e of examples) {
      lines.push(`    [${e.docId}] (${e.reason}) ${e.context}`);
      lines.push(`        ${e.note}`);
    }
  }
  return lines.join('\n');
}
