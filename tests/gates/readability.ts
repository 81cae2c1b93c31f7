// Readability figures for Dutch text: Flesch-Douma, the Dutch adaptation of Flesch Reading
// Ease. Higher is easier; 60-70 reads as plain everyday language.
import { countSyllables } from './dutch-syllables';

export interface ReadabilityFigures {
  words: number;
  sentences: number;
  syllables: number;
  /** 0 when there are no sentences. */
  wordsPerSentence: number;
  /** 0 when there are no words. */
  syllablesPerWord: number;
  /** null when there are no words: an empty text has no score. */
  fleschDouma: number | null;
}

const sentenceSegmenter = new Intl.Segmenter('nl', { granularity: 'sentence' });
const wordSegmenter = new Intl.Segmenter('nl', { granularity: 'word' });

/** Hyphens that join the parts of a compound ("e-mailadres", "AI-training"). */
const JOINING_HYPHENS = new Set(['-', '\u2010', '\u2011']);

/**
 * The words of a text. Intl.Segmenter splits "e-mailadres" at the hyphen; a Dutch compound
 * with a hyphen is one word, so word-like segments joined by a hyphen are joined again.
 */
export function wordsOf(text: string): string[] {
  const words: string[] = [];
  let afterWord = false;
  let joinNext = false;
  for (const { segment, isWordLike } of wordSegmenter.segment(text)) {
    if (isWordLike && joinNext) words[words.length - 1] += `-${segment}`;
    else if (isWordLike) words.push(segment);
    joinNext = !isWordLike && afterWord && JOINING_HYPHENS.has(segment);
    afterWord = isWordLike === true;
  }
  return words;
}

/** The sentences of a text that contain at least one word. */
export function sentencesOf(text: string): string[] {
  return Array.from(sentenceSegmenter.segment(text), ({ segment }) => segment.trim()).filter(
    (sentence) => wordsOf(sentence).length > 0,
  );
}

/**
 * Figures for a text, or for a list of text blocks. Each block is segmented on its own, so a
 * heading or list item without a full stop counts as a sentence of its own.
 */
export function readability(text: string | readonly string[]): ReadabilityFigures {
  const blocks = typeof text === 'string' ? [text] : text;
  let words = 0;
  let sentences = 0;
  let syllables = 0;
  for (const sentence of blocks.flatMap(sentencesOf)) {
    const sentenceWords = wordsOf(sentence);
    sentences += 1;
    words += sentenceWords.length;
    syllables += sentenceWords.reduce((sum, word) => sum + countSyllables(word), 0);
  }
  const wordsPerSentence = sentences > 0 ? words / sentences : 0;
  const syllablesPerWord = words > 0 ? syllables / words : 0;
  return {
    words,
    sentences,
    syllables,
    wordsPerSentence,
    syllablesPerWord,
    fleschDouma: words > 0 ? fleschDouma(wordsPerSentence, syllablesPerWord) : null,
  };
}

/** Flesch-Douma (Douma 1960): 206.835 - 0.93 × words per sentence - 77 × syllables per word. */
export function fleschDouma(wordsPerSentence: number, syllablesPerWord: number): number {
  return 206.835 - 0.93 * wordsPerSentence - 77 * syllablesPerWord;
}

/** What the readability gate holds each kind of page to (data-page-kind on <main>). */
export const READABILITY_LIMITS = {
  minFleschDouma: 65,
  maxWordsPerSentence: { guide: 12, faq: 12, other: 15 },
} as const;

/** The most words per sentence a page of this kind may average. */
export function maxWordsPerSentence(kind: string): number {
  const limits = READABILITY_LIMITS.maxWordsPerSentence;
  return kind === 'guide' || kind === 'faq' ? limits[kind] : limits.other;
}

/** What a page of this kind breaks, in Dutch for the editor; empty when the text passes. */
export function readabilityProblems(figures: ReadabilityFigures, kind: string): string[] {
  if (figures.fleschDouma === null) return ['geen leesbare tekst gevonden'];
  const problems: string[] = [];
  if (figures.fleschDouma < READABILITY_LIMITS.minFleschDouma) {
    problems.push(
      `Flesch-Douma ${formatFigure(figures.fleschDouma)} is lager dan ${READABILITY_LIMITS.minFleschDouma}: ` +
        'kies kortere woorden en zinnen',
    );
  }
  const maxWords = maxWordsPerSentence(kind);
  if (figures.wordsPerSentence > maxWords) {
    problems.push(
      `gemiddeld ${formatFigure(figures.wordsPerSentence)} woorden per zin, meer dan ${maxWords}: ` +
        'maak de zinnen korter',
    );
  }
  return problems;
}

const oneDecimal = new Intl.NumberFormat('nl', { minimumFractionDigits: 1, maximumFractionDigits: 1 });

/** A figure as Dutch editors write it: "64,9". */
export function formatFigure(value: number): string {
  return oneDecimal.format(value);
}
