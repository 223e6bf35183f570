// Start a pack: blank from a framework, or from last year's pack (its content copied, every area back
// to "to review"). Suggests the current framework and the period after the latest pack's.
import { useMemo, useState } from 'react';
import type { FrameworkSummary, Pack } from '../../../shared/entities';
import { formatShortDate, todayIso } from '../../../shared/dates';
import { useNavigation } from '../../app/navigation';
import type { z } from 'zod';
import { api } from '../../../shared/api';
import { ErrorMessage, Loading } from '../../components/Feedback';
import { dateInput, FormDate, FormField, formSchema, showProblems, useContractForm } from '../../components/form';
import { Modal } from '../../components/Modal';
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

/** The create operations' own schemas; the form holds both starting points and sends the one chosen. */
const BLANK_FORM = formSchema(api['packs.create'].input.strip(), { asAt: dateInput });
const FROM_PREVIOUS_FORM = formSchema(api['packs.createFromPrevious'].input.strip(), { asAt: dateInput });

interface CreateValues {
  frameworkId: string;
  previousPackId: string;
  period: string;
  asAt: string;
  title: string;
}

function CreateForm({ kind, packs, frameworks, today, onClose }: CreateFormProps) {
  const create = useOpMutation('packs.create').mutateAsync;
  const createFromPrevious = useOpMutation('packs.createFromPrevious').mutateAsync;
  const go = useNavigation((s) => s.go);

  const ordered = useMemo(() => orderFrameworks(frameworks), [frameworks]);
  const latest = packs[0];
  const initialPeriod = nextPeriod(latest?.period, today);
  const initialFramework = suggestFramework(frameworks, packs)?.id ?? '';
  const form = useContractForm<CreateValues, unknown>((kind === 'previous' ? FROM_PREVIOUS_FORM : BLANK_FORM) as never, {
    frameworkId: initialFramework,
    previousPackId: latest?.id ?? '',
    period: initialPeriod,
    asAt: today,
    title: titleFor(latest?.id ?? '', initialFramework, initialPeriod),
  });
  const [titleTouched, setTitleTouched] = useState(false);
  const [formError, setFormError] = useState<string | null>(null);
  const [frameworkId, previousPackId] = form.watch(['frameworkId', 'previousPackId']);

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

  /** Until the person writes their own title, it follows the period and what the pack starts from. */
  function suggest() {
    if (titleTouched) return;
    const { previousPackId: from, frameworkId: framework, period } = form.getValues();
    form.setValue('title', titleFor(from, framework, period));
  }

  function changePrevious(id: string) {
    const pack = packs.find((p) => p.id === id);
    if (pack && periodStart(pack.period) !== null) form.setValue('period', nextPeriod(pack.period, today));
    suggest();
  }

  const submit = form.handleSubmit(async (input) => {
    setFormError(null);
    try {
      const pack =
        kind === 'previous'
          ? await createFromPrevious(input as unknown as z.output<typeof FROM_PREVIOUS_FORM>)
          : await create(input as unknown as z.output<typeof BLANK_FORM>);
      onClose();
      go({ name: 'overview', packId: pack.id });
    } catch (err) {
      setFormError(
        showProblems(form, err, kind === 'blank' ? ['frameworkId', 'period', 'asAt', 'title'] : ['previousPackId', 'period', 'asAt', 'title']),
      );
    }
  });

  return (
    <form onSubmit={(e) => void submit(e)} noValidate>
      <ErrorMessage>{formError}</ErrorMessage>
      {kind === 'blank' ? (
        <>
          <FormField
            form={form}
            name="frameworkId"
            label="Framework"
            hint="The inspection framework whose judgement areas you will rate yourselves against."
          >
            <select {...form.register('frameworkId', { onChange: suggest })}>
              {ordered.map((f) => (
                <option key={f.id} value={f.id}>
                  {frameworkLabel(f)}
                </option>
              ))}
            </select>
          </FormField>
          {chosenFramework && (
            <p className="framework-note">
              {chosenFramework.title}. Published by {chosenFramework.publisher}
              {chosenFramework.builtIn ? '' : ' (imported)'}.
            </p>
          )}
        </>
      ) : (
        <FormField
          form={form}
          name="previousPackId"
          label="Last year's pack"
          hint="Its content is copied into the new pack, and every area goes back to “to review” for this year's review."
        >
          <select {...form.register('previousPackId', { onChange: (e) => changePrevious(e.target.value) })}>
            {packs.map((p) => (
              <option key={p.id} value={p.id}>
                {p.title} ({p.period})
              </option>
            ))}
          </select>
        </FormField>
      )}
      <div className="form-row">
        <FormField form={form} name="period" label="Period" hint="The year it covers, such as 2026–27.">
          <input type="text" {...form.register('period', { onChange: suggest })} />
        </FormField>
        <FormField form={form} name="asAt" label="As at" hint="The date the self-evaluation speaks for.">
          <FormDate form={form} name="asAt" />
        </FormField>
      </div>
      <FormField form={form} name="title" label="Title">
        <input type="text" {...form.register('title', { onChange: () => setTitleTouched(true) })} />
      </FormField>
      {kind === 'previous' && previous && (
        <p className="muted">
          Framework: {previous.frameworkTitle}. The new pack keeps the framework of the pack it starts from.
        </p>
      )}
      <div className="picker__actions">
        <button type="button" className="btn btn--secondary" onClick={onClose}>
          Cancel
        </button>
        <button type="submit" className="btn" disabled={form.formState.isSubmitting}>
          {form.formState.isSubmitting ? 'Creating…' : 'Create pack'}
        </button>
      </div>
    </form>
  );
}
