// One marker for "not content": parts of a page that are about the page or help to use it
// (controls, counters, dates, lists of other guides, screen-reader helper text), not the text
// itself. Put `data-not-content` on such an element and both the search index
// (src/search/build/search-index.ts) and the readability gate (tests/gates/page-text.ts) leave it out.

/** The attribute to put on an element that is not content, without a value. */
export const NOT_CONTENT_ATTRIBUTE = 'data-not-content';

/** The same as a CSS selector. */
export const NOT_CONTENT_SELECTOR = `[${NOT_CONTENT_ATTRIBUTE}]`;
