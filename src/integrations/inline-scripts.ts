// Which page scripts Astro writes into the page instead of a file of its own: pages with a
// checklist must load in one round trip. Vite's own rule (assetsInlineLimit, 4 KB) stays for
// images and the like; the checklist with its anchor element is just over 4 KB before gzip.

/** A page script up to this many bytes (before gzip) is inlined. */
export const INLINE_SCRIPT_LIMIT = 6 * 1024;

/** For `vite.build.assetsInlineLimit`: scripts by INLINE_SCRIPT_LIMIT, anything else by Vite's rule. */
export function inlineScripts(file: string, content: Buffer): boolean | undefined {
  return file.endsWith('.js') ? content.length <= INLINE_SCRIPT_LIMIT : undefined;
}
