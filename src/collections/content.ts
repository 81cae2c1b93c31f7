// Typed access to the content collections, in the order readers see them.
import { getCollection, getEntry, type CollectionEntry } from 'astro:content';

import type { Step } from '../content.config';
import { renderedHtml } from './rendered-markdown';
export type { GuideData, QuestionData, Step } from '../content.config';

/** A guide entry: `id` (the slug) and `data`, typed from guideSchema by Astro. */
export type Guide = CollectionEntry<'guides'>;
/** An FAQ entry: `id` (the anchor) and `data`, typed from questionSchema by Astro. */
export type Question = CollectionEntry<'questions'>;
export type Source = CollectionEntry<'sources'>;

export async function getGuides(): Promise<Guide[]> {
  const guides = await getCollection('guides');
  return guides.sort((a, b) => a.data.order - b.data.order);
}

export async function getGuide(slug: string): Promise<Guide> {
  const guide = await getEntry('guides', slug);
  if (!guide) throw new Error(`No guide "${slug}" in content/guides/`);
  return guide;
}

/** Sources in the order the page cites them. Unknown ids never get here: the schema rejects them. */
export async function getSources(ids: readonly string[]): Promise<Source[]> {
  const sources = await getCollection('sources');
  return ids.map((id) => {
    const source = sources.find((entry) => entry.id === id);
    if (!source) throw new Error(`Unknown source "${id}"`);
    return source;
  });
}

/** The `published` dates of the given sources (one per source), or undefined without ids. */
export async function getPublishedDates(ids: readonly string[] | undefined): Promise<string[] | undefined> {
  if (!ids) return undefined;
  return (await getSources(ids)).map((source) => source.data.published);
}

/**
 * A step as the page renders it: its body as HTML and the dates of its own route sources, if
 * it has any. Components render this; they never read the collections themselves.
 */
export type PageStep = Step & {
  bodyHtml: string;
  stuckHtml?: readonly string[] | undefined;
  routePublished?: readonly string[] | undefined;
};

/** A guide's steps ready for a page: bodies rendered, each step's own route sources resolved to their dates. */
export async function stepsForPage<S extends Step>(
  steps: readonly S[],
): Promise<(S & { bodyHtml: string; stuckHtml?: string[] | undefined; routePublished?: string[] | undefined })[]> {
  return Promise.all(
    steps.map(async (step) => ({
      ...step,
      bodyHtml: renderedHtml(step, 'bodyHtml', `step "${step.id}"`),
      stuckHtml: step.stuck ? (step as { stuckHtml?: string[] }).stuckHtml : undefined,
      routePublished: await getPublishedDates(step.routeFrom),
    })),
  );
}
