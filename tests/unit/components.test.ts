// Components rendered on their own with the Astro Container API.
import { describe, expect, it } from 'vitest';
import { parse } from 'node-html-parser';
import { render } from './render-component';
import CopyLinkButton from '../../src/components/CopyLinkButton.astro';
import ErrorPage from '../../src/components/ErrorPage.astro';
import RouteSourcesNote from '../../src/components/RouteSourcesNote.astro';
import UpdatedOn from '../../src/components/UpdatedOn.astro';
import { STEP_ID, STEP_NUMBER, STEP_SELECTOR, STEP_TITLE } from '../../src/lib/markup-contract';
import StepItem from '../../src/components/StepItem.astro';
import StepPlace from '../../src/components/StepPlace.astro';
import ReportStepLink from '../../src/components/ReportStepLink.astro';

describe('CopyLinkButton', () => {
  it('is a plain link, with the label for the buttons the script makes, and no live region of its own', async () => {
    const html = await render(CopyLinkButton, { anchor: 'privacycentrum', label: 'stap 3' });
    const link = html.querySelector('a');
    expect(link?.getAttribute('href')).toBe('#privacycentrum');
    expect(link?.textContent).toBe('Link naar stap 3');
    expect(html.querySelector('copy-link')?.getAttribute('data-label')).toBe('stap 3');
    // One status region per page (copy-link.ts), not an empty one per step.
    expect(html.querySelectorAll('[role="status"], [aria-live]')).toHaveLength(0);
  });

  it('is described by what it links to when given namedBy, for the buttons the script names', async () => {
    const html = await render(CopyLinkButton, { anchor: 'wat-is-ai', label: 'deze vraag', namedBy: 'wat-is-ai-vraag' });
    expect(html.querySelector('a')?.getAttribute('aria-describedby')).toBe('wat-is-ai-vraag');
    const plain = await render(CopyLinkButton, { anchor: 'privacycentrum', label: 'stap 3' });
    expect(plain.querySelector('a')?.hasAttribute('aria-describedby')).toBe(false);
  });
});

describe('ErrorPage', () => {
  it('says what happened, offers its one way on and lists every guide', async () => {
    const guides = [
      { id: 'facebook', data: { title: 'Bezwaar maken op Facebook', summary: 'Zo maak je bezwaar.' } },
      { id: 'instagram', data: { title: 'Bezwaar maken op Instagram', summary: 'Zo maak je bezwaar.' } },
    ];
    const html = await render(ErrorPage, {
      title: 'Deze link werkt niet',
      text: 'Deze link is te lang.',
      link: { href: '/mijn-plan/', text: 'Maak je plan opnieuw', after: 'of kies hieronder een gids.' },
      guidesHeading: 'Gidsen',
      guides,
    });
    expect(html.querySelector('h1')?.textContent).toBe('Deze link werkt niet');
    const way = html.querySelector('a[href="/mijn-plan/"]');
    expect(way?.textContent).toBe('Maak je plan opnieuw');
    expect(way?.parentNode?.textContent.replace(/\s+/g, ' ').trim()).toBe(
      'Maak je plan opnieuw of kies hieronder een gids.',
    );
    expect(html.querySelector('h2')?.textContent).toBe('Gidsen');
    expect(html.querySelectorAll('.guide-list a').map((a) => a.getAttribute('href'))).toEqual([
      '/gids/facebook/',
      '/gids/instagram/',
    ]);
  });
});

const text = (html: ReturnType<typeof parse>) => html.textContent.replace(/\s+/g, ' ').trim();

describe('UpdatedOn', () => {
  it('says when the text was edited, with a Dutch date inside <time datetime>', async () => {
    const html = await render(UpdatedOn, { date: new Date('2026-11-28') });
    expect(html.querySelector('time')?.getAttribute('datetime')).toBe('2026-11-28');
    expect(text(html)).toBe('Bijgewerkt op 28 november 2026.');
  });
});

describe('RouteSourcesNote', () => {
  it('names the period of the route sources, says we cannot open the apps and links to the menu guide', async () => {
    const html = await render(RouteSourcesNote, {
      updated: new Date('2026-11-29'),
      routePublished: ['2025-04', '2025-05-26', '2025-04-14'],
      menuGuide: { href: '/gids/menu-ziet-er-anders-uit/', title: 'Het menu ziet er anders uit' },
    });
    expect(text(html)).toBe(
      'Bijgewerkt op 29 november 2026. De stappen komen uit bronnen van april en mei 2025. ' +
        'We kunnen de apps van Meta niet zelf openen. Ziet je scherm er anders uit? Lees dan ‘Het menu ziet er anders uit’.',
    );
    expect(html.querySelector('a')?.getAttribute('href')).toBe('/gids/menu-ziet-er-anders-uit/');
  });

  it('leaves out the link where there is no menu guide to point to (on that guide itself)', async () => {
    const html = await render(RouteSourcesNote, { updated: new Date('2026-11-29'), routePublished: ['2025-05-26'] });
    expect(text(html)).toBe(
      'Bijgewerkt op 29 november 2026. De stappen komen uit een bron van mei 2025. We kunnen de apps van Meta niet zelf openen.',
    );
    expect(html.querySelector('a')).toBeNull();
  });

  it('shows only the date for a guide that does not follow the apps', async () => {
    const html = await render(RouteSourcesNote, {
      updated: new Date('2026-11-29'),
      menuGuide: { href: '/gids/menu-ziet-er-anders-uit/', title: 'Het menu ziet er anders uit' },
    });
    expect(text(html)).toBe('Bijgewerkt op 29 november 2026.');
  });
});

