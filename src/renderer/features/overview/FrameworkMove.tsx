// A pack whose framework has been replaced by its as-at date says so, and can be moved onto the
// framework in force: the move is shown first (what each new area receives, and everything that cannot
// be carried), then made, recorded in the history, and undoable while nothing has changed since. What a
// move could not carry is kept with it and listed here, with its text.
import { useId, useState } from 'react';
import { formatDateTime, formatLongDate } from '../../../shared/dates';
import type { FrameworkMove, MovePlan } from '../../../shared/api/cycle';
import type { Pack, Readiness } from '../../../shared/entities';
import type { NotCarried } from '../../../shared/move';
import { ErrorMessage, Loading } from '../../components/Feedback';
import { ScrollArea } from '../../components/ScrollArea';
import { Modal } from '../../components/Modal';
import { messageOf } from '../../data/bridge';
import { DocView } from '../../editor/DocView';
import { useOp, useOpMutation } from '../../data/ops';

export function FrameworkNotices({ pack, frameworkShortTitle, readiness }: { pack: Pack; frameworkShortTitle: string; readiness: Readiness }) {
  const moves = useOp('packs.frameworkMoves', { packId: pack.id }).data ?? [];
  const latest = moves.find((m) => !m.undoneAt);
  return (
    <>
      {readiness.superseded && <SupersededNotice pack={pack} current={frameworkShortTitle} superseded={readiness.superseded} />}
      {latest && <MovedNotice pack={pack} move={latest} />}
    </>
  );
}

function SupersededNotice({ pack, current, superseded }: { pack: Pack; current: string; superseded: NonNullable<Readiness['superseded']> }) {
  const [open, setOpen] = useState(false);
  const hintId = useId();
  const readOnly = pack.status === 'approved';
  return (
    <section className="notice notice--warn" aria-label="Framework replaced">
      <p>
        <strong>{current}</strong> had been replaced by <strong>{superseded.shortTitle}</strong> (in force
        from {formatLongDate(superseded.validFrom)}) by this pack’s as-at date, {formatLongDate(pack.asAt)}. Move the pack
        onto {superseded.shortTitle} so that it answers the framework Ofsted uses.
      </p>
      <button
        type="button"
        className="btn"
        onClick={() => setOpen(true)}
        disabled={readOnly}
        aria-describedby={readOnly ? hintId : undefined}
      >
        Review the move to {superseded.shortTitle}
      </button>
      {readOnly && (
        <p className="field__hint" id={hintId}>
          Reopen the pack to move it: an approved pack does not change.
        </p>
      )}
      <Modal title={`Move this pack onto ${superseded.shortTitle}`} open={open} onClose={() => setOpen(false)} wide>
        {open && <MoveReview packId={pack.id} onClose={() => setOpen(false)} />}
      </Modal>
    </section>
  );
}

function MoveReview({ packId, onClose }: { packId: string; onClose(): void }) {
  const plan = useOp('packs.planFrameworkMove', { packId });
  const move = useOpMutation('packs.moveFramework').mutateAsync;
  const [error, setError] = useState<string | null>(null);
  const [busy, setBusy] = useState(false);
  if (plan.error) return <ErrorMessage onRetry={() => void plan.refetch()}>{plan.error.message}</ErrorMessage>;
  if (!plan.data) return <Loading what="what the move would do" />;
  const p = plan.data;

  async function confirm() {
    setBusy(true);
    try {
      await move({ packId, toFrameworkId: p.to.id });
      onClose();
    } catch (err) {
      setError(messageOf(err));
      setBusy(false);
    }
  }

  return (
    <>
      <ErrorMessage>{error}</ErrorMessage>
      <p>
        From {p.from.shortTitle} to {p.steps.map((s) => s.shortTitle).join(', then ')}. Each new area takes what the
        framework says it continues. Nothing is deleted: what cannot be carried is kept with the move, and the move can be
        undone until the pack changes again.
      </p>
      <CarriedTable plan={p} />
      <h3 className="panel__title">What cannot be carried ({p.notCarried.length})</h3>
      {p.notCarried.length ? (
        <KeptItems items={p.notCarried} />
      ) : (
        <p>Everything can be carried.</p>
      )}
      <div className="modal__actions modal__actions--inline">
        <button type="button" className="btn btn--secondary" onClick={onClose}>
          Cancel
        </button>
        <button type="button" className="btn" disabled={busy} onClick={() => void confirm()}>
          Move onto {p.to.shortTitle}
        </button>
      </div>
    </>
  );
}

