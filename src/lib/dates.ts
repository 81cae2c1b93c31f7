// Dutch dates for readers, ISO dates for machines (`<time datetime>`).

const MONTHS = [
  'januari', 'februari', 'maart', 'april', 'mei', 'juni',
  'juli', 'augustus', 'september', 'oktober', 'november', 'december',
];

/** "2025-05-27" for a `datetime` attribute (UTC, as the content files mean it). */
export function isoDate(date: Date): string {
  return date.toISOString().slice(0, 10);
}

/** "27 mei 2025". */
export function dutchDate(date: Date): string {
  return `${date.getUTCDate()} ${MONTHS[date.getUTCMonth()]} ${date.getUTCFullYear()}`;
}

/** A source's own precision: "2025", "april 2025" or "14 april 2025". */
export function dutchPartialDate(value: string): string {
  const [year, month, day] = value.split('-').map(Number);
  if (month === undefined) return String(year);
  const monthName = MONTHS[month - 1];
  if (monthName === undefined) throw new RangeError(`Invalid month in "${value}"`);
  return day === undefined ? `${monthName} ${year}` : `${day} ${monthName} ${year}`;
}
