// Editors' search keywords (the optional `keywords` lists in content/), by the URL they
// belong to: a guide's page, a step's anchor, a question's anchor. Read from the same files
// the content collections load; the schemas in src/content.config.ts have checked them by
// the time the search index is built.
import { readdir, readFile } from 'node:fs/promises';
import { join } from 'node:path';
import { parse } from 'yaml';
import { guideUrl, questionUrl } from '../lib/routes.ts';

const GUIDES_DIR = 'content/guides';
const QUESTIONS_DIR = 'content/questions';

interface Frontmatter {
  keywords?: string[];
  steps?: { id: string; keywords?: string[] }[];
}

function frontmatter(text: string, file: string): Frontmatter {
  const match = /^---\r?\n([\s\S]*?)\r?\n---/.exec(text);
  if (!match) throw new Error(`${file}: no frontmatter found for search keywords.`);
  return (parse(match[1]!) ?? {}) as Frontmatter;
}

async function entries(dir: string, extension: string): Promise<{ id: string; data: Frontmatter }[]> {
  const names = (await readdir(dir)).filter((name) => name.endsWith(extension)).sort();
  return Promise.all(
    names.map(async (name) => ({
      id: name.slice(0, -extension.length),
      data: frontmatter(await readFile(join(dir, name), 'utf8'), join(dir, name)),
    })),
  );
}

/** Keywords by URL: `/gids/facebook/`, `/gids/facebook/#formulier`, `/vragen/#is-het-te-laat`. */
export async function searchKeywords(root = '.'): Promise<Map<string, string[]>> {
  const byUrl = new Map<string, string[]>();
  const add = (url: string, keywords: string[] | undefined) => {
    if (keywords && keywords.length > 0) byUrl.set(url, keywords);
  };
  for (const guide of await entries(join(root, GUIDES_DIR), '.mdx')) {
    add(guideUrl(guide.id), guide.data.keywords);
    for (const step of guide.data.steps ?? []) add(guideUrl(guide.id, step.id), step.keywords);
  }
  for (const question of await entries(join(root, QUESTIONS_DIR), '.md'))
    add(questionUrl(question.id), question.data.keywords);
  return byUrl;
}
