// The overview's table of the framework's areas: self-grade and position, last inspection's grade and the
// direction of travel, evidence, actions, empty sections and status. A row opens its area (the title is
// the link, so keyboard users reach it too).
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
}: {
  packId: string;
  scale: GradeScale;
  areas: AreaReadiness[];
  baselineTitle: string | null;
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
            <th scope="col">Position</th>
            <th scope="col" title={baselineTitle ?? undefined}>
              Last inspection
            </th>
            <th scope="col">Direction</th>
            <th scope="col" className="num">
              Evidence
            </th>
            <th scope="col" className="num">
              Open actions
            </th>
            <th scope="col">Written</th>
            <th scope="col">Status</th>
          </tr>
        </thead>
        <tbody>
          {areas.map((a) => {
            const written = a.sectionCount - a.emptySections.length;
            return (
              <tr
                key={a.areaId}
                className={`areas-table__row areas-table__row--depth-${Math.min(a.depth, 3)}`}
                onClick={() => open(a.areaId)}
              >
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
                  {a.graded ? (
                    <GradeBadge scale={scale} grade={a.grade} />
                  ) : (
                    <span className="muted">Not graded separately</span>
                  )}
                </td>
                <td>
                  {a.position ? (
                    GRADE_POSITION_LABELS[a.position]
                  ) : (
                    <span className="muted">{a.graded ? 'Not set' : ''}</span>
                  )}
                </td>
                <td className="areas-table__grade">{a.graded ? <PreviousGrade scale={scale} grade={a.previousGrade} /> : null}</td>
                <td>{a.graded ? <DirectionOfTravel direction={a.direction} /> : null}</td>
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
                  {a.sectionCount === 0 ? (
                    <span className="muted">No sections</span>
                  ) : a.emptySections.length === 0 ? (
                    <Tag tone="good">All {a.sectionCount}</Tag>
                  ) : (
                    <span title={`Still empty: ${a.emptySections.join('; ')}`}>
                      {written} of {a.sectionCount}
                    </span>
                  )}
                </td>
                <td>
                  <AreaStatusTag status={a.status} />
                </td>
              </tr>
            );
          })}
        </tbody>
      </table>
    </ScrollArea>
  );
}
