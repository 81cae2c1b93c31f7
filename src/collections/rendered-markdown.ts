// Markdown inside frontmatter or YAML (a step's `body`, a timeline event's `text`) rendered by
// Astro's own Markdown pipeline, the one that renders the MDX and Markdown files themselves:
// the same processor, options and plugins (astro.config.mjs `markdown`). A loader wrapper adds
// the HTML next to the Markdown after the schema has checked the entry; the data store keeps it.
import type { Loader } from 'astro/loaders';

/**
 * `loader`, with `addHtml` called on each entry's checked data: it renders what it needs with
 * `render` and writes the HTML into the data it is given.
 */
export function withRenderedMarkdown(
  loader: Loader,
  addHtml: (data: Record<string, unknown>, render: (markdown: string) => Promise<string>) => Promise<void>,
): Loader {
  return {
    ...loader,
    name: `${loader.name}-with-html`,
    load: (context) => {
      const render = async (markdown: string) => (await context.renderMarkdown(markdown)).html;
      return loader.load({
        ...context,
        parseData: async (props) => {
          const data = await context.parseData(props);
          await addHtml(data, render);
          return data;
        },
      });
    },
  };
}

/** A guide's steps: each step's `body` also as `bodyHtml`, its `stuck` items as `stuckHtml` (inline). */
export async function addStepHtml(data: Record<string, unknown>, render: (markdown: string) => Promise<string>) {
  const steps = (data['steps'] ?? []) as { body: string; bodyHtml?: string; stuck?: string[]; stuckHtml?: string[] }[];
  for (const step of steps) {
    step.bodyHtml = await render(step.body);
    if (step.stuck) {
      // One line each, shown inside a list item: without the paragraph around it.
      step.stuckHtml = await Promise.all(
        step.stuck.map(async (item) => (await render(item)).trim().replace(/^<p>|<\/p>$/g, '')),
      );
    }
  }
}

/** A timeline event: its `text` also as `html`. */
export async function addEventHtml(data: Record<string, unknown>, render: (markdown: string) => Promise<string>) {
  data['html'] = await render(String(data['text']));
}

/** The HTML a wrapper added to `value[key]`; a clear build error when the loader did not add it. */
export function renderedHtml(value: object, key: string, where: string): string {
  const html = (value as Record<string, unknown>)[key];
  if (typeof html !== 'string') {
    throw new Error(`${where}: no rendered ${key}. Load it through withRenderedMarkdown (src/content.config.ts).`);
  }
  return html;
}
