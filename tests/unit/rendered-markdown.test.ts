// Markdown in frontmatter and YAML reaches the page as HTML that the content loader rendered.
import type { Loader, LoaderContext } from 'astro/loaders';
import { describe, expect, it } from 'vitest';
import { addEventHtml, addStepHtml, renderedHtml, withRenderedMarkdown } from '../../src/collections/rendered-markdown';

/** A loader that checks one entry with the context's parseData and keeps what comes back. */
function oneEntryLoader(data: Record<string, unknown>, kept: Record<string, unknown>[]): Loader {
  return {
    name: 'one-entry',
    load: async ({ parseData }) => {
      kept.push(await parseData({ id: 'x', data }));
    },
  };
}

/** Just enough of a loader context: a schema check that copies, and a stand-in renderer. */
const context = {
  parseData: async ({ data }: { data: Record<string, unknown> }) => structuredClone(data),
  renderMarkdown: async (markdown: string) => ({
    html: `<p>${markdown.replace(/\*\*(.+?)\*\*/g, '<strong>$1</strong>')}</p>`,
  }),
} as unknown as LoaderContext;

describe('withRenderedMarkdown', () => {
  it('adds each step body as HTML, after the schema check, through the context’s renderer', async () => {
    const kept: Record<string, unknown>[] = [];
    const loader = withRenderedMarkdown(
      oneEntryLoader({ steps: [{ id: 'a', body: 'Kies **dit**.' }] }, kept),
      addStepHtml,
    );
    await loader.load(context);
    expect(loader.name).toBe('one-entry-with-html');
    expect(kept[0]!['steps']).toEqual([
      { id: 'a', body: 'Kies **dit**.', bodyHtml: '<p>Kies <strong>dit</strong>.</p>' },
    ]);
  });

  it('adds a timeline event’s text as HTML', async () => {
    const kept: Record<string, unknown>[] = [];
    await withRenderedMarkdown(oneEntryLoader({ id: 'e', text: 'Meta **stopt**.' }, kept), addEventHtml).load(context);
    expect(kept[0]!['html']).toBe('<p>Meta <strong>stopt</strong>.</p>');
  });
});

describe('renderedHtml', () => {
  it('returns the HTML the loader added', () => {
    expect(renderedHtml({ bodyHtml: '<p>x</p>' }, 'bodyHtml', 'step "a"')).toBe('<p>x</p>');
  });

  it('names the entry when the loader added none', () => {
    expect(() => renderedHtml({ body: 'x' }, 'bodyHtml', 'step "a"')).toThrow('step "a": no rendered bodyHtml');
  });
});
