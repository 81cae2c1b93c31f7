import { describe, expect, it } from 'vitest';
import { noResultsHelp, POPULAR_QUESTION_IDS } from '../../src/search/shared/search-help';
import { GUIDE_SLUGS } from '../../src/lib/routes';

const MENU_GUIDE_ID = GUIDE_SLUGS.differentMenu;

const guides = [
  { id: 'instagram', title: 'Bezwaar maken op Instagram', order: 2 },
  { id: MENU_GUIDE_ID, title: 'Het menu ziet er anders uit', order: 4 },
  { id: 'facebook', title: 'Bezwaar maken op Facebook', order: 1 },
];
const questions = POPULAR_QUESTION_IDS.map((id) => ({ id, question: `Vraag ${id}?` }));

describe('noResultsHelp', () => {
  it('offers the popular questions, the menu guide, all guides in order and all questions', () => {
    const [popular, menu, all] = noResultsHelp(guides, questions);
    expect(popular!.heading).toBe('Vaak gestelde vragen');
    expect(popular!.links.map((link) => link.href)).toEqual(POPULAR_QUESTION_IDS.map((id) => `/vragen/#${id}`));
    expect(menu!.links).toEqual([{ href: '/gids/menu-ziet-er-anders-uit/', text: 'Het menu ziet er anders uit' }]);
    expect(all!.links.map((link) => link.href)).toEqual([
      '/gids/facebook/',
      '/gids/instagram/',
      '/gids/menu-ziet-er-anders-uit/',
      '/vragen/',
    ]);
    expect(all!.links.at(-1)!.text).toBe('Alle vragen en antwoorden');
  });

  it('offers 3 or 4 popular questions', () => {
    expect(POPULAR_QUESTION_IDS.length).toBeGreaterThanOrEqual(3);
    expect(POPULAR_QUESTION_IDS.length).toBeLessThanOrEqual(4);
  });

  it('fails, naming the id, when a popular question is gone', () => {
    expect(() => noResultsHelp(guides, questions.slice(1))).toThrow(POPULAR_QUESTION_IDS[0]!);
  });

  it('fails when the menu guide is gone', () => {
    expect(() => noResultsHelp(guides.slice(0, 1), questions)).toThrow(MENU_GUIDE_ID);
  });
});
