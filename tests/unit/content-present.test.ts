// Astro's glob loader only warns when a content folder is empty or missing: fail here instead.
import { readdirSync, readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { parse } from 'yaml';

const count = (folder: string, ending: string) =>
  readdirSync(`content/${folder}`).filter((name) => name.endsWith(ending)).length;

describe('content collections', () => {
  it('has the guides the site links to', () => {
    const guides = readdirSync('content/guides');
    for (const slug of ['facebook', 'instagram', 'gekoppelde-accounts', 'na-je-bezwaar']) {
      expect(guides).toContain(`${slug}.mdx`);
    }
  });
  it('has at least 20 questions', () => {
    expect(count('questions', '.md')).toBeGreaterThanOrEqual(20);
  });
  it('has the about and timeline pages', () => {
    expect(readdirSync('content/pages').sort()).toEqual(
      expect.arrayContaining(['over-deze-site.mdx', 'wat-is-er-gebeurd.mdx']),
    );
  });
  it.each(['sources.yaml', 'timeline.yaml'])('has entries in %s', (file) => {
    const list: unknown = parse(readFileSync(`content/${file}`, 'utf8'));
    expect(Array.isArray(list) && list.length > 0).toBe(true);
  });
});