function CarriedTable({ plan }: { plan: MovePlan }) {
  return (
    <ScrollArea label={`What each area of ${plan.to.shortTitle} receives`}>
      <table className="table table--compact">
        <caption className="visually-hidden">What each area of {plan.to.shortTitle} receives</caption>
        <thead>
          <tr>
            <th scope="col">Area in {plan.to.shortTitle}</th>
            <th scope="col">Carried from</th>
            <th scope="col">Grade</th>
            <th scope="col" className="num">Narratives</th>
            <th scope="col" className="num">Strengths</th>
            <th scope="col" className="num">Evidence links</th>
            <th scope="col" className="num">Actions</th>
          </tr>
        </thead>
        <tbody>
          {plan.carried.map((c) => (
            <tr key={c.areaKey}>
              <th scope="row">
                {c.areaTitle}
                {c.reviewAgain && <span className="actions-table__context">Back to “to review”: its scope changed</span>}
              </th>
              <td>{c.fromAreaTitles.length ? c.fromAreaTitles.join('; ') : <span className="muted">New area</span>}</td>
              <td>{c.grade ?? <span className="muted">Not graded</span>}</td>
              <td className="num">{c.narratives}</td>
              <td className="num">{c.strengths}</td>
              <td className="num">{c.evidenceLinks}</td>
              <td className="num">{c.actions}</td>
            </tr>
          ))}
        </tbody>
      </table>
    </ScrollArea>
  );
}

/** Everything a move could not carry, by the area it belonged to, with its text where it has some. */
export function KeptItems({ items }: { items: NotCarried[] }) {
  const byArea = new Map<string, NotCarried[]>();
  for (const item of items) byArea.set(item.areaTitle, [...(byArea.get(item.areaTitle) ?? []), item]);
  return (
    <div className="kept">
      {[...byArea].map(([area, list]) => (
        <section key={area} className="kept__area" aria-label={`Kept from ${area}`}>
          <h4 className="kept__title">
            {area} <span className="muted">({list[0]!.frameworkShortTitle})</span>
          </h4>
          <p className="field__hint">{list[0]!.reason}.</p>
          <ul className="kept__list">
            {list.map((item, i) => (
              <li key={i}>
                <strong>{item.description}</strong>
                {item.reason !== list[0]!.reason && <span className="muted"> — {item.reason}</span>}
                {item.doc && <DocView doc={item.doc} className="kept__text" />}
                {item.items && item.items.length > 0 && (
                  <ul>
                    {item.items.map((text) => (
                      <li key={text}>{text}</li>
                    ))}
                  </ul>
                )}
              </li>
            ))}
          </ul>
        </section>
      ))}
    </div>
  );
}

function MovedNotice({ pack, move }: { pack: Pack; move: FrameworkMove }) {
  const undo = useOpMutation('packs.undoFrameworkMove').mutateAsync;
  const [error, setError] = useState<string | null>(null);
  const hintId = useId();
  const readOnly = pack.status === 'approved';
  const blocked = readOnly ? 'Reopen the pack to undo the move.' : move.undoBlockedBy;
  return (
    <section className="notice" aria-label="Framework move">
      <p>
        Moved from <strong>{move.from.shortTitle}</strong> onto <strong>{move.to.shortTitle}</strong> by {move.movedBy} on{' '}
        {formatDateTime(move.movedAt)}.{' '}
        {move.notCarried.length
          ? `${move.notCarried.length} ${move.notCarried.length === 1 ? 'item' : 'items'} could not be carried and ${move.notCarried.length === 1 ? 'is' : 'are'} kept with the move.`
          : 'Everything was carried.'}
      </p>
      <ErrorMessage>{error}</ErrorMessage>
      {move.notCarried.length > 0 && (
        <details className="kept__details">
          <summary>What was kept ({move.notCarried.length})</summary>
          <KeptItems items={move.notCarried} />
        </details>
      )}
      <div className="button-row">
        <button
          type="button"
          className="btn btn--secondary"
          disabled={!!blocked}
          aria-describedby={blocked ? hintId : undefined}
          onClick={() => {
            setError(null);
            undo({ packId: pack.id }).catch((err) => setError(messageOf(err)));
          }}
        >
          Undo the move
        </button>
        {blocked && (
          <span className="field__hint" id={hintId}>
            {blocked}
          </span>
        )}
      </div>
    </section>
  );
}
