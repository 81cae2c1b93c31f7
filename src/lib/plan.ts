// The personal plan on /mijn-plan/: two answers in the URL, one checklist made of guide steps.
//
// Answers in the URL, so a plan can be bookmarked or shared:
//   ?apps=facebook                               only Facebook
//   ?apps=instagram                              only Instagram
//   ?apps=facebook,instagram&gekoppeld=ja        both, linked in one Accountcentrum
//   ?apps=facebook,instagram&gekoppeld=nee       both, not linked
//   ?apps=facebook,instagram&gekoppeld=weet-ik-niet
// `gekoppeld` only matters when both apps are chosen; with one app it is ignored. Other
// parameters (fbclid, utm_*) are ignored too: links shared on Facebook get them added.
//
// What each answer means (an objection sent from an account covers every account in the same
// Accountcentrum; a separate account needs its own objection):
// - one app: that app's guide, all its steps;
// - both, linked ("ja"): one objection is enough, so one guide: Facebook's;
// - both, not linked ("nee"): one objection per account: Facebook's steps, then Instagram's;
// - both, "weet ik niet": first the step that checks the Accountcentrum, then Facebook's steps,
//   then Instagram's steps, which the page marks as needed only when the accounts are not linked
//   (and it links to the "ja" plan for readers who find out they are).
//
// The steps come from the guides' frontmatter: this module never holds a second list of steps.
// It names guides by slug and one step by id (the Accountcentrum check); when that id is gone
// from the content, building the site fails with a message that says what to fix.
//
// Progress is kept per guide + step (see checklist-state.ts), not per plan: a step ticked in
// the plan is ticked in its guide, and changing an answer keeps every tick already made.
// On the plan page each step's anchor is "<guide slug>-<step id>", unique on the page, and
// each step keeps its number from its guide, so "stap 3" means the same in both places.

import { ui } from '../i18n/nl';
import { PLAN_APPS_PARAM, PLAN_LINKED_PARAM } from './plan-params';
import { GUIDE_SLUGS } from './routes';

export const APPS = ['facebook', 'instagram'] as const;
export type App = (typeof APPS)[number];

export const LINKED_ANSWERS = ['ja', 'nee', 'weet-ik-niet'] as const;
export type LinkedAnswer = (typeof LINKED_ANSWERS)[number];

/** The guide each app's objection steps come from. */
export const APP_GUIDES: Record<App, string> = { facebook: GUIDE_SLUGS.facebook, instagram: GUIDE_SLUGS.instagram };

/** The guide and step that check which accounts share an Accountcentrum. */
export const ACCOUNTS_CENTRE_STEP = { guide: GUIDE_SLUGS.linkedAccounts, step: 'accountcentrum-controleren' } as const;

/** Every guide a plan takes steps from, in the order plans use them. */
export const PLAN_GUIDES: readonly string[] = [APP_GUIDES.facebook, APP_GUIDES.instagram, ACCOUNTS_CENTRE_STEP.guide];

/** The app whose objection a guide holds, or undefined for a guide that is not one app's. */
export function appOfGuide(slug: string): App | undefined {
  return APPS.find((app) => APP_GUIDES[app] === slug);
}

/** The names of the two answers in the URL (`?apps=facebook,instagram&gekoppeld=nee`) and in the form. */
export const PLAN_PARAMS = { apps: PLAN_APPS_PARAM, linked: PLAN_LINKED_PARAM } as const;
export { PLAN_APPS_PARAM, PLAN_LINKED_PARAM };

/** One plan per possible outcome of the two questions. */
export const PLAN_KEYS = ['facebook', 'instagram', 'beide-gekoppeld', 'beide-los', 'beide-onbekend'] as const;
export type PlanKey = (typeof PLAN_KEYS)[number];

export interface PlanAnswers {
  /** At least one app, in the order of APPS. */
  apps: App[];
  /** Only set when both apps are chosen. */
  linked?: LinkedAnswer;
}

/** What is wrong with the answers in a URL; the page shows a Dutch hint for each. */
export type PlanProblem =
  /** `apps` is missing or empty. */
  | 'apps-missing'
  /** `apps` holds something other than facebook and instagram. */
  | 'apps-unknown'
  /** Both apps, but `gekoppeld` is missing: one more question to answer. */
  | 'linked-missing'
  /** Both apps, and `gekoppeld` is not ja, nee or weet-ik-niet. */
  | 'linked-unknown';

