// The text a reader reads on a built page, as blocks for the readability gate.
// The page content sits in <main data-page-kind="guide|faq|page">. Every element that is not
// inline (p, li, h2, td, but also div or section) starts a block of its own, so a heading or
// list item counts as its own sentence. A block holds only its own text: an li with p
// inside gives the p's text once, and any loose text of the li as one more block.
import { NodeType, parse, type HTMLElement, type Node } from 'node-html-parser';
import { NOT_CONTENT_ATTRIBUTE } from '../../src/lib/not-content';

export interface PageText {
  /** The page's data-page-kind: "guide", "faq" or "page". */
  kind: string;
  blocks: string[];
}

/** Not read as prose: navigation, controls, scripts, icons and no-script fallbacks; see also not-content.ts. */
const SKIPPED_TAGS = new Set(['nav', 'button', 'script', 'style', 'template', 'svg', 'noscript']);

/** Elements that flow inside a sentence; any other element starts a new block. */
const INLINE_TAGS = new Set([
  'a',
  'abbr',
  'b',
  'bdi',
  'bdo',
  'cite',
  'code',
  'data',
  'del',
  'dfn',
  'em',
  'i',
  'img',
  'ins',
  'kbd',
  'mark',
  'q',
  's',
  'samp',
  'small',
  'span',
  'strong',
  'sub',
  'sup',
  'time',
  'u',
  'var',
  'wbr',
]);

/** Text of the readable blocks of a built page, or null when it has no <main data-page-kind>. */
export function pageText(page: string | HTMLElement): PageText | null {
  const root = typeof page === 'string' ? parse(page) : page;
  const main = root.querySelector('main[data-page-kind]');
  if (!main) return null;
  return { kind: main.getAttribute('data-page-kind') ?? '', blocks: textBlocks(main) };
}

/**
 * The readable text blocks inside an element, in document order. A block without letters
 * (a step number, a lone date) is a label, not a sentence, and is left out.
 */
export function textBlocks(element: HTMLElement): string[] {
  const blocks: string[] = [];
  collectBlock(element, blocks);
  return blocks.filter((block) => /\p{L}/u.test(block));
}

function collectBlock(element: HTMLElement, blocks: string[]): void {
  // Reserve the block's place first, so it comes before the blocks nested in it.
  const slot = blocks.push('') - 1;
  const pieces: string[] = [];
  collectInline(element, pieces, blocks);
  blocks[slot] = normalise(pieces.join(''));
}

function collectInline(element: HTMLElement, pieces: string[], blocks: string[]): void {
  for (const child of element.childNodes) {
    if (child.nodeType === NodeType.TEXT_NODE) pieces.push(child.text);
    if (!isElement(child) || isSkipped(child)) continue;
    const tag = child.localName;
    if (tag === 'br') pieces.push(' ');
    // Custom elements (<copy-link>) only wrap; their own children decide.
    else if (INLINE_TAGS.has(tag) || tag.includes('-')) collectInline(child, pieces, blocks);
    else collectBlock(child, blocks);
  }
}

function isElement(node: Node): node is HTMLElement {
  return node.nodeType === NodeType.ELEMENT_NODE;
}

function isSkipped(element: HTMLElement): boolean {
  return (
    SKIPPED_TAGS.has(element.localName) || element.hasAttribute(NOT_CONTENT_ATTRIBUTE) || element.hasAttribute('hidden')
  );
}

/** One line of text: collapsed white space, no soft hyphens or zero-width spaces. */
function normalise(text: string): string {
  return text
    .replace(/[\u00AD\u200B]/g, '')
    .replace(/\s+/g, ' ')
    .trim();
}
