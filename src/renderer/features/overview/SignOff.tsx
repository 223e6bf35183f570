// Sign-off: submit a draft for review, approve it as the named director (the display name from
// Settings), and reopen an approved pack with a recorded reason. The approved banner is shared by the
// overview and the area screens.
import { useId, useState } from 'react';
import { formatDateTime } from '../../../shared/dates';
import { api } from '../../../shared/api';
import type { Pack } from '../../../shared/entities';
import type { Outstanding } from '../../../shared/api/review';
import { useNavigation } from '../../app/navigation';
import { ErrorMessage, Loading } from '../../components/Feedback';
import { FormField, formSchema, showProblems, useContractForm } from '../../components/form';
import { Modal } from '../../components/Modal';
import { messageOf } from '../../data/bridge';
import { useOp, useOpMutation } from '../../data/ops';
import { useRefusal } from '../team/data';
import { RoleNote } from '../team/RoleNote';

export function SignOffButtons({ pack }: { pack: Pack }) {
  const submitForReview = useOpMutation('packs.submitForReview').mutateAsync;
  const [approving, setApproving] = useState(false);
  const [error, setError] = useState<string | null>(null);
  const noteId = useId();
  // The database refuses these to the wrong role anyway; here the buttons say so first.
  const submitRefusal = useRefusal('editPack');
  const approveRefusal = useRefusal('approve');
  if (pack.status === 'approved') return null;
  const refusal = approveRefusal ?? submitRefusal;
  return (
    <>
      {pack.status === 'draft' && (
        <button
          type="button"
          className="btn btn--secondary"
          disabled={!!submitRefusal}
          aria-describedby={submitRefusal ? noteId : undefined}
          onClick={() => {
            setError(null);
            submitForReview({ packId: pack.id }).catch((err) => setError(messageOf(err)));
          }}
        >
          Submit for review
        </button>
      )}
      <button
        type="button"
        className="btn"
        disabled={!!approveRefusal}
        aria-describedby={approveRefusal ? noteId : undefined}
        onClick={() => setApproving(true)}
      >
        Approve pack
      </button>
      {refusal && (
        <div className="page-header__error">
          <RoleNote id={noteId}>{refusal}</RoleNote>
        </div>
      )}
      {error && (
        <div className="page-header__error">
          <ErrorMessage>{error}</ErrorMessage>
        </div>
      )}
      <ApproveDialog pack={pack} open={approving} onClose={() => setApproving(false)} />
    </>
  );
}

function ApproveDialog({ pack, open, onClose }: { pack: Pack; open: boolean; onClose(): void }) {
  return (
    <Modal title="Approve this pack" open={open} onClose={onClose}>
      {open && <ApproveBody pack={pack} onClose={onClose} />}
    </Modal>
  );
}

function ApproveBody({ pack, onClose }: { pack: Pack; onClose(): void }) {
  const approve = useOpMutation('packs.approve').mutateAsync;
  const go = useNavigation((s) => s.go);
  const settings = useOp('settings.get', {});
  const outstanding = useOp('packs.outstanding', { packId: pack.id });
  const [error, setError] = useState<string | null>(null);
  const [busy, setBusy] = useState(false);

  if (settings.error) return <ErrorMessage>{settings.error.message}</ErrorMessage>;
  if (!settings.data) return <Loading what="your name from Settings" />;
  const name = settings.data.displayName.trim();

  if (!name)
    return (
      <>
        <p>
          SEF Studio records who approved a pack, and your name is not set yet. Add your name in Settings, then come
          back to approve.
        </p>
        <div className="picker__actions">
          <button type="button" className="btn btn--secondary" onClick={onClose}>
            Cancel
          </button>
          <button
            type="button"
            className="btn"
            onClick={() => {
              onClose();
              go({ name: 'settings', packId: pack.id });
            }}
          >
            Go to Settings
          </button>
        </div>
      </>
    );

  // The core refuses approval while a limiting rule is broken; the rest is the director's call.
  const broken = !!outstanding.data?.ruleBreaches.length;

  async function confirm() {
    setBusy(true);
    try {
      await approve({ packId: pack.id });
      onClose();
    } catch (err) {
      setError(messageOf(err));
    } finally {
      setBusy(false);
    }
  }

  return (
    <>
      <ErrorMessage>{error}</ErrorMessage>
      <p>
        You are approving <strong>{pack.title}</strong> as <strong>{name}</strong>.
      </p>
      <p>
        The pack becomes read-only and its documents show it as approved by {name}. To change it afterwards, reopen it
        and say why; the reopening is recorded in the history.
      </p>
      {outstanding.error ? (
        <ErrorMessage>{outstanding.error.message}</ErrorMessage>
      ) : outstanding.data ? (
        <StillToDo outstanding={outstanding.data} />
      ) : (
        <Loading what="what is still to do" />
      )}
      {broken && <p>The pack cannot be approved while its grades break a limiting rule: change one of the grades first.</p>}
      <div className="picker__actions">
        <button type="button" className="btn btn--secondary" onClick={onClose}>
          Cancel
        </button>
        <button type="button" className="btn" disabled={busy || broken || !outstanding.data} autoFocus onClick={() => void confirm()}>
          Approve as {name}
        </button>
      </div>
    </>
  );
}