export type PlanQuery =
  /** No answers at all: show the questions. */
  | { kind: 'empty' }
  /** Answers that make a plan. */
  | { kind: 'plan'; answers: PlanAnswers; key: PlanKey }
  /** Answers that do not make a plan; `answers` holds what was valid, to fill in the form. */
  | { kind: 'problem'; problems: PlanProblem[]; answers: Partial<PlanAnswers> };

/**
 * Reads the answers from a query string ("?apps=facebook,instagram&gekoppeld=nee"). Accepts
 * what the GET form sends (the comma encoded as %2C), repeated parameters, any letter case and
 * stray spaces. Never throws.
 */
export function parsePlanQuery(search: string | URLSearchParams): PlanQuery {
  // Copies URLSearchParams too: one call for both kinds of input.
  const params = new URLSearchParams(search);
  const appValues = params
    .getAll(PLAN_APPS_PARAM)
    .flatMap((value) => value.split(','))
    .map(normalise)
    .filter(Boolean);
  // A repeated identical answer ("gekoppeld=nee&gekoppeld=nee", from a form sent twice) is one answer.
  const linkedValues = [...new Set(params.getAll(PLAN_LINKED_PARAM).map(normalise).filter(Boolean))];
  if (appValues.length === 0 && linkedValues.length === 0) {
    return params.has(PLAN_APPS_PARAM) || params.has(PLAN_LINKED_PARAM)
      ? problem(['apps-missing'], {})
      : { kind: 'empty' };
  }

  const linkedValue = linkedValues.length === 1 ? linkedValues[0] : undefined;
  const linked = LINKED_ANSWERS.find((answer) => answer === linkedValue);
  const linkedProblem: PlanProblem | undefined =
    linkedValues.length === 0 ? 'linked-missing' : linked ? undefined : 'linked-unknown';
  const linkedAnswer = linked ? { linked } : {};

  if (appValues.length === 0) return problem(['apps-missing'], linkedAnswer);
  if (!appValues.every(isApp)) return problem(['apps-unknown'], linkedAnswer);

  const apps = APPS.filter((app) => appValues.includes(app));
  if (apps.length === 1) return plan({ apps });
  if (linkedProblem) return problem([linkedProblem], { apps });
  return plan({ apps, ...linkedAnswer });
}

function normalise(value: string): string {
  return value.trim().toLowerCase();
}

function isApp(value: string): value is App {
  return (APPS as readonly string[]).includes(value);
}

function problem(problems: PlanProblem[], answers: Partial<PlanAnswers>): PlanQuery {
  return { kind: 'problem', problems, answers };
}

function plan(answers: PlanAnswers): PlanQuery {
  return { kind: 'plan', answers, key: planKey(answers) };
}

/** Which of the plans these answers lead to. */
export function planKey(answers: PlanAnswers): PlanKey {
  const [first] = answers.apps;
  if (answers.apps.length === 1 && first) return first;
  if (answers.linked === 'ja') return 'beide-gekoppeld';
  if (answers.linked === 'nee') return 'beide-los';
  return 'beide-onbekend';
}

/** The answers that lead to a plan, for links and forms. */
export const PLAN_ANSWERS: Record<PlanKey, PlanAnswers> = {
  facebook: { apps: ['facebook'] },
  instagram: { apps: ['instagram'] },
  'beide-gekoppeld': { apps: ['facebook', 'instagram'], linked: 'ja' },
  'beide-los': { apps: ['facebook', 'instagram'], linked: 'nee' },
  'beide-onbekend': { apps: ['facebook', 'instagram'], linked: 'weet-ik-niet' },
};

/**
 * The shortest query string for these answers, with a readable comma:
 * "?apps=facebook,instagram&gekoppeld=nee". `gekoppeld` is left out for one app.
 */
export function planQueryString(answers: PlanAnswers): string {
  const apps = APPS.filter((app) => answers.apps.includes(app));
  const linked = apps.length > 1 && answers.linked ? `&${PLAN_LINKED_PARAM}=${answers.linked}` : '';
  return `?${PLAN_APPS_PARAM}=${apps.join(',')}${linked}`;
}

/** What a plan needs to know about a guide: its steps, in order. */
export interface GuideSteps<Step extends { id: string; title: string }> {
  steps: readonly Step[];
}

export type SectionKind =
  /** The Accountcentrum check, before anything else. */
  | 'check-linked'
  /** The objection steps for one account. */
  | 'objection'
  /** Objection steps needed only when the accounts turn out not to be linked. */
  | 'objection-if-not-linked';

