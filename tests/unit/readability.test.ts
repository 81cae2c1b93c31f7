import { describe, expect, it } from 'vitest';
import {
  fleschDouma,
  formatFigure,
  maxWordsPerSentence,
  readability,
  readabilityProblems,
  type ReadabilityFigures,
  sentencesOf,
  wordsOf,
} from '../gates/readability';

describe('wordsOf', () => {
  it('keeps a compound with a hyphen as one word', () => {
    expect(wordsOf('Vul je e-mailadres in.')).toEqual(['Vul', 'je', 'e-mailadres', 'in']);
    expect(wordsOf('Over AI-training')).toEqual(['Over', 'AI-training']);
  });

  it('does not join across spaces or dashes between words', () => {
    expect(wordsOf('AI- en datatraining')).toEqual(['AI', 'en', 'datatraining']);
    expect(wordsOf('Facebook – Instagram')).toEqual(['Facebook', 'Instagram']);
  });

  it('counts numbers as words, and punctuation not', () => {
    expect(wordsOf('Op 27 mei 2025 (dinsdag)!')).toEqual(['Op', '27', 'mei', '2025', 'dinsdag']);
  });
});

describe('sentencesOf', () => {
  it('splits at full stops, question marks and exclamation marks', () => {
    expect(sentencesOf('Zie je dit niet? Lees dan verder. Klaar!')).toEqual([
      'Zie je dit niet?',
      'Lees dan verder.',
      'Klaar!',
    ]);
  });

  it('does not end a sentence at an abbreviation followed by lower case', () => {
    expect(sentencesOf("Meta gebruikt o.a. foto's. Dat mag.")).toEqual(["Meta gebruikt o.a. foto's.", 'Dat mag.']);
  });

  it('drops fragments without words', () => {
    expect(sentencesOf('… ')).toEqual([]);
  });
});

describe('readability', () => {
  it('computes the figures of a plain text', () => {
    // Log(1) in(1) op(1) Face-book(2). O-pen(2) In-stel-lin-gen(4): 6 words, 11 syllables.
    const figures = readability('Log in op Facebook. Open Instellingen.');
    expect(figures).toMatchObject({ words: 6, sentences: 2, syllables: 11, wordsPerSentence: 3 });
    expect(figures.syllablesPerWord).toBeCloseTo(11 / 6, 10);
    // 206.835 - 0.93 × 3 - 77 × 11/6 = 62.878…
    expect(figures.fleschDouma).toBeCloseTo(62.878, 3);
  });

  it('counts each block as its own sentence, even without a full stop', () => {
    // Be-zwaar(2) ma-ken(2) | Vul(1) je(1) e-mail-a-dres(4) in(1)
    const blocks = readability(['Bezwaar maken', 'Vul je e-mailadres in.']);
    expect(blocks).toMatchObject({ words: 6, sentences: 2, syllables: 11, wordsPerSentence: 3 });
    const oneText = readability('Bezwaar maken Vul je e-mailadres in.');
    expect(oneText).toMatchObject({ words: 6, sentences: 1, syllables: 11, wordsPerSentence: 6 });
  });

  it('splits sentences within a block', () => {
    expect(readability(['Kies Privacycentrum. Tik op bezwaar.', 'Klaar']).sentences).toBe(3);
  });

  it('scores a text of numbers only', () => {
    // Two numbers of one syllable each in one sentence: 206.835 - 0.93 × 2 - 77 × 1.
    const figures = readability('27 2025.');
    expect(figures).toMatchObject({ words: 2, sentences: 1, syllables: 2, wordsPerSentence: 2, syllablesPerWord: 1 });
    expect(figures.fleschDouma).toBeCloseTo(127.975, 10);
  });

  it('has no score for empty text', () => {
    const empty = { words: 0, sentences: 0, syllables: 0, wordsPerSentence: 0, syllablesPerWord: 0, fleschDouma: null };
    expect(readability('')).toEqual(empty);
    expect(readability([])).toEqual(empty);
    expect(readability(['', '   ', '—'])).toEqual(empty);
  });
});

describe('formatFigure', () => {
  it('writes one decimal with a Dutch comma', () => {
    expect(formatFigure(64.94)).toBe('64,9');
    expect(formatFigure(12)).toBe('12,0');
  });
});

describe('fleschDouma', () => {
  it('applies the Douma formula', () => {
    // 206.835 - 0.93 × 10 - 77 × 1.5
    expect(fleschDouma(10, 1.5)).toBeCloseTo(82.035, 10);
  });
});

describe('readabilityProblems', () => {
  const figures = (wordsPerSentence: number, score: number | null): ReadabilityFigures => ({
    words: 100,
    sentences: 100 / wordsPerSentence,
    syllables: 150,
    wordsPerSentence,
    syllablesPerWord: 1.5,
    fleschDouma: score,
  });

  it('allows longer sentences on other pages than on guides and questions', () => {
    expect(maxWordsPerSentence('guide')).toBe(12);
    expect(maxWordsPerSentence('faq')).toBe(12);
    expect(maxWordsPerSentence('page')).toBe(15);
    expect(readabilityProblems(figures(13, 70), 'page')).toEqual([]);
    expect(readabilityProblems(figures(13, 70), 'guide')).toEqual([
      'gemiddeld 13,0 woorden per zin, meer dan 12: maak de zinnen korter',
    ]);
  });

  it('names a score below the minimum', () => {
    expect(readabilityProblems(figures(10, 64.94), 'faq')).toEqual([
      'Flesch-Douma 64,9 is lager dan 65: kies kortere woorden en zinnen',
    ]);
    expect(readabilityProblems(figures(10, 65), 'faq')).toEqual([]);
  });

  it('fails a page without readable text', () => {
    expect(readabilityProblems(figures(10, null), 'page')).toEqual(['geen leesbare tekst gevonden']);
  });
});
