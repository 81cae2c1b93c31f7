// Over the built site: no page claims a check of Meta's apps that nobody made, and the main
// text uses Dutch quotation marks (‘…’), never a straight double quote.
import { NodeType, parse, type HTMLElement, type Node } from 'node-html-parser';
import { describe, expect, it } from 'vitest';
import { pages } from './dist-site';
import { checkClaims, loosePunctuationQuotes, overstatedClaims, straightQuotes, techWords } from '../gates/honest-text';

/** Text nodes a reader can see (or that scripts show from a <template>), without code. */
function visibleText(node: Node): string[] {
  if (node.nodeType === NodeType.TEXT_NODE) return [node.text];
  if (node.nodeType !== NodeType.ELEMENT_NODE) return [];
  const element = node as HTMLElement;
  const tag = element.rawTagName?.toLowerCase() ?? '';
  if (tag === 'script' || tag === 'style') return [];
  // The parser keeps <noscript> as raw text; readers without JavaScript see it as HTML.
  if (tag === 'noscript') return visibleText(parse(element.rawText));
  return element.childNodes.flatMap(visibleText);
}

/** Every attribute value on the page: descriptions, labels and titles count as claims too. */
function attributeValues(root: HTMLElement): string[] {
  return root.querySelectorAll('*').flatMap((element) => Object.values(element.attributes));
}

describe('honest dates', () => {
  it.each(pages.map((page) => [page.path, page] as const))('%s claims no check of the apps', (_path, page) => {
    const text = [...visibleText(page.root), ...attributeValues(page.root)].join('\n');
    expect(checkClaims(text)).toEqual([]);
  });
});

describe('claims no stronger than their sources', () => {
  it.each(pages.map((page) => [page.path, page] as const))('%s has no stale or overstated sentence', (_path, page) => {
    const text = [...visibleText(page.root), ...attributeValues(page.root)].join('\n');
    expect(overstatedClaims(text)).toEqual([]);
  });

  it.each(pages.map((page) => [page.path, page] as const))('%s says "JavaScript" in plain words', (_path, page) => {
    expect(techWords(visibleText(page.root).join('\n'))).toEqual([]);
  });
});

describe('Dutch quotation marks', () => {
  const withMain = pages.filter((page) => page.root.querySelector('main'));

  it('finds pages with main text', () => {
    expect(withMain.length).toBeGreaterThan(0);
  });

  it.each(withMain.map((page) => [page.path, page] as const))('%s has no straight " in its main text', (_path, page) => {
    const main = page.root.querySelector('main')!;
    expect(visibleText(main).flatMap(straightQuotes)).toEqual([]);
  });

  it.each(withMain.map((page) => [page.path, page] as const))('%s has no space just inside ‘…’', (_path, page) => {
    const main = page.root.querySelector('main')!;
    expect(loosePunctuationQuotes(visibleText(main).join(''))).toEqual([]);
  });
});
