// The self-grade with the framework's descriptor beside every level, and the position within the grade
// ("the bottom end of requires improvement" is low). Radio groups, so arrow keys move between choices.
import { useId, useState } from 'react';
import { GRADE_POSITIONS, GRADE_POSITION_LABELS, type GradePosition } from '../../../shared/domain';
import type { AreaDetail, PackArea } from '../../../shared/entities';
import type { GradeScale } from '../../../shared/framework';
import { textColourOn } from '../../../shared/rules';
import { messageOf } from '../../data/bridge';
import { isStaleSave } from '../../data/saveAgainst';
import { Choice } from '../../components/Choice';
import { ConflictNotice, type ConflictFields } from '../../components/ConflictNotice';
import { usePendingChoice } from '../../components/usePendingChoice';
import { ErrorMessage } from '../../components/Feedback';
import { withoutCaveat } from '../../components/wording';
import { RoleNote } from '../team/RoleNote';
import { useUpdateArea } from './data';

const POSITION_HINTS: Record<GradePosition, string> = {
  low: 'Only just at this grade: at risk of slipping back.',
  secure: 'Firmly at this grade.',
  strong: 'At the top of this grade: close to the next one up.',
};

export function GradePanel({
  area,
  scale,
  readOnly,
  readOnlyReason = null,
  limitingNote,
  rules = [],
}: {
  area: PackArea;
  scale: GradeScale;
  readOnly: boolean;
  /** Why the signed-in person's role cannot grade, shown beside the choices. */
  readOnlyReason?: string | null;
  limitingNote?: string;
  /** The framework's limiting rules this area takes part in, and the pack's breach of each. */
  rules?: AreaDetail['rules'];
}) {
  const id = useId();
  const { update, saver } = useUpdateArea(area.id, area);
  const [error, setError] = useState<string | null>(null);
  // Shown as chosen at once; the saved values follow with the change event.
  const grade = usePendingChoice(area.grade);
  const position = usePendingChoice(area.position);
  const showSaved = () => {
    grade.cancel();
    position.cancel();
  };

  const change = (fields: { grade?: string | null; position?: GradePosition | null }) => {
    setError(null);
    if (fields.grade !== undefined) grade.choose(fields.grade);
    if (fields.position !== undefined) position.choose(fields.position);
    update(fields).catch((err) => {
      // Refused because someone else saved first: the choice stays shown until the person decides.
      if (isStaleSave(err)) return;
      showSaved();
      setError(`That change was not saved: ${messageOf(err)}`);
    });
  };

  const conflictFields: ConflictFields = {
    grade: { label: 'Grade', show: (v) => scale.levels.find((l) => l.id === v)?.label ?? 'Not graded yet' },
    position: { label: 'Position within the grade', show: (v) => (v ? GRADE_POSITION_LABELS[v as GradePosition] : 'No position') },
  };

  return (
    <section className="panel grade-panel" aria-labelledby={`${id}-title`}>
      <h2 className="panel__title" id={`${id}-title`}>
        Self-grade
      </h2>
      <ErrorMessage>{error}</ErrorMessage>
      <ConflictNotice saver={saver} fields={conflictFields} afterTakeTheirs={showSaved} />
      <RoleNote id={`${id}-role`}>{readOnlyReason}</RoleNote>
      {limitingNote && !rules.length && <p className="notice notice--warn">{limitingNote}</p>}
      {rules.length > 0 && (
        <ul className="rule-list" aria-label="Limiting judgements">
          {rules.map((r) => (
            <li key={r.ruleId} className={`notice ${r.breach ? 'notice--error' : 'notice--warn'}`}>
              <p>{r.statement}</p>
              {r.breach && (
                <p role="alert">
                  <strong>These grades disagree:</strong> {r.breach}
                </p>
              )}
            </li>
          ))}
        </ul>
      )}
      <div className="grade-panel__grid">
        <fieldset className="grade-levels" disabled={readOnly}>
          <legend>Grade</legend>
          <div className="grade-levels__options">
            {scale.levels.map((level) => (
              <label key={level.id} className={`grade-level${grade.shown === level.id ? ' grade-level--chosen' : ''}`}>
                <input
                  type="radio"
                  name={`${id}-grade`}
                  value={level.id}
                  checked={grade.shown === level.id}
                  aria-describedby={level.descriptor ? `${id}-${level.id}-descriptor` : undefined}
                  onChange={() => change({ grade: level.id })}
                />
                <span className="grade-level__text">
                  <span className="badge" style={{ backgroundColor: level.colour, color: textColourOn(level.colour) }}>
                    {level.label}
                  </span>
                  {level.descriptor && (
                    <span className="grade-level__descriptor" id={`${id}-${level.id}-descriptor`} aria-hidden="true">
                      {withoutCaveat(level.descriptor)}
                    </span>
                  )}
                </span>
              </label>
            ))}
            <label className={`grade-level grade-level--none${grade.shown === null ? ' grade-level--chosen' : ''}`}>
              <input
                type="radio"
                name={`${id}-grade`}
                value=""
                checked={grade.shown === null}
                onChange={() => change({ grade: null, position: null })}
              />
              <span className="grade-level__text">
                <span className="badge badge--empty">Not graded yet</span>
              </span>
            </label>
          </div>
        </fieldset>
        <fieldset className="positions" disabled={readOnly || grade.shown === null}>
          <legend>Position within the grade</legend>
          {grade.shown === null && <p className="field__hint">Choose a grade first.</p>}
          <div className="positions__options">
            {GRADE_POSITIONS.map((p) => (
              <Choice
                key={p}
                type="radio"
                name={`${id}-position`}
                value={p}
                checked={position.shown === p}
                onChange={() => change({ position: p })}
                label={GRADE_POSITION_LABELS[p]}
                hint={POSITION_HINTS[p]}
              />
            ))}
          </div>
        </fieldset>
      </div>
    </section>
  );
}
