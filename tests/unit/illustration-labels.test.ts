// Step illustrations: pure label helpers, then every illustration the guides reference.
import { readdirSync, readFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { gzipSync } from 'node:zlib';
import { describe, expect, it } from 'vitest';
import { parse } from 'yaml';
import { labelsMissingFrom, plainStepText, svgLabels } from '../gates/illustration-labels';

const GUIDES = 'content/guides';
const MAX_GZIP_BYTES = 3 * 1024;

describe('svgLabels', () => {
  it('returns the text of each <text> element, entities resolved', () => {
    const svg =
      '<svg><style>.t{fill:#000}</style><text x="1">Privacy&amp;centrum</text><rect/><text class="t"> Verzenden\n</text></svg>';
    expect(svgLabels(svg)).toEqual(['Privacy&centrum', 'Verzenden']);
  });
  it('reads text inside <tspan>', () => {
    expect(svgLabels('<text><tspan>bezwaar</tspan> <tspan>te maken</tspan></text>')).toEqual(['bezwaar te maken']);
  });
});

describe('plainStepText', () => {
  it('drops emphasis and link targets', () => {
    expect(plainStepText('Open het Privacycentrum', 'Kies **Privacycentrum**. Lees [de uitleg](/gids/x/).')).toBe(
      'Open het Privacycentrum Kies Privacycentrum. Lees de uitleg.',
    );
  });
});

describe('labelsMissingFrom', () => {
  const text = 'Staat je e-mailadres er nog niet? Tik op de blauwe knop Verzenden.';
  it('finds labels word for word, in any case', () => {
    expect(labelsMissingFrom(['E-mailadres', 'Verzenden', 'blauwe knop'], text)).toEqual([]);
  });
  it('reports labels that are not in the text or only part of a longer word', () => {
    expect(labelsMissingFrom(['Versturen', 'mail', 'knop Verzenden.'], text)).toEqual(['Versturen', 'mail']);
  });
});

interface Step {
  id: string;
  title: string;
  body: string;
  illustration?: { src: string; alt: string };
}

/** Every illustrated step of every guide, with its SVG file. */
const illustrated = readdirSync(GUIDES)
  .filter((name) => name.endsWith('.mdx'))
  .flatMap((name) => {
    const frontmatter = readFileSync(join(GUIDES, name), 'utf8').split(/^---$/m)[1]!;
    const steps = (parse(frontmatter) as { steps: Step[] }).steps;
    return steps
      .filter((step) => step.illustration)
      .map((step) => {
        const file = join(GUIDES, step.illustration!.src);
        return {
          name: `${name} → ${step.id} (${step.illustration!.src})`,
          step,
          file,
          svg: readFileSync(file, 'utf8'),
        };
      });
  });

describe('illustrated steps', () => {
  it('cover the app steps of the Facebook and Instagram guides', () => {
    for (const guide of ['facebook', 'instagram']) {
      const ids = illustrated.filter(({ name }) => name.startsWith(`${guide}.mdx`)).map(({ step }) => step.id);
      expect(ids).toEqual(
        expect.arrayContaining([
          'instellingen',
          'privacycentrum',
          'bezwaar-te-maken',
          'formulier',
          'reden',
          'verzenden',
          'bevestiging',
        ]),
      );
    }
  });
});

describe.each(illustrated.map((entry) => [entry.name, entry] as const))('%s', (_name, { step, file, svg }) => {
  it('labels only words that the step itself uses', () => {
    const labels = svgLabels(svg);
    expect(labels.length, 'an illustration names what to look for').toBeGreaterThan(0);
    expect(
      labelsMissingFrom(labels, plainStepText(step.title, step.body)),
      `labels in ${file} missing from the step text`,
    ).toEqual([]);
  });

  it(`is at most ${MAX_GZIP_BYTES} bytes gzip`, () => {
    const size = gzipSync(svg, { level: 9 }).length;
    expect(size, `${file} is ${size} bytes gzip`).toBeLessThanOrEqual(MAX_GZIP_BYTES);
  });

  it('has alt text that says what to look for', () => {
    expect(step.illustration!.alt.trim().length).toBeGreaterThan(20);
  });

  it('is a self-contained image: role="img", size, no script, no link, no other file', () => {
    const root = svg.match(/<svg\b[^>]*>/)![0];
    expect(root).toMatch(/\brole="img"/);
    expect(root).toMatch(/\bwidth="\d+"/);
    expect(root).toMatch(/\bheight="\d+"/);
    expect(root).toMatch(/\bviewBox="/);
    expect(svg).not.toMatch(/<script|<foreignObject|\bon\w+=|href=|url\(|@import/i);
  });

  it('follows a dark page on screen only, so print stays light', () => {
    expect(svg).toMatch(/@media screen and \(prefers-color-scheme: ?dark\)/);
  });

  it('lives in a folder next to the guide files', () => {
    expect(dirname(file).startsWith(GUIDES)).toBe(true);
  });
});
