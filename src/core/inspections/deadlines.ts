// Deadlines an inspection record starts, in working days (weekdays that are not bank holidays in
// England): after a standard or short inspection the council sends Ofsted its action plan within 70
// working days of the report's publication; after a focused visit that found areas for priority action,
// a draft plan within 20. Each is worked out from the record, never stored, and says where it stands today.
import type { DeadlineKind, InspectionType, RecommendationKind } from '../../shared/domain';
import { DEADLINE_KIND_LABELS } from '../../shared/domain';
import { formatLongDate } from '../../shared/dates';
import type { Deadline } from '../../shared/entities';
import type { WorkingDays } from '../../shared/working-days';

interface DeadlineRule {
  kind: DeadlineKind;
  workingDays: number;
  appliesTo(inspection: DeadlineFacts): boolean;
  /** "Within 70 working days of the report's publication on 12 May 2023". */
  rule(startsOn: string, inspection: DeadlineFacts): string;
}

export interface DeadlineFacts {
  type: InspectionType;
  publishedDate: string | null;
  planSubmittedDate: string | null;
  recommendationKinds: RecommendationKind[];
}

export const DEADLINE_RULES: readonly DeadlineRule[] = [
  {
    kind: 'action_plan',
    workingDays: 70,
    appliesTo: (i) => i.type === 'standard_inspection' || i.type === 'short_inspection',
    rule: (on) => `Within 70 working days of the report’s publication on ${formatLongDate(on)}`,
  },
  {
    kind: 'draft_action_plan',
    workingDays: 20,
    appliesTo: (i) => i.type === 'focused_visit' && i.recommendationKinds.includes('area_for_priority_action'),
    rule: (on, i) =>
      `Within 20 working days of the letter’s publication on ${formatLongDate(on)}, as the visit found ${i.recommendationKinds.filter((k) => k === 'area_for_priority_action').length === 1 ? 'an area' : 'areas'} for priority action`,
  },
];

/** The deadlines an inspection has started (none until its report is published), as they stand today. */
export function deadlinesOf(inspection: DeadlineFacts, calendar: WorkingDays, today: string): Deadline[] {
  const startsOn = inspection.publishedDate;
  if (!startsOn) return [];
  return DEADLINE_RULES.filter((r) => r.appliesTo(inspection)).map((r) => {
    const due = calendar.add(startsOn, r.workingDays);
    const submittedOn = inspection.planSubmittedDate;
    const base = {
      kind: r.kind,
      title: DEADLINE_KIND_LABELS[r.kind],
      rule: r.rule(startsOn, inspection),
      startsOn,
      workingDays: r.workingDays,
      submittedOn,
    };
    if (!due.ok) return { ...base, dueDate: null, problem: due.problem, state: null, workingDaysLeft: null };
    if (submittedOn)
      return { ...base, dueDate: due.date, problem: null, state: submittedOn <= due.date ? 'met' : 'late', workingDaysLeft: null };
    const left = calendar.between(today, due.date);
    return {
      ...base,
      dueDate: due.date,
      problem: left.ok ? null : left.problem,
      state: today <= due.date ? 'running' : 'overdue',
      workingDaysLeft: left.ok ? left.days : null,
    };
  });
}
