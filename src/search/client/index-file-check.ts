// Whether a file of Pagefind's index came whole. Pagefind 1.6 swallows a failed index chunk
// (its loadChunk ends in `.catch(() => {})`), so a corrupt or half-uploaded chunk would read
// as "nothing found", blaming the reader's words. A seam on Pagefind's private file format
// (src/search/SEAMS.md): its .pf_meta, .pf_index and .pf_fragment files are gzip, and start
// with "pagefind_dcd" once unpacked.

const SIGNATURE = 'pagefind_dcd';

/** The index files this check reads: by their ending. */
export const isIndexFile = (path: string) => /\.pf_(meta|index|fragment)$/.test(path);

/** Resolves true when the body unpacks fully and starts with Pagefind's signature. */
export async function isWholeIndexFile(body: Blob): Promise<boolean> {
  try {
    const stream = body.stream().pipeThrough(new DecompressionStream('gzip'));
    const reader = stream.getReader();
    const first = await reader.read();
    const start = new TextDecoder().decode(first.value?.slice(0, SIGNATURE.length));
    // Read to the end: a truncated file fails only there.
    while (!(await reader.read()).done);
    return start === SIGNATURE;
  } catch {
    return false;
  }
}
