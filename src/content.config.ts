// Every content schema lives here. Editors only touch `content/`; when a file is wrong,
// the build stops with Astro's error naming the entry, plus our message naming the field.
import { existsSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { defineCollection, type ImageFunction } from 'astro:content';
import { file, glob } from 'astro/loaders';
import { z } from 'astro/zod';
import { parse as parseYaml } from 'yaml';
import { isKebabCase, isNotInFuture, keywordProblem } from './lib/content-rules';
import { QUESTION_GROUP_IDS } from './lib/question-groups';
import { GUIDE_SUBPAGES } from './lib/routes';
import { addEventHtml, addStepHtml, withRenderedMarkdown } from './collections/rendered-markdown';

const SOURCES_FILE = 'content/sources.yaml';

/** A kebab-case id chosen by the editor; it ends up in shared links, so it must stay stable. */
export const kebabId = (what: string) =>
  z.string().refine(isKebabCase, {
    message: `${what} moet kebab-case zijn: kleine letters, cijfers en streepjes (bijvoorbeeld "privacycentrum").`,
  });

/** The date a text was last edited: a real date, never in the future. */
export const updatedDate = z.coerce
  .date({ message: 'Verwacht een datum als 2026-11-29.' })
  .refine((date) => isNotInFuture(date), { message: 'Deze datum ligt in de toekomst.' });

/**
 * Words readers search with that the text itself does not use ("gehackt", "opt-out"). Search
 * finds the guide, step or question by them; readers never see them.
 */
export const keywordList = z
  .array(z.string())
  .min(1, 'Laat "keywords" weg of noem minstens één zoekwoord.')
  .superRefine((keywords, ctx) => {
    const problem = keywordProblem(keywords);
    if (problem) ctx.addIssue({ code: 'custom', message: problem });
  });

export const sourceSchema = z
  .object({
    id: kebabId('Bron-id'),
    /** The source's own title, in its own language, exactly as the source writes it. */
    title: z.string().min(1).optional(),
    /**
     * Only when the real title is not known: what the source is about, in Dutch. Shown as
     * "over …", never as if it were the title.
     */
    about: z.string().min(1).optional(),
    publisher: z.string().min(1),
    /** "2025", "2025-04" or "2025-04-14": as precise as the source itself is. */
    published: z.string().regex(/^\d{4}(-\d{2}(-\d{2})?)?$/, 'Verwacht "2025", "2025-04" of "2025-04-14".'),
    url: z.url(),
    /** The language the source is written in, so readers know before they click. */
    language: z.enum(['nl', 'en', 'de'], { message: 'Verwacht de taal van de bron: nl, en of de.' }),
  })
  .refine((source) => (source.title === undefined) !== (source.about === undefined), {
    message: 'Geef de echte titel (title) of, als die onbekend is, een korte beschrijving (about). Niet allebei.',
    path: ['title'],
  });

/** Source ids are read from the sources file so that a wrong citation fails the build. */
export function sourceIdList(sourceIds: readonly string[]) {
  return z
    .array(
      z.string().refine((id) => sourceIds.includes(id), {
        message: `Onbekende bron. Bekende bronnen staan in ${SOURCES_FILE}.`,
      }),
    )
    .min(1, 'Noem minstens één bron.');
}

const ALT_MESSAGE = 'Geef de illustratie een alt-tekst die zegt wat de lezer moet zoeken.';

/**
 * A step illustration's path, relative to the guide file. Astro's image() only finds a missing
 * file when a page imports it, with an error that names neither guide nor field: check it here.
 */
const illustrationPath = (image: ImageFunction) =>
  z.preprocess((path, ctx) => {
    if (typeof path !== 'string' || !/^\.\/[^?#]+\.svg$/.test(path)) {
      ctx.addIssue({
        code: 'custom',
        message: `Verwacht een SVG-bestand naast de gids, zoals "./facebook/privacycentrum.svg", niet "${String(path)}".`,
      });
    } else if (!existsSync(join('content/guides', path))) {
      ctx.addIssue({ code: 'custom', message: `Het bestand ${path} bestaat niet (gezocht vanaf content/guides/).` });
    }
    return path;
  }, image());

/** A Markdown link (`[tekst](/gids/…)`): every "Lukt het niet?" item sends the reader on. */
const MARKDOWN_LINK = /\[[^\]]+\]\([^)\s]+\)/;

