// Pages with a checklist carry their scripts inline: one round trip. Astro inlines a page script
// only while it imports no shared module and stays within assetsInlineLimit (INLINE_SCRIPT_LIMIT
// before gzip, src/integrations/inline-scripts.ts); past either, it becomes a file of its own,
// which costs a second request.
import { describe, expect, it } from 'vitest';
import { INLINE_SCRIPT_LIMIT } from '../../src/integrations/inline-scripts';
import { pages } from './dist-site';
const withChecklist = pages.filter((page) => page.root.querySelector('checklist-progress'));

describe('scripts of pages with a checklist', () => {
  it('covers the guides and the plan', () => {
    expect(withChecklist.map((page) => page.path)).toEqual(expect.arrayContaining(['/gids/facebook/', '/mijn-plan/']));
  });

  it.each(withChecklist.map((page) => [page.path, page] as const))('are all inline on %s', (_path, page) => {
    expect(page.root.querySelectorAll('script[src]').map((script) => script.getAttribute('src'))).toEqual([]);
    for (const script of page.root.querySelectorAll('script[type="module"]')) {
      // Past the limit the script would leave the page on the next build.
      expect(Buffer.byteLength(script.textContent), script.textContent.slice(0, 40)).toBeLessThanOrEqual(INLINE_SCRIPT_LIMIT);
    }
  });
});
