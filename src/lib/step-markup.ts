// The contract between the markup of steps (StepItem, StepCheckbox, PersonalPlan,
// ChecklistProgress) and the browser scripts that read it (checklist-progress.ts,
// step-anchors.ts). Both sides take the attribute names from here. Plain string constants: a
// browser script inlines them, so no shared file is loaded for them.

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
