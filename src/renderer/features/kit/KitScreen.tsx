// The inspection-day kit: what the council produces when Ofsted calls (the Annex A lists, the documents
// for the first days, the latest approved self-evaluation, case tracking arrangements), who prepares each
// and how far it has got, as a checklist that exports to Word. Never child-level data: the kit tracks
// who prepares each list, not its contents.
import { useId, useState } from 'react';
import type { Kit, KitItem } from '../../../shared/api/kit';
import { formatDateTime, todayIso } from '../../../shared/dates';
import { KIT_SECTIONS, KIT_SECTION_LABELS, KIT_STATUS_LABELS, type KitSection, type KitStatus } from '../../../shared/domain';
import type { WrittenFile } from '../../../shared/files';
import { AutosaveSelect, AutosaveText, optionsOf } from '../../components/AutosaveField';
import { Tag } from '../../components/Badges';
import { ErrorMessage, Loading } from '../../components/Feedback';
import { Field } from '../../components/Field';
import { PageHeader } from '../../components/PageHeader';
import { ApiError, bridge, call, messageOf } from '../../data/bridge';
import { useOp, useOpMutation } from '../../data/ops';
import { saving } from '../../data/saveStatus';

const STATUS_OPTIONS = optionsOf(KIT_STATUS_LABELS);
const STATUS_TONES: Record<KitStatus, 'neutral' | 'warn' | 'good'> = { not_started: 'neutral', in_progress: 'warn', ready: 'good', not_needed: 'neutral' };

export function KitScreen() {
  const kit = useOp('kit.get', {});
  if (kit.error) return <ErrorMessage onRetry={() => void kit.refetch()}>{kit.error.message}</ErrorMessage>;
  if (!kit.data) return <Loading what="the inspection-day kit" />;
  return <KitView kit={kit.data} />;
}

function KitView({ kit }: { kit: Kit }) {
  return (
    <div className="kit-screen">
      <PageHeader title="Inspection-day kit" subtitle={`${kit.ready} of ${kit.needed} items ready`}>
        <ExportKit />
      </PageHeader>
      <p className="notice">{kit.guidance}</p>
      <SelfEvaluation kit={kit} />
      {kit.sections.map((s) => (
        <KitSectionTable key={s.section} section={s.section} title={s.title} items={s.items} />
      ))}
      <AddItem />
    </div>
  );
}

function SelfEvaluation({ kit }: { kit: Kit }) {
  const s = kit.selfEvaluation;
  return (
    <p className={`notice ${s ? 'notice--good' : 'notice--warn'}`}>
      {s ? (
        <>
          The self-evaluation handed over is <strong>{s.title}</strong>, version {s.version}, approved
          {s.approvedBy ? ` by ${s.approvedBy}` : ''}
          {s.approvedAt ? ` on ${formatDateTime(s.approvedAt)}` : ''}.
        </>
      ) : (
        'No self-evaluation has been approved yet, so there is none to hand over. Approve a pack to make this item ready.'
      )}
    </p>
  );
}

function KitSectionTable({ section, title, items }: { section: KitSection; title: string; items: KitItem[] }) {
  const id = useId();
  return (
    <section className="panel" aria-labelledby={`${id}-title`}>
      <h2 className="panel__title" id={`${id}-title`}>
        {title}
      </h2>
      {section === 'annex_a' && (
        <p className="field__hint">The lists themselves are child-level data: they stay in the case management system. Record here who prepares each.</p>
      )}
      <ul className="kit-list">
        {items.map((item) => (
          <KitRow key={item.key} item={item} />
        ))}
      </ul>
    </section>
  );
}

