// The editors' e-mail address, set in one place. Readers reach it through mailto: links, so
// nothing is sent without their own mail program. Override it when building:
// `SITE_CONTACT=redactie@example.nl npm run build`. Without it, the address is
// `redactie@<the site's host>`. A malformed address stops the build (astro.config.mjs asks early).

/** Letters, digits and `. _ + -` before the @; a host name with at least one dot after it. */
const ADDRESS = /^[A-Za-z0-9._+-]+@(?:[A-Za-z0-9](?:[A-Za-z0-9-]*[A-Za-z0-9])?\.)+[A-Za-z]{2,}$/;

/** True for an address this site can put in a mailto: link as it is. */
export function isContactAddress(address: string): boolean {
  return ADDRESS.test(address);
}

/**
 * The address for readers' e-mails: `SITE_CONTACT` when set (not empty), else `redactie@` the
 * site's host without "www.". Throws, naming the variable, when `SITE_CONTACT` is malformed.
 */
export function contactAddress(site: string | URL, env: Record<string, string | undefined> = process.env): string {
  const set = env['SITE_CONTACT']?.trim();
  if (set) {
    if (!isContactAddress(set)) {
      throw new Error(
        `SITE_CONTACT "${set}" is not an e-mail address this site can use (like redactie@example.nl: ` +
          'letters, digits and . _ + - before the @, a host name with a dot after it). Fix it or leave it unset.',
      );
    }
    return set;
  }
  return `redactie@${new URL(site).hostname.replace(/^www\./, '')}`;
}

/**
 * A mailto: URL with subject and body (RFC 6068): every part percent-encoded as UTF-8, spaces as
 * %20 (mail programs do not read "+" as a space), line breaks as CRLF.
 */
export function mailtoUrl(address: string, { subject, body }: { subject: string; body?: string }): string {
  const encode = (text: string) => encodeURIComponent(text.replace(/\r?\n/g, '\r\n'));
  const fields = [`subject=${encode(subject)}`, ...(body === undefined ? [] : [`body=${encode(body)}`])];
  return `mailto:${address}?${fields.join('&')}`;
}
