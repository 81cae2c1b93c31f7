// @ts-check
import { defineConfig } from 'astro/config';
import mdx from '@astrojs/mdx';
import sitemap from '@astrojs/sitemap';
import tailwindcss from '@tailwindcss/vite';
import searchIndex from './src/search/build/search-index.ts';
import serverFiles from './src/integrations/server-files.ts';
import { inlineScripts } from './src/integrations/inline-scripts.ts';
import { BAD_REQUEST_PATH, CSP_DIRECTIVES } from './src/lib/http-policy.ts';
import serviceWorker from './src/integrations/service-worker.ts';
import { serviceWorkerEnabled } from './src/lib/service-worker.ts';
import scriptModules from './src/integrations/script-modules.ts';
import { isStepSharePath } from './src/lib/routes.ts';
import { contactAddress } from './src/lib/contact.ts';

// The public address of the site, used for canonical URLs, Open Graph and the sitemap.
// Set SITE_URL when deploying elsewhere.
const site = process.env.SITE_URL || 'https://metabezwaar.nl';
// Said once, so a build meant for another address does not go out with this one unnoticed.
if (!process.env.SITE_URL)
  console.log(`SITE_URL is not set: canonical links, QR codes and the report address use ${site}.`);
// The editors' address (SITE_CONTACT, else redactie@<host>): asked here so a malformed one stops
// the build at once, with a message that names the variable.
contactAddress(site);
// SERVICE_WORKER=off ships the worker's kill switch; a value it does not know stops the build here.
serviceWorkerEnabled();

export default defineConfig({
  site,
  trailingSlash: 'always',
  // searchIndex reads the finished pages in dist/ and writes dist/pagefind/; serverFiles runs last: it
  // writes dist/_headers and compresses every text file, the search files included.
  integrations: [
    mdx(),
    // A step's share page points to its guide (canonical, noindex): only the guide belongs in the sitemap.
    // The page nginx shows for a link it cannot read is no page of its own either.
    sitemap({
      filter: (page) => !isStepSharePath(new URL(page).pathname) && new URL(page).pathname !== BAD_REQUEST_PATH,
    }),
    searchIndex(),
    serviceWorker(),
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
    plugins: [tailwindcss(), scriptModules()],
    // Reading a property of our own constant objects has no side effects. Without this, every
    // module a browser script imports for one constant (routes.ts via plan.ts) is kept whole,
    // and a module two page scripts share becomes a file of its own: those scripts are then no
    // longer inlined, and a page needs a second round trip.
    // inlineConst: a string constant two scripts share (src/lib/step-markup.ts) is written into
    // each script, instead of making a file of its own.
    build: {
      // Page scripts up to 6 KB are written into the page: no second round trip.
      assetsInlineLimit: inlineScripts,
      rolldownOptions: {
        treeshake: { propertyReadSideEffects: false },
        optimization: { inlineConst: { mode: 'all', pass: 2 } },
      },
    },
  },
});
