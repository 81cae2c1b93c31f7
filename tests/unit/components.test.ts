// Components rendered on their own with the Astro Container API.
import { experimental_AstroContainer as AstroContainer } from 'astro/container';
import { parse } from 'node-html-parser';
import { beforeAll, describe, expect, it } from 'vitest';
import CopyLinkButton from '../../src/components/CopyLinkButton.astro';
import LastChecked from '../../src/components/LastChecked.astro';
import StepItem from '../../src/components/StepItem.astro';

let container: AstroContainer;
beforeAll(async () => {
  container = await AstroContainer.create();
});

const render = async (component: Parameters<AstroContainer['renderToString']>[0], props: Record<string, unknown>) =>
  parse(await container.renderToString(component, { props }));

describe('CopyLinkButton', () => {
  it('works as a plain link first and has a hidden button for scripts to show', async () => {
    const html = await render(CopyLinkButton, { anchor: 'privacycentrum', label: 'stap 3' });
    const link = html.querySelector('a');
    expect(link?.getAttribute('href')).toBe('#privacycentrum');
    expect(link?.textContent).toBe('Link naar stap 3');
    const copy = html.querySelector('button[data-copy]');
    expect(copy?.textContent).toBe('Kopieer link naar stap 3');
    expect(copy?.hasAttribute('hidden')).toBe(true);
    expect(html.querySelector('[role="status"]')?.textContent).toBe('');
  });
});

describe('LastChecked', () => {
  it('shows a Dutch date inside <time datetime>', async () => {
    const html = await render(LastChecked, { date: new Date('2026-11-28') });
    const time = html.querySelector('time');
    expect(time?.getAttribute('datetime')).toBe('2026-11-28');
    expect(html.textContent.replace(/\s+/g, ' ').trim()).toBe('Laatst gecontroleerd op 28 november 2026');
  });
});

describe('StepItem', () => {
  const step = { id: 'privacycentrum', title: 'Open het Privacycentrum', body: 'Kies **Privacycentrum**.' };

  it('carries the stable id, the number, a heading and the rendered text', async () => {
    const html = await render(StepItem, { step, number: 3 });
    const item = html.querySelector('li');
    expect(item?.id).toBe('privacycentrum');
    expect(item?.querySelector('.step-number')?.textContent).toBe('3');
    expect(item?.querySelector('h2')?.textContent).toBe('Stap 3: Open het Privacycentrum');
    expect(item?.querySelector('.step-body strong')?.textContent).toBe('Privacycentrum');
    expect(item?.querySelector('a[href="#privacycentrum"]')).not.toBeNull();
  });

  it('marks its number and title for the checklist, and its "Stap 3:" as not content', async () => {
    const item = (await render(StepItem, { step, number: 3 })).querySelector('li');
    expect(item?.getAttribute('data-step-number')).toBe('3');
    expect(item?.querySelector('[data-step-title]')?.textContent).toBe('Open het Privacycentrum');
    expect(item?.querySelector('h2 [data-not-content]')?.textContent).toBe('Stap 3: ');
  });

  it('shows its own last-checked date only when it has one', async () => {
    expect((await render(StepItem, { step, number: 1 })).querySelector('time')).toBeNull();
    const checked = await render(StepItem, { step: { ...step, lastChecked: new Date('2026-10-01') }, number: 1 });
    expect(checked.querySelector('time')?.getAttribute('datetime')).toBe('2026-10-01');
  });
});
