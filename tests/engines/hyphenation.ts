// Finds hyphenated brands, source names and addresses as the engine rendered them. Runs in the
// page, so it takes everything it needs as arguments.

export interface HyphenationFault {
  text: string;
  why: string;
}

/**
 * Every occurrence of a name or address in the page's visible text that either sits in an
 * element the engine may hyphenate (computed `hyphens: auto`), or that the engine broke over
 * two lines where it would not without hyphenation (measured with Range.getClientRects, then
 * again with hyphenation off: a different layout means a hyphen was drawn inside).
 */
export function hyphenationFaults(patternSource: string): HyphenationFault[] {
  const pattern = new RegExp(patternSource, 'gu');
  const faults: { text: string; why: string }[] = [];
  const hyphensOf = (el: Element) => {
    const style = getComputedStyle(el) as CSSStyleDeclaration & { webkitHyphens?: string };
    return style.hyphens || style.webkitHyphens || '';
  };
  // Empty rects (WebKit adds one at a line's end) hold no text.
  const lineTops = (range: Range) => [
    ...new Set([...range.getClientRects()].filter((rect) => rect.width > 0.5).map((rect) => Math.round(rect.bottom))),
  ];
  const walker = document.createTreeWalker(document.body, NodeFilter.SHOW_TEXT);
  const found: { node: Text; start: number; text: string }[] = [];
  for (let node = walker.nextNode() as Text | null; node; node = walker.nextNode() as Text | null) {
    const parent = node.parentElement;
    if (!parent || parent.closest('script, style, svg, [hidden]') || parent.getClientRects().length === 0) continue;
    for (const match of node.data.matchAll(pattern)) {
      found.push({ node, start: match.index, text: match[0] });
    }
  }
  // Source names and link texts are whole texts, not patterns: every word of them counts.
  for (const el of document.querySelectorAll('.source-list li, a[href^="mailto:"], .sheet-url strong')) {
    if (el.getClientRects().length === 0) continue;
    const text = el.textContent ?? '';
    const range = document.createRange();
    range.selectNodeContents(el);
    const style = el as HTMLElement;
    const before = JSON.stringify(lineTops(range));
    const words = (el.textContent ?? '').split(/\s+/).filter((word) => word.length >= 8).length;
    if (hyphensOf(el) === 'auto' && words > 0) faults.push({ text, why: 'may be hyphenated (hyphens: auto)' });
    style.style.setProperty('hyphens', 'manual');
    style.style.setProperty('-webkit-hyphens', 'manual');
    if (JSON.stringify(lineTops(range)) !== before)
      faults.push({ text, why: 'hyphenated: its line breaks change without hyphens' });
    style.style.removeProperty('hyphens');
    style.style.removeProperty('-webkit-hyphens');
  }
  for (const { node, start, text } of found) {
    const parent = node.parentElement!;
    if (hyphensOf(parent) === 'auto')
      faults.push({
        text,
        why: `may be hyphenated (hyphens: auto) in <${parent.localName} class="${parent.className}">`,
      });
    // A break at a space, or after the name's own "-" or "/", is no hyphenation; within a part it is.
    for (const part of text.matchAll(/[^\s/-]+/g)) {
      const range = document.createRange();
      range.setStart(node, start + part.index);
      range.setEnd(node, start + part.index + part[0].length);
      const lines = lineTops(range);
      if (lines.length < 2) continue;
      const before = JSON.stringify(lines);
      parent.style.setProperty('hyphens', 'manual');
      parent.style.setProperty('-webkit-hyphens', 'manual');
      const hyphenated = JSON.stringify(lineTops(range)) !== before;
      parent.style.removeProperty('hyphens');
      parent.style.removeProperty('-webkit-hyphens');
      faults.push({ text, why: hyphenated ? `hyphenated inside ‘${part[0]}’` : `broken inside ‘${part[0]}’` });
    }
  }
  return faults;
}

/** The computed hyphenation limits of the body, in the engine's own properties. */
export function hyphenationLimits(): Record<string, string> {
  const style = getComputedStyle(document.body);
  const read = (name: string) => style.getPropertyValue(name);
  return {
    hyphens: read('hyphens') || read('-webkit-hyphens'),
    'hyphenate-limit-chars': read('hyphenate-limit-chars'),
    '-webkit-hyphenate-limit-before': read('-webkit-hyphenate-limit-before'),
    '-webkit-hyphenate-limit-after': read('-webkit-hyphenate-limit-after'),
  };
}
