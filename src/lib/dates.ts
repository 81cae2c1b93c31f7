// Dutch dates for readers, ISO dates for machines (`<time datetime>`).

const MONTHS = [
  'januari',
  'februari',
  'maart',
  'april',
  'mei',
  'juni',
  'juli',
  'augustus',
  'september',
  'oktober',
  'november',
  'december',
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

/** "april", "april en mei", "april, mei en juni". */
function dutchList(items: readonly string[]): string {
  if (items.length <= 1) return items.join('');
  return `${items.slice(0, -1).join(', ')} en ${items.at(-1)}`;
}

/**
 * The period a set of sources comes from, for "De stappen komen uit bronnen van …":
 * ["2025-04", "2025-05-26", "2025-04-14"] gives "april en mei 2025". A year with a source
 * that names only its year is written as just that year ("2025"): naming months would then
 * claim more than the sources say. Years run oldest first: "december 2024 en januari 2025".
 */
export function sourcePeriod(published: readonly string[]): string {
  if (published.length === 0) throw new RangeError('sourcePeriod needs at least one date');
  const months = new Map<number, Set<number> | null>();
  for (const value of published) {
    const [year, month] = value.split('-').map(Number);
    if (year === undefined || Number.isNaN(year)) throw new RangeError(`Invalid date "${value}"`);
    if (month !== undefined && MONTHS[month - 1] === undefined) throw new RangeError(`Invalid month in "${value}"`);
    const known = months.has(year) ? months.get(year)! : new Set<number>();
    // null: some source of this year gives no month, so the year is as precise as we can be.
    months.set(year, month === undefined || known === null ? null : known.add(month));
  }
  const years = [...months.keys()].sort((a, b) => a - b);
  return dutchList(
    years.map((year) => {
      const inYear = months.get(year);
      if (!inYear) return String(year);
      const names = [...inYear].sort((a, b) => a - b).map((month) => MONTHS[month - 1]!);
      return `${dutchList(names)} ${year}`;
    }),
  );
}