function KitRow({ item }: { item: KitItem }) {
  const update = useOpMutation('kit.updateItem').mutateAsync;
  const remove = useOpMutation('kit.removeItem').mutateAsync;
  const [errors, setErrors] = useState<Record<string, string>>({});
  const selfEvaluation = item.key === 'self-evaluation';
  const save = async (field: 'owner' | 'status' | 'note' | 'due', value: string): Promise<boolean> => {
    if (item[field] === value) return true;
    try {
      await update({ key: item.key, [field]: value });
      setErrors((e) => ({ ...e, [field]: '' }));
      return true;
    } catch (err) {
      setErrors((e) => ({ ...e, [field]: err instanceof ApiError ? (err.fields[field] ?? err.message) : messageOf(err) }));
      return false;
    }
  };
  return (
    <li className="kit-list__item" data-kit-key={item.key}>
      <div className="kit-list__head">
        <h3 className="kit-list__title">{item.title}</h3>
        <Tag tone={STATUS_TONES[item.status]}>{KIT_STATUS_LABELS[item.status]}</Tag>
      </div>
      <p className="field__hint">{item.due || 'No time set'}</p>
      <div className="form-row">
        <AutosaveText label="Who prepares it" value={item.owner} error={errors.owner} onSave={(v) => save('owner', v)} />
        {selfEvaluation ? (
          <p className="field__hint">Ready once a self-evaluation is approved.</p>
        ) : (
          <AutosaveSelect label="Status" value={item.status} options={STATUS_OPTIONS} error={errors.status} onSave={(v) => save('status', v)} />
        )}
      </div>
      <AutosaveText
        label="Note"
        hint="Who, when and where: never details of a child."
        value={item.note}
        error={errors.note}
        onSave={(v) => save('note', v)}
      />
      {item.own && (
        <button
          type="button"
          className="btn btn--secondary btn--small"
          onClick={() => void remove({ key: item.key }).catch((err) => setErrors((e) => ({ ...e, remove: messageOf(err) })))}
        >
          Remove “{item.title}”
        </button>
      )}
      <ErrorMessage>{errors.remove}</ErrorMessage>
    </li>
  );
}

function AddItem() {
  const add = useOpMutation('kit.addItem').mutateAsync;
  const id = useId();
  const [section, setSection] = useState<KitSection>('first_days');
  const [title, setTitle] = useState('');
  const [due, setDue] = useState('');
  const [error, setError] = useState<string | null>(null);
  return (
    <section className="panel" aria-labelledby={`${id}-title`}>
      <h2 className="panel__title" id={`${id}-title`}>
        Add an item of your own
      </h2>
      <form
        noValidate
        onSubmit={(e) => {
          e.preventDefault();
          setError(null);
          add({ section, title, due })
            .then(() => {
              setTitle('');
              setDue('');
            })
            .catch((err) => setError(err instanceof ApiError ? (err.fields.title ?? err.message) : messageOf(err)));
        }}
      >
        <div className="form-row">
          <Field label="Part of the kit">
            <select value={section} onChange={(e) => setSection(e.target.value as KitSection)}>
              {KIT_SECTIONS.map((s) => (
                <option key={s} value={s}>
                  {KIT_SECTION_LABELS[s]}
                </option>
              ))}
            </select>
          </Field>
          <Field label="What it is" error={error}>
            <input value={title} onChange={(e) => setTitle(e.target.value)} maxLength={300} />
          </Field>
          <Field label="When it is needed">
            <input value={due} onChange={(e) => setDue(e.target.value)} maxLength={200} />
          </Field>
        </div>
        <button type="submit" className="btn">
          Add item
        </button>
      </form>
    </section>
  );
}

function ExportKit() {
  const [written, setWritten] = useState<WrittenFile | null>(null);
  const [error, setError] = useState<string | null>(null);
  async function run() {
    setError(null);
    try {
      const target = await bridge().chooseSaveFile({
        title: 'Save the inspection-day kit',
        purpose: 'export-kit',
        defaultName: `Inspection-day kit ${todayIso()}.docx`,
        filters: [{ name: 'Word document', extensions: ['docx'] }],
      });
      if (!target) return;
      setWritten((await saving(call('kit.export', { file: target.grant }))).file);
    } catch (err) {
      setError(`The kit was not exported: ${messageOf(err)}`);
    }
  }
  return (
    <>
      <button type="button" className="btn" onClick={() => void run()}>
        Export as Word checklist…
      </button>
      {written && (
        <p className="page-header__status" role="status">
          Saved {written.name}.{' '}
          {written.canOpen && (
            <button type="button" className="btn btn--link" onClick={() => void bridge().openFile(written.opener)}>
              Open it
            </button>
          )}
        </p>
      )}
      {error && (
        <div className="page-header__error">
          <ErrorMessage>{error}</ErrorMessage>
        </div>
      )}
    </>
  );
}
