// Dutch UI text of the copy-link button (copy-link.ts), part of `ui` in nl.ts. A file of its own
// because a browser script imports it, and a script should carry only its own texts.
export const copyLinkText = {
  link: (label: string) => `Link naar ${label}`,
  copy: (label: string) => `Kopieer link naar ${label}`,
  share: (label: string) => `Deel link naar ${label}`,
  copied: 'Link gekopieerd',
  copyFailed: 'Kopiëren lukt niet. Kopieer de link hieronder zelf.',
} as const;
