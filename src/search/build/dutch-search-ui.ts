// Pagefind's Component UI bundle carries its texts for 46 languages: about 16 KB of its
// 40 KB gzip. This site is Dutch only and sets its own Dutch texts, so the search page loads
// a copy that keeps just Dutch and English (Pagefind's fallback). The cut is made only when
// the bundle has exactly the shape described below; otherwise the caller keeps the full file.
//
// The shape (Pagefind 1.6, minified): one block per language, back to back,
//   var We={};h(We,{comments:()=>…,default:()=>…,…});var …="…",…={…},…={…};
// followed by the list of blocks and, in the same order, the list of their file names:
//   var Ma=[We,Ye,…],Jt=Ma,Zt=["../../translations/af.json",…];
import { Script } from 'node:vm';

const LISTS =
  /var ([\w$]+)=\[([\w$]+(?:,[\w$]+)*)\],([\w$]+)=\1,([\w$]+)=\[("\.\.\/\.\.\/translations\/[\w-]+\.json"(?:,"\.\.\/\.\.\/translations\/[\w-]+\.json")*)\];/;

const BLOCK_START = /var ([\w$]+)=\{\};[\w$]+\(\1,\{comments:/g;

/**
 * The bundle with only the given languages' texts, or null when the bundle does not have
 * the expected shape (a newer Pagefind, say) or the result would not parse.
 */
export function keepUiLanguages(bundle: string, languages: readonly string[]): string | null {
  const lists = LISTS.exec(bundle);
  if (!lists) return null;
  const [whole, blocksName, blockList, alias, namesName, nameList] = lists as unknown as string[];
  const blocks = blockList!.split(',');
  const files = nameList!.split(',');
  if (blocks.length !== files.length) return null;
  const languageOf = (file: string) => /\/([\w-]+)\.json"$/.exec(file)?.[1] ?? '';
  const keep = blocks.map((_, index) => languages.includes(languageOf(files[index]!)));
  if (!keep.some(Boolean)) return null;

  // The blocks must sit back to back, right before the lists, one for each list entry.
  const starts = [...bundle.slice(0, lists.index).matchAll(BLOCK_START)];
  if (starts.map((match) => match[1]).join(',') !== blockList) return null;
  const ends = [...starts.slice(1).map((match) => match.index), lists.index];
  const kept = starts.map((match, index) => bundle.slice(match.index, ends[index])).filter((_, index) => keep[index]);

  const keptLists =
    `var ${blocksName}=[${blocks.filter((_, index) => keep[index]).join(',')}],${alias}=${blocksName},` +
    `${namesName}=[${files.filter((_, index) => keep[index]).join(',')}];`;
  const trimmed =
    bundle.slice(0, starts[0]!.index) + kept.join('') + keptLists + bundle.slice(lists.index + whole!.length);
  try {
    new Script(trimmed);
  } catch {
    return null;
  }
  return trimmed;
}