describe('StepItem', () => {
  const step = {
    id: 'privacycentrum',
    title: 'Open het Privacycentrum',
    body: 'Kies **Privacycentrum**.',
    bodyHtml: '<p>Kies <strong>Privacycentrum</strong>.</p>',
  };

  it('carries the stable id, the number, a heading and the rendered text', async () => {
    const html = await render(StepItem, { step, number: 3 });
    const item = html.querySelector('li');
    expect(item?.id).toBe('privacycentrum');
    expect(item?.querySelector('.step-number')?.textContent).toBe('3');
    expect(item?.querySelector('h2')?.textContent).toBe('Stap 3: Open het Privacycentrum');
    expect(item?.querySelector('.step-body strong')?.textContent).toBe('Privacycentrum');
    expect(item?.querySelector('a[href="#privacycentrum"]')).not.toBeNull();
  });

  it('keeps the ids of steps merged into it as anchors inside the step', async () => {
    const html = await render(StepItem, {
      step: { ...step, oldIds: ['privacybeleid', 'pagina-generatieve-ai'] },
      number: 2,
    });
    const item = html.querySelector('li');
    expect(item?.querySelector('#privacybeleid')).not.toBeNull();
    expect(item?.querySelector('#pagina-generatieve-ai')).not.toBeNull();
    expect(item?.id).toBe('privacycentrum');
  });

  it('names the period of its own sources only when it has them', async () => {
    expect((await render(StepItem, { step, number: 1 })).querySelector('.step-route')).toBeNull();
    const own = await render(StepItem, { step: { ...step, routePublished: ['2025'] }, number: 1 });
    expect(own.querySelector('.step-route')?.textContent).toBe('Deze stap komt uit een bron van 2025.');
    const two = await render(StepItem, { step: { ...step, routePublished: ['2025-08-26', '2025-08-14'] }, number: 1 });
    expect(two.querySelector('.step-route')?.textContent).toBe('Deze stap komt uit bronnen van augustus 2025.');
  });

  it('marks its number and title for the checklist, and its "Stap 3:" as not content', async () => {
    const item = (await render(StepItem, { step, number: 3 })).querySelector('li');
    expect(item?.getAttribute(STEP_NUMBER)).toBe('3');
    expect(item?.querySelector(`[${STEP_TITLE}]`)?.textContent).toBe('Open het Privacycentrum');
    expect(item?.querySelector('h2 [data-not-content]')?.textContent).toBe('Stap 3: ');
  });

  it('carries its id once, as STEP_ID, also where its anchor differs (the plan)', async () => {
    const item = (await render(StepItem, { step, number: 3, anchor: 'facebook-privacycentrum' })).querySelector('li');
    expect(item?.id).toBe('facebook-privacycentrum');
    expect(item?.getAttribute(STEP_ID)).toBe('privacycentrum');
    expect(item?.matches(STEP_SELECTOR)).toBe(true);
    const own = (await render(StepItem, { step, number: 3 })).querySelector('li');
    expect([own?.id, own?.getAttribute(STEP_ID)]).toEqual(['privacycentrum', 'privacycentrum']);
  });
});

describe('StepPlace', () => {
  const lines = (html: ReturnType<typeof parse>) => html.querySelectorAll('p').map((line) => text(line));
  const place = { total: 8, guideTitle: 'Bezwaar maken op Facebook', firstStep: 'inloggen' };

  it('says where the step sits and, for a later step in the apps, asks about logging in and links to step 1', async () => {
    const html = await render(StepPlace, { ...place, number: 4, askLogin: true });
    expect(html.querySelector('.step-place')?.hasAttribute('data-not-content')).toBe(true);
    expect(html.querySelector('.step-place-where')?.textContent).toBe('Stap 4 van 8 · Bezwaar maken op Facebook');
    expect(lines(html)).toEqual(['Stap 4 van 8 · Bezwaar maken op Facebook', 'Nog niet ingelogd? Begin bij stap 1']);
    expect(html.querySelector('a')?.getAttribute('href')).toBe('#inloggen');
  });

  it('links to step 1 without the login question outside the apps, and not at all on step 1', async () => {
    expect(lines(await render(StepPlace, { ...place, number: 2, askLogin: false }))).toEqual([
      'Stap 2 van 8 · Bezwaar maken op Facebook',
      'Begin bij stap 1',
    ]);
    expect((await render(StepPlace, { ...place, number: 1, askLogin: true })).querySelector('a')).toBeNull();
  });
});

describe('ReportStepLink', () => {
  it('is a small mailto link, left out of content and print', async () => {
    const html = await render(ReportStepLink, { href: 'mailto:redactie@example.nl?subject=Stap%203' });
    const link = html.querySelector('a');
    expect(link?.getAttribute('href')).toBe('mailto:redactie@example.nl?subject=Stap%203');
    expect(link?.textContent).toBe('Klopt dit niet meer? Laat het ons weten');
    expect(html.querySelector('p')?.classList.contains('no-print')).toBe(true);
    expect(html.querySelector('p')?.hasAttribute('data-not-content')).toBe(true);
  });
});
