// Help where readers get stuck: every step of the Facebook and Instagram guides has a closed
// "Lukt het niet?" with at least three items that each link on, inside the step (so search has
// it), and every step that follows Meta's apps names where its route comes from in the line a
// reader sees when opening the step from a link.
import { describe, expect, it } from 'vitest';
import { pageAt, pages } from './dist-site';

const APP_GUIDES = ['/gids/facebook/', '/gids/instagram/'];

describe.each(APP_GUIDES)('%s', (path) => {
  const page = pageAt(path)!;
  const steps = page.root.querySelectorAll('ol.steps > li.step');

  it('has steps', () => {
    expect(steps.length).toBeGreaterThanOrEqual(8);
  });

  it.each(steps.map((step) => [step.id, step] as const))('step %s has a closed ‘Lukt het niet?’', (_id, step) => {
    const help = step.querySelector('details.step-stuck');
    expect(help, 'no <details class="step-stuck">').not.toBeNull();
    expect(help!.hasAttribute('open'), 'closed by default').toBe(false);
    expect(help!.querySelector('summary')?.text.trim()).toBe('Lukt het niet?');
    const items = help!.querySelectorAll('li');
    expect(items.length).toBeGreaterThanOrEqual(3);
    for (const item of items) expect(item.querySelector('a[href]'), item.text).not.toBeNull();
    // Search reads the step without its data-not-content parts: the help must not be one of them.
    expect(help!.closest('[data-not-content]')).toBeNull();
  });
});

describe('source period in the step place line', () => {
  // Guides whose steps follow Meta's apps carry the report link under each step.
  const appGuides = pages.filter(
    (page) => /^\/gids\/[^/]+\/$/.test(page.path) && page.root.querySelector('.step-report'),
  );

  it('finds the guides that follow the apps', () => {
    expect(appGuides.map((page) => page.path)).toEqual(expect.arrayContaining([...APP_GUIDES, '/gids/minder-openbaar-delen/']));
  });

  it.each(appGuides.map((page) => [page.path, page] as const))('%s names the route period on every step', (_path, page) => {
    for (const step of page.root.querySelectorAll('li.step')) {
      const where = step.querySelector('.step-place-where')?.text.replace(/\s+/g, ' ') ?? '';
      expect(where, step.id).toMatch(/· (?:route uit (?:een bron|bronnen) van .*\d{4}|onze eigen tip, niet uit een bron)$/);
    }
  });
});
