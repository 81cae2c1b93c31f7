// The readability gate for UI text. The dist/ gate reads pages as a reader sees them, so it
// skips what is marked data-not-content (buttons, counters, the checklist's notes) and what
// is hidden until a script shows it (the plan, "Klaar!", search messages). Those texts all
// come from src/i18n/nl.ts, so they are checked here, at their one source, each once.
// Texts that are functions of values are read with a sample value filled in.
import { describe, expect, it } from 'vitest';
import { ui } from '../../src/i18n/nl';
import { readability, readabilityProblems } from '../gates/readability';

/** A value to fill into a text function: a number reads as a word ("3") and works as a string. */
const SAMPLE = 3;
/** For text functions that take a list of words (search's "‘a’ en ‘b’"). */
const SAMPLE_WORDS = ['facebook', 'instagram'];

/** The text a function gives for sample values: numbers first, else lists of words. */
function sampleCall(fn: (...args: unknown[]) => unknown): unknown {
  try {
    return fn(...Array.from({ length: fn.length }, () => SAMPLE));
  } catch {
    return fn(...Array.from({ length: fn.length }, () => SAMPLE_WORDS));
  }
}

/** Every text in a group, with its path ("plan.form.linkedHint"). */
function texts(value: unknown, path: string): [string, string][] {
  if (typeof value === 'string') return [[path, value]];
  if (typeof value === 'function') {
    return texts(sampleCall(value as (...args: unknown[]) => unknown), `${path}()`);
  }
  if (Array.isArray(value)) return value.flatMap((item, index) => texts(item, `${path}.${index}`));
  if (value && typeof value === 'object') {
    return Object.entries(value).flatMap(([key, item]) => texts(item, path ? `${path}.${key}` : key));
  }
  return [];
}

const all = texts(ui, '');
/**
 * Groups big enough to score on their own. In a handful of words one long word decides the
 * score ("Bronnen, Engelstalig"), so small groups count only in the check of all texts.
 */
const MIN_WORDS = 50;
const groups = Object.entries(ui)
  .map(([name, group]) => [name, readability(texts(group, name).map(([, text]) => text))] as const)
  .filter(([, figures]) => figures.words >= MIN_WORDS);

describe('UI text', () => {
  it('collects the texts of every group, functions included', () => {
    expect(all.length).toBeGreaterThan(100);
    expect(all).toContainEqual(['checklist.count()', 'Alle 3 stappen gedaan. Klaar!']);
  });

  it('reads as easily as a guide, taken together', () => {
    const figures = readability(all.map(([, text]) => text));
    expect(readabilityProblems(figures, 'guide')).toEqual([]);
  });

  it('has groups big enough to score on their own', () => {
    expect(groups.map(([name]) => name)).toEqual(expect.arrayContaining(['plan', 'checklist', 'search']));
  });

  it.each(groups)('group %s reads easily', (_name, figures) => {
    expect(readabilityProblems(figures, 'page')).toEqual([]);
  });
});
