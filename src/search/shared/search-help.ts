// "Never a dead end": what the search page offers when a search finds nothing, even after
// typo correction. Pure: the page passes in the guides and questions from the content
// collections and renders the links this returns, with the headings in `searchHelpText` (nl-search.ts).
import { searchHelpText } from '../../i18n/nl-search.ts';
import { GUIDE_SLUGS, guideUrl, PAGE_PATHS, questionUrl } from '../../lib/routes.ts';

/** The questions readers ask most, in this order. The one place this list lives. */
export const POPULAR_QUESTION_IDS = ['is-het-te-laat', 'hoe-maak-ik-bezwaar', 'elk-account-apart', 'geen-bevestiging'];

export interface HelpLink {
  href: string;
  text: string;
}

export interface HelpGroup {
  heading: string;
  links: HelpLink[];
}

export interface GuideInput {
  id: string;
  title: string;
  order: number;
}

export interface QuestionInput {
  id: string;
  question: string;
}

/**
 * The groups to show under "no results": popular questions, the menu guide, every guide
 * (in list order) and the link to all questions. Throws, naming the id, when a popular
 * question or the menu guide no longer exists, so the build fails instead of a dead link.
 */
export function noResultsHelp(guides: readonly GuideInput[], questions: readonly QuestionInput[]): HelpGroup[] {
  const question = (id: string) => {
    const found = questions.find((entry) => entry.id === id);
    if (!found)
      throw new Error(`search-help.ts: POPULAR_QUESTION_IDS names "${id}", but content/questions/${id}.md is missing.`);
    return { href: questionUrl(found.id), text: found.question };
  };
  const menu = guides.find((guide) => guide.id === GUIDE_SLUGS.differentMenu);
  if (!menu)
    throw new Error(
      `search-help.ts: GUIDE_SLUGS.differentMenu names "${GUIDE_SLUGS.differentMenu}", but that guide is missing.`,
    );
  const sorted = [...guides].sort((a, b) => a.order - b.order);
  return [
    { heading: searchHelpText.popularHeading, links: POPULAR_QUESTION_IDS.map(question) },
    { heading: searchHelpText.menuHeading, links: [{ href: guideUrl(menu.id), text: menu.title }] },
    {
      heading: searchHelpText.guidesHeading,
      links: [
        ...sorted.map((guide) => ({ href: guideUrl(guide.id), text: guide.title })),
        { href: PAGE_PATHS.questions, text: searchHelpText.allQuestions },
      ],
    },
  ];
}
