// @ts-check
import { defineConfig } from 'astro/config';
import mdx from '@astrojs/mdx';
import sitemap from '@astrojs/sitemap';
import tailwindcss from '@tailwindcss/vite';
import searchIndex from './src/search/build/search-index.ts';
import serverFiles from './src/integrations/server-files.ts';
import { CSP_DIRECTIVES } from './src/lib/http-policy.ts';
import previewImages from './src/integrations/preview-images.ts';
import { isStepSharePath } from './src/lib/routes.ts';
import { contactAddress } from './src/lib/contact.ts';

// The public address of the site, used for canonical URLs, Open Graph and the sitemap.
// Set SITE_URL when deploying elsewhere.
const site = process.env.SITE_URL ?? 'https://metabezwaar.nl';
// The editors' address (SITE_CONTACT, else redactie@<host>): asked here so a malformed one stops
// the build at once, with a message that names the variable.
contactAddress(site);

export default defineConfig({
  site,
  trailingSlash: 'always',
  // previewImages draws each page's og:image and removes the card it drew it from; searchIndex
  // reads the finished pages in dist/ and writes dist/pagefind/; serverFiles runs last: it
  // writes dist/_headers and compresses every text file, the search files included.
  integrations: [
    mdx(),
    // A step's share page points to its guide (canonical, noindex): only the guide belongs in the sitemap.
    sitemap({ filter: (page) => !isStepSharePath(new URL(page).pathname) }),
    previewImages(),
    searchIndex(),
    serverFiles(),
  ],
  // There is no code on this site; Shiki's inline styles would also break the CSP.
  markdown: { syntaxHighlight: false },
  build: {
    // Inline all CSS so a page renders from its first response (one round trip).
    inlineStylesheets: 'always',
  },
  security: {
    csp: {
      // One list for the <meta> and the HTTP header (src/lib/http-policy.ts).
      directives: [...CSP_DIRECTIVES],
    },
  },
  vite: {
    plugins: [tailwindcss()],
    // Reading a property of our own constant objects has no side effects. Without this, every
    // module a browser script imports for one constant (routes.ts via plan.ts) is kept whole,
    // and a module two page scripts share becomes a file of its own: those scripts are then no
    // longer inlined, and a page needs a second round trip.
    build: { rolldownOptions: { treeshake: { propertyReadSideEffects: false } } },
  },
});
