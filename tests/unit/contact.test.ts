import { describe, expect, it } from 'vitest';
import { contactAddress, isContactAddress, mailtoUrl } from '../../src/lib/contact';

describe('contactAddress', () => {
  it('is redactie@ the site host without it being set', () => {
    expect(contactAddress('https://metabezwaar.nl', {})).toBe('redactie@metabezwaar.nl');
    expect(contactAddress(new URL('https://www.example.nl/pad/'), {})).toBe('redactie@example.nl');
  });

  it('takes SITE_CONTACT when it is set, and ignores it when empty', () => {
    expect(contactAddress('https://metabezwaar.nl', { SITE_CONTACT: ' tips+ai@voorbeeld.org ' })).toBe(
      'tips+ai@voorbeeld.org',
    );
    expect(contactAddress('https://metabezwaar.nl', { SITE_CONTACT: '' })).toBe('redactie@metabezwaar.nl');
  });

  it.each([
    'redactie',
    'redactie@localhost',
    'a b@example.nl',
    'x@example.nl?cc=y@z.nl',
    'x@-example.nl',
    '@example.nl',
  ])('stops the build on a malformed SITE_CONTACT (%s), naming the variable', (value) => {
    expect(() => contactAddress('https://metabezwaar.nl', { SITE_CONTACT: value })).toThrow(
      /^SITE_CONTACT ".*" is not an e-mail address/,
    );
    expect(isContactAddress(value)).toBe(false);
  });
});

describe('mailtoUrl', () => {
  it('percent-encodes subject and body as UTF-8, spaces as %20 and line breaks as CRLF', () => {
    const url = mailtoUrl('redactie@example.nl', {
      subject: 'Stap 3 · ‘bezwaar’ & meer?',
      body: 'Regel 1\nRegel 2 = 50%',
    });
    expect(url).toBe(
      'mailto:redactie@example.nl?subject=Stap%203%20%C2%B7%20%E2%80%98bezwaar%E2%80%99%20%26%20meer%3F' +
        '&body=Regel%201%0D%0ARegel%202%20%3D%2050%25',
    );
    expect(url).not.toContain('+');
  });

  it('leaves out the body when there is none', () => {
    expect(mailtoUrl('a@example.nl', { subject: 'Hoi' })).toBe('mailto:a@example.nl?subject=Hoi');
  });

  it('gives back the exact texts to a reader of the URL', () => {
    const subject = 'Klopt niet meer: https://example.nl/gids/facebook/formulier/?a=1&b=2#x';
    const body = 'Wat zie je?\n\nTelefoon of computer?';
    const params = new URLSearchParams(mailtoUrl('a@example.nl', { subject, body }).split('?').slice(1).join('?'));
    expect(params.get('subject')).toBe(subject);
    expect(params.get('body')).toBe(body.replace(/\n/g, '\r\n'));
  });
});
