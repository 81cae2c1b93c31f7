// The content schemas on their own: fast checks of what they accept and of the Dutch
// messages editors see, every rule that needs no real files. (content-errors.test.ts runs
// `astro sync` for what only a real build shows: file names, files next to a guide, the
// sources file.) Valid entries come from the helpers below, so renaming a
// field means changing one line here.
import { describe, expect, it } from 'vitest';
import type { z } from 'astro/zod';
import { z as zod } from 'astro/zod';
import { guideSchema, questionSchema, sourceSchema } from '../../src/content.config';

/** Stands in for Astro's image() helper, which only exists inside a real build. */
const image = (() => zod.string()) as unknown as Parameters<typeof guideSchema>[1];

const SOURCES = ['bron-een'];

/** A valid step; `change` overrides or adds fields. */
const validStep = (change: Record<string, unknown> = {}) => ({
  id: 'eerste-stap',
  title: 'Eerste stap',
  body: 'Doe dit.',
  ...change,
});

/** A valid guide's frontmatter. */
const validGuide = (change: Record<string, unknown> = {}) => ({
  title: 'Voorbeeld',
  summary: 'Een korte gids.',
  minutes: 5,
  order: 1,
  updated: '2026-01-01',
  sources: ['bron-een'],
  steps: [validStep(), validStep({ id: 'tweede-stap', title: 'Tweede stap' })],
  ...change,
});

/** A valid question's frontmatter. */
const validQuestion = (change: Record<string, unknown> = {}) => ({
  question: 'Is dit een vraag?',
  group: 'bezwaar-maken',
  order: 1,
  sources: ['bron-een'],
  updated: '2026-01-01',
  ...change,
});

/** The messages of a failed parse as "path: message", or [] when it passed. */
function problems(schema: z.ZodType, input: unknown): string[] {
  const result = schema.safeParse(input);
  return result.success ? [] : result.error.issues.map((issue) => `${issue.path.join('.')}: ${issue.message}`);
}

describe('guide schema', () => {
  const guide = guideSchema(SOURCES, image);

  it('accepts a valid guide', () => {
    expect(problems(guide, validGuide())).toEqual([]);
  });

  describe('"Lukt het niet?" (stuck)', () => {
    const item = (n: number) => `**Probleem ${n}?** Lees [het antwoord](/vragen/#vraag-${n}).`;
    const withStuck = (stuck: unknown) => validGuide({ steps: [validStep({ stuck })] });

    it('accepts three or more items that each link on', () => {
      expect(problems(guide, withStuck([item(1), item(2), item(3)]))).toEqual([]);
    });

    it('asks for at least three items', () => {
      expect(problems(guide, withStuck([item(1), item(2)]))).toEqual([
        'steps.0.stuck: Geef onder "stuck" minstens drie dingen die mis kunnen gaan, of laat "stuck" weg.',
      ]);
    });

    it('names the item that does not link on', () => {
      expect(problems(guide, withStuck([item(1), 'Probeer het later nog eens.', item(3)]))).toEqual([
        'steps.0.stuck.1: Elk punt onder "stuck" linkt door naar een antwoord of gids, zoals [de vraag](/vragen/#reden-nodig).',
      ]);
    });
  });

  it('takes followsApps as a yes or no', () => {
    expect(problems(guide, validGuide({ followsApps: true }))).toEqual([]);
    expect(problems(guide, validGuide({ followsApps: 'ja' }))).toHaveLength(1);
  });

  it('names a duplicate step id', () => {
    expect(problems(guide, validGuide({ steps: [validStep(), validStep()] }))).toMatchInlineSnapshot(`
      [
        "steps.1.id: Stap-id "eerste-stap" staat twee keer in deze gids.",
      ]
    `);
  });

  it('asks for kebab-case step ids', () => {
    expect(problems(guide, validGuide({ steps: [validStep({ id: 'Eerste_Stap' })] }))).toMatchInlineSnapshot(`
      [
        "steps.0.id: Stap-id moet kebab-case zijn: kleine letters, cijfers en streepjes (bijvoorbeeld "privacycentrum").",
      ]
    `);
  });

  it('refuses a step id that is the name of a page under the guide', () => {
    expect(problems(guide, validGuide({ steps: [validStep({ id: 'hulpkaart' })] }))).toMatchInlineSnapshot(`
      [
        "steps.0.id: Dit stap-id is al de naam van een pagina onder de gids (/gids/<gids>/hulpkaart/). Kies een ander stap-id.",
      ]
    `);
  });

  it('refuses an unknown source and a guide without steps', () => {
    expect(problems(guide, validGuide({ sources: ['bron-twee'], steps: [] }))).toMatchInlineSnapshot(`
      [
        "sources.0: Onbekende bron. Bekende bronnen staan in content/sources.yaml.",
        "steps: Een gids heeft minstens één stap.",
      ]
    `);
  });

  it('refuses dates in the future and dates that are no dates', () => {
    expect(
      problems(guide, validGuide({ updated: '2999-01-01' })).concat(
        problems(guide, validGuide({ updated: 'gisteren' })),
      ),
    ).toMatchInlineSnapshot(`
      [
        "updated: Deze datum ligt in de toekomst.",
        "updated: Verwacht een datum als 2026-11-29.",
      ]
    `);
  });
});

