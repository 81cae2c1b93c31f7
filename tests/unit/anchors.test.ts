import { describe, expect, it } from 'vitest';
import { decodeHash, stepAnchorTarget } from '../../src/lib/anchors';

const STEPS = ['inloggen', 'privacycentrum', 'formulier', 'verzenden'];

/** A guide's steps as the page marks them: the id is the anchor, numbered from 1. */
const resolveStepAnchor = (hash: string, ids: readonly string[]) =>
  stepAnchorTarget(
    hash,
    ids.map((id, index) => ({ anchor: id, id, number: index + 1 })),
  );

describe('stepAnchorTarget on a guide', () => {
  it('finds an exact step id, with or without #', () => {
    expect(resolveStepAnchor('#privacycentrum', STEPS)).toBe('privacycentrum');
    expect(resolveStepAnchor('formulier', STEPS)).toBe('formulier');
  });

  it('finds a step id regardless of letter case and encoding', () => {
    expect(resolveStepAnchor('#PRIVACYCENTRUM', STEPS)).toBe('privacycentrum');
    expect(resolveStepAnchor('#Verzenden', STEPS)).toBe('verzenden');
    expect(resolveStepAnchor('#%50rivacycentrum', STEPS)).toBe('privacycentrum');
  });

  it('opens step N for #stap-N, by the number the page shows', () => {
    expect(resolveStepAnchor('#stap-1', STEPS)).toBe('inloggen');
    expect(resolveStepAnchor('#stap-3', STEPS)).toBe('formulier');
    expect(resolveStepAnchor('#Stap-4', STEPS)).toBe('verzenden');
    expect(resolveStepAnchor('#stap-0', STEPS)).toBeNull();
    expect(resolveStepAnchor('#stap-5', STEPS)).toBeNull();
  });

  it('prefers a real step id over the stap-N reading', () => {
    expect(resolveStepAnchor('#stap-2', ['stap-2', 'b'])).toBe('stap-2');
  });

  it('returns null for unknown, empty and malformed anchors, without throwing', () => {
    for (const hash of ['#bestaat-niet', '', '#', '#%', '#%E0%A4%A', '#%zz']) {
      expect(() => resolveStepAnchor(hash, STEPS)).not.toThrow();
      expect(resolveStepAnchor(hash, STEPS), hash).toBeNull();
    }
  });
});

describe('decodeHash', () => {
  it('decodes, and keeps malformed encoding as typed', () => {
    expect(decodeHash('#stap%203')).toBe('stap 3');
    expect(decodeHash('#%')).toBe('%');
    expect(decodeHash('#%E0%A4%A')).toBe('%E0%A4%A');
    expect(decodeHash(' #x ')).toBe('#x');
  });
});

describe('stepAnchorTarget', () => {
  // A page where one step carries an old, merged id and numbers restart per guide (the plan).
  const steps = [
    { anchor: 'facebook-inloggen', id: 'inloggen', number: 1 },
    { anchor: 'facebook-privacycentrum', id: 'privacycentrum', number: 2 },
    { anchor: 'facebook-privacycentrum', id: 'privacybeleid', number: 2 },
    { anchor: 'instagram-inloggen', id: 'inloggen', number: 1 },
  ];

  it('opens the page anchor, then the first step with that id, in any letter case', () => {
    expect(stepAnchorTarget('#INSTAGRAM-inloggen', steps)).toBe('instagram-inloggen');
    expect(stepAnchorTarget('#inloggen', steps)).toBe('facebook-inloggen');
    expect(stepAnchorTarget('#PrivacyBeleid', steps)).toBe('facebook-privacycentrum');
  });

  it('opens the first step numbered N for #stap-N', () => {
    expect(stepAnchorTarget('#stap-2', steps)).toBe('facebook-privacycentrum');
    expect(stepAnchorTarget('#stap-3', steps)).toBeNull();
  });

  it('returns null without steps or for malformed anchors', () => {
    expect(stepAnchorTarget('#stap-1', [])).toBeNull();
    expect(stepAnchorTarget('#%', steps)).toBeNull();
  });
});
