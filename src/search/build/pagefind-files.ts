// Reading Pagefind's own files at build time. A seam on Pagefind's private format (see
// src/search/SEAMS.md): a fragment is gzip, then the signature "pagefind_dcd", then JSON.
// A file in another shape fails the build, naming the file, instead of writing empty lists.

/** Pagefind's fragments start with this signature after gunzip. */
export const FRAGMENT_SIGNATURE = 'pagefind_dcd';

export function decodeFragment(unzipped: Buffer, name: string): unknown {
  const raw = unzipped.toString('utf8');
  if (!raw.startsWith(FRAGMENT_SIGNATURE)) {
    throw new Error(
      `Search index: fragment ${name} does not start with "${FRAGMENT_SIGNATURE}"; Pagefind changed its format.`,
    );
  }
  try {
    return JSON.parse(raw.slice(FRAGMENT_SIGNATURE.length));
  } catch {
    throw new Error(`Search index: fragment ${name} holds no JSON after its signature; Pagefind changed its format.`);
  }
}
