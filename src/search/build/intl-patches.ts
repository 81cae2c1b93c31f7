// The first Intl object of a kind that a page makes is slow: the browser loads its rules
// first. On a fast computer the first Intl.Segmenter costs about 50 ms and the first
// Intl.NumberFormat 20 to 40 ms, four times that on a phone, each inside the task that runs
// or shows the first search: most of a shared search link's blocking time. Pagefind 1.6 makes
// both where Dutch needs neither, so the build patches its two files:
// - the engine (pagefind.js) splits every search term into graphemes with Intl.Segmenter when
//   the browser has one. For Dutch text the engine's own loop over characters keeps the same
//   (punctuation is a grapheme of its own; the loops differ only where one grapheme joins
//   punctuation with a mark, as in a keycap emoji), so the patched engine takes the Segmenter
//   only where it needs word segmentation (its `needsWordSegmentation`: Chinese, Japanese,
//   Thai). pagefind-worker.js has the same code, but the search page runs Pagefind without its
//   worker (`no-worker` in SearchPage.astro), so the worker is left as it is.
// - the Component UI formats the number in "[COUNT] resultaten" with Intl.NumberFormat. Below
//   1,000 a Dutch count is its digits, and the site has far fewer pages than that.
// Each patch applies only to the exact shape below; otherwise it gives null and the build fails.
import { transformSync } from 'esbuild';

/** In pagefind.js: `var needsWordSegmentation=(lang)=>{…};` and, once, the check below. */
const SEGMENTER_CHECK = 'if(trueLanguage&&typeof Intl.Segmenter!=="undefined"){';
const SEGMENTER_WHERE_NEEDED =
  'if(trueLanguage&&typeof Intl.Segmenter!=="undefined"&&needsWordSegmentation(trueLanguage)){';
const SEGMENTATION_HELPER = 'var needsWordSegmentation=';

/** In the Component UI, minified: `typeof n=="number"&&s?new Intl.NumberFormat(s).format(n):String(n)`. */
const NUMBER_FORMAT = /typeof ([\w$]+)=="number"&&([\w$]+)\?new Intl\.NumberFormat\(\2\)\.format\(\1\):String\(\1\)/g;

/** The code, if it still parses as an ES module; otherwise null. */
function parsedOrNull(code: string): string | null {
  try {
    transformSync(code, { format: 'esm', loader: 'js' });
    return code;
  } catch {
    return null;
  }
}

/** The engine with the Segmenter made only for languages without spaces, or null. */
export function segmenterOnlyWhereNeeded(engine: string): string | null {
  const pieces = engine.split(SEGMENTER_CHECK);
  if (pieces.length !== 2 || !engine.includes(SEGMENTATION_HELPER)) return null;
  return parsedOrNull(pieces.join(SEGMENTER_WHERE_NEEDED));
}

/** The Component UI with its counts written as digits, or null. */
export function countsWithoutNumberFormat(ui: string): string | null {
  const found = [...ui.matchAll(NUMBER_FORMAT)];
  if (found.length !== 1 || ui.split('Intl.NumberFormat').length !== 2) return null;
  return parsedOrNull(ui.replace(NUMBER_FORMAT, (_, value: string) => `String(${value})`));
}