export interface PlanStep<Step> {
  guide: string;
  step: Step;
  /** The step's id on the plan page: "<guide>-<step id>". */
  anchor: string;
  /** Its number in its guide, so "stap 3" means the same in the plan and in the guide. */
  number: number;
}

export interface PlanSection<Step> {
  kind: SectionKind;
  guide: string;
  steps: PlanStep<Step>[];
}

export interface Plan<Step> {
  key: PlanKey;
  sections: PlanSection<Step>[];
  /** Every step, in order. */
  steps: PlanStep<Step>[];
}

/** An error in the content that the plan depends on; its message is for the editor. */
export class PlanContentError extends Error {
  override name = 'PlanContentError';
}

/**
 * Builds a plan from the guides' steps. Throws PlanContentError, naming the file to fix, when a
 * guide or the Accountcentrum step it needs is missing.
 */
export function buildPlan<Step extends { id: string; title: string }>(
  key: PlanKey,
  guides: Readonly<Record<string, GuideSteps<Step> | undefined>>,
): Plan<Step> {
  const guideSteps = (slug: string): readonly Step[] => {
    const guide = guides[slug];
    if (!guide) {
      throw new PlanContentError(
        `De gids "${slug}" ontbreekt (content/guides/${slug}.mdx). De pagina /mijn-plan/ gebruikt de stappen van die gids.`,
      );
    }
    return guide.steps;
  };
  const accountsCentreStep = (): Step => {
    const { guide, step: id } = ACCOUNTS_CENTRE_STEP;
    const step = guideSteps(guide).find((candidate) => candidate.id === id);
    if (!step) {
      throw new PlanContentError(
        `De stap met id "${id}" ontbreekt in content/guides/${guide}.mdx. ` +
          `De pagina /mijn-plan/ begint daarmee als iemand niet weet of de accounts gekoppeld zijn. ` +
          `Zet het id terug, of pas ACCOUNTS_CENTRE_STEP aan in src/lib/plan.ts.`,
      );
    }
    return step;
  };

  const parts: { kind: SectionKind; guide: string; steps: readonly Step[] }[] = [];
  const objection = (app: App, kind: SectionKind = 'objection') =>
    parts.push({ kind, guide: APP_GUIDES[app], steps: guideSteps(APP_GUIDES[app]) });

  switch (key) {
    case 'facebook':
    case 'instagram':
      objection(key);
      break;
    case 'beide-gekoppeld':
      // Linked accounts share one objection: the Facebook route covers Instagram too.
      objection('facebook');
      break;
    case 'beide-los':
      objection('facebook');
      objection('instagram');
      break;
    case 'beide-onbekend':
      parts.push({ kind: 'check-linked', guide: ACCOUNTS_CENTRE_STEP.guide, steps: [accountsCentreStep()] });
      objection('facebook');
      objection('instagram', 'objection-if-not-linked');
      break;
  }

  const sections = parts.map(({ kind, guide, steps }) => ({
    kind,
    guide,
    steps: steps.map((step) => ({
      guide,
      step,
      anchor: `${guide}-${step.id}`,
      number: guideSteps(guide).indexOf(step) + 1,
    })),
  }));
  return { key, sections, steps: sections.flatMap((section) => section.steps) };
}

/**
 * The steps each guide brings to any plan, so the page can render them once and let every
 * plan reuse them. Throws when two plans would take different steps from the same guide,
 * which this way of rendering cannot show.
 */
export function stepsByGuide<Step extends { id: string; title: string }>(
  plans: readonly Plan<Step>[],
): Map<string, PlanStep<Step>[]> {
  const byGuide = new Map<string, PlanStep<Step>[]>();
  for (const section of plans.flatMap((plan) => plan.sections)) {
    const known = byGuide.get(section.guide);
    if (!known) byGuide.set(section.guide, section.steps);
    else if (known.map((step) => step.anchor).join() !== section.steps.map((step) => step.anchor).join()) {
      throw new Error(`Plans take different steps from the guide "${section.guide}"; render them per plan instead.`);
    }
  }
  return byGuide;
}

/** A section's heading, the same on the plan page and on its helper sheet (texts in nl.ts). */
export function planSectionHeading(section: { kind: SectionKind; guide: string }): string {
  const t = ui.plan;
  if (section.kind === 'check-linked') return t.checkLinkedHeading;
  const app = t.form.appChoices[appOfGuide(section.guide) ?? 'facebook'];
  return section.kind === 'objection-if-not-linked' ? t.ifNotLinkedHeading(app) : t.objectionHeading(app);
}
