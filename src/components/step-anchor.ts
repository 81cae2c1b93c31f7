// Opens the step a URL's anchor points to when the browser could not: "#stap-3", "#PRIVACYCENTRUM",
// a guide's step id on the plan, or any anchor of steps a script added after the page loaded.
// Unknown and malformed anchors ("#%") leave the page at the top, without an error.
import { decodeHash, stepAnchorTarget } from '../lib/anchors';

/** The steps inside `root`: each one's id in its guide and its old, merged ids lead to its anchor. */
function anchoredSteps(root: Element) {
  return [...root.querySelectorAll<HTMLElement>('li[data-step-number]')].flatMap((step) => {
    const guideId = step.querySelector<HTMLInputElement>('input[data-guide]')?.value ?? step.id;
    const oldIds = [...step.querySelectorAll('.step-old-anchor')].map((old) => old.id);
    return [guideId, ...oldIds].map((id) => ({ anchor: step.id, id, number: Number(step.dataset['stepNumber']) }));
  });
}

/** Opens (scrolls to and marks) the step inside `root` that the URL's anchor points to, if any. */
export function openStepAnchor(root: Element) {
  const exact = document.getElementById(decodeHash(location.hash));
  const target = exact ? exact.id : stepAnchorTarget(location.hash, anchoredSteps(root));
  // Navigating to the real anchor scrolls to it and marks it (:target), as a link would. It
  // replaces the history entry, so Back still leaves the page and the address shows the real id.
  if (target && !document.getElementById(target)?.matches(':target')) location.replace(`#${target}`);
}
