// Comments on an area, one of its sections or one paragraph: threads of a comment and its answers, each
// thread resolved when it has been dealt with. Everyone but a reader may comment; the author of the area
// and the leads may resolve (the database decides in a team).
import { useId, useState } from 'react';
import type { Comment } from '../../../shared/api/review';
import { formatDateTime } from '../../../shared/dates';
import type { Narrative } from '../../../shared/entities';
import { ErrorMessage } from '../../components/Feedback';
import { messageOf } from '../../data/bridge';
import { useOp, useOpMutation } from '../../data/ops';
import { useRefusal } from '../team/data';
import { RoleNote } from '../team/RoleNote';
import { usePeopleNames } from './data';

export function Comments({ areaId, sections, author, readOnly }: { areaId: string; sections: Narrative[]; author: string | null; readOnly: boolean }) {
  const id = useId();
  const comments = useOp('comments.list', { areaId });
  const refusal = useRefusal('comment');
  const resolveRefusal = useRefusal('writeArea', author);
  const canWrite = !readOnly && !refusal;
  const titleOf = (sectionId: string | null) => sections.find((s) => s.sectionId === sectionId)?.title ?? null;
  const threads = (comments.data ?? []).filter((c) => c.parentId === null);
  const answersTo = (c: Comment) => (comments.data ?? []).filter((a) => a.parentId === c.id);

  return (
    <div className="comments-panel">
      <h3 id={`${id}-title`}>Comments</h3>
      {comments.error && <ErrorMessage onRetry={() => void comments.refetch()}>{comments.error.message}</ErrorMessage>}
      {comments.data && !threads.length && <p>No comments yet.</p>}
      <ul className="comments" aria-labelledby={`${id}-title`}>
        {threads.map((c) => (
          <CommentThread
            key={c.id}
            comment={c}
            about={titleOf(c.sectionId)}
            answers={answersTo(c)}
            canAnswer={canWrite}
            canResolve={canWrite && !resolveRefusal}
          />
        ))}
      </ul>
      {canWrite ? <NewComment areaId={areaId} sections={sections} /> : !readOnly && <RoleNote id={`${id}-role`}>{refusal}</RoleNote>}
    </div>
  );
}

function CommentThread({
  comment,
  about,
  answers,
  canAnswer,
  canResolve,
}: {
  comment: Comment;
  about: string | null;
  answers: Comment[];
  canAnswer: boolean;
  canResolve: boolean;
}) {
  const nameOf = usePeopleNames();
  const resolve = useOpMutation('comments.resolve').mutateAsync;
  const [answering, setAnswering] = useState(false);
  const [error, setError] = useState<string | null>(null);
  const resolved = comment.resolvedAt !== null;
  const where = about ? ` on “${about}”${comment.paragraph !== null ? `, paragraph ${comment.paragraph + 1}` : ''}` : ' on the area';
  return (
    <li className={`comment${resolved ? ' comment--resolved' : ''}`}>
      <p className="comment__meta">
        {nameOf(comment.author)}
        {where} · {formatDateTime(comment.createdAt)}
        {resolved && ` · Resolved by ${nameOf(comment.resolvedBy)}`}
      </p>
      <p>{comment.text}</p>
      {answers.length > 0 && (
        <ul className="comment__replies" aria-label="Answers">
          {answers.map((a) => (
            <li key={a.id}>
              <p className="comment__meta">
                {nameOf(a.author)} · {formatDateTime(a.createdAt)}
              </p>
              <p>{a.text}</p>
            </li>
          ))}
        </ul>
      )}
      {!resolved && (canAnswer || canResolve) && (
        <div className="comment__actions">
          {canAnswer && !answering && (
            <button type="button" className="btn btn--secondary btn--small" onClick={() => setAnswering(true)}>
              Answer
            </button>
          )}
          {canResolve && (
            <button
              type="button"
              className="btn btn--secondary btn--small"
              onClick={() => {
                setError(null);
                resolve({ commentId: comment.id }).catch((err) => setError(messageOf(err)));
              }}
            >
              Resolve
            </button>
          )}
        </div>
      )}
      {answering && <CommentForm areaId={comment.areaId} parentId={comment.id} label="Your answer" onDone={() => setAnswering(false)} />}
      <ErrorMessage>{error}</ErrorMessage>
    </li>
  );
}

function NewComment({ areaId, sections }: { areaId: string; sections: Narrative[] }) {
  const id = useId();
  const [sectionId, setSectionId] = useState('');
  return (
    <div className="comments__new">
      <div className="field">
        <label htmlFor={`${id}-about`}>Comment on</label>
        <select id={`${id}-about`} value={sectionId} onChange={(e) => setSectionId(e.target.value)}>
          <option value="">The area as a whole</option>
          {sections.map((s) => (
            <option key={s.sectionId} value={s.sectionId}>
              {s.title}
            </option>
          ))}
        </select>
      </div>
      <CommentForm key={sectionId} areaId={areaId} sectionId={sectionId || null} label="New comment" />
    </div>
  );
}

/** A comment, or an answer to one (parentId): the text box and its button; the contract checks the text. */
function CommentForm({
  areaId,
  sectionId = null,
  parentId = null,
  label,
  onDone,
}: {
  areaId: string;
  sectionId?: string | null;
  parentId?: string | null;
  label: string;
  onDone?: () => void;
}) {
  const id = useId();
  const add = useOpMutation('comments.add').mutateAsync;
  const [text, setText] = useState('');
  const [error, setError] = useState<string | null>(null);
  const [busy, setBusy] = useState(false);
  return (
    <form
      onSubmit={(e) => {
        e.preventDefault();
        setError(null);
        setBusy(true);
        add({ areaId, sectionId, paragraph: null, parentId, text })
          .then(() => {
            setText('');
            onDone?.();
          })
          .catch((err) => setError(messageOf(err)))
          .finally(() => setBusy(false));
      }}
    >
      <div className={`field${error ? ' field--error' : ''}`}>
        <label htmlFor={`${id}-text`}>{label}</label>
        {error && (
          <p className="field__error" id={`${id}-error`} role="alert">
            {error}
          </p>
        )}
        <textarea
          id={`${id}-text`}
          rows={3}
          value={text}
          aria-invalid={error ? true : undefined}
          aria-describedby={error ? `${id}-error` : undefined}
          onChange={(e) => setText(e.target.value)}
        />
      </div>
      <div className="comment__actions">
        <button type="submit" className="btn btn--small" disabled={busy}>
          {parentId ? 'Send answer' : 'Add comment'}
        </button>
        {onDone && (
          <button type="button" className="btn btn--secondary btn--small" onClick={onDone}>
            Cancel
          </button>
        )}
      </div>
    </form>
  );
}
