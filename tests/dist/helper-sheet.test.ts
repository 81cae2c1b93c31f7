// Helper sheets: one per main guide and one for the plan, made from the same steps as the
// guides, printable on A4, and kept out of site search (they repeat their guide).
import { describe, expect, it } from 'vitest';
import { helperSheetUrl, PLAN_HELPER_SHEET_PATH } from '../../src/lib/routes';
import { PLAN_SHEET_LINK } from '../../src/lib/markup-contract';
import { pageAt } from './dist-site';

const stepTitles = (path: string, selector: string) =>
  pageAt(path)!.root.querySelectorAll(selector).map((element) => element.lastChild!.textContent.trim());

describe.each(['facebook', 'instagram'])('the %s helper sheet', (slug) => {
  const sheet = pageAt(helperSheetUrl(slug));

  it('lists the guide’s steps, each with a tick box', () => {
    expect(sheet, `${helperSheetUrl(slug)} is built`).toBeDefined();
    const guideSteps = stepTitles(`/gids/${slug}/`, 'ol.steps > li .step-title');
    expect(stepTitles(helperSheetUrl(slug), '.sheet-steps li')).toEqual(guideSteps);
    expect(sheet!.root.querySelectorAll('.sheet-steps li .sheet-tick')).toHaveLength(guideSteps.length);
  });

  it('is linked from its guide', () => {
    expect(pageAt(`/gids/${slug}/`)!.root.querySelector(`a[href="${helperSheetUrl(slug)}"]`)?.textContent).toBe(
      'Print of help iemand anders',
    );
  });
});

describe.each([helperSheetUrl('facebook'), helperSheetUrl('instagram'), PLAN_HELPER_SHEET_PATH])('%s', (path) => {
  const sheet = pageAt(path)!;

  it('has an inline SVG QR code, an A4 page rule and a date', () => {
    expect(sheet.root.querySelector('.sheet-qr-code svg[role="img"]')).not.toBeNull();
    expect(sheet.html).toMatch(/@page\{size:A4;?/);
    expect(sheet.root.querySelector('.sheet-updated time')?.getAttribute('datetime')).toMatch(/^\d{4}-\d{2}-\d{2}$/);
  });

  it('stays out of site search', () => {
    expect(sheet.root.querySelector('[data-pagefind-body]')).toBeNull();
  });
});

it('the plan sheet holds the Accountcentrum check and both apps’ steps', () => {
  // The general sheet; the sheets per plan follow it, hidden until the answers ask for one.
  const lines = stepTitles(PLAN_HELPER_SHEET_PATH, '[data-sheet="algemeen"] .sheet-steps li');
  const facebook = stepTitles('/gids/facebook/', 'ol.steps > li .step-title');
  const instagram = stepTitles('/gids/instagram/', 'ol.steps > li .step-title');
  expect(lines.slice(1)).toEqual([...facebook, ...instagram]);
  const link = pageAt('/mijn-plan/')!.root.querySelector(`a[href="${PLAN_HELPER_SHEET_PATH}"]`);
  // The plan's script finds it by this name to give it the plan's answers.
  expect(link?.hasAttribute(PLAN_SHEET_LINK)).toBe(true);
});
