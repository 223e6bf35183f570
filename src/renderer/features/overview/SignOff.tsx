// Sign-off: submit a draft for review, approve it as the named director (the display name from
// Settings in a local file, the signed-in member in a team database) after seeing what is still
// outstanding, and reopen an approved pack with a recorded reason. The approved banner is shared by the
// overview and the area screens.
import { useId, useState } from 'react';
import { formatDateTime } from '../../../shared/dates';
import { api } from '../../../shared/api';
import type { Outstanding } from '../../../shared/api/review';
import type { Pack } from '../../../shared/entities';
import { useNavigation } from '../../app/navigation';
import { ErrorMessage, Loading } from '../../components/Feedback';
import { countOf, listInWords } from '../../components/format';
import { FormField, formSchema, showProblems, useContractForm } from '../../components/form';
import { Modal } from '../../components/Modal';
import { messageOf } from '../../data/bridge';
import { useOp, useOpMutation } from '../../data/ops';
import { useRefusal, useSession } from '../team/data';
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
  const session = useSession();
  const outstanding = useOp('packs.outstanding', { packId: pack.id });
  const [error, setError] = useState<string | null>(null);
  const [busy, setBusy] = useState(false);

  const failed = settings.error ?? session.error ?? outstanding.error;
  if (failed) return <ErrorMessage>{failed.message}</ErrorMessage>;
  if (!settings.data || !session.data) return <Loading what="your name" />;
  if (!outstanding.data) return <Loading what="what is still to do" />;
  // A team database records the member the server signed in, whatever Settings says.
  const name = session.data.role === null ? settings.data.displayName.trim() : session.data.name;
  const rulesBroken = outstanding.data.ruleBreaches.length > 0;

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
      <OutstandingList outstanding={outstanding.data} />
      <p>
        The pack becomes read-only and its documents show it as approved by {name}. To change it afterwards, reopen it
        and say why; the reopening is recorded in the history.
      </p>
      <div className="picker__actions">
        <button type="button" className="btn btn--secondary" onClick={onClose}>
          Cancel
        </button>
        <button type="button" className="btn" disabled={busy || rulesBroken} autoFocus={!rulesBroken} onClick={() => void confirm()}>
          Approve as {name}
        </button>
      </div>
    </>
  );
}

/**
 * What is still to do, so the director approves knowing it. Only a broken limiting rule stops approval
 * (the core refuses it); the rest is the director's call.
 */
function OutstandingList({ outstanding }: { outstanding: Outstanding }) {
  if (outstanding.ready) return <p>Nothing is left to do: every area is agreed and written, the evidence is in date and every comment is resolved.</p>;
  const areasOf = (items: { title: string }[]) => listInWords([...new Set(items.map((i) => i.title))]);
  const items = [
    outstanding.areasNotAgreed.length > 0 && `${countOf(outstanding.areasNotAgreed.length, 'area')} not agreed: ${areasOf(outstanding.areasNotAgreed)}`,
    outstanding.emptySections.length > 0 && `${countOf(outstanding.emptySections.length, 'section')} not written, in ${areasOf(outstanding.emptySections)}`,
    outstanding.evidenceOutOfDate > 0 && `${countOf(outstanding.evidenceOutOfDate, 'evidence item')} out of date`,
    outstanding.unresolvedComments > 0 && `${countOf(outstanding.unresolvedComments, 'comment')} not resolved`,
    ...outstanding.ruleBreaches.map((b) => `A limiting rule is broken: ${b.message}`),
  ].filter((item): item is string => !!item);
  return (
    // "Outstanding" is a grade, so the list is called what it is: what is still to do.
    <section aria-label="Still to do">
      <p>Still to do before approval:</p>
      <ul>
        {items.map((item) => (
          <li key={item}>{item}</li>
        ))}
      </ul>
      {outstanding.ruleBreaches.length > 0 && <p>The pack cannot be approved while its grades break a limiting rule: change the grades first.</p>}
    </section>
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
