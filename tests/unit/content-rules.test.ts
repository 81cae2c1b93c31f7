import { describe, expect, it } from 'vitest';
import { isKebabCase, isNotInFuture } from '../../src/lib/content-rules';

describe('isKebabCase', () => {
  it.each(['privacycentrum', 'bezwaar-te-maken', 'stap-2'])('accepts %s', (id) => {
    expect(isKebabCase(id)).toBe(true);
  });
  it.each(['Privacycentrum', 'bezwaar_te_maken', '-stap', 'stap-', 'twee--streepjes', '', 'één'])(
    'rejects %j',
    (id) => {
      expect(isKebabCase(id)).toBe(false);
    },
  );
});

describe('isNotInFuture', () => {
  const now = new Date('2026-11-29T10:00:00Z');
  it('accepts today and earlier', () => {
    expect(isNotInFuture(new Date('2026-11-29'), now)).toBe(true);
    expect(isNotInFuture(new Date('2025-05-27'), now)).toBe(true);
  });
  it('rejects tomorrow', () => {
    expect(isNotInFuture(new Date('2026-11-30'), now)).toBe(false);
  });
});
