import { runInNewContext } from 'node:vm';
import { gzipSync } from 'node:zlib';
import * as pagefind from 'pagefind';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { keepUiLanguages } from '../../src/search/build/dutch-search-ui';
import { keepUiComponents, UI_COMPONENTS } from '../../src/search/build/ui-components';

/** A bundle in the shape Pagefind 1.6 writes, with three languages. */
const block = (name: string, placeholder: string) =>
  `var ${name}={};h(${name},{comments:()=>c${name},default:()=>d${name},direction:()=>r${name},strings:()=>s${name},thanks_to:()=>t${name}});` +
  `var t${name}="x",c${name}="",r${name}="ltr",s${name}={placeholder:"${placeholder}"},d${name}={thanks_to:t${name},comments:c${name},direction:r${name},strings:s${name}};`;
const fixture =
  '"use strict";(()=>{var h=(a,s)=>{for(var e in s)Object.defineProperty(a,e,{get:s[e],enumerable:!0})};' +
  block('De', 'Suche') +
  block('En', 'Search') +
  block('Nl', 'Zoeken') +
  'var Ma=[De,En,Nl],Jt=Ma,Zt=["../../translations/de.json","../../translations/en.json","../../translations/nl.json"];' +
  'var ye={};for(let i=0;i<Zt.length;i++)ye[Zt[i].match(/([^\\/]+)\\.json$/)[1]]=Jt[i].default.strings;globalThis.ye=ye;})();';

describe('keepUiLanguages', () => {
  it('keeps only the languages asked for, and the bundle still runs', () => {
    const trimmed = keepUiLanguages(fixture, ['nl', 'en']);
    expect(trimmed).not.toBeNull();
    expect(trimmed).not.toContain('Suche');
    const context: { ye?: Record<string, { placeholder: string }> } = {};
    runInNewContext(trimmed!, context);
    expect(context.ye).toEqual({ en: { placeholder: 'Search' }, nl: { placeholder: 'Zoeken' } });
  });

  it('gives up on a bundle of another shape', () => {
    expect(keepUiLanguages('console.log("hello")', ['nl'])).toBeNull();
    expect(keepUiLanguages(fixture.replace('var En={}', 'var En= {}'), ['nl'])).toBeNull();
    expect(keepUiLanguages(fixture, ['fr'])).toBeNull();
  });
});

describe("with Pagefind's own Component UI", () => {
  let bundle = '';
  beforeAll(async () => {
    const { index } = await pagefind.createIndex();
    await index!.addHTMLFile({ url: '/', content: '<html lang="nl"><body><h1>Zoeken</h1></body></html>' });
    const { files } = await index!.getFiles();
    bundle = new TextDecoder().decode(files.find((file) => file.path.endsWith('pagefind-component-ui.js'))!.content);
  }, 30_000);
  afterAll(() => pagefind.close());

  it('cuts the installed version down to Dutch and English, a good deal smaller', () => {
    const trimmed = keepUiLanguages(bundle, ['nl', 'en']);
    expect(trimmed, 'the bundle no longer has the expected shape: see dutch-search-ui.ts').not.toBeNull();
    expect(trimmed).toContain('"../../translations/nl.json"');
    expect(trimmed).not.toContain('"../../translations/de.json"');
    expect(trimmed!.length).toBeLessThan(bundle.length * 0.7);
  });

  it('cuts the installed version down to the search page’s elements, a good deal smaller', () => {
    const dutch = keepUiLanguages(bundle, ['nl', 'en'])!;
    const cut = keepUiComponents(dutch, UI_COMPONENTS);
    expect(cut, 'the bundle no longer has the expected shape: see ui-components.ts').not.toBeNull();
    expect(cut).not.toContain('"pagefind-modal"');
    expect(gzipSync(cut!).length).toBeLessThan(gzipSync(dutch).length * 0.7);
  });
});

describe('keepUiComponents', () => {
  /** A bundle in the shape Pagefind 1.6 writes, with three elements, one of them unused. */
  const elements =
    '"use strict";(()=>{var hs=Object.defineProperty;var h=(a,s)=>{for(var e in s)hs(a,e,{get:s[e],enumerable:!0})};' +
    'var Gt={};h(Gt,{PagefindInput:()=>Ne,PagefindModal:()=>we,getInstanceManager:()=>ve});' +
    'var ve=()=>"manager";class Ne extends HTMLElement{a(){return"input"}}class we extends HTMLElement{b(){return"MODAL-ONLY-CODE"}}' +
    'customElements.get("pagefind-input")||customElements.define("pagefind-input",Ne);' +
    'customElements.get("pagefind-modal")||customElements.define("pagefind-modal",we);' +
    'typeof window<"u"&&(window.PagefindComponents=Gt);})();';

  it('drops the unused elements and their code, and keeps the namespace object', () => {
    const cut = keepUiComponents(elements, ['pagefind-input']);
    expect(cut).not.toBeNull();
    expect(cut).not.toContain('MODAL-ONLY-CODE');
    const defined: string[] = [];
    const context = {
      window: {} as { PagefindComponents?: { getInstanceManager(): string } },
      HTMLElement: class {},
      customElements: { get: () => undefined, define: (name: string) => defined.push(name) },
    };
    runInNewContext(cut!, context);
    expect(defined).toEqual(['pagefind-input']);
    expect(context.window.PagefindComponents?.getInstanceManager()).toBe('manager');
  });

  it('gives up on a bundle of another shape, or without an element the page uses', () => {
    expect(keepUiComponents('console.log("hello")', ['pagefind-input'])).toBeNull();
    expect(keepUiComponents(elements, ['pagefind-results'])).toBeNull();
    expect(
      keepUiComponents(elements.replace('customElements.get("pagefind-modal")||', ''), ['pagefind-input']),
    ).toBeNull();
  });
});
