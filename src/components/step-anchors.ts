// <step-anchors>, the script of StepAnchors.astro: opens the step a URL's anchor points to when
// the browser could not: "#stap-3", "#PRIVACYCENTRUM", a guide's step id on the plan, or any
// anchor of steps a script added after the page loaded (the plan then calls open()).
// Unknown and malformed anchors ("#%") leave the page at the top, without an error.
import { decodeHash, stepAnchorTarget } from '../lib/anchors';
import { STEP_ID, STEP_NUMBER, STEP_OLD_ANCHOR_CLASS, STEP_SELECTOR } from '../lib/markup-contract';

/** The steps inside `root`: each one's id in its guide and its old, merged ids lead to its anchor. */
function anchoredSteps(root: Element) {
  return [...root.querySelectorAll<HTMLElement>(STEP_SELECTOR)].flatMap((step) => {
    const oldIds = [...step.querySelectorAll(`.${STEP_OLD_ANCHOR_CLASS}`)].map((old) => old.id);
    return [step.getAttribute(STEP_ID) ?? step.id, ...oldIds].map((id) => ({
      anchor: step.id,
      id,
      number: Number(step.getAttribute(STEP_NUMBER)),
    }));
  });
}

export class StepAnchors extends HTMLElement {
  connectedCallback() {
    addEventListener('hashchange', () => this.open());
    this.open();
  }

  /** Opens (scrolls to and marks) the step inside that the URL's anchor points to, if any. */
  open() {
    const exact = document.getElementById(decodeHash(location.hash));
    const target = exact ? exact.id : stepAnchorTarget(location.hash, anchoredSteps(this));
    // Navigating to the real anchor scrolls to it and marks it (:target), as a link would. It
    // replaces the history entry, so Back still leaves the page and the address shows the real id.
    if (target && !document.getElementById(target)?.matches(':target')) location.replace(`#${target}`);
  }
}

customElements.define('step-anchors', StepAnchors);

declare global {
  interface HTMLElementTagNameMap {
    'step-anchors': StepAnchors;
  }
}
