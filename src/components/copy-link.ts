// <copy-link>, the script of CopyLinkButton.astro: copy the link to the clipboard, or share
// it on phones that can. The link never carries what came along with the visit (cleanShareUrl).
import { copyLinkText } from '../i18n/nl-copy-link';
import { COPY_LINK_LABEL, COPY_LINK_URL } from '../lib/markup-contract';
import { cleanShareUrl } from '../lib/share-url';

/**
 * One status region for the page, made (empty) before any message, so screen readers listen to
 * it; steps then need no live region of their own.
 */
function pageStatus(): HTMLElement {
  let status = document.getElementById('copy-link-status');
  if (!status) {
    status = document.createElement('p');
    status.id = 'copy-link-status';
    status.className = 'sr-only';
    status.setAttribute('role', 'status');
    (document.querySelector('main') ?? document.body).append(status);
  }
  return status;
}

/** A new element with these properties. */
function make<T extends HTMLElement>(tag: string, props: Partial<T>): T {
  return Object.assign(document.createElement(tag) as T, props);
}

export class CopyLink extends HTMLElement {
  connectedCallback() {
    const fallback = this.querySelector('a');
    const label = this.getAttribute(COPY_LINK_LABEL);
    if (!fallback || label === null || this.querySelector('button')) return;
    pageStatus();
    fallback.hidden = true;
    // Where many links share a label ("deze vraag"), the link is described by its target's title
    // (CopyLinkButton's namedBy): the buttons' names add that title.
    const named = document.getElementById(fallback.getAttribute('aria-describedby') ?? '');
    const button = (text: string, onclick: () => void) =>
      this.append(
        make<HTMLButtonElement>('button', {
          type: 'button',
          className: 'button',
          textContent: text,
          ariaLabel: named && `${text}: ${named.textContent}`,
          onclick,
        }),
      );
    button(copyLinkText.copy(label), () => void this.copy());
    if (typeof navigator.share === 'function' && matchMedia('(pointer: coarse)').matches) {
      button(copyLinkText.share(label), () => {
        navigator.share({ url: this.url() }).catch(() => {
          // The reader closed the share sheet: nothing to do.
        });
      });
    }
  }

  url(): string {
    // A step's own share URL (its own link preview) when the page gives one, else page + anchor.
    const link = this.getAttribute(COPY_LINK_URL) ?? this.querySelector('a')?.getAttribute('href') ?? '';
    return cleanShareUrl(new URL(link, location.href).href);
  }

  async copy() {
    const url = this.url();
    try {
      await navigator.clipboard.writeText(url);
      this.say(copyLinkText.copied, false);
    } catch {
      // No clipboard (old browser, no permission): show the link to copy by hand.
      this.say(copyLinkText.copyFailed, true);
      let manual = this.querySelector('input');
      if (!manual) {
        manual = make<HTMLInputElement>('input', { className: 'text-input copy-link-manual', readOnly: true });
        manual.ariaLabel = copyLinkText.link(this.getAttribute(COPY_LINK_LABEL) ?? '');
        this.append(manual);
      }
      manual.value = url;
      manual.select();
    }
  }

  /** Shows the message next to the buttons (screen readers hear it once, from the page's status). */
  say(message: string, failed: boolean) {
    let shown = this.querySelector('.copy-link-status');
    if (!shown) {
      shown = make<HTMLSpanElement>('span', { className: 'copy-link-status' });
      shown.ariaHidden = 'true';
      this.append(shown);
    }
    shown.textContent = message;
    // A failure shows in the warning colour, never in the green of success.
    shown.toggleAttribute('data-failed', failed);
    // A new text node each time, so the same message twice in a row is announced twice.
    pageStatus().replaceChildren(message);
  }
}

customElements.define('copy-link', CopyLink);

declare global {
  interface HTMLElementTagNameMap {
    'copy-link': CopyLink;
  }
}