/** The read-only state of an approved pack: who approved it and when, and the way back to editing. */
export function ApprovedBanner({ pack }: { pack: Pack }) {
  const [reopening, setReopening] = useState(false);
  const noteId = useId();
  const refusal = useRefusal('reopen');
  if (pack.status !== 'approved') return null;
  return (
    <section className="approved-banner" aria-label="Approved pack">
      <p>
        <strong>Approved</strong>
        {pack.approvedBy ? ` by ${pack.approvedBy}` : ''}
        {pack.approvedAt ? ` on ${formatDateTime(pack.approvedAt)}` : ''}. This pack is read-only.
      </p>
      <button
        type="button"
        className="btn btn--secondary"
        disabled={!!refusal}
        aria-describedby={refusal ? noteId : undefined}
        onClick={() => setReopening(true)}
      >
        Reopen pack
      </button>
      <RoleNote id={noteId}>{refusal}</RoleNote>
      <ReopenDialog pack={pack} open={reopening} onClose={() => setReopening(false)} />
    </section>
  );
}

function ReopenDialog({ pack, open, onClose }: { pack: Pack; open: boolean; onClose(): void }) {
  return (
    <Modal title="Reopen this pack" open={open} onClose={onClose}>
      {open && <ReopenForm pack={pack} onClose={onClose} />}
    </Modal>
  );
}

const REOPEN_FORM = formSchema(api['packs.reopen'].input.omit({ packId: true }));

function ReopenForm({ pack, onClose }: { pack: Pack; onClose(): void }) {
  const reopen = useOpMutation('packs.reopen').mutateAsync;
  const form = useContractForm(REOPEN_FORM, { reason: '' });
  const [formError, setFormError] = useState<string | null>(null);

  const submit = form.handleSubmit(async ({ reason }) => {
    setFormError(null);
    try {
      await reopen({ packId: pack.id, reason });
      onClose();
    } catch (err) {
      setFormError(showProblems(form, err, ['reason']));
    }
  });

  return (
    <form onSubmit={(e) => void submit(e)} noValidate>
      <p>
        Reopening <strong>{pack.title}</strong> removes the approval so it can be changed. It will need approving again.
      </p>
      <ErrorMessage>{formError}</ErrorMessage>
      <FormField
        form={form}
        name="reason"
        label="Why are you reopening it?"
        hint="Recorded in the history with your name, for example “Ofsted asked for updated care leavers data”."
      >
        <textarea rows={3} autoFocus {...form.register('reason')} />
      </FormField>
      <div className="picker__actions">
        <button type="button" className="btn btn--secondary" onClick={onClose}>
          Cancel
        </button>
        <button type="submit" className="btn" disabled={form.formState.isSubmitting}>
          Reopen pack
        </button>
      </div>
    </form>
  );
}

function counted(n: number, one: string, many: string): string {
  return `${n} ${n === 1 ? one : many}`;
}

function titlesOf(items: { title: string }[]): string {
  return [...new Set(items.map((i) => i.title))].join('; ');
}

/**
 * What is outstanding before approval, as the issue asks the director to see it: areas not agreed, empty
 * sections, out-of-date evidence, unresolved comments and broken limiting rules.
 */
function StillToDo({ outstanding }: { outstanding: Outstanding }) {
  const { areasNotAgreed, emptySections, evidenceOutOfDate, unresolvedComments, ruleBreaches } = outstanding;
  if (outstanding.ready)
    return (
      <section aria-label="Still to do">
        <p>Nothing is outstanding: every area is agreed and written, the evidence is in date and every comment is resolved.</p>
      </section>
    );
  return (
    <section aria-label="Still to do">
      <h3 className="still-to-do__heading">Still to do before approval:</h3>
      <ul>
        {areasNotAgreed.length > 0 && (
          <li>
            {counted(areasNotAgreed.length, 'area', 'areas')} not agreed: {titlesOf(areasNotAgreed)}
          </li>
        )}
        {emptySections.length > 0 && (
          <li>
            {counted(emptySections.length, 'section', 'sections')} not written, in {titlesOf(emptySections)}
          </li>
        )}
        {evidenceOutOfDate > 0 && <li>{counted(evidenceOutOfDate, 'evidence item', 'evidence items')} past the review date</li>}
        {unresolvedComments > 0 && <li>{counted(unresolvedComments, 'comment', 'comments')} not resolved</li>}
        {ruleBreaches.map((breach) => (
          <li key={breach.ruleId}>A limiting rule is broken: {breach.message}</li>
        ))}
      </ul>
    </section>
  );
}