/**
 * "Lukt het niet?" under a step that follows Meta's apps: what can go wrong at this step, each
 * item a short Markdown line that links to the answer or guide that helps. Closed by default.
 */
export const stuckList = z
  .array(
    z
      .string()
      .trim()
      .min(1)
      .refine((item) => MARKDOWN_LINK.test(item), {
        message: 'Elk punt onder "stuck" linkt door naar een antwoord of gids, zoals [de vraag](/vragen/#reden-nodig).',
      }),
  )
  .min(3, 'Geef onder "stuck" minstens drie dingen die mis kunnen gaan, of laat "stuck" weg.');

/** A step; `image` is Astro's helper that resolves a file path next to the guide file. */
export function stepSchema(sourceIds: readonly string[], image: ImageFunction) {
  // A step id becomes a path, /gids/<guide>/<id>/, next to pages such as the helper sheet.
  const taken: readonly string[] = Object.values(GUIDE_SUBPAGES);
  return z.object({
    id: kebabId('Stap-id').refine((id) => !taken.includes(id), {
      message: `Dit stap-id is al de naam van een pagina onder de gids (${taken.map((name) => `/gids/<gids>/${name}/`).join(', ')}). Kies een ander stap-id.`,
    }),
    title: z.string().min(1),
    /** Markdown. */
    body: z.string().min(1),
    /** Only where this step's route comes from other sources than the guide's `routeFrom`. */
    routeFrom: sourceIdList(sourceIds).optional(),
    /**
     * Ids of published steps that were merged into this one. They stay anchors on this step,
     * so links people already shared (`#bezwaar-losse-accounts`) still land here.
     */
    oldIds: z.array(kebabId('Oud stap-id')).optional(),
    keywords: keywordList.optional(),
    /** "Lukt het niet?": at least three things that can go wrong at this step, each with a link. */
    stuck: stuckList.optional(),
    /** A schematic drawing of the screen (SVG, at most 3 KB gzip) whose labels occur in the step's text. */
    illustration: z
      .preprocess(
        // image() turns `src` into image metadata; `file` keeps the path as written, for what needs
        // the SVG itself (a step's preview image). Astro's metadata has no public file path.
        (value) => (value && typeof value === 'object' && 'src' in value ? { ...value, file: value.src } : value),
        z.object({
          src: illustrationPath(image),
          /** The SVG's path as the editor wrote it, relative to the guide file. Set from `src`. */
          file: z.string(),
          alt: z.string({ message: ALT_MESSAGE }).trim().min(1, ALT_MESSAGE),
        }),
      )
      .optional(),
  });
}

const sameIds = (a: readonly string[], b: readonly string[]) =>
  a.length === b.length && a.every((id) => b.includes(id));

export function guideSchema(sourceIds: readonly string[], image: ImageFunction) {
  return z
    .object({
      title: z.string().min(1),
      /** One line under the title; also the meta description. */
      summary: z.string().min(1).max(160),
      /** How long the guide takes, in minutes. */
      minutes: z.number().int().positive(),
      /** Position in lists of guides. */
      order: z.number().int(),
      updated: updatedDate,
      keywords: keywordList.optional(),
      sources: sourceIdList(sourceIds),
      /**
       * For guides whose steps follow Meta's apps: the sources the route comes from. Nobody on
       * the team can open those apps, so the guide names the period of these sources instead.
       */
      routeFrom: sourceIdList(sourceIds).optional(),
      /**
       * For guides whose steps happen in Meta's apps but are our own advice, from no source
       * ("Minder openbaar delen"): the guide says so, and its steps get the report link.
       */
      followsApps: z.boolean().optional(),
      steps: z
        .array(stepSchema(sourceIds, image))
        .min(1, 'Een gids heeft minstens één stap.')
        .superRefine((steps, ctx) => {
          // Old ids are anchors too: every anchor on the page is used once.
          const seen = new Set<string>();
          steps.forEach((step, index) => {
            for (const [field, id] of [['id', step.id], ...(step.oldIds ?? []).map((old) => ['oldIds', old])]) {
              if (seen.has(id!)) {
                ctx.addIssue({
                  code: 'custom',
                  path: [index, field!],
                  message: `Stap-id "${id}" staat twee keer in deze gids.`,
                });
              }
              seen.add(id!);
            }
          });
        }),
    })
    .superRefine((guide, ctx) => {
      // Every route source is also listed under `sources`, so the reader finds it at the bottom.
      const routeIds = [...(guide.routeFrom ?? []), ...guide.steps.flatMap((step) => step.routeFrom ?? [])];
      for (const id of new Set(routeIds)) {
        if (!guide.sources.includes(id)) {
          ctx.addIssue({
            code: 'custom',
            path: ['sources'],
            message: `Bron "${id}" staat in routeFrom maar niet in sources.`,
          });
        }
      }
      // A step's own routeFrom is only there to say that its sources differ from the guide's.
      guide.steps.forEach((step, index) => {
        if (step.routeFrom && guide.routeFrom && sameIds(step.routeFrom, guide.routeFrom)) {
          ctx.addIssue({
            code: 'custom',
            path: ['steps', index, 'routeFrom'],
            message: 'Deze stap heeft dezelfde bronnen als de gids. Laat routeFrom bij de stap weg.',
          });
        }
      });
    });
}

