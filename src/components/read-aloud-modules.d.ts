// Modules made at build time by src/integrations/read-aloud-modules.ts.
// The pronunciation list.
declare module 'virtual:pronunciation' {
  const list: readonly import('../lib/read-aloud-text').Pronunciation[];
  export default list;
}

// The URL of the speech script, read-aloud.ts, built as a chunk of its own (same plugin).
declare module 'virtual:read-aloud-script' {
  const url: string;
  export default url;
}
