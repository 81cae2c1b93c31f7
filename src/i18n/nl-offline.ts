// Dutch text the service worker (src/lib/service-worker.ts) writes into a page it serves from its
// cache while the reader is offline. A file of its own, as the worker carries only its own text.
export const offlineText = {
  /** `{tijd}` becomes "1 december 2026 om 21:40": when the worker saved this copy. */
  savedCopy: 'Je bent offline. Je ziet deze pagina zoals hij was op {tijd}.',
} as const;
