// FAQ groups, in the order the FAQ page shows them.
export const QUESTION_GROUPS = [
  { id: 'wat-gebeurt-er', label: 'Wat gebeurt er?' },
  { id: 'bezwaar-maken', label: 'Bezwaar maken' },
  { id: 'na-het-bezwaar', label: 'Na het bezwaar' },
  { id: 'whatsapp', label: 'WhatsApp en Meta AI' },
  { id: 'rechten-en-toezicht', label: 'Rechten en toezicht' },
  { id: 'veiligheid', label: 'Veiligheid' },
] as const;

export type QuestionGroupId = (typeof QUESTION_GROUPS)[number]['id'];

export const QUESTION_GROUP_IDS = QUESTION_GROUPS.map((group) => group.id) as [
  QuestionGroupId,
  ...QuestionGroupId[],
];
