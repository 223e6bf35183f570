// One inspection or visit: what it was, the grades it gave and the recommendations it made, with the
// status and progress of each editable where it is shown.
import { useEffect, useId, useState } from 'react';
import {
  INSPECTION_TYPE_LABELS, RECOMMENDATION_KIND_LABELS, RECOMMENDATION_STATUS_LABELS, type RecommendationKind,
  type RecommendationStatus,
} from '../../../shared/domain';
import { formatLongDate } from '../../../shared/dates';
import type { Inspection, InspectionGrade, Recommendation } from '../../../shared/entities';
import { flattenAreas, type Framework } from '../../../shared/framework';
import { messageOf } from '../../data/bridge';
import { optionsOf } from '../../components/AutosaveField';
import { GradeBadge, Tag } from '../../components/Badges';
import { DeadlineList } from '../../components/Deadlines';
import { ConfirmDialog } from '../../components/ConfirmDialog';
import { useOp, useOpMutation } from '../../data/ops';
import { usePendingChoice } from '../../components/usePendingChoice';
import { useFramework } from './data';
import { RecommendationDialog } from './RecommendationDialog';
import { ScrollArea } from '../../components/ScrollArea';

const STATUS_OPTIONS = optionsOf(RECOMMENDATION_STATUS_LABELS);
const KIND_TONE: Record<RecommendationKind, 'neutral' | 'info' | 'bad'> = {
  recommendation: 'info',
  area_for_improvement: 'neutral',
  area_for_priority_action: 'bad',
};

function dateRange(i: Inspection): string {
  if (!i.endDate || i.endDate === i.startDate) return formatLongDate(i.startDate);
  return `${formatLongDate(i.startDate)} to ${formatLongDate(i.endDate)}`;
}

/** A grade id as words when the framework is not known: "requires-improvement" → "Requires improvement". */
function gradeWords(grade: string): string {
  const words = grade.replace(/[-_]+/g, ' ').trim();
  return words.charAt(0).toUpperCase() + words.slice(1);
}

export function metSummary(recs: Recommendation[]): string {
  if (!recs.length) return 'No recommendations recorded';
  const met = recs.filter((r) => r.status === 'met').length;
  const closed = recs.filter((r) => r.status === 'closed').length;
  return `${met} of ${recs.length} met${closed ? `, ${closed} closed` : ''}`;
}

interface InspectionCardProps {
  inspection: Inspection;
  onEdit(): void;
}

