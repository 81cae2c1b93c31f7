// The editors' search keywords, the readers' words and the topics the site does not cover,
// from the content collections, as one build file for the search index step
// (src/search/build/search-keywords.ts), which removes it before anything ships.
import { getCollection } from 'astro:content';
import { keywordsByUrl } from '../search/build/search-keywords';

export async function GET(): Promise<Response> {
  const guides = (await getCollection('guides')).map((guide) => ({
    id: guide.id,
    keywords: guide.data.keywords,
    steps: guide.data.steps,
  }));
  const questions = (await getCollection('questions')).map((question) => ({
    id: question.id,
    keywords: question.data.keywords,
  }));
  const readerWords = (await getCollection('readerWords')).map((entry) => ({ id: entry.id, site: entry.data.site }));
  const notCovered = (await getCollection('notCovered')).map((entry) => entry.data.words);
  return new Response(JSON.stringify({ keywords: keywordsByUrl(guides, questions), readerWords, notCovered }));
}
