import { describe, expect, it } from 'vitest';
import { decodeHash, resolveStepAnchor } from '../../src/lib/anchors';

const STEPS = ['inloggen', 'privacycentrum', 'formulier', 'verzenden'];

describe('resolveStepAnchor', () => {
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
