// Plain-language gate: every page with <main data-page-kind> must read easily.
// The figures per page are printed, so editors can see how close each page is to a limit.
import { beforeAll, describe, expect, it } from 'vitest';
import { pages } from './dist-site';
import { pageText } from '../gates/page-text';
import { formatFigure, readability, readabilityProblems, type ReadabilityFigures } from '../gates/readability';

const checked = pages.flatMap((page) => {
  const text = pageText(page.root);
  return text ? [{ path: page.path, kind: text.kind, figures: readability(text.blocks) }] : [];
});

function describeFigures(figures: ReadabilityFigures): string {
  const score = figures.fleschDouma === null ? '–' : formatFigure(figures.fleschDouma);
  return (
    `Flesch-Douma ${score}, ${formatFigure(figures.wordsPerSentence)} woorden per zin, ` +
    `${formatFigure(figures.syllablesPerWord)} lettergrepen per woord ` +
    `(${figures.words} woorden, ${figures.sentences} zinnen, ${figures.syllables} lettergrepen)`
  );
}

function table(): string {
  const header = ['pagina', 'soort', 'woorden', 'zinnen', 'woorden/zin', 'lettergrepen/woord', 'Flesch-Douma'];
  const rows = checked.map(({ path, kind, figures }) => [
    path,
    kind,
    String(figures.words),
    String(figures.sentences),
    formatFigure(figures.wordsPerSentence),
    formatFigure(figures.syllablesPerWord),
    figures.fleschDouma === null ? '–' : formatFigure(figures.fleschDouma),
  ]);
  const widths = header.map((_, column) => Math.max(...[header, ...rows].map((row) => row[column]?.length ?? 0)));
  // Paths left-aligned, figures right-aligned.
  const line = (row: string[]) =>
    row.map((cell, column) => (column < 2 ? cell.padEnd(widths[column] ?? 0) : cell.padStart(widths[column] ?? 0))).join('  ');
  return [line(header), ...rows.map(line)].join('\n');
}

beforeAll(() => {
  console.log(`Leesbaarheid per pagina:\n${table()}`);
});

describe('readability', () => {
  it('finds pages to check', () => {
    expect(checked.length).toBeGreaterThan(0);
  });

  it.each(checked.map((page) => [page.path, page] as const))('%s reads easily', (path, { kind, figures }) => {
    expect(readabilityProblems(figures, kind), `${path} (${kind}): ${describeFigures(figures)}`).toEqual([]);
  });
});
