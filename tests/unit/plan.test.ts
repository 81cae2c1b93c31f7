import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { parse } from 'yaml';
import {
  ACCOUNTS_CENTRE_STEP,
  PLAN_ANSWERS,
  PLAN_GUIDES,
  PLAN_KEYS,
  PLAN_PARAMS,
  PlanContentError,
  appOfGuide,
  buildPlan,
  parsePlanQuery,
  planKey,
  planQueryString,
  planSectionHeading,
  stepsByGuide,
  type PlanKey,
} from '../../src/lib/plan';
import { stepAnchorTarget } from '../../src/lib/anchors';

interface Step {
  id: string;
  title: string;
}

const steps = (...ids: string[]): Step[] => ids.map((id) => ({ id, title: `Titel ${id}` }));

/** Small guides in the shape of the content collection. */
const GUIDES = {
  facebook: { steps: steps('inloggen', 'privacycentrum', 'verzenden') },
  instagram: { steps: steps('inloggen', 'privacycentrum', 'verzenden') },
  'gekoppelde-accounts': { steps: steps('accountcentrum-controleren', 'bezwaar-gekoppelde-accounts') },
};

const anchors = (key: PlanKey, guides: Parameters<typeof buildPlan<Step>>[1] = GUIDES) =>
  buildPlan(key, guides).steps.map((step) => step.anchor);

describe('parsePlanQuery', () => {
  it.each([
    ['?apps=facebook', 'facebook'],
    ['?apps=instagram', 'instagram'],
    ['?apps=facebook,instagram&gekoppeld=ja', 'beide-gekoppeld'],
    ['?apps=facebook,instagram&gekoppeld=nee', 'beide-los'],
    ['?apps=facebook,instagram&gekoppeld=weet-ik-niet', 'beide-onbekend'],
  ])('reads %s as the plan "%s"', (search, key) => {
    const query = parsePlanQuery(search);
    expect(query).toMatchObject({ kind: 'plan', key });
  });

  it('reads what the GET form sends: the comma encoded', () => {
    expect(parsePlanQuery('?apps=facebook%2Cinstagram&gekoppeld=nee')).toEqual({
      kind: 'plan',
      key: 'beide-los',
      answers: { apps: ['facebook', 'instagram'], linked: 'nee' },
    });
  });

  it('accepts repeated parameters, any order, any case and stray spaces', () => {
    expect(parsePlanQuery('?apps=Instagram&apps=%20FACEBOOK%20&gekoppeld=Ja')).toMatchObject({
      kind: 'plan',
      answers: { apps: ['facebook', 'instagram'], linked: 'ja' },
    });
    expect(parsePlanQuery('?apps=facebook,facebook')).toMatchObject({ kind: 'plan', key: 'facebook' });
    expect(parsePlanQuery('?apps=instagram,,')).toMatchObject({ kind: 'plan', key: 'instagram' });
  });

  it('ignores gekoppeld when only one app is chosen, even a wrong value', () => {
    expect(parsePlanQuery('?apps=facebook&gekoppeld=ja')).toEqual({
      kind: 'plan',
      key: 'facebook',
      answers: { apps: ['facebook'] },
    });
    expect(parsePlanQuery('?apps=instagram&gekoppeld=misschien')).toMatchObject({ kind: 'plan', key: 'instagram' });
  });

  it('ignores parameters it does not know, like the ones Facebook adds to shared links', () => {
    expect(parsePlanQuery('?fbclid=IwAR0abc&apps=instagram&utm_source=x')).toMatchObject({
      kind: 'plan',
      key: 'instagram',
    });
    expect(parsePlanQuery('?fbclid=IwAR0abc')).toEqual({ kind: 'empty' });
  });

  it('accepts URLSearchParams too', () => {
    expect(parsePlanQuery(new URLSearchParams({ apps: 'facebook' }))).toMatchObject({ kind: 'plan', key: 'facebook' });
  });

  it('gives "empty" without answers', () => {
    expect(parsePlanQuery('')).toEqual({ kind: 'empty' });
    expect(parsePlanQuery('?')).toEqual({ kind: 'empty' });
  });

  it('asks one more question when both apps are chosen without gekoppeld', () => {
    expect(parsePlanQuery('?apps=facebook,instagram')).toEqual({
      kind: 'problem',
      problems: ['linked-missing'],
      answers: { apps: ['facebook', 'instagram'] },
    });
    expect(parsePlanQuery('?apps=facebook,instagram&gekoppeld=')).toMatchObject({ problems: ['linked-missing'] });
  });

  it.each([
    ['?apps=', ['apps-missing'], {}],
    ['?apps=,', ['apps-missing'], {}],
    ['?gekoppeld=', ['apps-missing'], {}],
    ['?gekoppeld=ja', ['apps-missing'], { linked: 'ja' }],
    ['?apps=twitter', ['apps-unknown'], {}],
    ['?apps=facebook,twitter&gekoppeld=nee', ['apps-unknown'], { linked: 'nee' }],
    ['?apps=whatsapp&gekoppeld=misschien', ['apps-unknown'], {}],
    ['?apps=facebook,instagram&gekoppeld=misschien', ['linked-unknown'], { apps: ['facebook', 'instagram'] }],
    ['?apps=facebook,instagram&gekoppeld=ja&gekoppeld=nee', ['linked-unknown'], { apps: ['facebook', 'instagram'] }],
    ['?apps=%3Cscript%3Ealert(1)%3C%2Fscript%3E', ['apps-unknown'], {}],
    [`?apps=${'facebook,'.repeat(5000)}x`, ['apps-unknown'], {}],
  ])('reports %s as %j and keeps the valid answers', (search, problems, answers) => {
    expect(parsePlanQuery(search)).toEqual({ kind: 'problem', problems, answers });
  });

  it('never throws on malformed percent-encoding', () => {
    expect(() => parsePlanQuery('?apps=%E0%A4%A')).not.toThrow();
    expect(parsePlanQuery('?apps=%E0%A4%A')).toMatchObject({ kind: 'problem', problems: ['apps-unknown'] });
  });
});

