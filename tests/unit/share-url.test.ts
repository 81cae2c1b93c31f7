import { describe, expect, it } from 'vitest';
import { PLAN_PARAMS } from '../../src/lib/plan';
import { PAGE_PATHS } from '../../src/lib/routes';
import { SHARED_PARAMS, cleanShareUrl } from '../../src/lib/share-url';

describe('cleanShareUrl', () => {
  it('keeps origin, path and anchor, and drops tracking parameters', () => {
    expect(
      cleanShareUrl(
        'https://metabezwaar.nl/gids/facebook/?fbclid=IwAR0abc&utm_source=facebook&utm_medium=social#privacycentrum',
      ),
    ).toBe('https://metabezwaar.nl/gids/facebook/#privacycentrum');
    expect(cleanShareUrl('https://metabezwaar.nl/vragen/?gclid=x&igshid=y&mc_eid=z#is-het-te-laat')).toBe(
      'https://metabezwaar.nl/vragen/#is-het-te-laat',
    );
  });

  it('drops an empty anchor and an empty query', () => {
    expect(cleanShareUrl('http://127.0.0.1:8080/gids/instagram/?#')).toBe('http://127.0.0.1:8080/gids/instagram/');
  });

  it("keeps the plan's own answers on the plan page, readable, and drops the rest", () => {
    expect(
      cleanShareUrl(
        'https://metabezwaar.nl/mijn-plan/?fbclid=x&apps=facebook%2Cinstagram&gekoppeld=nee&utm_campaign=y#facebook-formulier',
      ),
    ).toBe('https://metabezwaar.nl/mijn-plan/?apps=facebook,instagram&gekoppeld=nee#facebook-formulier');
  });

  it('keeps the search on the search page only', () => {
    expect(cleanShareUrl('https://metabezwaar.nl/zoeken/?q=bezwaar&fbclid=x')).toBe(
      'https://metabezwaar.nl/zoeken/?q=bezwaar',
    );
    expect(cleanShareUrl('https://metabezwaar.nl/gids/facebook/?q=bezwaar&apps=facebook')).toBe(
      'https://metabezwaar.nl/gids/facebook/',
    );
  });

  it('does not throw on something that is not a URL', () => {
    expect(cleanShareUrl('/gids/facebook/?utm_source=x#stap-2')).toBe('/gids/facebook/#stap-2');
    expect(cleanShareUrl('/mijn-plan/?utm_source=x&apps=facebook#jouw-plan')).toBe(
      '/mijn-plan/?apps=facebook#jouw-plan',
    );
    expect(cleanShareUrl('http://[nope/?x=1#a')).toBe('http://[nope/#a');
  });
});

describe('SHARED_PARAMS', () => {
  it('keeps exactly the plan’s own answers on the plan', () => {
    expect(SHARED_PARAMS[PAGE_PATHS.plan]).toEqual(Object.values(PLAN_PARAMS));
  });
});