export function InspectionCard({ inspection, onEdit }: InspectionCardProps) {
  const frameworks = useOp('frameworks.list', {}).data ?? [];
  const framework = useFramework(inspection.frameworkId);
  const deleteInspection = useOpMutation('inspections.delete').mutateAsync;
  const deleteRecommendation = useOpMutation('recommendations.delete').mutateAsync;
  const [confirmDelete, setConfirmDelete] = useState(false);
  const [editingRec, setEditingRec] = useState<Recommendation | 'new' | null>(null);
  const [removingRec, setRemovingRec] = useState<Recommendation | null>(null);
  const headingId = useId();
  const frameworkTitle = inspection.frameworkId
    ? (frameworks.find((f) => f.id === inspection.frameworkId)?.title ?? framework?.title ?? inspection.frameworkId)
    : null;
  const areaTitle = (key: string | null) => {
    if (!key) return null;
    const found = framework ? flattenAreas(framework.areas).find((a) => a.area.id === key) : undefined;
    return found?.area.title ?? inspection.grades.find((g) => g.areaKey === key)?.areaTitle ?? key;
  };

  return (
    <article className="panel inspection-card" aria-labelledby={headingId} data-inspection-id={inspection.id}>
      <header className="inspection-card__head">
        <div>
          <h2 id={headingId} className="inspection-card__title">
            {inspection.title}
          </h2>
          <p className="inspection-card__meta">
            <Tag tone="info">{INSPECTION_TYPE_LABELS[inspection.type]}</Tag> <span>{dateRange(inspection)}</span>
            {inspection.publishedDate && <span> · report published {formatLongDate(inspection.publishedDate)}</span>}
          </p>
        </div>
        <div className="inspection-card__buttons">
          <button type="button" className="btn btn--secondary btn--small" onClick={onEdit} aria-label={`Edit ${inspection.title}`}>
            Edit
          </button>
          <button type="button" className="btn btn--secondary btn--small btn--danger-text" onClick={() => setConfirmDelete(true)} aria-label={`Delete ${inspection.title}`}>
            Delete
          </button>
        </div>
      </header>

      <dl className="inspection-card__facts">
        <div>
          <dt>Framework</dt>
          <dd>{frameworkTitle ?? <span className="muted">Not recorded</span>}</dd>
        </div>
        <div>
          <dt>Report reference</dt>
          <dd>{inspection.reportReference || <span className="muted">None</span>}</dd>
        </div>
        <div>
          <dt>Recommendations</dt>
          <dd>{metSummary(inspection.recommendations)}</dd>
        </div>
      </dl>
      {inspection.summary && <p className="inspection-card__summary">{inspection.summary}</p>}
      {inspection.strengths.length > 0 && (
        <section aria-labelledby={`${headingId}-strengths`}>
          <h3 id={`${headingId}-strengths`}>Strengths</h3>
          <ul className="inspection-card__strengths">
            {inspection.strengths.map((s) => (
              <li key={s}>{s}</li>
            ))}
          </ul>
        </section>
      )}
      {inspection.deadlines.length > 0 && (
        <section aria-labelledby={`${headingId}-deadlines`}>
          <h3 id={`${headingId}-deadlines`}>Deadlines</h3>
          <DeadlineList deadlines={inspection.deadlines} />
        </section>
      )}

      {inspection.grades.length > 0 && <GradesTable grades={inspection.grades} framework={framework} />}

      <div className="inspection-card__recs-head">
        <h3>Recommendations and areas for priority action</h3>
        <button type="button" className="btn btn--secondary btn--small" onClick={() => setEditingRec('new')}>
          Add recommendation
        </button>
      </div>
      {inspection.recommendations.length === 0 ? (
        <p className="muted">None recorded. Add each recommendation from the report to track its progress.</p>
      ) : (
        <ScrollArea label={`Recommendations from ${inspection.title}`}>
          <table className="table recs-table">
            <caption className="visually-hidden">Recommendations from {inspection.title}</caption>
            <colgroup>
              <col style={{ width: 64 }} />
              <col />
              <col style={{ width: 140 }} />
              <col style={{ width: 260 }} />
              <col style={{ width: 140 }} />
            </colgroup>
            <thead>
              <tr>
                <th scope="col">Ref</th>
                <th scope="col">Recommendation</th>
                <th scope="col">Status</th>
                <th scope="col">Progress</th>
                <th scope="col">
                  <span className="visually-hidden">Changes</span>
                </th>
              </tr>
            </thead>
            <tbody>
              {inspection.recommendations.map((r) => (
                <RecommendationRow
                  key={r.id}
                  recommendation={r}
                  areaTitle={areaTitle(r.areaKey)}
                  onEdit={() => setEditingRec(r)}
                  onDelete={() => setRemovingRec(r)}
                />
              ))}
            </tbody>
          </table>
        </ScrollArea>
      )}

      <RecommendationDialog
        inspectionId={inspection.id}
        framework={framework}
        recommendation={editingRec === 'new' ? null : editingRec}
        open={editingRec !== null}
        onClose={() => setEditingRec(null)}
      />
      <ConfirmDialog
        title="Delete this inspection?"
        open={confirmDelete}
        confirmLabel="Delete inspection"
        onCancel={() => setConfirmDelete(false)}
        onConfirm={async () => {
          await deleteInspection({ inspectionId: inspection.id });
          setConfirmDelete(false);
        }}
      >
        <p>
          “{inspection.title}” will be deleted with its grades and {inspection.recommendations.length === 1 ? 'its recommendation' : `its ${inspection.recommendations.length} recommendations`}.
          Actions that answer them stay in their action plans, no longer linked. This cannot be undone.
        </p>
      </ConfirmDialog>
      <ConfirmDialog
        title="Delete this recommendation?"
        open={removingRec !== null}
        confirmLabel="Delete recommendation"
        onCancel={() => setRemovingRec(null)}
        onConfirm={async () => {
          if (removingRec) await deleteRecommendation({ recommendationId: removingRec.id });
          setRemovingRec(null);
        }}
      >
        <p>
          {removingRec?.reference ? `${removingRec.reference}: ` : ''}“{removingRec?.text}” and its recorded progress will be deleted. This cannot
          be undone.
        </p>
      </ConfirmDialog>
    </article>
  );
}