describe('parsePlanQuery with repeated answers', () => {
  it('accepts the same answer twice ("gekoppeld=nee&gekoppeld=nee")', () => {
    expect(parsePlanQuery('?apps=facebook,instagram&gekoppeld=nee&gekoppeld=nee')).toEqual({
      kind: 'plan',
      key: 'beide-los',
      answers: { apps: ['facebook', 'instagram'], linked: 'nee' },
    });
    expect(parsePlanQuery('?apps=facebook,instagram&gekoppeld=Ja&gekoppeld=ja%20')).toMatchObject({
      key: 'beide-gekoppeld',
    });
  });
});

describe('stepAnchorTarget on the plan', () => {
  const plan = buildPlan('beide-onbekend', GUIDES);
  // The plan page marks each step with its plan anchor, its id in the guide and the guide's number.
  const planAnchorTarget = (hash: string, shown: typeof plan) =>
    stepAnchorTarget(
      hash,
      shown.steps.map(({ anchor, step, number }) => ({ anchor, id: step.id, number })),
    );

  it("finds the plan's own anchors in any letter case", () => {
    expect(planAnchorTarget('#instagram-verzenden', plan)).toBe('instagram-verzenden');
    expect(planAnchorTarget('#INSTAGRAM-Verzenden', plan)).toBe('instagram-verzenden');
  });

  it("opens the first plan step for a guide's step id, and #stap-N by the guide's numbers", () => {
    expect(planAnchorTarget('#privacycentrum', plan)).toBe('facebook-privacycentrum');
    expect(planAnchorTarget('#stap-2', plan)).toBe('facebook-privacycentrum');
    expect(planAnchorTarget('#stap-1', plan)).toBe('gekoppelde-accounts-accountcentrum-controleren');
  });

  it('never throws: malformed encoding, empty or unknown anchors give null', () => {
    for (const hash of ['#%', '#%E0%A4%A', '', '#', '#bestaat-niet', '#stap-99']) {
      expect(() => planAnchorTarget(hash, plan)).not.toThrow();
      expect(planAnchorTarget(hash, plan), hash).toBeNull();
    }
    expect(() => parsePlanQuery(new URL('https://x.nl/mijn-plan/?apps=facebook#%').search)).not.toThrow();
  });
});

