import * as pagefind from 'pagefind';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { keepUiLanguages } from '../../src/search/build/dutch-search-ui';
import { keepUiComponents, UI_COMPONENTS } from '../../src/search/build/ui-components';
import { countsWithoutNumberFormat, segmenterOnlyWhereNeeded } from '../../src/search/build/intl-patches';

/** The engine's term splitting in the shape Pagefind 1.6 writes, cut down. */
const engine =
  'var needsWordSegmentation=(lang)=>["zh","ja","th"].includes(lang);' +
  'async function search(term,trueLanguage){if(trueLanguage&&typeof Intl.Segmenter!=="undefined"){' +
  'const graphemeSegmenter=new Intl.Segmenter(trueLanguage,{granularity:"grapheme"});return "segmented";}' +
  'else{return "by character";}}export{search};';

/** The Component UI's translate function in the shape Pagefind 1.6 writes. */
const ui =
  'function Et(t,e={},s){if(!t)return"";let i=t;for(let[r,n]of Object.entries(e)){' +
  'let l=typeof n=="number"&&s?new Intl.NumberFormat(s).format(n):String(n);' +
  'i=i.replace(new RegExp(`\\\\[${r}\\\\]`,"g"),l)}return i}globalThis.Et=Et;';

describe('segmenterOnlyWhereNeeded', () => {
  it('asks for word segmentation before making a Segmenter', () => {
    const patched = segmenterOnlyWhereNeeded(engine);
    expect(patched).toContain('typeof Intl.Segmenter!=="undefined"&&needsWordSegmentation(trueLanguage)){');
    expect(patched!.replace('&&needsWordSegmentation(trueLanguage)', '')).toBe(engine);
  });

  it('gives up on an engine of another shape', () => {
    expect(segmenterOnlyWhereNeeded('export const x = 1;')).toBeNull();
    expect(segmenterOnlyWhereNeeded(engine.replace('var needsWordSegmentation=', 'var segments='))).toBeNull();
    const twice = engine.replace('else{', 'else{if(trueLanguage&&typeof Intl.Segmenter!=="undefined"){}');
    expect(segmenterOnlyWhereNeeded(twice)).toBeNull();
    expect(segmenterOnlyWhereNeeded(engine.replace('export{search};', 'export{search'))).toBeNull();
  });
});

describe('countsWithoutNumberFormat', () => {
  it('writes a count as its digits, without Intl.NumberFormat', () => {
    const patched = countsWithoutNumberFormat(ui);
    expect(patched).not.toContain('Intl');
    const context: { Et?: (text: string, values: object, language: string) => string } = {};
    new Function('globalThis', patched!)(context);
    expect(context.Et!('[COUNT] resultaten', { COUNT: 11 }, 'nl')).toBe('11 resultaten');
  });

  it('gives up on a Component UI of another shape', () => {
    expect(countsWithoutNumberFormat('console.log(1)')).toBeNull();
    expect(countsWithoutNumberFormat(ui.replace('&&s?', '?'))).toBeNull();
    expect(countsWithoutNumberFormat(`${ui}new Intl.NumberFormat("nl");`)).toBeNull();
  });
});

describe("with Pagefind's own files", () => {
  const files = new Map<string, string>();
  beforeAll(async () => {
    const { index } = await pagefind.createIndex();
    await index!.addHTMLFile({ url: '/', content: '<html lang="nl"><body><h1>Zoeken</h1></body></html>' });
    for (const file of (await index!.getFiles()).files) files.set(file.path, new TextDecoder().decode(file.content));
  }, 30_000);
  afterAll(() => pagefind.close());

  it('patches the installed engine in its one place', () => {
    const installed = files.get('pagefind.js')!;
    const patched = segmenterOnlyWhereNeeded(installed);
    expect(patched, 'the engine no longer has the expected shape: see intl-patches.ts').not.toBeNull();
    expect(patched!.length - installed.length).toBe('&&needsWordSegmentation(trueLanguage)'.length);
  });

  it('patches the installed Component UI, as the build cuts it', () => {
    const cut = keepUiComponents(
      keepUiLanguages(files.get('pagefind-component-ui.js')!, ['nl', 'en'])!,
      UI_COMPONENTS,
    )!;
    const patched = countsWithoutNumberFormat(cut);
    expect(patched, 'the Component UI no longer has the expected shape: see intl-patches.ts').not.toBeNull();
    expect(patched).not.toContain('Intl.NumberFormat');
  });
});