export function questionSchema(sourceIds: readonly string[]) {
  return z.object({
    question: z.string().regex(/\?$/, 'Een vraag eindigt met een vraagteken.'),
    group: z.enum(QUESTION_GROUP_IDS),
    order: z.number().int(),
    keywords: keywordList.optional(),
    sources: sourceIdList(sourceIds),
    updated: updatedDate,
  });
}

export function pageSchema(sourceIds: readonly string[]) {
  return z.object({
    title: z.string().min(1),
    description: z.string().min(1).max(160),
    updated: updatedDate,
    sources: sourceIdList(sourceIds).optional(),
  });
}

export function timelineEventSchema(sourceIds: readonly string[]) {
  return z.object({
    id: kebabId('Gebeurtenis-id'),
    /**
     * "2025-05-27", or "2025-08" when only the month is known: the page shows no more
     * precision than the sources give. Kept as text, so it sorts and prints as written.
     */
    date: z
      .union([z.date(), z.string()])
      .transform((value) => (value instanceof Date ? value.toISOString().slice(0, 10) : value))
      .pipe(
        z
          .string()
          .regex(
            /^\d{4}-\d{2}(-\d{2})?$/,
            'Verwacht een datum als 2025-05-27, of 2025-08 als alleen de maand bekend is.',
          ),
      ),
    /** One or two short sentences, Markdown allowed. */
    text: z.string().min(1),
    sources: sourceIdList(sourceIds),
  });
}

/**
 * One word of the pronunciation list for "Lees voor" (content/pronunciation.yaml): how the text
 * writes it, and how to write it so that a Dutch voice says it right.
 */
export const pronunciationSchema = z.object({
  word: z
    .string({ message: 'Schrijf bij word het woord zoals de tekst het schrijft, bijvoorbeeld "AI".' })
    .trim()
    .min(1, 'Schrijf bij word het woord zoals de tekst het schrijft, bijvoorbeeld "AI".'),
  say: z
    .string({ message: 'Schrijf bij say hoe een Nederlandse stem het woord zegt, bijvoorbeeld "aa ie".' })
    .trim()
    .min(1, 'Schrijf bij say hoe een Nederlandse stem het woord zegt, bijvoorbeeld "aa ie".'),
});

/** The list is a YAML list of { word, say }; the word is the entry's id, so an error names it. */
function pronunciationEntries(text: string) {
  const list: unknown = parseYaml(text);
  if (!Array.isArray(list)) return [];
  return list.map((entry: Record<string, unknown>, index) => ({
    id: typeof entry?.['word'] === 'string' ? entry['word'] : `regel ${index + 1}`,
    ...entry,
  }));
}

/** File names are ids in URLs: keep them kebab-case and say which file breaks the rule. */
function fileNameId(folder: string) {
  return ({ entry }: { entry: string }) => {
    const id = entry.replace(/\.mdx?$/, '');
    if (!isKebabCase(id)) {
      throw new Error(
        `${folder}/${entry}: de bestandsnaam is ook het id en moet kebab-case zijn (bijvoorbeeld "na-je-bezwaar.mdx").`,
      );
    }
    return id;
  };
}

function readSourceIds(): string[] {
  const list: unknown = parseYaml(readFileSync(SOURCES_FILE, 'utf8'));
  if (!Array.isArray(list)) throw new Error(`${SOURCES_FILE}: verwacht een lijst met bronnen.`);
  return list.map((source: { id?: unknown }) => String(source.id));
}

const sourceIds = readSourceIds();