describe('planQueryString', () => {
  it('writes the short, readable form, without gekoppeld for one app', () => {
    expect(planQueryString({ apps: ['instagram', 'facebook'], linked: 'nee' })).toBe(
      '?apps=facebook,instagram&gekoppeld=nee',
    );
    expect(planQueryString({ apps: ['facebook'], linked: 'ja' })).toBe('?apps=facebook');
  });

  it.each(PLAN_KEYS)('round-trips the answers of the plan "%s"', (key) => {
    expect(parsePlanQuery(planQueryString(PLAN_ANSWERS[key]))).toEqual({
      kind: 'plan',
      key,
      answers: PLAN_ANSWERS[key],
    });
    expect(planKey(PLAN_ANSWERS[key])).toBe(key);
  });
});

describe('buildPlan', () => {
  it('one app: that guide’s steps', () => {
    expect(anchors('facebook')).toEqual(['facebook-inloggen', 'facebook-privacycentrum', 'facebook-verzenden']);
    expect(anchors('instagram')).toEqual(['instagram-inloggen', 'instagram-privacycentrum', 'instagram-verzenden']);
  });

  it('both apps, linked: one objection, through Facebook', () => {
    const plan = buildPlan('beide-gekoppeld', GUIDES);
    expect(plan.sections.map((section) => [section.kind, section.guide])).toEqual([['objection', 'facebook']]);
    expect(anchors('beide-gekoppeld')).toEqual(anchors('facebook'));
  });

  it('both apps, not linked: Facebook’s steps, then Instagram’s', () => {
    const plan = buildPlan('beide-los', GUIDES);
    expect(plan.sections.map((section) => [section.kind, section.guide])).toEqual([
      ['objection', 'facebook'],
      ['objection', 'instagram'],
    ]);
    expect(anchors('beide-los')).toEqual([...anchors('facebook'), ...anchors('instagram')]);
  });

  it('both apps, not sure: the Accountcentrum check first, Instagram only when not linked', () => {
    const plan = buildPlan('beide-onbekend', GUIDES);
    expect(plan.sections.map((section) => [section.kind, section.guide])).toEqual([
      ['check-linked', 'gekoppelde-accounts'],
      ['objection', 'facebook'],
      ['objection-if-not-linked', 'instagram'],
    ]);
    expect(plan.steps[0]).toMatchObject({
      guide: 'gekoppelde-accounts',
      anchor: 'gekoppelde-accounts-accountcentrum-controleren',
      step: { id: 'accountcentrum-controleren' },
    });
  });

  it('finds the Accountcentrum step by id, wherever the editor puts it', () => {
    const moved = {
      ...GUIDES,
      'gekoppelde-accounts': { steps: steps('intro', 'iets-anders', 'accountcentrum-controleren') },
    };
    const [first] = buildPlan('beide-onbekend', moved).steps;
    expect(first).toMatchObject({ anchor: 'gekoppelde-accounts-accountcentrum-controleren', number: 3 });
  });

  it('keeps each step’s number from its guide, and its title', () => {
    const plan = buildPlan('beide-los', GUIDES);
    expect(plan.steps.map((step) => step.number)).toEqual([1, 2, 3, 1, 2, 3]);
    expect(plan.steps[4]).toMatchObject({ guide: 'instagram', step: { title: 'Titel privacycentrum' } });
  });

  it.each(PLAN_KEYS)('gives every step of the plan "%s" a unique anchor', (key) => {
    const list = anchors(key);
    expect(new Set(list).size).toBe(list.length);
  });

  it('stops the build with a clear message when the Accountcentrum step is gone', () => {
    const renamed = { ...GUIDES, 'gekoppelde-accounts': { steps: steps('accounts-bekijken') } };
    expect(() => buildPlan('beide-onbekend', renamed)).toThrow(PlanContentError);
    expect(() => buildPlan('beide-onbekend', renamed)).toThrowErrorMatchingInlineSnapshot(
      `[PlanContentError: De stap met id "accountcentrum-controleren" ontbreekt in content/guides/gekoppelde-accounts.mdx. De pagina /mijn-plan/ begint daarmee als iemand niet weet of de accounts gekoppeld zijn. Zet het id terug, of pas ACCOUNTS_CENTRE_STEP aan in src/lib/plan.ts.]`,
    );
    // The other plans do not need that step.
    expect(() => buildPlan('beide-los', renamed)).not.toThrow();
  });

  it('stops the build with a clear message when a guide is missing', () => {
    const { instagram: _gone, ...withoutInstagram } = GUIDES;
    expect(() => buildPlan('instagram', withoutInstagram)).toThrowErrorMatchingInlineSnapshot(
      `[PlanContentError: De gids "instagram" ontbreekt (content/guides/instagram.mdx). De pagina /mijn-plan/ gebruikt de stappen van die gids.]`,
    );
  });
});

