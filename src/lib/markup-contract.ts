// The contract between what components write and what the browser scripts in other files read:
// every data-* attribute they share, named once. Both sides take the names from here (where a
// template must write one out, a unit test renders it and checks it against these names).
// Plain string constants: a browser script gets them inlined (astro.config.mjs), so no shared
// file is loaded for them. There are no custom events: the plan calls the elements' methods
// (sync, open), typed through HTMLElementTagNameMap.

// --- Steps (StepItem, StepCheckbox, PersonalPlan) and their readers (checklist-progress.ts,
// step-anchors.ts) ---

/** On a step's <li>: its id in its guide. Its element id is the anchor, "<guide>-<id>" on the plan. */
export const STEP_ID = 'data-step-id';
/** On a step's <li>: the number the page shows for it ("3" in "Stap 3"). */
export const STEP_NUMBER = 'data-step-number';
/** On the element that holds just the step's title text. */
export const STEP_TITLE = 'data-step-title';
/** On a group of steps whose numbers restart (the plan, per app): the group's name. */
export const STEP_GROUP = 'data-step-group';
/** Inside a step's <li>: the class of the empty element per old, merged id (`oldIds`), its element id. */
export const STEP_OLD_ANCHOR_CLASS = 'step-old-anchor';
/** On a step's "Gedaan" checkbox: the slug of the guide the step belongs to. */
export const STEP_GUIDE = 'data-guide';
/** On <checklist-progress>: every current step id per guide, as JSON. */
export const CHECKLIST_GUIDES = 'data-guides';

/** Every step inside `root`: the <li> elements that carry a number. */
export const STEP_SELECTOR = `li[${STEP_NUMBER}]`;
/** The class of a step's "Gedaan" box (StepCheckbox.astro). */
export const STEP_CHECKBOX_CLASS = 'step-checkbox';
/** The element around a guide's list of steps (StepAnchors.astro). */
export const STEP_LIST_ELEMENT = 'step-anchors';

// --- <checklist-progress> (ChecklistProgress.astro) and its script, checklist-progress.ts ---

// The parts of the checklist that its script fills in, shows and hides. One constant each, not
// an object: an object would not be inlined, and would become a file of its own.
/** The status box: hidden until there are steps. */
export const CHECKLIST_STATUS = 'data-status';
/** "3 van 8 stappen gedaan". */
export const CHECKLIST_COUNT = 'data-count';
/** "Ga verder met stap 4: …", and the link inside it. */
export const CHECKLIST_NEXT = 'data-next';
export const CHECKLIST_NEXT_LINK = 'data-next-link';
/** Shown when this browser cannot keep the ticks. */
export const CHECKLIST_UNSAVED = 'data-unsaved';
/** "Begin opnieuw". */
export const CHECKLIST_RESET = 'data-reset';
/** "Klaar", when every step is ticked. */
export const CHECKLIST_DONE = 'data-done';

// --- <copy-link> (CopyLinkButton.astro) and its script, copy-link.ts ---

/** Names the target in the button texts ("stap 3"). */
export const COPY_LINK_LABEL = 'data-label';
/** The page to hand out instead of "#anchor" (a step's share page), when there is one. */
export const COPY_LINK_URL = 'data-url';

// --- "Lees voor": its scripts read-aloud-check.ts (adds the buttons) and read-aloud.ts ---

/** The class of an FAQ entry (QuestionItem.astro): a button goes before its copy link. */
export const ANSWER_CLASS = 'question';
/** On a "Lees voor" button: empty for one step or answer, "all" for every step of the guide. */
export const READ_ALOUD = 'data-read-aloud';
/** The value of READ_ALOUD on "Lees alle stappen voor". */
export const READ_ALOUD_ALL = 'all';

// --- The plan page (mijn-plan.astro) and the plan's script (PersonalPlan.astro) ---

/** On the link to the plan's helper sheet: the script gives it the plan's answers. */
export const PLAN_SHEET_LINK = 'data-plan-sheet-link';
