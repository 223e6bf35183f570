// Readiness rules shared by the core, the interface and the Word export, so every host agrees on
// what "out of date", "overdue" or "improved" means. Every rule that depends on a date takes the date it
// is judged on: a pack is judged as at its own as-at date, so an approved 2024–25 pack says what was true
// then, whatever today is; the live view asks again for today and labels both.
import type { Framework, GradeLevel, GradeScale, LimitingRule } from './framework';
import type { ActionStatus, Direction, Freshness } from './domain';
import { ACTION_DUE_SOON_DAYS, REVIEW_DUE_SOON_DAYS } from './domain';
import { addDays } from './dates';

/** Evidence with no review date never goes out of date by itself. */
export function evidenceFreshness(reviewDue: string | null, onDate: string): Freshness {
  if (!reviewDue) return 'in_date';
  if (reviewDue < onDate) return 'out_of_date';
  if (reviewDue <= addDays(onDate, REVIEW_DUE_SOON_DAYS)) return 'due_soon';
  return 'in_date';
}

export function isActionOpen(status: ActionStatus): boolean {
  return status !== 'complete';
}

export function isActionOverdue(status: ActionStatus, dueDate: string | null, onDate: string): boolean {
  return isActionOpen(status) && dueDate !== null && dueDate < onDate;
}

export function isActionDueSoon(status: ActionStatus, dueDate: string | null, onDate: string): boolean {
  return (
    isActionOpen(status) && dueDate !== null && dueDate >= onDate && dueDate <= addDays(onDate, ACTION_DUE_SOON_DAYS)
  );
}

/** 0 is the best grade; null when the grade is not on the scale. */
export function gradeRank(scale: GradeScale, gradeId: string | null | undefined): number | null {
  if (!gradeId) return null;
  const i = scale.levels.findIndex((l) => l.id === gradeId);
  return i < 0 ? null : i;
}

/** A level of the scale by its id, or by its label or short label (grades recorded as words). */
export function levelOf(scale: GradeScale, grade: string | null | undefined): GradeLevel | null {
  if (!grade) return null;
  const words = grade.trim().toLowerCase();
  return (
    scale.levels.find((l) => l.id === grade) ??
    scale.levels.find((l) => l.label.toLowerCase() === words || l.shortLabel.toLowerCase() === words) ??
    null
  );
}

/**
 * Where a grade sits on its own scale, 0 the best. Grades from another framework (an earlier version,
 * recorded against its own scale) are placed on theirs, so SIF "requires improvement" meets ILACS
 * "requires improvement to be good" and a 2010 "adequate" sits where later frameworks put requires improvement.
 */
function placeOf(scale: GradeScale, grade: string | null): number | null {
  const level = levelOf(scale, grade);
  return level ? scale.levels.indexOf(level) : null;
}

/**
 * The direction of travel from an earlier grade to the self-grade. The earlier grade is read on its own
 * framework's scale when it has one (beforeScale); scales of different kinds or lengths cannot be compared.
 */
export function directionOfTravel(scale: GradeScale, now: string | null, before: string | null, beforeScale: GradeScale = scale): Direction {
  const a = placeOf(scale, now);
  const b = placeOf(beforeScale, before);
  const comparable = scale.kind === beforeScale.kind && scale.levels.length === beforeScale.levels.length;
  if (a === null || b === null || !comparable) return 'none';
  if (a < b) return 'improved';
  if (a > b) return 'declined';
  return 'same';
}

/**
 * A grade as people read it: the label for Ofsted's grades, the score with its words for a numeric scale
 * ("3 – Good standard"), or the recorded words when the grade is not on the scale.
 */
export function gradeText(scale: GradeScale, grade: string | null | undefined): string {
  if (!grade) return 'Not graded';
  const level = levelOf(scale, grade);
  if (!level) return grade;
  return scale.kind === 'numeric' && level.score !== undefined ? `${level.score} – ${level.label}` : level.label;
}

export interface ScoreSummary {
  /** The equally weighted percentage of the scores given, or null when none is scored. */
  percent: number | null;
  /** The band the percentage falls in ("Requires improvement"), or null. */
  rating: string | null;
  scored: number;
  total: number;
}

/** A numeric scale's overall position, saying how many of the graded areas it rests on ("8 of 9 scored"). */
export function scoreSummary(scale: GradeScale, gradeIds: (string | null)[]): ScoreSummary {
  const scored = gradeIds.filter((id) => levelOf(scale, id)?.score !== undefined);
  const percent = scorePercentage(scale, scored);
  return { percent, rating: ratingForPercentage(scale, percent), scored: scored.length, total: gradeIds.length };
}

/** "8 of 9 scored", or "all 9 scored". */
export function scoredCount(summary: Pick<ScoreSummary, 'scored' | 'total'>): string {
  return summary.scored === summary.total ? `all ${summary.total} scored` : `${summary.scored} of ${summary.total} scored`;
}

export interface RuleBreach {
  rule: LimitingRule;
  /** The grades that break it, as ids of the framework's scale. */
  whenGrade: string;
  thenGrade: string;
}

/**
 * The framework's limiting rules that a set of grades breaks: the limiting area is at or below its level
 * while the limited area is better than the best it may be. Areas without a grade break nothing.
 */
export function ruleBreaches(framework: Pick<Framework, 'scale' | 'rules'>, gradeOf: (areaKey: string) => string | null | undefined): RuleBreach[] {
  const rank = (grade: string | null | undefined) => placeOf(framework.scale, grade ?? null);
  const breaches: RuleBreach[] = [];
  for (const rule of framework.rules ?? []) {
    const whenGrade = gradeOf(rule.when.area);
    const thenGrade = gradeOf(rule.then.area);
    const when = rank(whenGrade);
    const then = rank(thenGrade);
    const threshold = rank(rule.when.gradeAtOrBelow);
    const best = rank(rule.then.gradeAtBest);
    if (when === null || then === null || threshold === null || best === null) continue;
    if (when >= threshold && then < best) breaches.push({ rule, whenGrade: whenGrade!, thenGrade: thenGrade! });
  }
  return breaches;
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
