// Northmoor's performance figures: a year of quarters (Q3 2025–26 to Q2 2026–27, the last before the pack's
// date of 1 November 2026) for the council, its region and its statistical neighbours from the regional
// benchmarking club, and England's published figure for the year (2025–26; the workforce census counts at 30
// September 2025). They agree with the scorecards in the evidence library and with the narratives, which
// quote them. As a council's performance report lays them out: a row per indicator and period, a column per
// comparator.
import type { PeriodKind } from '../../../shared/indicators/vocabulary';

export interface DemoFigureRow {
  indicator: string;
  periodKind: PeriodKind;
  periodEnd: string;
  council?: number;
  region?: number;
  statisticalNeighbours?: number;
  england?: number;
  source: string;
  extractedOn: string;
}

const QUARTERS = [
  { end: '2025-12-31', extracted: '2026-01-21' },
  { end: '2026-03-31', extracted: '2026-04-22' },
  { end: '2026-06-30', extracted: '2026-07-21' },
  { end: '2026-09-30', extracted: '2026-10-20' },
];
const LOCAL = 'Northmoor performance scorecard; regional benchmarking club';

type Quarterly = [council: number[], region: number[], statisticalNeighbours: number[]];

/** Four quarters of the council's, region's and statistical neighbours' figures, and England's for the year. */
function indicator(id: string, [council, region, sn]: Quarterly, england: { kind: PeriodKind; end: string; value: number; source: string; extractedOn: string }): DemoFigureRow[] {
  return [
    ...QUARTERS.map((q, i) => ({
      indicator: id,
      periodKind: 'quarter' as const,
      periodEnd: q.end,
      council: council[i]!,
      region: region[i]!,
      statisticalNeighbours: sn[i]!,
      source: LOCAL,
      extractedOn: q.extracted,
    })),
    { indicator: id, periodKind: england.kind, periodEnd: england.end, england: england.value, source: england.source, extractedOn: england.extractedOn },
  ];
}

const CIN = (value: number) => ({ kind: 'financial_year' as const, end: '2026-03-31', value, source: 'Children in need, reporting year 2026 (DfE)', extractedOn: '2026-10-29' });
const CLA = (value: number) => ({ kind: 'financial_year' as const, end: '2026-03-31', value, source: 'Children looked after in England, year ending 31 March 2026 (DfE)', extractedOn: '2026-10-29' });
const WORKFORCE = (value: number) => ({ kind: 'as_at' as const, end: '2025-09-30', value, source: "Children's social work workforce 2025 (DfE)", extractedOn: '2026-02-26' });

export const DEMO_FIGURES: DemoFigureRow[] = [
  indicator('re-referrals-within-12-months', [[24.6, 23.8, 24.3, 24.1], [22.4, 22.2, 22.0, 21.9], [21.3, 21.1, 21.0, 20.9]], CIN(22.1)),
  indicator('assessments-within-45-working-days', [[80.6, 81.9, 83.2, 84.1], [82.6, 82.9, 83.0, 83.1], [83.5, 83.8, 84.0, 84.2]], CIN(82.0)),
  indicator('initial-conferences-within-15-days', [[85.9, 86.4, 87.5, 88.2], [79.0, 79.3, 78.8, 79.1], [80.4, 80.1, 79.8, 80.2]], CIN(78.0)),
  indicator('children-in-need-rate', [[371.5, 372.0, 369.8, 368.1], [356.4, 355.9, 356.2, 356.0], [394.0, 395.2, 395.5, 394.8]], CIN(333.0)),
  indicator('child-protection-plans-rate', [[53.8, 54.0, 52.9, 52.1], [47.3, 47.0, 46.8, 47.1], [52.0, 52.2, 51.8, 52.1]], CIN(42.0)),
  indicator('repeat-child-protection-plans', [[23.6, 24.1, 23.4, 22.9], [23.2, 23.0, 22.8, 23.1], [24.2, 24.0, 23.9, 24.1]], CIN(24.0)),
  indicator('children-looked-after-rate', [[91.9, 91.0, 90.4, 89.8], [88.3, 88.1, 87.9, 88.0], [98.2, 98.0, 97.7, 97.9]], CLA(70)),
  indicator('three-or-more-placements', [[10.2, 9.8, 10.1, 9.9], [10.1, 9.9, 10.0, 10.2], [11.0, 11.2, 10.9, 11.1]], CLA(10.0)),
  indicator('long-term-placement-stability', [[68.8, 69.2, 69.6, 70.1], [70.2, 69.8, 70.1, 70.0], [67.9, 68.1, 68.0, 68.2]], CLA(71.0)),
  indicator('care-leavers-in-education-employment-training', [[48.7, 49.5, 50.3, 51.2], [54.2, 53.9, 54.1, 54.0], [52.0, 52.3, 51.8, 52.1]], CLA(56.0)),
  indicator('care-leavers-suitable-accommodation', [[86.4, 85.9, 85.3, 85.1], [88.2, 88.0, 88.1, 87.9], [87.1, 87.0, 86.8, 87.2]], CLA(88.0)),
  indicator('agency-social-workers', [[18.6, 18.0, 17.4, 17.1], [14.1, 13.9, 13.8, 13.7], [16.2, 16.0, 15.8, 15.9]], WORKFORCE(15.5)),
  indicator('social-worker-vacancy', [[15.8, 15.0, 14.6, 14.0], [16.3, 16.1, 16.0, 15.8], [17.0, 16.8, 16.9, 16.7]], WORKFORCE(19.2)),
  indicator('social-worker-turnover', [[14.9, 14.0, 13.6, 13.1], [15.3, 15.2, 15.0, 15.1], [15.6, 15.5, 15.3, 15.4]], WORKFORCE(15.9)),
  indicator('average-caseload', [[18.6, 18.0, 17.4, 17.1], [16.9, 16.8, 16.8, 16.7], [17.6, 17.5, 17.4, 17.5]], WORKFORCE(16.4)),
].flat();

/** The figures as the contract takes them: one per comparator per row. */
export function demoFigureInputs() {
  return DEMO_FIGURES.flatMap((row) =>
    (['council', 'region', 'statisticalNeighbours', 'england'] as const)
      .filter((field) => row[field] !== undefined)
      .map((field) => ({
        indicatorId: row.indicator,
        comparator: field === 'statisticalNeighbours' ? ('statistical_neighbours' as const) : field,
        periodKind: row.periodKind,
        periodEnd: row.periodEnd,
        value: row[field]!,
        source: row.source,
        extractedOn: row.extractedOn,
      })),
  );
}
