// <checklist-progress>, the script of ChecklistProgress.astro: keeps the ticks of the steps
// inside in this browser, counts them and says where to go on.
import { checklistText } from '../i18n/nl-checklist';
import { loadProgress, parseGuideSteps, saveProgress } from '../lib/checklist-state';

// After Back, browsers put old checkbox states back on checkboxes a script added (the plan's),
// over the ticks read from storage. They match them by name: a new name per page load
// leaves nothing to match. (autocomplete="off" is not allowed on a checkbox.)
const LOAD_NAME = `gedaan-${Date.now()}`;

export class ChecklistProgress extends HTMLElement {
  /** Every current step id per guide, from the build. */
  #known = new Map<string, string[]>();
  /** Ticked step ids per guide: the stored state, or the only state when storage fails. */
  #done = new Map<string, Set<string>>();
  /** False once storage refused a read or write: the ticks then live in memory only. */
  #saved = true;

  connectedCallback() {
    this.#known = parseGuideSteps(this.dataset['guides']);
    this.addEventListener('change', (event) => this.#toggle(event.target));
    this.querySelector('[data-reset]')?.addEventListener('click', () => this.#reset());
    // Coming back with the Back button can show this page from memory, while the same steps
    // were ticked elsewhere (a guide and the plan share ticks): read them again.
    addEventListener('pageshow', (event) => {
      if (event.persisted) this.sync();
    });
    this.sync();
  }

  /** Reads the stored ticks and shows them. Call again after adding steps inside. */
  sync() {
    if (this.#saved) {
      for (const [guide, ids] of this.#known) {
        const loaded = loadProgress(guide, ids);
        if (loaded.stored) this.#done.set(guide, new Set(loaded.done));
        else this.#saved = false;
      }
    }
    for (const box of this.#boxes()) {
      box.name = LOAD_NAME;
      box.checked = this.#ticked(box).has(box.value);
    }
    this.#render();
  }

  #boxes(): HTMLInputElement[] {
    return [...this.querySelectorAll<HTMLInputElement>('input[type="checkbox"][data-guide]')];
  }

  #ticked(box: HTMLInputElement): Set<string> {
    const guide = box.dataset['guide'] ?? '';
    let ticked = this.#done.get(guide);
    if (!ticked) this.#done.set(guide, (ticked = new Set()));
    return ticked;
  }

  #toggle(target: EventTarget | null) {
    if (!(target instanceof HTMLInputElement) || !target.dataset['guide']) return;
    const ticked = this.#ticked(target);
    if (target.checked) ticked.add(target.value);
    else ticked.delete(target.value);
    this.#save(target.dataset['guide']);
    this.#render();
  }

  #save(guide: string) {
    const ticked = this.#done.get(guide) ?? new Set();
    const ordered = (this.#known.get(guide) ?? []).filter((id) => ticked.has(id));
    if (!saveProgress(guide, ordered)) this.#saved = false;
  }

  #reset() {
    if (!confirm(checklistText.resetQuestion)) return;
    const boxes = this.#boxes();
    for (const box of boxes) {
      box.checked = false;
      this.#ticked(box).delete(box.value);
    }
    new Set(boxes.map((box) => box.dataset['guide'] ?? '')).forEach((guide) => this.#save(guide));
    this.#render();
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
