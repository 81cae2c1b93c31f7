// The files a build wrote, for the build steps that read or add to dist/ after Astro.
import { readdir } from 'node:fs/promises';
import { join } from 'node:path';

/** Every file under `dir`, as full paths in a stable order; only those ending in `extension` if given. */
export async function filesUnder(dir: string, extension = ''): Promise<string[]> {
  const entries = await readdir(dir, { withFileTypes: true, recursive: true });
  return entries
    .filter((entry) => entry.isFile() && entry.name.endsWith(extension))
    .map((entry) => join(entry.parentPath, entry.name))
    .sort();
}
