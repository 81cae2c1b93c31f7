// <checklist-progress>, the script of ChecklistProgress.astro: keeps the ticks of the steps
// inside in this browser, counts them and says where to go on. Other tabs tick the same stored
// entries: each tick is written on top of what is stored now, and a `storage` event shows theirs.
// It also opens the step an anchor points to (see openStepAnchor).
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
import { openStepAnchor } from './step-anchor';

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
  /** True once the steps were there to open the URL's anchor among them. */
  #opened = false;

  connectedCallback() {
    this.#known = parseGuideSteps(this.dataset['guides']);
    this.addEventListener('change', ({ target }) => {
      if (target instanceof HTMLInputElement && target.dataset['guide']) this.#change([target], target.checked);
    });
    this.querySelector('[data-reset]')?.addEventListener('click', () => this.#reset());
    // Coming back with the Back button can show this page from memory, while the same steps
    // were ticked elsewhere (a guide and the plan share ticks): read them again. Another tab
    // that ticks a step fires `storage` here.
    addEventListener('pageshow', (event) => {
      if (event.persisted) this.sync();
    });
    addEventListener('storage', () => this.sync());
    addEventListener('hashchange', () => openStepAnchor(this));
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
    // The first time there are steps: the browser may not have found the anchor among them.
    if (!this.#opened && this.#boxes().length) {
      this.#opened = true;
      openStepAnchor(this);
    }
  }

  #show() {
    for (const box of this.#boxes()) {
      box.name = LOAD_NAME;
      box.checked = this.#progress(box.dataset['guide'] ?? '').done.includes(box.value);
    }
    this.#render();
  }

  #boxes(): HTMLInputElement[] {
    return [...this.querySelectorAll<HTMLInputElement>('input[type="checkbox"][data-guide]')];
  }

  #progress(guide: string): Progress {
    return this.#state.get(guide) ?? { done: [], at: {} };
  }

  /** Ticks or unticks these boxes' steps, per guide on top of what is stored now. */
  #change(boxes: HTMLInputElement[], on: boolean) {
    for (const guide of new Set(boxes.map((box) => box.dataset['guide'] ?? ''))) {
      const ids = boxes.filter((box) => box.dataset['guide'] === guide).map((box) => box.value);
      const known = this.#known.get(guide) ?? [];
      const stored = this.#saved && changeProgress(guide, known, ids, on);
      // Storage refused: from now on the ticks live in memory, for as long as the page is open.
      if (!stored) this.#saved = false;
      const { done, at } = this.#progress(guide);
      this.#state.set(guide, stored || { done: withTicks(done, ids, on, known), at });
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
    const part = <T extends HTMLElement>(name: string) => this.querySelector<T>(`[data-${name}]`);
    const status = part('status');
    if (!status) return;
    status.hidden = total === 0;
    const count = part('count');
    if (count) count.textContent = total ? checklistText.count(done, total) : '';
    const step = boxes.find((box) => !box.checked)?.closest<HTMLElement>('li[data-step-number]');
    const next = part('next');
    const link = part<HTMLAnchorElement>('next-link');
    if (next && link) {
      next.hidden = !step || done === 0;
      if (step) {
        // StepItem marks the number and the title; a list with groups (the plan has one per app)
        // names the group: "Ga verder met stap 2 voor Instagram: Open Instellingen".
        const title = step.querySelector('[data-step-title]')?.textContent ?? '';
        const group = step.closest<HTMLElement>('[data-step-group]')?.dataset['stepGroup'];
        link.href = `#${step.id}`;
        link.textContent = checklistText.next(step.dataset['stepNumber'] ?? '', title, group);
      }
    }
    const reset = part('reset');
    if (reset) reset.hidden = done === 0;
    const unsaved = part('unsaved');
    if (unsaved) unsaved.hidden = this.#saved;
    const finished = part('done');
    if (finished) finished.hidden = total === 0 || done < total;
  }
}

customElements.define('checklist-progress', ChecklistProgress);

declare global {
  interface HTMLElementTagNameMap {
    'checklist-progress': ChecklistProgress;
  }
}
