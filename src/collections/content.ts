// Typed access to the content collections, in the order readers see them.
import { getCollection, getEntry, type CollectionEntry } from 'astro:content';
import { marked } from 'marked';

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

/** A step body is Markdown written by our own editors (trusted), rendered at build time. */
export function renderMarkdown(markdown: string): string {
  return marked.parse(markdown, { async: false });
}
