// The printable helper sheet ("Hulpkaart"): its steps in short, its QR code and its date.
// The steps come from the guides' frontmatter (via the plan for the plan's sheet): no second list.
import { encode } from 'uqr';

/** One line on the sheet: a tick box, the step's number in its guide and its title. */
export interface SheetStep {
  id: string;
  number: number;
  title: string;
}

export interface SheetSection {
  /** Shown above the steps when a sheet has more than one part (the plan's sheet). */
  heading?: string | undefined;
  steps: SheetStep[];
}

/** A guide's steps as sheet lines, numbered as in the guide. */
export function sheetSteps(steps: readonly { id: string; title: string }[]): SheetStep[] {
  return steps.map((step, index) => ({ id: step.id, number: index + 1, title: step.title }));
}

/**
 * The date a guide was last brought up to date. The one place that names the frontmatter field,
 * so renaming it touches one line.
 */
export function guideUpdated(data: { updated: Date }): Date {
  return data.updated;
}

/** The newest of several dates: a sheet made of several guides is as new as its newest part. */
export function newest(dates: readonly Date[]): Date {
  if (dates.length === 0) throw new Error('newest() needs at least one date');
  return new Date(Math.max(...dates.map((date) => date.getTime())));
}

/** The quiet zone around a QR code, in modules: the standard asks for four. */
const QR_BORDER = 4;

/**
 * A QR code for a URL as inline SVG, black on white with the quiet zone the standard asks for.
 * Error correction M survives a crease or a smudge on paper. One path of horizontal runs, so a
 * page can hold a code per plan (the plan's sheet) and stay within its budget.
 */
export function qrCodeSvg(url: string, label: string): string {
  const { data, size } = encode(url, { ecc: 'M', border: 0 });
  const side = size + 2 * QR_BORDER;
  let path = '';
  data.forEach((row, y) => {
    for (let x = 0; x < size; x++) {
      if (!row[x]) continue;
      const start = x;
      while (x + 1 < size && row[x + 1]) x++;
      path += `M${start + QR_BORDER} ${y + QR_BORDER}h${x - start + 1}v1H${start + QR_BORDER}z`;
    }
  });
  return (
    `<svg role="img" aria-label="${escapeAttribute(label)}" xmlns="http://www.w3.org/2000/svg" viewBox="0 0 ${side} ${side}">` +
    `<rect fill="white" width="${side}" height="${side}"/><path fill="black" d="${path}"/></svg>`
  );
}

function escapeAttribute(value: string): string {
  return value.replace(/&/g, '&amp;').replace(/"/g, '&quot;').replace(/</g, '&lt;');
}

/**
 * The printable URL as HTML that may break after each "/" (`<wbr>`), so a long address wraps
 * on paper without a space that a reader would type. One string: formatting cannot slip
 * whitespace between the parts.
 */
export function breakableUrlHtml(url: string): string {
  return printableUrl(url).split('/').map(escapeAttribute).join('/<wbr>');
}

/** How a URL reads on paper, for people who type it: no scheme, no trailing slash. */
export function printableUrl(url: string): string {
  return url.replace(/^https?:\/\//, '').replace(/\/$/, '');
}