describe('guide schema: where the route comes from (routeFrom)', () => {
  const guide = guideSchema(['bron-een', 'bron-twee'], image);
  const withRoute = (change: Record<string, unknown> = {}) =>
    validGuide({
      sources: ['bron-een', 'bron-twee'],
      routeFrom: ['bron-een'],
      steps: [validStep(), validStep({ id: 'tweede-stap', title: 'Tweede stap', routeFrom: ['bron-twee'] })],
      ...change,
    });

  it('accepts a route from listed sources, and a step with sources of its own', () => {
    expect(problems(guide, withRoute())).toEqual([]);
  });

  it('refuses an unknown route source', () => {
    expect(problems(guide, withRoute({ routeFrom: ['bron-drie'] }))).toMatchInlineSnapshot(`
      [
        "routeFrom.0: Onbekende bron. Bekende bronnen staan in content/sources.yaml.",
        "sources: Bron "bron-drie" staat in routeFrom maar niet in sources.",
      ]
    `);
  });

  it('asks for every route source under sources too', () => {
    expect(problems(guide, withRoute({ sources: ['bron-een'] }))).toMatchInlineSnapshot(`
      [
        "sources: Bron "bron-twee" staat in routeFrom maar niet in sources.",
      ]
    `);
  });

  it('refuses a step routeFrom that repeats the guide', () => {
    const steps = [validStep(), validStep({ id: 'tweede-stap', title: 'Tweede stap', routeFrom: ['bron-een'] })];
    expect(problems(guide, withRoute({ steps }))).toMatchInlineSnapshot(`
      [
        "steps.1.routeFrom: Deze stap heeft dezelfde bronnen als de gids. Laat routeFrom bij de stap weg.",
      ]
    `);
  });
});

describe('guide schema: dates, keywords and illustrations', () => {
  const guide = guideSchema(SOURCES, image);

  it('asks for updated where the old lastChecked field is', () => {
    const { updated: _updated, ...rest } = validGuide();
    expect(problems(guide, { ...rest, lastChecked: '2026-01-01' })).toMatchInlineSnapshot(`
      [
        "updated: Verwacht een datum als 2026-11-29.",
      ]
    `);
  });

  it('refuses keywords in capitals, and a keyword twice on a step', () => {
    const capitals = problems(guide, validGuide({ keywords: ['Gehackt'] }));
    const twice = problems(guide, validGuide({ steps: [validStep({ keywords: ['opt-out', 'opt-out'] })] }));
    expect(capitals.concat(twice)).toMatchInlineSnapshot(`
      [
        "keywords: Zoekwoord "Gehackt": gebruik kleine letters en hooguit vier woorden met één spatie ertussen.",
        "steps.0.keywords: Zoekwoord "opt-out" staat twee keer in de lijst.",
      ]
    `);
  });

  it('asks for alt text on an illustration, also when it is only spaces', () => {
    const src = './facebook/instellingen.svg';
    const missing = problems(guide, validGuide({ steps: [validStep({ illustration: { src } })] }));
    const empty = problems(guide, validGuide({ steps: [validStep({ illustration: { src, alt: ' ' } })] }));
    expect(missing.concat(empty)).toMatchInlineSnapshot(`
      [
        "steps.0.illustration.alt: Geef de illustratie een alt-tekst die zegt wat de lezer moet zoeken.",
        "steps.0.illustration.alt: Geef de illustratie een alt-tekst die zegt wat de lezer moet zoeken.",
      ]
    `);
  });

  it('keeps the illustration path as written, for what needs the file itself', () => {
    const illustration = { src: './facebook/instellingen.svg', alt: 'Schets van het menu.' };
    const parsed = guide.parse(validGuide({ steps: [validStep({ illustration })] }));
    expect(parsed.steps[0]!.illustration).toEqual({ ...illustration, file: illustration.src });
  });
});

describe('question schema', () => {
  const question = questionSchema(SOURCES);

  it('accepts a valid question', () => {
    expect(problems(question, validQuestion())).toEqual([]);
  });

  it('refuses an updated date in the future and an empty keyword list', () => {
    const future = problems(question, validQuestion({ updated: '2999-01-01' }));
    const noKeywords = problems(question, validQuestion({ keywords: [] }));
    expect(future.concat(noKeywords)).toMatchInlineSnapshot(`
      [
        "updated: Deze datum ligt in de toekomst.",
        "keywords: Laat "keywords" weg of noem minstens één zoekwoord.",
      ]
    `);
  });

  it('asks for a question mark', () => {
    expect(problems(question, validQuestion({ question: 'Dit is geen vraag' }))).toMatchInlineSnapshot(`
      [
        "question: Een vraag eindigt met een vraagteken.",
      ]
    `);
  });
});

describe('source schema', () => {
  it('says which publication dates it understands', () => {
    const source = {
      id: 'bron',
      title: 'Titel',
      publisher: 'Uitgever',
      published: '14 april 2025',
      url: 'https://example.org/',
    };
    expect(problems(sourceSchema, source)).toMatchInlineSnapshot(`
      [
        "published: Verwacht "2025", "2025-04" of "2025-04-14".",
        "language: Verwacht de taal van de bron: nl, en of de.",
      ]
    `);
  });
});
