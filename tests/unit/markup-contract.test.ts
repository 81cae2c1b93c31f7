// The components write the data-* attributes that the browser scripts read, under the names
// src/lib/markup-contract.ts gives them (some templates must write them out).
import { describe, expect, it } from 'vitest';
import { render } from './render-component';
import ChecklistProgress from '../../src/components/ChecklistProgress.astro';
import CopyLinkButton from '../../src/components/CopyLinkButton.astro';
import ReadAloudButton from '../../src/components/ReadAloudButton.astro';
import StepCheckbox from '../../src/components/StepCheckbox.astro';
import StepItem from '../../src/components/StepItem.astro';
import {
  CHECKLIST_COUNT,
  CHECKLIST_DONE,
  CHECKLIST_GUIDES,
  CHECKLIST_NEXT,
  CHECKLIST_NEXT_LINK,
  CHECKLIST_RESET,
  CHECKLIST_STATUS,
  CHECKLIST_UNSAVED,
  COPY_LINK_LABEL,
  COPY_LINK_URL,
  READ_ALOUD,
  READ_ALOUD_ALL,
  STEP_GUIDE,
  STEP_ID,
  STEP_SELECTOR,
  STEP_TITLE,
} from '../../src/lib/markup-contract';

describe('the markup the scripts read', () => {
  it('<checklist-progress> carries its guides and every part its script fills in', async () => {
    const html = await render(ChecklistProgress, { guides: { facebook: ['inloggen'] } });
    const element = html.querySelector('checklist-progress');
    expect(JSON.parse(element?.getAttribute(CHECKLIST_GUIDES) ?? '')).toEqual({ facebook: ['inloggen'] });
    const parts = [CHECKLIST_STATUS, CHECKLIST_COUNT, CHECKLIST_NEXT, CHECKLIST_NEXT_LINK, CHECKLIST_UNSAVED];
    for (const attribute of [...parts, CHECKLIST_RESET, CHECKLIST_DONE]) {
      expect(element?.querySelectorAll(`[${attribute}]`), attribute).toHaveLength(1);
    }
  });

  it('a step’s box names its guide, and the step around it carries the id and title', async () => {
    const step = { id: 'inloggen', title: 'Log in', body: 'Log in.', bodyHtml: '<p>Log in.</p>' };
    const box = await render(StepCheckbox, { guide: 'facebook', step });
    expect(box.querySelector('input[type="checkbox"]')?.getAttribute(STEP_GUIDE)).toBe('facebook');
    const item = (await render(StepItem, { step, number: 1 })).querySelector(STEP_SELECTOR);
    expect(item?.getAttribute(STEP_ID)).toBe('inloggen');
    expect(item?.querySelector(`[${STEP_TITLE}]`)?.textContent).toBe('Log in');
  });

  it('<copy-link> carries its label and the page to hand out', async () => {
    const html = await render(CopyLinkButton, { anchor: 'x', label: 'stap 3', shareUrl: '/gids/facebook/x/' });
    const element = html.querySelector('copy-link');
    expect([element?.getAttribute(COPY_LINK_LABEL), element?.getAttribute(COPY_LINK_URL)]).toEqual([
      'stap 3',
      '/gids/facebook/x/',
    ]);
  });

  it('"Lees voor" buttons carry the name both speech scripts look for, "all" on the one for every step', async () => {
    const one = (await render(ReadAloudButton, {})).querySelector('button');
    const all = (await render(ReadAloudButton, { all: true })).querySelector('button');
    expect([one?.getAttribute(READ_ALOUD), all?.getAttribute(READ_ALOUD)]).toEqual(['', READ_ALOUD_ALL]);
  });
});
