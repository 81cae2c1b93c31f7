// Steps that stand on their own, checked in the built guides against their frontmatter:
// every step carries "Stap N van M · guide" (shown only when opened from its link; the browser
// test checks that) and, after step 1, a link back to it; every step that follows Meta's apps
// (its guide has routeFrom or followsApps) links to an e-mail about that step, other steps do not; the
// personal plan, which reuses the steps, has neither (its first view has no room); and a step's
// share page shows the step's drawing in its preview image where it has one.
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { PNG } from 'pngjs';
import { describe, expect, it } from 'vitest';
import { ui } from '../../src/i18n/nl';
import { stepShareUrl } from '../../src/lib/routes';
import { DIST, guideSources, pageAt } from './dist-site';

const guides = guideSources();
const site = new URL(pageAt('/')!.root.querySelector('meta[property="og:url"]')!.getAttribute('content')!).origin;
const text = (value: string | undefined) => (value ?? '').replace(/\s+/g, ' ').trim();

describe.each(guides.map((guide) => [guide.slug, guide] as const))('guide %s', (slug, guide) => {
  const page = pageAt(`/gids/${slug}/`)!;
  const steps = page.root.querySelectorAll('ol.steps > li.step');
  const followsApps = Boolean(guide.routeFrom) || Boolean(guide.followsApps);

  it('has the steps of its frontmatter', () => {
    expect(steps.map((step) => step.id)).toEqual(guide.steps.map((step) => step.id));
  });

  it('says on every step where it sits, and links later steps back to step 1', () => {
    steps.forEach((step, index) => {
      const place = step.querySelector('.step-place');
      expect(place?.hasAttribute('data-not-content'), `${step.id}: marked as not content`).toBe(true);
      // Steps in Meta's apps add where their route comes from (tests/dist/step-help.test.ts).
      const where = `Stap ${index + 1} van ${steps.length} · ${guide.title}`;
      const line = text(place!.querySelector('.step-place-where')?.textContent);
      if (followsApps) expect(line.startsWith(`${where} · `), line).toBe(true);
      else expect(line).toBe(where);
      const back = place!.querySelector('a');
      if (index === 0) {
        expect(back, `${step.id}: step 1 needs no link to itself`).toBeNull();
      } else {
        expect(back?.getAttribute('href')).toBe(`#${guide.steps[0]!.id}`);
        expect(text(back?.textContent)).toBe(ui.stepContext.startAtOne);
        expect(text(place!.textContent).includes(ui.stepContext.notLoggedIn)).toBe(followsApps);
      }
    });
  });

  it(followsApps ? 'lets readers report each step that no longer matches the app' : 'has no report links', () => {
    steps.forEach((step, index) => {
      const links = step.querySelectorAll('a[href^="mailto:"]');
      if (!followsApps) {
        expect(links, step.id).toHaveLength(0);
        return;
      }
      expect(links, step.id).toHaveLength(1);
      expect(text(links[0]!.textContent)).toBe(ui.report.link);
      const href = links[0]!.getAttribute('href')!;
      expect(href, 'no "+" that a mail program could read as a space').not.toContain('+');
      const params = new URLSearchParams(href.slice(href.indexOf('?') + 1));
      const subject = params.get('subject')!;
      expect(subject).toContain(guide.title);
      expect(subject).toContain(`stap ${index + 1} (${guide.steps[index]!.title})`);
      expect(subject.endsWith(`${site}${stepShareUrl(slug, step.id)}`)).toBe(true);
      expect(params.get('body')).toContain(ui.report.bodyQuestions.at(-1));
    });
  });
});

describe('the personal plan', () => {
  it('reuses the steps without place lines or report links', () => {
    const plan = pageAt('/mijn-plan/')!;
    expect(plan.html).toContain('data-step-number');
    expect(plan.root.querySelectorAll('.step-place')).toHaveLength(0);
    expect(plan.html).not.toContain('mailto:');
  });
});

describe('step share page previews', () => {
  /** Pixels of the illustrations' red mark (#b3261e) in the right-hand part of the card, where a drawing goes. */
  function redPixels(slug: string, step: string): number {
    const png = PNG.sync.read(readFileSync(join(DIST, 'og/gids', slug, `${step}.png`)));
    let count = 0;
    for (let y = 0; y < png.height; y++) {
      for (let x = 800; x < png.width; x++) {
        const i = (y * png.width + x) * 4;
        if (Math.abs(png.data[i]! - 0xb3) + Math.abs(png.data[i + 1]! - 0x26) + Math.abs(png.data[i + 2]! - 0x1e) < 40) count++;
      }
    }
    return count;
  }

  const all = guides.flatMap((guide) => guide.steps.map((step) => [`${guide.slug}#${step.id}`, guide.slug, step] as const));

  it('include both steps with and without an illustration', () => {
    expect(all.filter(([, , step]) => step.illustration).length).toBeGreaterThan(5);
    expect(all.filter(([, , step]) => !step.illustration).length).toBeGreaterThan(5);
  });

  it.each(all)('%s shows its drawing only where it has one', (_name, slug, step) => {
    if (step.illustration) expect(redPixels(slug, step.id)).toBeGreaterThan(100);
    else expect(redPixels(slug, step.id)).toBe(0);
  });
});
