import { describe, expect, it } from 'vitest';
import { reportBody, stepReportMailto } from '../../src/lib/report-mail';

const STEP = {
  guideTitle: 'Bezwaar maken op Facebook',
  number: 4,
  stepTitle: 'Tik of klik op ‘bezwaar te maken’',
  shareUrl: 'https://metabezwaar.nl/gids/facebook/bezwaar-te-maken/',
};

/** The subject and body a mail program reads from the link. */
function read(url: string) {
  expect(url.startsWith('mailto:redactie@metabezwaar.nl?')).toBe(true);
  // URLSearchParams would read a "+" as a space: check there is none, so decoding is exact.
  expect(url).not.toContain('+');
  const params = new URLSearchParams(url.slice(url.indexOf('?') + 1));
  return { subject: params.get('subject') ?? '', body: params.get('body') ?? '' };
}

describe('stepReportMailto', () => {
  it('names the guide, the step number and title, and the share URL in the subject', () => {
    const { subject } = read(stepReportMailto('redactie@metabezwaar.nl', STEP));
    expect(subject).toBe(
      'Klopt niet meer: Bezwaar maken op Facebook, stap 4 (Tik of klik op ‘bezwaar te maken’) ' +
        'https://metabezwaar.nl/gids/facebook/bezwaar-te-maken/',
    );
  });

  it('asks in the body what the reader saw, in which app, on a phone or a computer', () => {
    const { body } = read(stepReportMailto('redactie@metabezwaar.nl', STEP));
    expect(body).toBe(reportBody().replace(/\n/g, '\r\n'));
    expect(body.replace(/\r\n/g, '\n')).toMatchInlineSnapshot(`
      "Deze stap klopt niet meer voor mij.

      Wat zie je op je scherm?


      Welke app gebruik je? Facebook of Instagram?


      Gebruik je een telefoon of een computer?

      "
    `);
  });

  it('differs per step', () => {
    const other = stepReportMailto('redactie@metabezwaar.nl', {
      ...STEP,
      number: 5,
      stepTitle: 'Vul het formulier in',
    });
    expect(other).not.toBe(stepReportMailto('redactie@metabezwaar.nl', STEP));
    expect(read(other).subject).toContain('stap 5 (Vul het formulier in)');
  });
});
