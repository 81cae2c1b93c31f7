import { describe, expect, it } from 'vitest';
import { parse } from 'node-html-parser';
import { pageText } from '../gates/page-text';

const page = (main: string, attributes = 'data-page-kind="guide"') =>
  `<!doctype html><html lang="nl"><body>
    <header><p>Sitenaam</p></header>
    <main id="inhoud" ${attributes}>${main}</main>
    <footer><p>Voettekst</p></footer>
  </body></html>`;

describe('pageText', () => {
  it('reads the kind and the blocks of main only', () => {
    expect(pageText(page('<h1>Bezwaar maken</h1><p>Log in op Facebook.</p>'))).toEqual({
      kind: 'guide',
      blocks: ['Bezwaar maken', 'Log in op Facebook.'],
    });
  });

  it('returns null for a page without <main data-page-kind>', () => {
    expect(pageText(page('<p>Tekst</p>', 'id="inhoud"'))).toBeNull();
    expect(pageText('<p>Geen main</p>')).toBeNull();
  });

  it('makes each block element its own block and keeps inline text together', () => {
    const html = page(`
      <h2>Stap <strong>1</strong></h2>
      <ul><li>Open <a href="/x">Instellingen</a>.</li><li>Kies Privacy<wbr>centrum</li></ul>
      <dl><dt>AP</dt><dd>Autoriteit Persoonsgegevens</dd></dl>
      <table><tr><th>Dag</th><td>27 mei</td></tr></table>
      <details><summary>Meer weten</summary><p>Lees dit.</p></details>`);
    expect(pageText(html)?.blocks).toEqual([
      'Stap 1',
      'Open Instellingen.',
      'Kies Privacycentrum',
      'AP',
      'Autoriteit Persoonsgegevens',
      'Dag',
      '27 mei',
      'Meer weten',
      'Lees dit.',
    ]);
  });

  it('counts nested blocks once, keeping loose text of the outer block', () => {
    const html = page(
      '<ol><li><p>Eerste alinea.</p><p>Tweede alinea.</p></li><li>Los <ul><li>binnen</li></ul> erna</li></ol>',
    );
    expect(pageText(html)?.blocks).toEqual(['Eerste alinea.', 'Tweede alinea.', 'Los erna', 'binnen']);
  });

  it('turns loose text in a container into a block of its own', () => {
    expect(pageText(page('<div class="callout">Let op: <em>alleen</em> openbare berichten.</div>'))?.blocks).toEqual([
      'Let op: alleen openbare berichten.',
    ]);
  });

  it('skips navigation, controls, scripts, screen-reader text and marked parts', () => {
    const html = page(`
      <nav><p>Kruimelpad</p></nav>
      <h2><span class="sr-only" data-not-content>Stap 2: </span>Open Instellingen</h2>
      <p>Kopieer de link <button type="button">Kopieer</button></p>
      <script>const tekst = 'geen proza';</script><style>p { color: red }</style>
      <template><p>Sjabloon</p></template>
      <p class="guide-meta" data-not-content>Bijgewerkt op 28 november 2026</p>
      <section data-not-content><h2>Bronnen</h2><ul><li><p>Bron</p></li></ul></section>
      <p>Zichtbaar<svg><title>pijl</title></svg></p>
      <p hidden>Verborgen</p>`);
    expect(pageText(html)?.blocks).toEqual(['Open Instellingen', 'Kopieer de link', 'Zichtbaar']);
  });

  it('leaves out blocks without letters, such as a step number', () => {
    const html = page(
      '<ol><li><span class="step-number" aria-hidden="true">1</span><div><h2>Log in</h2></div></li></ol><p>2025</p>',
    );
    expect(pageText(html)?.blocks).toEqual(['Log in']);
  });

  it('reads text inside custom elements as inline', () => {
    expect(pageText(page('<p>Tik op <copy-hint>de knop</copy-hint> hier.</p>'))?.blocks).toEqual([
      'Tik op de knop hier.',
    ]);
  });

  it('decodes entities and collapses white space, line breaks and soft hyphens', () => {
    const html = page('<p>Meta &amp; AI:\n   priv&eacute;&shy;berichten<br>blijven priv&eacute;.</p>');
    expect(pageText(html)?.blocks).toEqual(['Meta & AI: privéberichten blijven privé.']);
  });

  it('accepts an already parsed page', () => {
    expect(pageText(parse(page('<p>Tekst</p>', 'data-page-kind="faq"')))).toEqual({ kind: 'faq', blocks: ['Tekst'] });
  });
});
