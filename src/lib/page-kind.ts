// What the readability gate holds a page's text to (see tests/gates/readability.ts). Set per page on
// <main data-page-kind> by the base layout.
export type PageKind = 'guide' | 'faq' | 'page';
