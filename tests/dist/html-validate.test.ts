// Every built page is valid HTML.
import { HtmlValidate } from 'html-validate';
import { describe, expect, it } from 'vitest';
import { pages } from './dist-site';

const validator = new HtmlValidate({
  extends: ['html-validate:recommended'],
  rules: {
    // Astro writes `<!DOCTYPE html>` in upper case; both are valid.
    'doctype-style': 'off',
    // Astro's build output puts attributes in its own order and style; formatting is not validity.
    'attribute-boolean-style': 'off',
    'void-style': 'off',
    // Search result and timeline lists use role="list" on purpose: Safari drops list
    // semantics when list markers are removed with CSS.
    'no-redundant-role': 'off',
  },
});

describe.each(pages.map((page) => [page.path, page] as const))('%s', (_path, { html }) => {
  it('has no HTML errors', async () => {
    const report = await validator.validateString(html);
    const messages = report.results.flatMap((result) =>
      result.messages.map((message) => `${message.line}:${message.column} ${message.ruleId}: ${message.message}`),
    );
    expect(messages).toEqual([]);
  });
});
