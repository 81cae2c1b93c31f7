// <copy-link>, the script of CopyLinkButton.astro: copy the link to the clipboard, or share
// it on phones that can.
import { copyLinkText } from '../i18n/nl-copy-link';

export class CopyLink extends HTMLElement {
  connectedCallback() {
    const copy = this.querySelector<HTMLButtonElement>('[data-copy]');
    const share = this.querySelector<HTMLButtonElement>('[data-share]');
    const fallback = this.querySelector<HTMLAnchorElement>('.copy-link-fallback');
    if (!copy || !share || !fallback) return;
    fallback.hidden = true;
    copy.hidden = false;
    copy.addEventListener('click', () => void this.copy());
    if (typeof navigator.share === 'function' && matchMedia('(pointer: coarse)').matches) {
      share.hidden = false;
      share.addEventListener('click', () => {
        navigator.share({ url: this.url() }).catch(() => {
          // The reader closed the share sheet: nothing to do.
        });
      });
    }
  }

  url(): string {
    // A step's own share URL (its own link preview) when the page gives one, else page + anchor.
    const shareUrl = this.dataset['url'];
    if (shareUrl) return new URL(shareUrl, location.href).href;
    return `${location.href.split('#')[0]}#${this.dataset['anchor']}`;
  }

  async copy() {
    const url = this.url();
    try {
      await navigator.clipboard.writeText(url);
      this.say(copyLinkText.copied);
    } catch {
      // No clipboard (old browser, no permission): show the link to copy by hand.
      const manual = this.querySelector<HTMLInputElement>('.copy-link-manual');
      if (!manual) return;
      manual.value = url;
      manual.hidden = false;
      manual.select();
      this.say(copyLinkText.copyFailed);
    }
  }

  say(message: string) {
    const status = this.querySelector('.copy-link-status');
    if (status) status.textContent = message;
  }
}

customElements.define('copy-link', CopyLink);

declare global {
  interface HTMLElementTagNameMap {
    'copy-link': CopyLink;
  }
}
