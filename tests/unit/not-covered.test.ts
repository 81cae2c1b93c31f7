// content/not-covered.yaml: every entry passes its schema, and the schema refuses what would
// make search say "nothing on this" too often (one word alone) with a Dutch message. That no
// entry matches a heading of the site is checked on the build (tests/dist/search-relevance.test.ts).
import { readFileSync } from 'node:fs';
import { parse } from 'yaml';
import { describe, expect, it } from 'vitest';
import { notCoveredSchema } from '../../src/content.config';

const entries = parse(readFileSync('content/not-covered.yaml', 'utf8')) as unknown[];

describe('topics the site does not cover', () => {
  it('all pass the schema', () => {
    const problems = entries.flatMap((entry, index) =>
      (notCoveredSchema.safeParse(entry).error?.issues ?? []).map((issue) => `${index + 1}: ${issue.message}`),
    );
    expect(entries.length).toBeGreaterThan(0);
    expect(problems).toEqual([]);
  });

  it.each([['verwijderen'], ['Account verwijderen'], ['account  verwijderen'], ['één twee drie vier']])(
    'refuse "%s", naming the field',
    (id) => {
      const issues = notCoveredSchema.safeParse({ id }).error?.issues ?? [];
      expect(issues.map((issue) => issue.path.join('.'))).toEqual(['id']);
      expect(issues[0]!.message).toMatch(/^Schrijf 2 of 3 woorden/);
    },
  );
});
