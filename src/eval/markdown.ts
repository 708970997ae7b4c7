/**
 * The "Claims and speakers" section of BENCHMARKS.md, written by `npm run eval -- --write-md`.
 * Only that section is replaced; the rest of the file is left as it is.
 */
import type { Prf, Share } from './match';
import { ERROR_CLASSES, sampleErrors } from './errors';
import { TARGETS } from './report';
import type { CorpusResult, Cost } from './run';

export const SECTION_HEADING = '## Claims and speakers';

const f3 = (x: number): string => x.toFixed(3);
const prfCell = (p: Prf): string => `**${f3(p.f1)}** (P ${f3(p.precision)}, R ${f3(p.recall)}; ${p.matched}/${p.predicted}/${p.gold})`;
const shareCell = (s: Share): string => `**${f3(s.rate)}** (${s.hits}/${s.total})`;

/** Replaces (or appends) the section starting at `heading` up to the next `## ` heading. */
export function replaceSection(md: string, heading: string, section: string): string {
  const body = section.endsWith('\n') ? section : `${section}\n`;
  const start = md.indexOf(`${heading}\n`);
  if (start < 0) return `${md.replace(/\s*$/, '')}\n\n${body}`;
  const after = md.slice(start + heading.length);
  const next = after.search(/\n## /);
  const end = next >= 0 ? start + heading.length + next + 1 : md.length;
  return md.slice(0, start) + body + (next >= 0 ? '\n' : '') + md.slice(end);
}

/** Markdown for the results of one run (any mix of corpora and splits). */
export function claimsSection(runs: readonly { result: CorpusResult; cost: Cost | null }[], meta: { date: string; node: string; command: string }): string {
  const by = (corpus: string): { result: CorpusResult; cost: Cost | null }[] => runs.filter((r) => r.result.corpus === corpus);
  const out: string[] = [SECTION_HEADING, ''];
  out.push(
    `Measured with \`${meta.command}\` (scripts/eval.mjs → src/eval) on ${meta.date}, Node ${meta.node}, this machine (2 cores). ` +
      'Definitions: `../shared/EVAL.md` §3–5, implemented exactly in `src/eval` (unit tests in `test/unit/eval*.test.ts`). ' +
      'Cells: F1 (precision, recall; matched/predicted/gold).',
    '',
  );
  const table = (rows: [string, string, (r: CorpusResult) => string][], list: { result: CorpusResult }[]): void => {
    out.push(`| metric | target | ${list.map((r) => r.result.split).join(' | ')} |`);
    out.push(`|---|---|${list.map(() => '---').join('|')}|`);
    for (const [name, target, cell] of rows) out.push(`| ${name} | ${target} | ${list.map((r) => cell(r.result)).join(' | ')} |`);
    out.push('');
  };
  const pol = by('polnear');
  if (pol.length) {
    const t = TARGETS.polnear;
    const g = pol.map((r) => `${r.result.split}: ${r.result.scores.documents} documents, ${r.result.scores.gold.direct} direct / ${r.result.scores.gold.mixed} mixed / ${r.result.scores.gold.indirect} indirect gold contents`).join('; ');
    out.push(`**PolNeAR** (English; ${g}):`, '');
    table(
      [
        ['§3a direct, overlap', `F1 ≥ ${t.direct}`, (r) => prfCell(r.scores.direct)],
        ['§3a direct, exact', `F1 ≥ ${t.directExact}`, (r) => prfCell(r.scores.directExact)],
        ['§3a direct + mixed, overlap', `F1 ≥ ${t.directMixed}`, (r) => prfCell(r.scores.directMixed)],
        ['§3a direct + mixed, exact', '', (r) => prfCell(r.scores.directMixedExact)],
        ['§3b speaker accuracy (matched direct with a gold source)', `≥ ${t.speaker}`, (r) => shareCell(r.scores.speaker.accuracy)],
        ['§3b share with any speaker', '', (r) => shareCell(r.scores.speaker.anySpeaker)],
        ['§3c content, begin match', `F1 ≥ ${t.content}`, (r) => prfCell(r.scores.content)],
        ['§3c source, begin match', `F1 ≥ ${t.source}`, (r) => prfCell(r.scores.source)],
      ],
      pol,
    );
    out.push('Published on the PolNeAR *test* split (begin match, content / source F1): BERT+CofeNet 79.6 / 87.1, BERT-CRF 78.9 / 86.5, CRF 50.9 / 56.2, rule baseline 10.5 / 13.0.', '');
  }
  const ger = by('german');
  if (ger.length) {
    const t = TARGETS.german;
    const g = ger.map((r) => `${r.result.split}: ${r.result.scores.documents} documents, ${r.result.scores.gold.direct} Direct of ${r.result.scores.gold.direct + r.result.scores.gold.mixed + r.result.scores.gold.indirect} gold quotes`).join('; ');
    out.push(`**German Wikinews** (§4; ${g}):`, '');
    table(
      [
        ['§4 Direct, overlap', `F1 ≥ ${t.direct}`, (r) => prfCell(r.scores.direct)],
        ['§4 Direct, exact', '', (r) => prfCell(r.scores.directExact)],
        ['§4 speaker accuracy (matched Direct with a gold speaker)', `≥ ${t.speaker}`, (r) => shareCell(r.scores.speaker.accuracy)],
        ['§4 share with any speaker', '', (r) => shareCell(r.scores.speaker.anySpeaker)],
        ['§3c content, all types, begin match', '', (r) => prfCell(r.scores.content)],
        ['§3c source, all types, begin match', '', (r) => prfCell(r.scores.source)],
      ],
      ger,
    );
  }
  const costs = runs.filter((r) => r.cost);
  if (costs.length) {
    out.push(`**Cost in Node** (§5; \`extract()\` = claims + speakers, timed per document after a warm-up pass, median of 3 runs per document; target ≤ ${TARGETS.msPer1kWords} ms per 1,000 words):`, '');
    out.push('| corpus | documents | words | median ms / 1,000 words | p95 | slowest document |', '|---|---|---|---|---|---|');
    for (const { result, cost } of costs) {
      if (!cost) continue;
      out.push(`| ${result.corpus} ${result.split} | ${cost.documents} | ${cost.words} | **${cost.medianMsPer1kWords.toFixed(3)}** | ${cost.p95MsPer1kWords.toFixed(3)} | ${cost.maxMs.toFixed(1)} ms (${cost.maxMsWords} words) |`);
    }
    out.push('');
  }
  for (const { result } of runs.filter((r) => r.result.split === 'dev')) {
    const rows = Object.entries(result.scores.rules).sort((a, b) => b[1].statements - a[1].statements || a[0].localeCompare(b[0]));
    if (!rows.length) continue;
    out.push(`**Per-rule contribution, ${result.corpus} dev** (begin / overlap: statements matching a gold content by §3c begin match / the §3a overlap criterion, all classes, one to one; kind: of the overlap matches, predicted kind = gold class; speaker: of the overlap matches with a gold source, mention overlaps it):`, '');
    out.push('| rule | statements | direct / mixed / indirect | begin | overlap | kind | speaker |', '|---|---|---|---|---|---|---|');
    for (const [name, x] of rows) {
      const pct = (n: number): string => `${n} (${x.statements ? ((100 * n) / x.statements).toFixed(0) : 0}%)`;
      out.push(`| ${name} | ${x.statements} | ${x.kinds.direct} / ${x.kinds.mixed} / ${x.kinds.indirect} | ${pct(x.beginMatched)} | ${pct(x.overlapMatched)} | ${x.kindRight} | ${x.speakerRight}/${x.speakerChecked} |`);
    }
    out.push('');
  }
  for (const { result } of runs.filter((r) => r.result.split === 'dev')) {
    out.push(`**Errors, ${result.corpus} dev** (\`npm run eval -- --corpus ${result.corpus} --errors N\` lists examples):`, '');
    out.push('| class | count | reasons |', '|---|---|---|');
    for (const { cls, total, reasons } of sampleErrors(result.errors, 0)) {
      const why = Object.entries(reasons)
        .sort((a, b) => b[1] - a[1])
        .map(([k, v]) => `${k} ${v}`)
        .join(', ');
      out.push(`| ${cls}: ${ERROR_CLASSES[cls]} | ${total} | ${why} |`);
    }
    out.push('');
  }
  out.push(
    'Reading of the corpora (where EVAL.md leaves a choice): PolNeAR gold = every `Content`/`Content2` argument of an attribution relation (Content spans in no relation are annotators’ leftovers and not gold; relations without content are skipped); ' +
      'a content annotated twice with the same characters (nested attributions, mostly German) is one gold content whose sources all count as right; ' +
      'German contents are `direct` when typed `Direct`; in the apostrophe rule digits count as letters (`1972’s`); the first word is the first run of Unicode word characters; ' +
      'words for the cost are whitespace-separated runs; the engine is given the corpus language (`en`/`de`).',
    '',
  );
  return out.join('\n');
}
