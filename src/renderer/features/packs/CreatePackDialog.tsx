// Start a pack: blank from a framework, or from last year's pack (its content copied, every area back
// to "to review"). Suggests the current framework and the period after the latest pack's.
import { useMemo, useState } from 'react';
import type { FrameworkSummary, Pack } from '../../../shared/entities';
import { formatShortDate, todayIso } from '../../../shared/dates';
import { useNavigation } from '../../app/navigation';
import { DateInput, dateProblem } from '../../components/DateInput';
import { ErrorMessage, Loading } from '../../components/Feedback';
import { Field } from '../../components/Field';
import { Modal } from '../../components/Modal';
import { coveredBy, problemOf, type Problem } from '../../components/problems';
import { useOp, useOpMutation } from '../../data/ops';
import { useToday } from './data';
import { nextPeriod, periodStart } from './period';
import { useCreatePackDialog, type CreateKind } from './store';

/** What a sector's self-evaluation is called, the way councils title their packs. */
const SECTOR_TITLES: Record<string, string> = {
  children: "Children's services self-evaluation",
  fostering_adoption: 'Fostering and adoption self-evaluation',
  adults: 'Adult social care self-assessment',
};

/** The title for a blank pack: "Children's services self-evaluation 2026–27", or the sector's equivalent. */
export function suggestTitle(sector: string | undefined, period: string): string {
  return `${SECTOR_TITLES[sector ?? 'children'] ?? 'Self-evaluation'} ${period}`.trim();
}

/**
 * The title for a pack started from another: the previous title with its period replaced, so
 * "Children's services self-evaluation 2025–26" becomes "… 2026–27". Null when the previous title
 * does not name its period.
 */
export function titleFromPrevious(previous: Pick<Pack, 'title' | 'period'>, period: string): string | null {
  const start = periodStart(previous.period);
  const written =
    start === null
      ? previous.period.trim()
        ? new RegExp(previous.period.trim().replace(/[.*+?^${}()|[\]\\]/g, '\\$&'))
        : null
      : new RegExp(`${start}\\s*[–—\\-/]\\s*(?:\\d{4}|\\d{2})(?!\\d)`);
  if (!written || !written.test(previous.title)) return null;
  return previous.title.replace(written, period);
}

/** The current framework for the sector the council last used, or any current one. */
export function suggestFramework(frameworks: FrameworkSummary[], packs: Pack[]): FrameworkSummary | undefined {
  const lastSector = frameworks.find((f) => f.id === packs[0]?.frameworkId)?.sector ?? 'children';
  return (
    frameworks.find((f) => f.current && f.sector === lastSector) ?? frameworks.find((f) => f.current) ?? frameworks[0]
  );
}

function frameworkLabel(f: FrameworkSummary): string {
  const when = f.validTo
    ? `${formatShortDate(f.validFrom)} to ${formatShortDate(f.validTo)}`
    : `from ${formatShortDate(f.validFrom)}`;
  return `${f.shortTitle}, ${when}${f.current ? ' (current)' : ''}`;
}

/** Frameworks in use now first, then newest first. */
function orderFrameworks(frameworks: FrameworkSummary[]): FrameworkSummary[] {
  return [...frameworks].sort(
    (a, b) => Number(b.current) - Number(a.current) || b.validFrom.localeCompare(a.validFrom),
  );
}

export function CreatePackDialog() {
  const kind = useCreatePackDialog((s) => s.kind);
  const close = useCreatePackDialog((s) => s.close);
  return (
    <Modal
      title={kind === 'previous' ? "Start from last year's pack" : 'New self-evaluation pack'}
      open={kind !== null}
      onClose={close}
    >
      {kind && <CreateFormLoader key={kind} kind={kind} onClose={close} />}
    </Modal>
  );
}

/** The form starts from what is already there (packs, frameworks, today), so it waits for them. */
function CreateFormLoader({ kind, onClose }: { kind: CreateKind; onClose(): void }) {
  const packs = useOp('packs.list', {});
  const frameworks = useOp('frameworks.list', {});
  const today = useToday();
  const error = packs.error ?? frameworks.error;
  if (error) return <ErrorMessage>{error.message}</ErrorMessage>;
  if (!packs.data || !frameworks.data) return <Loading what="the frameworks" />;
  return <CreateForm kind={kind} packs={packs.data} frameworks={frameworks.data} today={today ?? todayIso()} onClose={onClose} />;
}

interface CreateFormProps {
  kind: CreateKind;
  packs: Pack[];
  frameworks: FrameworkSummary[];
  today: string;
  onClose(): void;
}

