// Every content schema lives here. Editors only touch `content/`; when a file is wrong,
// the build stops with Astro's error naming the entry, plus our message naming the field.
import { readFileSync } from 'node:fs';
import { defineCollection } from 'astro:content';
import { file, glob } from 'astro/loaders';
import { z } from 'astro/zod';
import { parse as parseYaml } from 'yaml';
import { isKebabCase, isNotInFuture, keywordProblem } from './lib/content-rules';
import { QUESTION_GROUP_IDS } from './lib/question-groups';

const SOURCES_FILE = 'content/sources.yaml';

/** A kebab-case id chosen by the editor; it ends up in shared links, so it must stay stable. */
export const kebabId = (what: string) =>
  z.string().refine(isKebabCase, {
    message: `${what} moet kebab-case zijn: kleine letters, cijfers en streepjes (bijvoorbeeld "privacycentrum").`,
  });

/** A "last checked" date: a real date, never in the future. */
export const checkedDate = z.coerce
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

export const sourceSchema = z.object({
  id: kebabId('Bron-id'),
  title: z.string().min(1),
  publisher: z.string().min(1),
  /** "2025", "2025-04" or "2025-04-14": as precise as the source itself is. */
  published: z
    .string()
    .regex(/^\d{4}(-\d{2}(-\d{2})?)?$/, 'Verwacht "2025", "2025-04" of "2025-04-14".'),
  url: z.url(),
  /** Set to "en" for a source in English, so readers know before they click. */
  language: z.enum(['nl', 'en']).default('nl'),
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

export const stepSchema = z.object({
  id: kebabId('Stap-id'),
  title: z.string().min(1),
  /** Markdown. */
  body: z.string().min(1),
  lastChecked: checkedDate.optional(),
  keywords: keywordList.optional(),
});

export function guideSchema(sourceIds: readonly string[]) {
  return z.object({
    title: z.string().min(1),
    /** One line under the title; also the meta description. */
    summary: z.string().min(1).max(160),
    /** How long the guide takes, in minutes. */
    minutes: z.number().int().positive(),
    /** Position in lists of guides. */
    order: z.number().int(),
    keywords: keywordList.optional(),
    lastChecked: checkedDate,
    sources: sourceIdList(sourceIds),
    steps: z
      .array(stepSchema)
      .min(1, 'Een gids heeft minstens één stap.')
      .superRefine((steps, ctx) => {
        const seen = new Set<string>();
        steps.forEach((step, index) => {
          if (seen.has(step.id)) {
            ctx.addIssue({
              code: 'custom',
              path: [index, 'id'],
              message: `Stap-id "${step.id}" staat twee keer in deze gids.`,
            });
          }
          seen.add(step.id);
        });
      }),
  });
}

export function questionSchema(sourceIds: readonly string[]) {
  return z.object({
    question: z.string().regex(/\?$/, 'Een vraag eindigt met een vraagteken.'),
    group: z.enum(QUESTION_GROUP_IDS),
    order: z.number().int(),
    keywords: keywordList.optional(),
    sources: sourceIdList(sourceIds),
    lastChecked: checkedDate,
  });
}

export function pageSchema(sourceIds: readonly string[]) {
  return z.object({
    title: z.string().min(1),
    description: z.string().min(1).max(160),
    lastChecked: checkedDate,
    sources: sourceIdList(sourceIds).optional(),
  });
}

export function timelineEventSchema(sourceIds: readonly string[]) {
  return z.object({
    id: kebabId('Gebeurtenis-id'),
    date: z.coerce.date({ message: 'Verwacht een datum als 2025-05-27.' }),
    /** One or two short sentences, Markdown allowed. */
    text: z.string().min(1),
    sources: sourceIdList(sourceIds),
  });
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

export const collections = {
  sources: defineCollection({ loader: file(SOURCES_FILE), schema: sourceSchema }),
  guides: defineCollection({
    loader: glob({ pattern: '*.mdx', base: 'content/guides', generateId: fileNameId('content/guides') }),
    schema: guideSchema(sourceIds),
  }),
  questions: defineCollection({
    loader: glob({ pattern: '*.md', base: 'content/questions', generateId: fileNameId('content/questions') }),
    schema: questionSchema(sourceIds),
  }),
  timeline: defineCollection({ loader: file('content/timeline.yaml'), schema: timelineEventSchema(sourceIds) }),
  pages: defineCollection({
    loader: glob({ pattern: '*.mdx', base: 'content/pages', generateId: fileNameId('content/pages') }),
    schema: pageSchema(sourceIds),
  }),
};
