import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { parse } from 'node-html-parser';
import { describe, expect, it } from 'vitest';
import { readPronunciation } from '../../src/integrations/script-modules';
import {
  MAX_UTTERANCE_CHARS,
  pronounce,
  readablePieces,
  sentences,
  utterances,
  type ReadableNode,
} from '../../src/lib/read-aloud-text';

const element = (html: string) => parse(html).firstChild as unknown as ReadableNode;

/** A guide step as StepItem renders it, with every part that is not content. */
const STEP = `<li id="privacycentrum" class="step" data-step-number="3">
  <span id="oud" class="step-old-anchor"></span>
  <div class="step-place" data-not-content><p>Stap 3 van 8 · Bezwaar maken op Facebook</p><p><a href="#inloggen">Begin bij stap 1</a></p></div>
  <span class="step-number" aria-hidden="true">3</span>
  <div class="step-content">
    <h2 class="step-title"><span class="sr-only" data-not-content>Stap 3: </span><span data-step-title>Kies het Privacycentrum</span></h2>
    <div class="prose step-body"><p>Je bent bij <strong>Instellingen</strong>.
      Kies daar <a href="/x">Privacycentrum</a>.</p><ul><li>Tik erop</li><li>Of klik</li></ul></div>
    <figure data-not-content><img alt="Schets"><figcaption>Schets van het scherm</figcaption></figure>
    <details><summary>Lukt het niet?</summary><p>Kijk dan bij je profiel.</p></details>
    <label class="step-checkbox"><input type="checkbox"><span aria-hidden="true">Gedaan</span></label>
    <button type="button" data-read-aloud>Lees voor</button>
    <p class="step-report" data-not-content><a href="mailto:x">Klopt dit niet meer?</a></p>
    <copy-link data-not-content><a href="#privacycentrum">Link naar stap 3</a></copy-link>
    <p hidden>Verborgen tekst</p>
  </div>
</li>`;

describe('readablePieces', () => {
  it('reads the title, then the text, each block apart, in document order', () => {
    expect(readablePieces(element(STEP))).toEqual([
      'Kies het Privacycentrum',
      'Je bent bij Instellingen. Kies daar Privacycentrum.',
      'Tik erop',
      'Of klik',
    ]);
  });

  it('leaves out not-content, aria-hidden, hidden, controls, pictures and closed help', () => {
    const said = readablePieces(element(STEP)).join(' ');
    for (const left of [
      'Stap 3',
      'Bezwaar maken op Facebook',
      'Schets',
      'Gedaan',
      'Lees voor',
      'Klopt dit',
      'Link naar',
      'Verborgen',
      'Lukt het niet',
      'profiel',
    ]) {
      expect(said).not.toContain(left);
    }
  });

  it('reads help the reader opened, summary first', () => {
    const open = element(
      '<div><p>Doe dit.</p><details open><summary>Lukt het niet?</summary><p>Kijk bij je profiel.</p></details></div>',
    );
    expect(readablePieces(open)).toEqual(['Doe dit.', 'Lukt het niet?', 'Kijk bij je profiel.']);
  });

  it('joins inline text, drops soft hyphens, word joiners and pieces without letters or digits', () => {
    const html = element(
      '<div><p>Privacy\u00ADcentrum <em>en</em> <a>\u2060meer\u2060</a></p><p> · </p><br><p>112</p></div>',
    );
    expect(readablePieces(html)).toEqual(['Privacycentrum en meer', '112']);
  });
});

describe('sentences', () => {
  it('splits at the end of each sentence, also after a question or a quote', () => {
    expect(sentences('Log in. Werkt het niet? Lees dan ‘Het menu ziet er anders uit’. Klaar!')).toEqual([
      'Log in.',
      'Werkt het niet?',
      'Lees dan ‘Het menu ziet er anders uit’.',
      'Klaar!',
    ]);
  });

  it('keeps a heading without a full stop whole', () => {
    expect(sentences('Kies het Privacycentrum')).toEqual(['Kies het Privacycentrum']);
  });

  it(`cuts a sentence longer than ${MAX_UTTERANCE_CHARS} characters at a comma, else at a space`, () => {
    const long = `${'Dit is een lang stuk tekst, '.repeat(5)}${'met veel woorden '.repeat(8)}tot het einde.`;
    const parts = sentences(long);
    expect(parts.length).toBeGreaterThan(1);
    for (const part of parts) expect(part.length).toBeLessThanOrEqual(MAX_UTTERANCE_CHARS);
    expect(parts[0]).toMatch(/,$/);
    expect(parts.join(' ')).toBe(long);
  });
});

describe('pronounce', () => {
  const list = [
    { word: 'AI', say: 'aa ie' },
    { word: 'e-mail', say: 'iemeel' },
  ];

  it('replaces whole words, also at the start of a compound with a hyphen', () => {
    expect(pronounce('Wat is AI? Stop AI-training.', list)).toBe('Wat is aa ie? Stop aa ie-training.');
    expect(pronounce('Bewaar de e-mail van Meta.', list)).toBe('Bewaar de iemeel van Meta.');
  });

  it('leaves other words and other cases alone', () => {
    expect(pronounce('AIR, MAIL, ai en je e-mailadres', list)).toBe('AIR, MAIL, ai en je e-mailadres');
  });
});

describe('utterances', () => {
  it('says the place first, then each sentence, with the list applied', () => {
    const step = element('<li><h2>Over AI</h2><p>AI leert van voorbeelden. Dat heet trainen.</p></li>');
    expect(utterances(step, [{ word: 'AI', say: 'aa ie' }], 'Stap 3 van 8')).toEqual([
      'Stap 3 van 8',
      'Over aa ie',
      'aa ie leert van voorbeelden.',
      'Dat heet trainen.',
    ]);
  });

  it('has no place for an answer', () => {
    expect(utterances(element('<section><h3>Vraag?</h3><p>Antwoord.</p></section>'), [])).toEqual([
      'Vraag?',
      'Antwoord.',
    ]);
  });
});

describe('the pronunciation list', () => {
  it('has the words voices get wrong, as { word, say }', () => {
    const list = readPronunciation();
    expect(list).toContainEqual({ word: 'AI', say: 'aa ie' });
    expect(list).toContainEqual({ word: 'e-mail', say: 'iemeel' });
  });

  it('stops the build on a word listed twice, naming the file and the word', () => {
    const file = join(mkdtempSync(join(tmpdir(), 'uitspraak-')), 'pronunciation.yaml');
    writeFileSync(file, '- word: AI\n  say: aa ie\n- word: AI\n  say: ai\n');
    expect(() => readPronunciation(file)).toThrow(`${file}: het woord "AI" staat twee keer in de lijst (word).`);
  });
});
