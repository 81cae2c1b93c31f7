// The reader journeys in Firefox ESR over WebDriver BiDi, plus printing a helper sheet.
import { expect, it } from 'vitest';
import { HEIGHT, launchFirefox, WIDTH, type Engine } from './engines';
import { hyphenationFaults } from './hyphenation';
import { PATTERN, readerJourneys } from './journeys';
import { pdfPageCount } from './pdf-pages';

readerJourneys(launchFirefox, (engine: () => Engine) => {
  it('a helper sheet prints on one A4 page, its address on one line and unhyphenated', async () => {
    const firefox = engine() as Awaited<ReturnType<typeof launchFirefox>>;
    await firefox.goto('/gids/facebook/hulpkaart/');
    expect(pdfPageCount(await firefox.page.pdf({ format: 'A4' }))).toBe(1);

    // The same layout as on paper: print media at the width of an A4 page's text (210 mm less
    // Firefox's default margins of half an inch, at 96 px per inch).
    await firefox.page.setViewport({ width: Math.round((210 / 25.4 - 1) * 96), height: 1000 });
    // Firefox over BiDi cannot emulate print media: the page's own print rules are switched on
    // and its screen-only rules off, through the CSSOM (the CSP allows that).
    await firefox.run(() => {
      const visit = (rules: CSSRuleList) => {
        for (const rule of rules) {
          if (rule instanceof CSSMediaRule) {
            const media = rule.media.mediaText;
            if (/\bprint\b/.test(media)) rule.media.mediaText = media.replace(/\bprint\b/g, 'all');
            else if (/\bscreen\b/.test(media)) rule.media.mediaText = 'not all';
          }
          if ('cssRules' in rule) visit((rule as CSSGroupingRule).cssRules);
        }
      };
      for (const sheet of document.styleSheets) visit(sheet.cssRules);
    });
    try {
      // The address may break only where the sheet allows it, after a "/" (<wbr>).
      const address = await firefox.run(() => {
        const strong = document.querySelector('.sheet-url strong')!;
        const walker = document.createTreeWalker(strong, NodeFilter.SHOW_TEXT);
        const parts: Node[] = [];
        while (walker.nextNode()) parts.push(walker.currentNode);
        const lines = parts.map((node) => {
          const range = document.createRange();
          range.selectNodeContents(node);
          return new Set([...range.getClientRects()].filter((r) => r.width > 0.5).map((r) => Math.round(r.bottom)))
            .size;
        });
        return { text: strong.textContent, lines };
      });
      expect(address.text).toMatch(/^[\w.-]+\/gids\/facebook$/);
      expect(address.lines.length).toBeGreaterThanOrEqual(3);
      expect(address.lines.filter((lines) => lines !== 1)).toEqual([]);
      expect(await firefox.run(hyphenationFaults, PATTERN)).toEqual([]);
      expect(await firefox.run(() => getComputedStyle(document.querySelector('.site-header')!).display)).toBe('none');
    } finally {
      await firefox.page.setViewport({ width: WIDTH, height: HEIGHT });
    }
  });
});
