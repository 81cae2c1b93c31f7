// The reader journeys, written once and run in each engine (firefox.test.ts, webkit.test.ts)
// at 360 × 740, in one browser session per engine.
import { readFileSync } from 'node:fs';
import { afterAll, beforeAll, describe, expect, inject, it } from 'vitest';
import { parse } from 'yaml';
import { BRAND_NAMES, publisherNames, unhyphenatedPattern } from '../../src/lib/unhyphenated';
import { SITEMAP_PATHS } from '../e2e/site-pages';
import { waitFor, WIDTH, type Engine } from './engines';
import { hyphenationFaults, hyphenationLimits } from './hyphenation';

const sources = parse(readFileSync('content/sources.yaml', 'utf8')) as { publisher: string }[];
const NAMES = [...BRAND_NAMES, ...sources.flatMap((source) => publisherNames(source.publisher))];
export const PATTERN = unhyphenatedPattern(NAMES).source;

export function readerJourneys(launch: (baseUrl: string) => Promise<Engine>, extra?: (engine: () => Engine) => void) {
  let engine: Engine;
  beforeAll(async () => {
    engine = await launch(inject('baseUrl'));
  });
  afterAll(async () => {
    await engine?.close();
  });

  it('a deep link opens its step, marked, with "Stap N van M" on screen', async () => {
    await engine.goto('/gids/facebook/#privacycentrum');
    const step = await waitFor(engine, () => {
      const target = document.querySelector(':target');
      const place = target?.querySelector<HTMLElement>('.step-place');
      if (!target || !place) return null;
      const top = target.getBoundingClientRect().top;
      return {
        id: target.id,
        place: place.innerText.trim(),
        placeShown: place.getClientRects().length > 0,
        inView: top >= -1 && top < innerHeight,
        otherPlacesShown: [...document.querySelectorAll('.step-place')].filter((el) => el.getClientRects().length > 0)
          .length,
      };
    });
    expect(step).toMatchObject({ id: 'privacycentrum', placeShown: true, inView: true, otherPlacesShown: 1 });
    expect(step.place).toMatch(/^Stap \d+ van \d+ · /);
    expect(await engine.errors()).toEqual([]);
  });

  it('ticks survive a reload and show the same in the plan', async () => {
    await engine.goto('/gids/facebook/');
    await engine.run(() => localStorage.clear());
    await engine.reload();
    await engine.click('li#inloggen input[type=checkbox]');
    await engine.click('li#privacycentrum input[type=checkbox]');
    await engine.reload();
    const ticked = () =>
      [...document.querySelectorAll<HTMLInputElement>('ol.steps > li input[type=checkbox]')]
        .filter((box) => box.checked)
        .map((box) => box.closest('li')!.id);
    expect(await waitFor(engine, () => document.querySelector('checklist-progress [data-count]')?.textContent)).toMatch(
      /^2 van \d+ stappen gedaan$/,
    );
    expect(await engine.run(ticked)).toEqual(['inloggen', 'privacycentrum']);
    await engine.goto('/mijn-plan/?apps=facebook&gekoppeld=nee');
    expect(await engine.run(ticked)).toEqual(['facebook-inloggen', 'facebook-privacycentrum']);
    expect(await engine.errors()).toEqual([]);
  });

  const copyButton = 'li#privacycentrum copy-link button';
  const copyStatus = () => {
    const shown = document.querySelector<HTMLElement>('li#privacycentrum .copy-link-status');
    return shown?.textContent ? { text: shown.textContent, color: getComputedStyle(shown).color } : null;
  };

  it('"Kopieer link" copies the step\'s share URL', async () => {
    await engine.goto('/gids/facebook/');
    await engine.run(() => {
      // Keep what is written; the real clipboard is written too.
      const clipboard = navigator.clipboard;
      const write = clipboard.writeText.bind(clipboard);
      clipboard.writeText = (text: string) => {
        (window as unknown as { copied: string }).copied = text;
        return write(text);
      };
    });
    await engine.click(copyButton);
    expect(await waitFor(engine, copyStatus)).toMatchObject({ text: 'Link gekopieerd' });
    expect(await engine.run(() => (window as unknown as { copied: string }).copied)).toMatch(
      /^http:\/\/127\.0\.0\.1:\d+\/gids\/facebook\/privacycentrum\/$/,
    );
    expect(await engine.errors()).toEqual([]);
  });

  it('a refused clipboard shows the link to copy by hand, in the warning colour', async () => {
    await engine.goto('/gids/facebook/');
    const ok = await engine.run(() => {
      navigator.clipboard.writeText = () => Promise.reject(new DOMException('Refused', 'NotAllowedError'));
      return getComputedStyle(document.documentElement).getPropertyValue('--color-ok').trim();
    });
    await engine.click(copyButton);
    const status = await waitFor(engine, copyStatus);
    expect(status.text).toBe('Kopiëren lukt niet. Kopieer de link hieronder zelf.');
    const colours = await engine.run(() => {
      const probe = document.createElement('span');
      document.body.append(probe);
      const resolve = (value: string) => {
        probe.style.color = value;
        return getComputedStyle(probe).color;
      };
      const result = { ok: resolve('var(--color-ok)'), warn: resolve('var(--color-warning)') };
      probe.remove();
      return result;
    });
    expect(ok).not.toBe('');
    expect(status.color).not.toBe(colours.ok);
    expect(status.color).toBe(colours.warn);
    const manual = await engine.run(() => {
      const input = document.querySelector<HTMLInputElement>('li#privacycentrum input.copy-link-manual')!;
      return {
        value: input.value,
        selected: input.selectionEnd! - input.selectionStart!,
        focused: document.activeElement === input,
      };
    });
    expect(manual.value).toMatch(/\/gids\/facebook\/privacycentrum\/$/);
    expect(manual.selected).toBe(manual.value.length);
    expect(await engine.errors()).toEqual([]);
  });

  it('search finds steps, and corrects a typo out loud', async () => {
    await engine.goto('/zoeken/?q=faceboek');
    const corrected = await waitFor(
      engine,
      () => {
        const main = document.querySelector('main')!;
        const sentence = /We zochten op ‘facebook’/.test(main.innerText);
        const links = [...main.querySelectorAll<HTMLAnchorElement>('a[href^="/gids/"]')].filter((a) =>
          a.closest('[role=list], ol, ul'),
        );
        return sentence && links.length > 0 ? links.length : 0;
      },
      [],
      10_000,
    );
    expect(corrected).toBeGreaterThan(0);

    // The search box by its role and name, as a reader finds it.
    const box = await engine.run(() => {
      const boxes = [...document.querySelectorAll<HTMLInputElement>('main input[type=search]')].filter(
        (input) =>
          input.getClientRects().length > 0 &&
          (input.labels?.[0]?.textContent?.includes('Zoek') || input.getAttribute('aria-label')?.includes('Zoek')),
      );
      boxes.forEach((input, index) => input.setAttribute('data-engine-box', String(index)));
      if (boxes[0]) boxes[0].value = '';
      return boxes.length;
    });
    expect(box).toBeGreaterThan(0);
    await engine.type('[data-engine-box="0"]', 'privacycentrum');
    const hit = await waitFor(
      engine,
      () => document.querySelector<HTMLAnchorElement>('main a[href="/gids/facebook/#privacycentrum"]')?.href,
      [],
      10_000,
    );
    expect(hit).toMatch(/\/gids\/facebook\/#privacycentrum$/);
    expect(await engine.errors()).toEqual([]);
  });

  it('"Lees voor": a Dutch voice gives every step a button, and a linked step stays where the link put it', async () => {
    await engine.goto('/gids/facebook/#bezwaar-te-maken');
    const offset = () =>
      engine.run(() => {
        const step = document.querySelector('li#bezwaar-te-maken')!;
        return Math.round(step.getBoundingClientRect().top - parseFloat(getComputedStyle(step).scrollMarginTop));
      });
    expect(await offset()).toBe(0);
    // This engine's own voices may hold no Dutch one: then one arrives now, on its own
    // speechSynthesis, as voices do (voiceschanged). The page checked at load and listens.
    const synth = await engine.run(() => {
      if (!window.speechSynthesis) return 'none';
      if (document.querySelector('[data-read-aloud]')) return 'own Dutch voice';
      const voice = { name: 'Xander', lang: 'nl-NL', localService: true, voiceURI: 'x', default: false };
      Object.defineProperty(speechSynthesis, 'getVoices', { value: () => [voice], configurable: true });
      speechSynthesis.dispatchEvent(new Event('voiceschanged'));
      return 'voice arrived';
    });
    console.log(`${engine.name}, "Lees voor": ${synth}`);
    expect(synth, `${engine.name} has speechSynthesis`).not.toBe('none');
    await waitFor(engine, () => document.querySelectorAll('[data-read-aloud]').length > 0);
    expect(await offset()).toBe(0);
    // Those out of sight came at once; those in sight without room wait for the reader to scroll.
    await engine.run(() => dispatchEvent(new KeyboardEvent('keydown', { key: 'ArrowDown' })));
    const counts = await engine.run(() => [
      document.querySelectorAll('li.step').length + 1,
      document.querySelectorAll('[data-read-aloud]').length,
    ]);
    expect(counts[1]).toBe(counts[0]);
    expect(await engine.errors()).toEqual([]);
  });

  it('an FAQ link opens its question on screen', async () => {
    await engine.goto('/vragen/#bevestiging-bewaren');
    const question = await waitFor(engine, () => {
      const target = document.querySelector(':target');
      return target && { id: target.id, top: target.getBoundingClientRect().top, height: innerHeight };
    });
    expect(question.id).toBe('bevestiging-bewaren');
    expect(question.top).toBeGreaterThanOrEqual(-1);
    expect(question.top).toBeLessThan(question.height / 2);
  });

  it("the body hyphenates with at least 4 letters on each side, in this engine's own property", async () => {
    await engine.goto('/gids/facebook/');
    const limits = await engine.run(hyphenationLimits);
    expect(limits.hyphens).toBe('auto');
    // "8 4" is how Firefox writes "8 4 4" (the last value defaults to the one before).
    if (engine.name === 'Firefox') expect(limits['hyphenate-limit-chars']).toMatch(/^8 4( 4)?$/);
    else
      expect([limits['-webkit-hyphenate-limit-before'], limits['-webkit-hyphenate-limit-after']]).toEqual(['4', '4']);
  });

  describe('every page in the sitemap', () => {
    for (const path of SITEMAP_PATHS) {
      it(`${path}: no page error, CSP violation or hyphen in a name or address; fits ${WIDTH} px`, async () => {
        await engine.goto(path);
        expect(await engine.errors()).toEqual([]);
        expect(await engine.run(hyphenationFaults, PATTERN)).toEqual([]);
        expect(await engine.run(() => document.documentElement.scrollWidth)).toBeLessThanOrEqual(WIDTH);
      });
    }
  });

  extra?.(() => engine);
}
