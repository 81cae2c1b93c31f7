// <checklist-progress>, the script of ChecklistProgress.astro: keeps the ticks of the steps
// inside in this browser, counts them and says where to go on. Other tabs tick the same stored
// entries: each tick is written on top of what is stored now, and a `storage` event shows theirs.
// Which box is which step, and the parts of the status, are named in src/lib/markup-contract.ts.
import { checklistText } from '../i18n/nl-checklist';
import {
  changeProgress,
  loadProgress,
  mergeProgress,
  parseGuideSteps,
  saveProgress,
  withTicks,
  type Progress,
} from '../lib/checklist-state';
import {
  CHECKLIST_COUNT,
  CHECKLIST_DONE,
  CHECKLIST_GUIDES,
  CHECKLIST_NEXT,
  CHECKLIST_NEXT_LINK,
  CHECKLIST_RESET,
  CHECKLIST_STATUS,
  CHECKLIST_UNSAVED,
  STEP_GROUP,
  STEP_GUIDE,
  STEP_ID,
  STEP_NUMBER,
  STEP_SELECTOR,
  STEP_TITLE,
} from '../lib/markup-contract';

const guideOf = (box: HTMLInputElement) => box.getAttribute(STEP_GUIDE) ?? '';
/** The step id of a box: it sits inside its step. */
const stepOf = (box: HTMLInputElement) => box.closest(STEP_SELECTOR)?.getAttribute(STEP_ID) ?? '';

// After Back, browsers put old checkbox states back on checkboxes a script added (the plan's),
// over the ticks read from storage. They match them by name: a new name per page load
// leaves nothing to match. (autocomplete="off" is not allowed on a checkbox.)
const LOAD_NAME = `gedaan-${Date.now()}`;

export class ChecklistProgress extends HTMLElement {
  /** Every current step id per guide, from the build. */
  #known = new Map<string, string[]>();
  /**
   * Per guide, the ticked step ids and when each step last changed, as far as this tab knows:
   * the stored state, or the only state when storage fails.
   */
  #state = new Map<string, Progress>();
  /** False once storage refused a read or write: the ticks then live in memory only. */
  #saved = true;

  connectedCallback() {
    this.#known = parseGuideSteps(this.getAttribute(CHECKLIST_GUIDES));
    this.addEventListener('change', ({ target }) => {
      if (target instanceof HTMLInputElement && guideOf(target)) this.#change([target], target.checked);
    });
    this.querySelector(`[${CHECKLIST_RESET}]`)?.addEventListener('click', () => this.#reset());
    // Coming back with the Back button can show this page from memory, while the same steps
    // were ticked elsewhere (a guide and the plan share ticks): read them again. Another tab
    // that ticks a step fires `storage` here.
    addEventListener('pageshow', (event) => {
      if (event.persisted) this.sync();
    });
    addEventListener('storage', () => this.sync());
    this.sync();
  }

  /**
   * Reads the stored ticks and shows them. Call again after adding steps inside. Another tab may
   * have written without a change of ours it had not seen yet: merged per step, later change
   * winning, and written back. No entry means a tab removed it ("Begin opnieuw"): all clear.
   * (An entry always ticks something: the last untick removes it.)
   */
  sync() {
    if (this.#saved) {
      for (const [guide, ids] of this.#known) {
        const loaded = loadProgress(guide, ids);
        const merged = loaded.done.length ? mergeProgress(this.#progress(guide), loaded, ids) : loaded;
        // Writing what is stored already changes nothing and tells no other tab.
        if (merged !== loaded) saveProgress(guide, merged.done, undefined, merged.at);
        if (loaded.stored) this.#state.set(guide, merged);
        else this.#saved = false;
      }
    }
    this.#show();
  }

  #show() {
    for (const box of this.#boxes()) {
      box.name = LOAD_NAME;
      box.checked = this.#progress(guideOf(box)).done.includes(stepOf(box));
    }
    this.#render();
  }

  #boxes(): HTMLInputElement[] {
    return [...this.querySelectorAll<HTMLInputElement>(`input[type="checkbox"][${STEP_GUIDE}]`)];
  }

  #progress(guide: string): Progress {
    return this.#state.get(guide) ?? { done: [], at: {} };
  }

  /** Ticks or unticks these boxes' steps, per guide on top of what is stored now. */
  #change(boxes: HTMLInputElement[], on: boolean) {
    for (const guide of new Set(boxes.map(guideOf))) {
      const ids = boxes.filter((box) => guideOf(box) === guide).map(stepOf);
      const known = this.#known.get(guide) ?? [];
      const stored = this.#saved && changeProgress(guide, known, ids, on);
      // Storage refused: from now on the ticks live in memory, for as long as the page is open.
      if (!stored) this.#saved = false;
      const mine = this.#progress(guide);
      this.#state.set(guide, stored || { ...mine, done: withTicks(mine.done, ids, on, known) });
    }
    this.#show();
  }

  #reset() {
    if (!confirm(checklistText.resetQuestion)) return;
    const boxes = this.#boxes();
    this.#change(boxes, false);
    // The reset button hides itself: start again at the first step.
    boxes[0]?.focus();
  }

  #render() {
    const boxes = this.#boxes();
    const total = boxes.length;
    const done = boxes.filter((box) => box.checked).length;
    const part = <T extends HTMLElement>(attribute: string) => this.querySelector<T>(`[${attribute}]`);
    const status = part(CHECKLIST_STATUS);
    if (!status) return;
    status.hidden = total === 0;
    const count = part(CHECKLIST_COUNT);
    if (count) count.textContent = total ? checklistText.count(done, total) : '';
    const step = boxes.find((box) => !box.checked)?.closest<HTMLElement>(STEP_SELECTOR);
    const next = part(CHECKLIST_NEXT);
    const link = part<HTMLAnchorElement>(CHECKLIST_NEXT_LINK);
    if (next && link) {
      next.hidden = !step || done === 0;
      if (step) {
        // StepItem marks the number and the title; a list with groups (the plan has one per app)
        // names the group: "Ga verder met stap 2 voor Instagram: Open Instellingen".
        const title = step.querySelector(`[${STEP_TITLE}]`)?.textContent ?? '';
        const group = step.closest(`[${STEP_GROUP}]`)?.getAttribute(STEP_GROUP);
        link.href = `#${step.id}`;
        link.textContent = checklistText.next(step.getAttribute(STEP_NUMBER) ?? '', title, group);
      }
    }
    const reset = part(CHECKLIST_RESET);
    if (reset) reset.hidden = done === 0;
    const unsaved = part(CHECKLIST_UNSAVED);
    if (unsaved) unsaved.hidden = this.#saved;
    const finished = part(CHECKLIST_DONE);
    if (finished) finished.hidden = total === 0 || done < total;
  }
}

customElements.define('checklist-progress', ChecklistProgress);

declare global {
  interface HTMLElementTagNameMap {
    'checklist-progress': ChecklistProgress;
  }
}
