import { describe, expect, it } from 'vitest';
import { BRAND_NAMES, markUnhyphenated, publisherNames } from '../../src/lib/unhyphenated';

const names = [...BRAND_NAMES, 'Security.nl', 'Autoriteit Persoonsgegevens', 'Meta AI'];
const mark = (html: string) => markUnhyphenated(html, names);
const span = (text: string) => `<span class="no-hyphens">${text}</span>`;

describe('markUnhyphenated', () => {
  it('wraps brands, source names, e-mail and web addresses in running text', () => {
    expect(mark('<p>Open Facebook of Instagram.</p>')).toBe(`<p>Open ${span('Facebook')} of ${span('Instagram')}.</p>`);
    expect(mark('<p>Mail redactie@metabezwaar.nl of typ metabezwaar.nl/gids/facebook.</p>')).toBe(
      `<p>Mail ${span('redactie@metabezwaar.nl')} of typ ${span('metabezwaar.nl/gids/facebook')}.</p>`,
    );
    expect(mark('<li>Volgens de Autoriteit Persoonsgegevens en Security.nl</li>')).toBe(
      `<li>Volgens de ${span('Autoriteit Persoonsgegevens')} en ${span('Security.nl')}</li>`,
    );
  });

  it('takes the longest name and whole words only', () => {
    expect(mark('<p>Meta AI en Metadata, Metaverse</p>')).toBe(`<p>${span('Meta AI')} en Metadata, Metaverse</p>`);
    expect(mark('<p>Facebook-account</p>')).toBe(`<p>${span('Facebook')}-account</p>`);
  });

  it('leaves tags, attributes, the head, scripts, styles and SVG alone', () => {
    const untouched = [
      '<head><title>Facebook</title><meta content="Facebook"></head>',
      '<script>const a = "Facebook";</script>',
      '<style>.Meta{}</style>',
      '<svg><text>Meta</text></svg>',
      '<a href="https://www.security.nl/x" title="Meta">',
      '<!-- Facebook -->',
      // Never hyphenated by CSS already: headings and links.
      '<h2>Open Facebook</h2>',
      '<a href="/x">Meta en Security.nl</a>',
    ];
    for (const html of untouched) expect(mark(html)).toBe(html);
    expect(mark('<script>x</script><p>Meta</p>')).toBe(`<script>x</script><p>${span('Meta')}</p>`);
    // A script's "<" is no tag: the text after the script is still marked.
    expect(mark('<script>if (a<b) f("Meta");</script><p>Meta</p>')).toBe(
      `<script>if (a<b) f("Meta");</script><p>${span('Meta')}</p>`,
    );
  });
});

describe('publisherNames', () => {
  it('splits "X via Y" into both names', () => {
    expect(publisherNames('Autoriteit Persoonsgegevens via Security.nl')).toEqual([
      'Autoriteit Persoonsgegevens',
      'Security.nl',
    ]);
    expect(publisherNames('Data Protection Commission (Ierland)')).toEqual(['Data Protection Commission']);
    expect(publisherNames('noyb')).toEqual(['noyb']);
  });
});
