// Readiness rules shared by the core, the interface and the Word export, so every host agrees on
// what "out of date", "overdue" or "improved" means.
import type { GradeScale } from './framework';
import type { ActionStatus, Direction, Freshness } from './domain';
import { ACTION_DUE_SOON_DAYS, REVIEW_DUE_SOON_DAYS } from './domain';
import { addDays } from './dates';

/** Evidence with no review date never goes out of date by itself. */
export function evidenceFreshness(reviewDue: string | null, today: string): Freshness {
  if (!reviewDue) return 'in_date';
  if (reviewDue < today) return 'out_of_date';
  if (reviewDue <= addDays(today, REVIEW_DUE_SOON_DAYS)) return 'due_soon';
  return 'in_date';
}

export function isActionOpen(status: ActionStatus): boolean {
  return status !== 'complete';
}

export function isActionOverdue(status: ActionStatus, dueDate: string | null, today: string): boolean {
  return isActionOpen(status) && dueDate !== null && dueDate < today;
}

export function isActionDueSoon(status: ActionStatus, dueDate: string | null, today: string): boolean {
  return (
    isActionOpen(status) && dueDate !== null && dueDate >= today && dueDate <= addDays(today, ACTION_DUE_SOON_DAYS)
  );
}

/** 0 is the best grade; null when the grade is not on the scale. */
export function gradeRank(scale: GradeScale, gradeId: string | null | undefined): number | null {
  if (!gradeId) return null;
  const i = scale.levels.findIndex((l) => l.id === gradeId);
  return i < 0 ? null : i;
}

/** Grade ids are compared by label across frameworks too, so ILACS 2018 "good" meets ILACS 2023 "good". */
export function directionOfTravel(scale: GradeScale, now: string | null, before: string | null): Direction {
  const a = gradeRank(scale, now);
  const b = gradeRank(scale, before);
  if (a === null || b === null) return 'none';
  if (a < b) return 'improved';
  if (a > b) return 'declined';
  return 'same';
}

/** Black or white text, whichever reads better on the background (WCAG relative luminance). */
export function textColourOn(hex: string): '#000000' | '#FFFFFF' {
  const channel = (i: number) => {
    const c = parseInt(hex.slice(i, i + 2), 16) / 255;
    return c <= 0.03928 ? c / 12.92 : ((c + 0.055) / 1.055) ** 2.4;
  };
  const l = 0.2126 * channel(1) + 0.7152 * channel(3) + 0.0722 * channel(5);
  return (l + 0.05) / 0.05 >= 1.05 / (l + 0.05) ? '#000000' : '#FFFFFF';
}

/** CQC-style numeric scales: the equally weighted percentage of the maximum score. */
export function scorePercentage(scale: GradeScale, gradeIds: (string | null)[]): number | null {
  const max = Math.max(...scale.levels.map((l) => l.score ?? 0));
  const scores = gradeIds
    .map((id) => scale.levels.find((l) => l.id === id)?.score)
    .filter((s): s is number => s !== undefined);
  if (!scores.length || !max) return null;
  return Math.round((scores.reduce((a, b) => a + b, 0) / (scores.length * max)) * 100);
}

export function ratingForPercentage(scale: GradeScale, percent: number | null): string | null {
  if (percent === null || !scale.thresholds) return null;
  return scale.thresholds.find((t) => percent >= t.minPercent)?.label ?? null;
}
