// The components write the data-* attributes that the browser scripts read, under the names
// src/lib/markup-contract.ts gives them (some templates must write them out).
import { describe, expect, it } from 'vitest';
import { render } from './render-component';
import ChecklistProgress from '../../src/components/ChecklistProgress.astro';
import CopyLinkButton from '../../src/components/CopyLinkButton.astro';
import QuestionItem from '../../src/components/QuestionItem.astro';
import StepAnchors from '../../src/components/StepAnchors.astro';
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
  ANSWER_CLASS,
  STEP_GUIDE,
  STEP_CHECKBOX_CLASS,
  STEP_ID,
  STEP_LIST_ELEMENT,
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

  it('the places "Lees voor" puts its buttons: the list of steps, each "Gedaan" box, each answer’s copy link', async () => {
    expect((await render(StepAnchors, {})).querySelectorAll(STEP_LIST_ELEMENT)).toHaveLength(1);
    const step = { id: 'inloggen', title: 'Log in', body: 'Log in.', bodyHtml: '<p>Log in.</p>' };
    const box = await render(StepCheckbox, { guide: 'facebook', step });
    expect(box.querySelectorAll(`label.${STEP_CHECKBOX_CLASS}`)).toHaveLength(1);
    const question = { id: 'wat-is-ai', data: { question: 'Wat is AI?' } };
    const answer = (await render(QuestionItem, { question })).querySelector(`.${ANSWER_CLASS}`);
    expect(answer?.querySelectorAll(':scope > copy-link')).toHaveLength(1);
  });
});
