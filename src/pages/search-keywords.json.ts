// The editors' search keywords from the content collections, as one build file for the search
// index step (src/search/build/search-keywords.ts), which removes it before anything ships.
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
  return new Response(JSON.stringify(keywordsByUrl(guides, questions)));
}
