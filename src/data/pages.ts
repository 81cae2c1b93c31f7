import { getCollection, getEntry, type CollectionEntry } from 'astro:content';

export async function getPage(id: string): Promise<CollectionEntry<'pages'>> {
  const page = await getEntry('pages', id);
  if (!page) throw new Error(`No page "${id}" in content/pages/`);
  return page;
}

/** Timeline events, oldest first. */
export async function getTimeline(): Promise<CollectionEntry<'timeline'>[]> {
  const events = await getCollection('timeline');
  // ISO dates sort as text; a month ("2025-08") comes before the days in it.
  return events.sort((a, b) => a.data.date.localeCompare(b.data.date));
}
