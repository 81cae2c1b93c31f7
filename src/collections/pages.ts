import { getCollection, getEntry, type CollectionEntry } from 'astro:content';

export async function getPage(id: string): Promise<CollectionEntry<'pages'>> {
  const page = await getEntry('pages', id);
  if (!page) throw new Error(`No page "${id}" in content/pages/`);
  return page;
}

/** Timeline events, oldest first. */
export async function getTimeline(): Promise<CollectionEntry<'timeline'>[]> {
  const events = await getCollection('timeline');
  // ISO dates sort as text. A month without a day ("2025-04") goes after the known days of
  // that month: such events are mostly reactions to what happened earlier in it.
  const key = (date: string) => (date.length === 7 ? `${date}-99` : date);
  return events.sort((a, b) => key(a.data.date).localeCompare(key(b.data.date)));
}
