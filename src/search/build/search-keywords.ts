// Editors' search keywords (the optional `keywords` lists in content/), by the URL they
// belong to: a guide's page, a step's anchor, a question's anchor. Taken from the content
// collections, after their schemas (src/content.config.ts) checked them: the build writes
// them to SEARCH_KEYWORDS_FILE (src/pages/search-keywords.json.ts), the index step reads that
// file and removes it, so it never ships.
import { readFile, rm } from 'node:fs/promises';
import { join } from 'node:path';
import { guideUrl, questionUrl } from '../../lib/routes.ts';
import type { NotCoveredTopic, ReaderWord } from '../shared/weighting.ts';

/** The build output the endpoint writes, relative to dist/. */
export const SEARCH_KEYWORDS_FILE = 'search-keywords.json';

interface GuideKeywords {
  id: string;
  keywords?: readonly string[] | undefined;
  steps: readonly { id: string; keywords?: readonly string[] | undefined }[];
}

interface QuestionKeywords {
  id: string;
  keywords?: readonly string[] | undefined;
}

/** Keywords by URL: `/gids/facebook/`, `/gids/facebook/#formulier`, `/vragen/#is-het-te-laat`. */
export function keywordsByUrl(
  guides: readonly GuideKeywords[],
  questions: readonly QuestionKeywords[],
): Record<string, string[]> {
  const byUrl: Record<string, string[]> = {};
  const add = (url: string, keywords: readonly string[] | undefined) => {
    if (keywords && keywords.length > 0) byUrl[url] = [...keywords];
  };
  for (const guide of guides) {
    add(guideUrl(guide.id), guide.keywords);
    for (const step of guide.steps) add(guideUrl(guide.id, step.id), step.keywords);
  }
  for (const question of questions) add(questionUrl(question.id), question.keywords);
  return byUrl;
}

/**
 * What the content gives search: keywords by URL, and for search-words.txt the readers' words
 * and the topics the site does not cover, as groups of words.
 */
export interface ContentSearchWords {
  keywords: Map<string, string[]>;
  readerWords: ReaderWord[];
  notCovered: NotCoveredTopic[];
}

/** Reads the keywords and reader words the build wrote, and removes the file from the output. */
export async function takeSearchKeywords(distDir: string): Promise<ContentSearchWords> {
  const file = join(distDir, SEARCH_KEYWORDS_FILE);
  let text: string;
  try {
    text = await readFile(file, 'utf8');
  } catch {
    throw new Error(`Search index: ${file} is missing; src/pages/search-keywords.json.ts should have written it.`);
  }
  await rm(file);
  const { keywords, readerWords, notCovered } = JSON.parse(text) as {
    keywords: Record<string, string[]>;
    readerWords: ReaderWord[];
    notCovered: NotCoveredTopic[];
  };
  return { keywords: new Map(Object.entries(keywords)), readerWords, notCovered };
}
