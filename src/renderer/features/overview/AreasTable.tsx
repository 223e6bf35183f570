// The overview's table of the framework's areas: self-grade and position, last inspection's grade and the
// direction of travel, evidence, actions, empty sections and status. A row opens its area (the title is
// the link, so keyboard users reach it too). Six columns, each pairing what a director reads together
// (a grade with its position, the last grade with the direction since), so the table fits a 1024 px window.
import { AREA_STATUS_LABELS, GRADE_POSITION_LABELS, type AreaStatus } from '../../../shared/domain';
import type { AreaReadiness } from '../../../shared/entities';
import type { GradeScale } from '../../../shared/framework';
import { GradeBadge, Tag } from '../../components/Badges';
import { useNavigation } from '../../app/navigation';
import { DirectionOfTravel, PreviousGrade } from './Direction';
import { ScrollArea } from '../../components/ScrollArea';

const STATUS_TONE: Record<AreaStatus, 'neutral' | 'info' | 'good'> = {
  to_review: 'neutral',
  in_review: 'info',
  agreed: 'good',
};

export function AreaStatusTag({ status }: { status: AreaStatus }) {
  return <Tag tone={STATUS_TONE[status]}>{AREA_STATUS_LABELS[status]}</Tag>;
}

export function AreasTable({
  packId,
  scale,
  areas,
  baselineTitle,
  lastLook,
}: {
  packId: string;
  scale: GradeScale;
  areas: AreaReadiness[];
  baselineTitle: string | null;
  /** "the last inspection", or for CQC "the last assessment" (lastLookWords). */
  lastLook: string;
}) {
  const go = useNavigation((s) => s.go);
  const open = (areaId: string) => go({ name: 'area', packId, areaId });
  return (
    <ScrollArea label="Judgement areas" className="table-wrap">
      <table className="table areas-table">
        <caption className="visually-hidden">Judgement areas with their self-grades and readiness</caption>
        <thead>
          <tr>
            <th scope="col">Area</th>
            <th scope="col">Self-grade</th>
            <th scope="col" title={baselineTitle ?? undefined}>
              Since {lastLook}
            </th>
            <th scope="col" className="num">
              Evidence
            </th>
            <th scope="col" className="num">
              Open actions
            </th>
            <th scope="col">Writing and review</th>
          </tr>
        </thead>
        <tbody>
          {areas.map((a) => (
            <tr key={a.areaId} className={`areas-table__row areas-table__row--depth-${Math.min(a.depth, 3)}`} onClick={() => open(a.areaId)}>
              <th scope="row" className="areas-table__area">
                <a
                  href="#"
                  onClick={(e) => {
                    e.preventDefault();
                    e.stopPropagation();
                    open(a.areaId);
                  }}
                >
                  {a.depth > 0 && <span className="visually-hidden">Sub-area: </span>}
                  {a.title}
                </a>
              </th>
              <td className="areas-table__grade">
                <SelfGrade scale={scale} area={a} />
              </td>
              <td className="areas-table__grade">
                {a.graded && (
                  <span className="cell-stack">
                    <PreviousGrade scale={scale} grade={a.previousGrade} />
                    <DirectionOfTravel direction={a.direction} />
                  </span>
                )}
              </td>
              <td className="num">
                <span className="cell-stack">
                  <span>{a.evidenceCount}</span>
                  {a.evidenceOutOfDate > 0 && <Tag tone="bad">{a.evidenceOutOfDate} out of date</Tag>}
                  {a.evidenceDueSoon > 0 && <Tag tone="warn">{a.evidenceDueSoon} due soon</Tag>}
                </span>
              </td>
              <td className="num">
                <span className="cell-stack">
                  <span>{a.openActions}</span>
                  {a.overdueActions > 0 && <Tag tone="bad">{a.overdueActions} overdue</Tag>}
                </span>
              </td>
              <td>
                <span className="cell-stack">
                  <AreaStatusTag status={a.status} />
                  <Written area={a} />
                </span>
              </td>
            </tr>
          ))}
        </tbody>
      </table>
    </ScrollArea>
  );
}

function SelfGrade({ scale, area }: { scale: GradeScale; area: AreaReadiness }) {
  if (!area.graded) return <span className="muted">Not graded separately</span>;
  return (
    <span className="cell-stack">
      <GradeBadge scale={scale} grade={area.grade} />
      <span className={area.position ? undefined : 'muted'}>Position: {area.position ? GRADE_POSITION_LABELS[area.position] : 'not set'}</span>
    </span>
  );
}

/** How many of the area's narrative sections have words in them; the empty ones are named on hover. */
function Written({ area }: { area: AreaReadiness }) {
  if (area.sectionCount === 0) return <span className="muted">No sections</span>;
  if (area.emptySections.length === 0) return <Tag tone="good">All {area.sectionCount} written</Tag>;
  return (
    <span title={`Still empty: ${area.emptySections.join('; ')}`}>
      {area.sectionCount - area.emptySections.length} of {area.sectionCount} written
    </span>
  );
}
