/** Reading the 관리체계 dates: comparing two and naming a step. */
import type { Schedule, ScheduleDate } from "../../plan";
import { oneLine } from "../../text";

type Date = NonNullable<ScheduleDate["date"]>;

/** Negative if a is earlier; 0 when the same month and no day tells them apart. */
export function compareDates(a: Date, b: Date): number {
  if (a.year !== b.year) return a.year - b.year;
  if (a.month !== b.month) return a.month - b.month;
  if (a.day !== undefined && b.day !== undefined) return a.day - b.day;
  return 0;
}

/** The step's name as the schedule writes it, else its position ("3"). */
export function stepName(schedule: Schedule, index: number): string {
  const raw = schedule.steps[index]?.raw;
  return raw ? oneLine(raw) : String(index + 1);
}