describe('stepsByGuide', () => {
  it('lists each guide’s steps once over all plans', () => {
    const byGuide = stepsByGuide(PLAN_KEYS.map((key) => buildPlan(key, GUIDES)));
    expect([...byGuide.keys()]).toEqual(['facebook', 'instagram', 'gekoppelde-accounts']);
    expect(byGuide.get('gekoppelde-accounts')?.map((step) => step.anchor)).toEqual([
      'gekoppelde-accounts-accountcentrum-controleren',
    ]);
  });

  it('refuses plans that take different steps from one guide', () => {
    const facebook = buildPlan('facebook', GUIDES);
    const shorter = {
      ...facebook,
      sections: [{ ...facebook.sections[0]!, steps: facebook.sections[0]!.steps.slice(1) }],
    };
    expect(() => stepsByGuide([facebook, shorter])).toThrow(/different steps from the guide "facebook"/);
  });
});

describe('the real guides', () => {
  /** The steps in a guide's frontmatter, read the way editors write them. */
  const frontmatterSteps = (slug: string): Step[] => {
    const text = readFileSync(`content/guides/${slug}.mdx`, 'utf8');
    const frontmatter = /^---\n([\s\S]*?)\n---/.exec(text)?.[1] ?? '';
    return (parse(frontmatter) as { steps: Step[] }).steps;
  };
  const guides = Object.fromEntries(
    ['facebook', 'instagram', ACCOUNTS_CENTRE_STEP.guide].map((slug) => [slug, { steps: frontmatterSteps(slug) }]),
  );

  it.each(PLAN_KEYS)('make the plan "%s"', (key) => {
    const plan = buildPlan(key, guides);
    expect(plan.steps.length).toBeGreaterThan(0);
  });

  it('have the Accountcentrum step the "weet ik niet" plan starts with', () => {
    expect(buildPlan('beide-onbekend', guides).steps[0]?.step.title).toBeTruthy();
  });
});

describe('the plan in one place', () => {
  it('names its guides once: both apps, then the linked-accounts guide', () => {
    expect(PLAN_GUIDES).toEqual(['facebook', 'instagram', ACCOUNTS_CENTRE_STEP.guide]);
    expect(PLAN_GUIDES.map(appOfGuide)).toEqual(['facebook', 'instagram', undefined]);
  });

  it('writes and reads its answers under PLAN_PARAMS', () => {
    const query = planQueryString(PLAN_ANSWERS['beide-los']);
    expect(query).toBe(`?${PLAN_PARAMS.apps}=facebook,instagram&${PLAN_PARAMS.linked}=nee`);
    expect(parsePlanQuery(query)).toMatchObject({ kind: 'plan', key: 'beide-los' });
  });

  it('heads each section with the app it is for', () => {
    expect(planSectionHeading({ kind: 'check-linked', guide: ACCOUNTS_CENTRE_STEP.guide })).toBe(
      'Eerst: kijk of je accounts gekoppeld zijn',
    );
    expect(planSectionHeading({ kind: 'objection', guide: 'instagram' })).toBe('Bezwaar maken via Instagram');
    expect(planSectionHeading({ kind: 'objection-if-not-linked', guide: 'instagram' })).toBe(
      'Niet gekoppeld? Maak ook bezwaar via Instagram',
    );
    expect(planSectionHeading({ kind: 'objection', guide: 'facebook' })).toBe('Bezwaar maken via Facebook');
  });
});
