import { getCollection, getEntry, type CollectionEntry } from 'astro:content';
import { renderedHtml } from './rendered-markdown';

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

/** One timeline event as the page shows it: its anchor, its date and its text as HTML. */
export interface TimelineEvent {
  id: string;
  date: string;
  html: string;
}

/** The timeline, oldest first, ready for the Timeline component. */
export async function timelineForPage(): Promise<TimelineEvent[]> {
  return (await getTimeline()).map(({ data }) => ({
    id: data.id,
    date: data.date,
    html: renderedHtml(data, 'html', `content/timeline.yaml: event "${data.id}"`),
  }));
}
