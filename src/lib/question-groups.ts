// FAQ groups, in the order the FAQ page shows them. Their names are in src/i18n/nl.ts.
import { ui } from '../i18n/nl';

const ORDER = [
  'wat-gebeurt-er',
  'bezwaar-maken',
  'na-het-bezwaar',
  'whatsapp',
  'rechten-en-toezicht',
  'veiligheid',
] as const;

export type QuestionGroupId = (typeof ORDER)[number];

export const QUESTION_GROUPS = ORDER.map((id) => ({ id, label: ui.faq.groups[id] }));

export const QUESTION_GROUP_IDS: [QuestionGroupId, ...QuestionGroupId[]] = [...ORDER];
