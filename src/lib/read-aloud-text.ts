// What "Lees voor" says for one step or question: its text as a reader sees it, without what
// is not content, split into short sentences (one utterance each, so no voice stops halfway),
// with the pronunciation list applied. Pure: it reads any DOM-like tree, the browser's own in
// read-aloud.ts, node-html-parser's in the unit tests.
import { NOT_CONTENT_ATTRIBUTE } from './not-content';

/** The part of a DOM node the text walk needs; both the browser's DOM and node-html-parser have it. */
export interface ReadableNode {
  nodeType: number;
  textContent: string | null;
  childNodes: Iterable<ReadableNode>;
  localName?: string;
  hasAttribute?(name: string): boolean;
  getAttribute?(name: string): string | null;
}

/** One word the voices say wrong, and how to write it so they say it right (content/pronunciation.yaml). */
export interface Pronunciation {
  word: string;
  say: string;
}

/** Never read: controls, pictures, scripts. */
const SKIPPED_TAGS = /^(button|input|select|textarea|label|svg|img|figure|script|style|template|noscript)$/;
/** Elements that start a new piece of text, so a heading or list item is its own sentence. */
const BLOCK_TAGS = /^(p|div|li|ul|ol|h[1-6]|section|article|aside|summary|details|blockquote|dl|dt|dd|tr|td|th|br)$/;

/**
 * Leaves out what a reader does not see as text: anything marked not content (the one marker,
 * not-content.ts), hidden or aria-hidden, controls, and a closed <details> (help the reader has
 * not opened; opened, it is read, summary first).
 */
function isSkipped(element: ReadableNode): boolean {
  const has = (name: string) => element.hasAttribute?.(name) ?? false;
  return (
    SKIPPED_TAGS.test(element.localName ?? '') ||
    has(NOT_CONTENT_ATTRIBUTE) ||
    has('hidden') ||
    element.getAttribute?.('aria-hidden') === 'true' ||
    (element.localName === 'details' && !has('open'))
  );
}

/** The text of an element as pieces in reading order; every block element starts a new piece. */
export function readablePieces(root: ReadableNode): string[] {
  const pieces: string[] = [''];
  const walk = (node: ReadableNode) => {
    for (const child of node.childNodes) {
      if (child.nodeType === 3) pieces[pieces.length - 1] += child.textContent ?? '';
      if (child.nodeType !== 1 || isSkipped(child)) continue;
      const block = BLOCK_TAGS.test(child.localName ?? '');
      if (block) pieces.push('');
      walk(child);
      if (block) pieces.push('');
    }
  };
  walk(root);
  return pieces.map(clean).filter((piece) => /[\p{L}\p{N}]/u.test(piece));
}

/** One line: collapsed white space, no soft hyphens, zero-width spaces or word joiners. */
const clean = (text: string) =>
  text
    .replace(/[\u00AD\u200B\u2060]/g, '')
    .replace(/\s+/g, ' ')
    .trim();

/** Longer sentences are cut at a comma, semicolon or colon (else a space): some voices stop after about 15 s. */
export const MAX_UTTERANCE_CHARS = 160;

/** The sentences of a piece of text, long ones cut into parts of at most MAX_UTTERANCE_CHARS. */
export function sentences(text: string): string[] {
  const found =
    typeof Intl.Segmenter === 'function'
      ? Array.from(new Intl.Segmenter('nl', { granularity: 'sentence' }).segment(text), (part) => part.segment)
      : (text.match(/[^.!?]+(?:[.!?]+["'’”)]*\s*|$)/g) ?? []);
  return found.flatMap((sentence) => cutLong(sentence.trim())).filter(Boolean);
}

function cutLong(sentence: string): string[] {
  if (sentence.length <= MAX_UTTERANCE_CHARS) return [sentence];
  const head = sentence.slice(0, MAX_UTTERANCE_CHARS);
  const at = Math.max(head.lastIndexOf(', '), head.lastIndexOf('; '), head.lastIndexOf(': '));
  const cut = at > 0 ? at + 1 : head.lastIndexOf(' ');
  if (cut <= 0) return [sentence];
  return [sentence.slice(0, cut).trim(), ...cutLong(sentence.slice(cut).trim())];
}

const escape = (text: string) => text.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');

/**
 * Replaces each listed word where it stands as a whole word ("AI" in "AI-training", not in
 * "AIR"), in the case written in the list: "AI" is the letters, "ai" could be something else.
 */
export function pronounce(text: string, list: readonly Pronunciation[]): string {
  return list.reduce(
    (result, { word, say }) =>
      result.replace(new RegExp(`(?<![\\p{L}\\p{N}])${escape(word)}(?![\\p{L}\\p{N}])`, 'gu'), say),
    text,
  );
}

/**
 * The utterances for one step or question: `intro` first ("Stap 3 van 8"), then the element's
 * text, each sentence its own utterance, with the pronunciation list applied.
 */
export function utterances(root: ReadableNode, list: readonly Pronunciation[], intro?: string): string[] {
  const pieces = readablePieces(root);
  return [...(intro ? [intro] : []), ...pieces].flatMap(sentences).map((sentence) => pronounce(sentence, list));
}