function GradesTable({ grades, framework }: { grades: InspectionGrade[]; framework: Framework | null }) {
  return (
    <ScrollArea label="Grades">
      <table className="table table--compact grades-table">
        <caption className="grades-table__caption">Grades</caption>
        <thead>
          <tr>
            <th scope="col">Judgement</th>
            <th scope="col">Grade</th>
          </tr>
        </thead>
        <tbody>
          {grades.map((g) => (
            <tr key={g.areaKey}>
              <th scope="row">{g.areaTitle}</th>
              <td>
                {framework ? <GradeBadge scale={framework.scale} grade={g.grade} /> : <span className="badge badge--plain">{gradeWords(g.grade)}</span>}
              </td>
            </tr>
          ))}
        </tbody>
      </table>
    </ScrollArea>
  );
}

function RecommendationRow({
  recommendation: r,
  areaTitle,
  onEdit,
  onDelete,
}: {
  recommendation: Recommendation;
  areaTitle: string | null;
  onEdit(): void;
  onDelete(): void;
}) {
  const updateRecommendation = useOpMutation('recommendations.update').mutateAsync;
  const status = usePendingChoice(r.status);
  const [progress, setProgress] = useState(r.progress);
  const [error, setError] = useState<string | null>(null);
  const ids = useId();
  useEffect(() => setProgress(r.progress), [r.progress]);
  const name = r.reference || 'this recommendation';

  const save = async (fields: { status?: RecommendationStatus; progress?: string }) => {
    setError(null);
    if (fields.status) status.choose(fields.status);
    try {
      await updateRecommendation({ ...fields, recommendationId: r.id });
    } catch (err) {
      status.cancel();
      setError(messageOf(err));
    }
  };

  return (
    <tr data-recommendation-id={r.id}>
      <td className="nowrap">{r.reference || <span className="muted">–</span>}</td>
      <td>
        <Tag tone={KIND_TONE[r.kind]}>{RECOMMENDATION_KIND_LABELS[r.kind]}</Tag>
        <p className="recs-table__text">{r.text}</p>
        {areaTitle && <p className="recs-table__area muted">{areaTitle}</p>}
      </td>
      <td>
        <label className="visually-hidden" htmlFor={`${ids}-status`}>
          Status of {name}
        </label>
        <select id={`${ids}-status`} value={status.shown} onChange={(e) => void save({ status: e.target.value as RecommendationStatus })}>
          {STATUS_OPTIONS.map((o) => (
            <option key={o.value} value={o.value}>
              {o.label}
            </option>
          ))}
        </select>
      </td>
      <td>
        <label className="visually-hidden" htmlFor={`${ids}-progress`}>
          Progress on {name}
        </label>
        <textarea
          id={`${ids}-progress`}
          className="recs-table__progress"
          value={progress}
          rows={Math.min(10, Math.max(3, Math.ceil(progress.length / 36) + 1))}
          placeholder="What has been done and what it has changed"
          aria-describedby={error ? `${ids}-error` : undefined}
          aria-invalid={error ? true : undefined}
          onChange={(e) => setProgress(e.target.value)}
          onBlur={() => {
            if (progress !== r.progress) void save({ progress });
          }}
        />
        {error && (
          <p className="field__error" id={`${ids}-error`} role="alert">
            {error}
          </p>
        )}
      </td>
      <td className="recs-table__buttons">
        <button type="button" className="btn btn--secondary btn--small" onClick={onEdit} aria-label={`Edit ${name}`}>
          Edit
        </button>
        <button type="button" className="btn btn--secondary btn--small btn--danger-text" onClick={onDelete} aria-label={`Delete ${name}`}>
          Delete
        </button>
      </td>
    </tr>
  );
}