function CreateForm({ kind, packs, frameworks, today, onClose }: CreateFormProps) {
  const create = useOpMutation('packs.create').mutateAsync;
  const createFromPrevious = useOpMutation('packs.createFromPrevious').mutateAsync;
  const go = useNavigation((s) => s.go);

  const ordered = useMemo(() => orderFrameworks(frameworks), [frameworks]);
  const latest = packs[0];
  const initialPeriod = nextPeriod(latest?.period, today);
  const [frameworkId, setFrameworkId] = useState(() => suggestFramework(frameworks, packs)?.id ?? '');
  const [previousPackId, setPreviousPackId] = useState(latest?.id ?? '');
  const [period, setPeriod] = useState(initialPeriod);
  const [title, setTitle] = useState(() => titleFor(latest?.id ?? '', frameworkId, initialPeriod));
  const [titleTouched, setTitleTouched] = useState(false);
  const [asAt, setAsAt] = useState(today);
  const [problem, setProblem] = useState<Problem | null>(null);
  const [busy, setBusy] = useState(false);

  const previous = packs.find((p) => p.id === previousPackId);
  const chosenFramework = frameworks.find((f) => f.id === frameworkId);

  /** The suggested title: last year's with the period changed, or the sector's usual title. */
  function titleFor(fromPackId: string, fromFrameworkId: string, forPeriod: string): string {
    const p = forPeriod.trim();
    const from = kind === 'previous' ? packs.find((x) => x.id === fromPackId) : undefined;
    const derived = from ? titleFromPrevious(from, p) : null;
    if (derived) return derived;
    const frameworkOf = from ? from.frameworkId : fromFrameworkId;
    return suggestTitle(frameworks.find((f) => f.id === frameworkOf)?.sector, p);
  }

  function changePeriod(value: string, fromPackId = previousPackId) {
    setPeriod(value);
    if (!titleTouched) setTitle(titleFor(fromPackId, frameworkId, value));
  }

  function changeFramework(id: string) {
    setFrameworkId(id);
    if (!titleTouched) setTitle(titleFor(previousPackId, id, period));
  }

  function changePrevious(id: string) {
    setPreviousPackId(id);
    const pack = packs.find((p) => p.id === id);
    changePeriod(pack && periodStart(pack.period) !== null ? nextPeriod(pack.period, today) : period, id);
  }

  async function submit(e: React.FormEvent) {
    e.preventDefault();
    const wrongDate = asAt.trim() ? dateProblem(asAt) : 'Enter the as-at date';
    if (wrongDate) {
      setProblem({ message: wrongDate, fields: { asAt: wrongDate } });
      return;
    }
    setBusy(true);
    setProblem(null);
    try {
      const pack =
        kind === 'previous'
          ? await createFromPrevious({ previousPackId, title, period, asAt })
          : await create({ frameworkId, title, period, asAt });
      onClose();
      go({ name: 'overview', packId: pack.id });
    } catch (err) {
      setProblem(problemOf(err));
    } finally {
      setBusy(false);
    }
  }

  const fields = problem?.fields ?? {};
  return (
    <form onSubmit={submit} noValidate>
      {problem &&
        !coveredBy(
          problem,
          kind === 'blank' ? ['frameworkId', 'period', 'asAt', 'title'] : ['previousPackId', 'period', 'asAt', 'title'],
        ) && <ErrorMessage>{problem.message}</ErrorMessage>}
      {kind === 'blank' ? (
        <>
          <Field
            label="Framework"
            hint="The inspection framework whose judgement areas you will rate yourselves against."
            error={fields.frameworkId}
          >
            <select value={frameworkId} onChange={(e) => changeFramework(e.target.value)}>
              {ordered.map((f) => (
                <option key={f.id} value={f.id}>
                  {frameworkLabel(f)}
                </option>
              ))}
            </select>
          </Field>
          {chosenFramework && (
            <p className="framework-note">
              {chosenFramework.title}. Published by {chosenFramework.publisher}
              {chosenFramework.builtIn ? '' : ' (imported)'}.
            </p>
          )}
        </>
      ) : (
        <Field
          label="Last year's pack"
          hint="Its content is copied into the new pack, and every area goes back to “to review” for this year's review."
          error={fields.previousPackId}
        >
          <select value={previousPackId} onChange={(e) => changePrevious(e.target.value)}>
            {packs.map((p) => (
              <option key={p.id} value={p.id}>
                {p.title} ({p.period})
              </option>
            ))}
          </select>
        </Field>
      )}
      <div className="form-row">
        <Field label="Period" hint="The year it covers, such as 2026–27." error={fields.period}>
          <input type="text" value={period} onChange={(e) => changePeriod(e.target.value)} />
        </Field>
        <Field label="As at" hint="The date the self-evaluation speaks for." error={fields.asAt}>
          <DateInput value={asAt} onChange={setAsAt} />
        </Field>
      </div>
      <Field label="Title" error={fields.title}>
        <input
          type="text"
          value={title}
          onChange={(e) => {
            setTitle(e.target.value);
            setTitleTouched(true);
          }}
        />
      </Field>
      {kind === 'previous' && previous && (
        <p className="muted">
          Framework: {previous.frameworkTitle}. The new pack keeps the framework of the pack it starts from.
        </p>
      )}
      <div className="picker__actions">
        <button type="button" className="btn btn--secondary" onClick={onClose}>
          Cancel
        </button>
        <button type="submit" className="btn" disabled={busy}>
          {busy ? 'Creating…' : 'Create pack'}
        </button>
      </div>
    </form>
  );
}
