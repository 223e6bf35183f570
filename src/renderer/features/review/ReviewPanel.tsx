// An area's review: who writes it and who reviews it, "Submit for review" (the reviewer is told in the
// app), and the comments on the area, a section or a paragraph. Controls the signed-in person's role
// cannot use are disabled and say why; the database refuses them anyway.
import { useId, useState } from 'react';
import type { Assignment } from '../../../shared/api/review';
import type { Narrative, PackArea } from '../../../shared/entities';
import { ErrorMessage } from '../../components/Feedback';
import { messageOf } from '../../data/bridge';
import { useOp, useOpMutation } from '../../data/ops';
import { useRefusal, useSession } from '../team/data';
import { RoleNote } from '../team/RoleNote';
import { Comments } from './Comments';
import { usePeopleNames } from './data';

export function ReviewPanel({
  packId,
  area,
  sections,
  assignment,
  readOnly,
}: {
  packId: string;
  area: PackArea;
  sections: Narrative[];
  assignment: Assignment | null;
  readOnly: boolean;
}) {
  const id = useId();
  return (
    <section className="panel review-panel" aria-labelledby={`${id}-title`}>
      <h2 className="panel__title" id={`${id}-title`}>
        Review
      </h2>
      <AssignmentForm key={`${assignment?.author}-${assignment?.reviewer}`} packId={packId} areaId={area.id} assignment={assignment} readOnly={readOnly} />
      <SubmitForReview area={area} author={assignment?.author ?? null} reviewer={assignment?.reviewer ?? null} readOnly={readOnly} />
      <Comments areaId={area.id} sections={sections} author={assignment?.author ?? null} readOnly={readOnly} />
    </section>
  );
}

function AssignmentForm({ areaId, assignment, readOnly }: { packId: string; areaId: string; assignment: Assignment | null; readOnly: boolean }) {
  const id = useId();
  const nameOf = usePeopleNames();
  const refusal = useRefusal('assign');
  const session = useSession().data;
  const members = useOp('members.list', {}).data ?? [];
  const set = useOpMutation('assignments.set').mutateAsync;
  const [author, setAuthor] = useState(assignment?.author ?? '');
  const [reviewer, setReviewer] = useState(assignment?.reviewer ?? '');
  const [error, setError] = useState<string | null>(null);
  const [saved, setSaved] = useState(false);
  const inTeam = session?.role != null;

  if (readOnly || refusal)
    return (
      <>
        <p>
          Written by <strong>{nameOf(assignment?.author ?? null)}</strong>, reviewed by{' '}
          <strong>{nameOf(assignment?.reviewer ?? null)}</strong>.
        </p>
        {!readOnly && <RoleNote id={`${id}-role`}>{refusal}</RoleNote>}
      </>
    );

  const person = (label: string, value: string, onChange: (v: string) => void, key: string) => (
    <div className="field">
      <label htmlFor={`${id}-${key}`}>{label}</label>
      {inTeam ? (
        <select id={`${id}-${key}`} value={value} onChange={(e) => onChange(e.target.value)}>
          <option value="">Nobody</option>
          {members.map((m) => (
            <option key={m.login} value={m.login}>
              {m.name}
            </option>
          ))}
        </select>
      ) : (
        <input id={`${id}-${key}`} value={value} onChange={(e) => onChange(e.target.value)} maxLength={120} />
      )}
    </div>
  );

  return (
    <form
      className="review-panel__assign"
      onSubmit={(e) => {
        e.preventDefault();
        setError(null);
        setSaved(false);
        set({ areaId, author: author.trim() || null, reviewer: reviewer.trim() || null })
          .then(() => setSaved(true))
          .catch((err) => setError(messageOf(err)));
      }}
    >
      {person('Author', author, setAuthor, 'author')}
      {person('Reviewer', reviewer, setReviewer, 'reviewer')}
      <div className="field">
        <button type="submit" className="btn btn--secondary">
          Save assignment
        </button>
      </div>
      {saved && <p role="status">Assignment saved.</p>}
      <ErrorMessage>{error}</ErrorMessage>
    </form>
  );
}

function SubmitForReview({ area, author, reviewer, readOnly }: { area: PackArea; author: string | null; reviewer: string | null; readOnly: boolean }) {
  const id = useId();
  const nameOf = usePeopleNames();
  const refusal = useRefusal('writeArea', author);
  const submit = useOpMutation('areas.submitForReview').mutateAsync;
  const [error, setError] = useState<string | null>(null);
  if (readOnly) return null;
  if (area.status !== 'to_review')
    return <p>{area.status === 'in_review' ? `In review with ${nameOf(reviewer)}.` : 'Agreed by its reviewer.'}</p>;
  return (
    <div>
      <button
        type="button"
        className="btn"
        disabled={!!refusal}
        aria-describedby={refusal ? `${id}-role` : undefined}
        onClick={() => {
          setError(null);
          submit({ areaId: area.id }).catch((err) => setError(messageOf(err)));
        }}
      >
        Submit for review
      </button>
      <RoleNote id={`${id}-role`}>{refusal}</RoleNote>
      <ErrorMessage>{error}</ErrorMessage>
    </div>
  );
}
