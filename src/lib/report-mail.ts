// "Klopt dit niet meer? Laat het ons weten": the e-mail a reader sends when a step no longer
// matches Meta's app. The subject names the guide, the step and its share URL, so the editors
// know which step it is without asking; the body asks what we need to fix it.
import { ui } from '../i18n/nl';
import { mailtoUrl } from './contact';

export interface ReportedStep {
  guideTitle: string;
  number: number;
  stepTitle: string;
  /** The step's share page as an absolute URL. */
  shareUrl: string;
}

/** The e-mail's text: the opening line, then each question with two empty lines to answer in. */
export function reportBody(): string {
  const t = ui.report;
  return [t.bodyIntro, '', ...t.bodyQuestions.flatMap((question) => [question, '', ''])].join('\n');
}

/** The mailto: link under a step, to `address` (contactAddress()). */
export function stepReportMailto(address: string, step: ReportedStep): string {
  return mailtoUrl(address, {
    subject: ui.report.subject(step.guideTitle, step.number, step.stepTitle, step.shareUrl),
    body: reportBody(),
  });
}
