import { getCollection, getEntry, type CollectionEntry } from 'astro:content';

export async function getPage(id: string): Promise<CollectionEntry<'pages'>> {
  const page = await getEntry('pages', id);
  if (!page) throw new Error(`No page "${id}" in content/pages/`);
  return page;
}

/** Timeline events, oldest first. */
export async function getTimeline(): Promise<CollectionEntry<'timeline'>[]> {
  const events = await getCollection('timeline');
  return events.sort((a, b) => a.data.date.getTime() - b.data.date.getTime());
}
