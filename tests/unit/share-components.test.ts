// The share and helper-sheet components rendered on their own with the Astro Container API.
import { describe, expect, it } from 'vitest';
import { render } from './render-component';
import CopyLinkButton from '../../src/components/CopyLinkButton.astro';
import GuideShare from '../../src/components/GuideShare.astro';
import HelperSheet from '../../src/components/HelperSheet.astro';

describe('CopyLinkButton with a share page', () => {
  it('keeps the anchor for the plain link and hands the share URL to the script', async () => {
    const html = await render(CopyLinkButton, {
      anchor: 'privacycentrum',
      label: 'stap 3',
      shareUrl: '/gids/facebook/privacycentrum/',
    });
    expect(html.querySelector('a')?.getAttribute('href')).toBe('#privacycentrum');
    expect(html.querySelector('copy-link')?.getAttribute('data-url')).toBe('/gids/facebook/privacycentrum/');
  });

  it('has no share URL when none is given', async () => {
    const html = await render(CopyLinkButton, { anchor: 'is-het-te-laat', label: 'deze vraag' });
    expect(html.querySelector('copy-link')?.hasAttribute('data-url')).toBe(false);
  });
});

describe('GuideShare', () => {
  it('shows the share button only once a script can run, and links the helper sheet', async () => {
    const html = await render(GuideShare, { url: '/gids/facebook/', sheetUrl: '/gids/facebook/hulpkaart/' });
    const button = html.querySelector('share-page button');
    expect(button?.textContent).toBe('Deel deze gids');
    expect(button?.hasAttribute('hidden')).toBe(true);
    expect(html.querySelector('share-page [role="status"]')?.textContent).toBe('');
    expect(html.querySelector('a[href="/gids/facebook/hulpkaart/"]')?.textContent).toBe('Print of help iemand anders');
  });

  it('leaves out the sheet link for guides without a sheet', async () => {
    const html = await render(GuideShare, { url: '/gids/na-je-bezwaar/' });
    expect(html.querySelectorAll('a')).toHaveLength(0);
  });
});

describe('HelperSheet', () => {
  it('lists steps with tick boxes, the QR code, notes and the date', async () => {
    const html = await render(HelperSheet, {
      title: 'Bezwaar maken op Facebook',
      intro: 'Doe de stappen één voor één.',
      sections: [
        {
          steps: [
            { id: 'a', number: 1, title: 'Log in' },
            { id: 'b', number: 2, title: 'Open Instellingen' },
          ],
        },
      ],
      qrUrl: 'https://metabezwaar.nl/gids/facebook/',
      qrCaption: 'Scan de code.',
      updated: new Date('2026-11-28'),
      back: { href: '/gids/facebook/', label: 'Terug naar de gids' },
    });
    expect(html.querySelector('h1')?.textContent).toBe('Bezwaar maken op Facebook');
    expect(html.querySelectorAll('.sheet-steps li .sheet-tick')).toHaveLength(2);
    expect(html.querySelector('.sheet-qr-code svg')?.getAttribute('aria-label')).toBe(
      'QR-code met de link https://metabezwaar.nl/gids/facebook/',
    );
    expect(html.querySelector('.sheet-url')?.textContent).toBe('Of typ: metabezwaar.nl/gids/facebook');
    expect(html.querySelector('.sheet-updated time')?.getAttribute('datetime')).toBe('2026-11-28');
    expect(html.querySelector('.sheet-back a')?.getAttribute('href')).toBe('/gids/facebook/');
  });
});