/**
 * One reader word (content/reader-words.yaml): what readers type (`id`, lower case, no
 * accents; one to three words) and the site's word(s) that search uses instead.
 */
export const readerWordSchema = z.object({
  id: z
    .string()
    .regex(
      /^[a-z0-9-]+( [a-z0-9-]+){0,2}$/,
      'Schrijf het leeswoord in kleine letters zonder accenten, 1 tot 3 woorden.',
    ),
  site: z.string().trim().min(1, 'Noem het woord van de site (site).'),
  /** `en` for an English word readers mix in; tests check it is no Dutch word as well. */
  lang: z.literal('en', { error: 'Schrijf bij lang alleen en (een Engels woord), of laat lang weg.' }).optional(),
});

/** One word of a topic the site does not cover: lower case, no accents, 2 letters or more. */
const topicWord = z
  .string()
  .regex(/^[a-z0-9]+(-[a-z0-9]+)*$/, 'Schrijf elk woord in kleine letters zonder accenten, zoals ‘verwijderen’.')
  .min(2, 'Schrijf woorden van 2 letters of meer.');

/**
 * A topic this site does not cover (content/not-covered.yaml): `id` names it ("account-
 * verwijderen"); `words` are 2 or 3 groups of words, and a reader's query is about the topic
 * when it holds a word of every group ("profiel opheffen", "account verwijderen"). Search then
 * says "Over ‘…’ staat niets op deze site." instead of showing pages that only share its words.
 */
export const notCoveredSchema = z.object({
  id: z
    .string()
    .regex(
      /^[a-z0-9]+(-[a-z0-9]+)*$/,
      'Geef het onderwerp een naam in kleine letters, met streepjes tussen de woorden, zoals ‘account-verwijderen’.',
    ),
  words: z
    .array(
      z
        .array(topicWord, { error: 'Schrijf elke groep als een lijst woorden, zoals [account, profiel].' })
        .min(1, 'Een groep heeft minstens 1 woord.')
        .max(12, 'Een groep heeft hoogstens 12 woorden.'),
      { error: 'Schrijf bij words 2 of 3 groepen woorden, zoals [[account, profiel], [verwijderen, opheffen]].' },
    )
    .min(2, 'Schrijf bij words 2 of 3 groepen woorden. Met 1 groep zegt de zoekfunctie te vaak dat er niets over is.')
    .max(3, 'Schrijf bij words 2 of 3 groepen woorden.'),
});

export const collections = {
  sources: defineCollection({ loader: file(SOURCES_FILE), schema: sourceSchema }),
  guides: defineCollection({
    // Step bodies through Astro's own Markdown pipeline, as `bodyHtml` (see rendered-markdown.ts).
    loader: withRenderedMarkdown(
      glob({ pattern: '*.mdx', base: 'content/guides', generateId: fileNameId('content/guides') }),
      addStepHtml,
    ),
    schema: ({ image }) => guideSchema(sourceIds, image),
  }),
  questions: defineCollection({
    loader: glob({ pattern: '*.md', base: 'content/questions', generateId: fileNameId('content/questions') }),
    schema: questionSchema(sourceIds),
  }),
  timeline: defineCollection({
    loader: withRenderedMarkdown(file('content/timeline.yaml'), addEventHtml),
    schema: timelineEventSchema(sourceIds),
  }),
  pages: defineCollection({
    loader: glob({ pattern: '*.mdx', base: 'content/pages', generateId: fileNameId('content/pages') }),
    schema: pageSchema(sourceIds),
  }),
  pronunciation: defineCollection({
    loader: file('content/pronunciation.yaml', { parser: pronunciationEntries }),
    schema: pronunciationSchema,
  }),
  readerWords: defineCollection({ loader: file('content/reader-words.yaml'), schema: readerWordSchema }),
  notCovered: defineCollection({ loader: file('content/not-covered.yaml'), schema: notCoveredSchema }),
};

// Types for components, inferred from the schemas above so they never drift from them.
/** One step of a guide, as its page, checklist, search entry and plan see it. */
export type Step = z.infer<ReturnType<typeof stepSchema>>;
/** A guide's frontmatter (the entry adds its `id`, the slug). */
export type GuideData = z.infer<ReturnType<typeof guideSchema>>;
/** An FAQ question's frontmatter (the entry adds its `id`, the anchor). */
export type QuestionData = z.infer<ReturnType<typeof questionSchema>>;
