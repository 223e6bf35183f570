// Pack details: title, period, as-at date, the baseline inspection that "last inspection" refers to, and
// two narratives (context and demographics; decisions or asks of the board). Fields save when you leave
// them; a refused value stays in the box with the reason beside it, so nothing typed is lost.
import { useId, useState } from 'react';
import type { Pack } from '../../../shared/entities';
import { INSPECTION_TYPE_LABELS } from '../../../shared/domain';
import { formatShortDate } from '../../../shared/dates';
import type { RichDoc } from '../../../shared/richtext';
import { DateInput, dateProblem } from '../../components/DateInput';
import { Field } from '../../components/Field';
import { problemOf } from '../../components/problems';
import { NarrativeEditor } from '../../editor/NarrativeEditor';
import { useOp, useOpMutation } from '../../data/ops';

type TextField = 'title' | 'period' | 'asAt';

export function PackDetailsForm({ pack, readOnly }: { pack: Pack; readOnly: boolean }) {
  const update = useOpMutation('packs.update').mutateAsync;
  const id = useId();
  const [values, setValues] = useState<Record<TextField, string>>({
    title: pack.title,
    period: pack.period,
    asAt: pack.asAt,
  });
  const [errors, setErrors] = useState<Partial<Record<TextField | 'baselineInspectionId', string>>>({});
  const { data: inspections, error: inspectionsQueryError } = useOp('inspections.list', {});
  const inspectionsError = inspectionsQueryError?.message ?? null;

  async function saveField(field: TextField) {
    const value = values[field];
    if (value === pack[field]) return;
    const missing = {
      title: 'Enter a title',
      period: 'Enter the period, such as 2026–27',
      asAt: 'Enter the as-at date',
    }[field];
    if (!value.trim()) {
      setErrors((e) => ({
        ...e,
        [field]: `${missing}. The pack keeps its saved ${field === 'asAt' ? 'date' : field} until you do.`,
      }));
      return;
    }
    const wrongDate = field === 'asAt' ? dateProblem(value) : null;
    if (wrongDate) {
      setErrors((e) => ({ ...e, asAt: `${wrongDate}. The pack keeps its saved date until you do.` }));
      return;
    }
    try {
      await update({ packId: pack.id, [field]: value });
      setErrors((e) => ({ ...e, [field]: undefined }));
    } catch (err) {
      const problem = problemOf(err);
      setErrors((e) => ({ ...e, [field]: problem.fields[field] ?? problem.message }));
    }
  }

  async function saveBaseline(value: string) {
    try {
      await update({ packId: pack.id, baselineInspectionId: value || null });
      setErrors((e) => ({ ...e, baselineInspectionId: undefined }));
    } catch (err) {
      setErrors((e) => ({ ...e, baselineInspectionId: problemOf(err).message }));
    }
  }

  const text = (field: TextField, label: string, type: 'text' | 'date', hint?: string) => (
    <Field label={label} hint={hint} error={errors[field]}>
      {type === 'date' ? (
        <DateInput
          value={values[field]}
          readOnly={readOnly}
          onChange={(value) => setValues((v) => ({ ...v, [field]: value }))}
          onBlur={() => !readOnly && void saveField(field)}
        />
      ) : (
        <input
          type="text"
          value={values[field]}
          readOnly={readOnly}
          onChange={(e) => setValues((v) => ({ ...v, [field]: e.target.value }))}
          onBlur={() => !readOnly && void saveField(field)}
        />
      )}
    </Field>
  );

  return (
    <div className="pack-details">
      <section className="panel" aria-labelledby={`${id}-about`}>
        <h2 className="panel__title" id={`${id}-about`}>
          About this pack
        </h2>
        {text('title', 'Title', 'text')}
        <div className="form-row">
          {text('period', 'Period', 'text', 'The year it covers, such as 2026–27.')}
          {text('asAt', 'As at', 'date', 'The date the self-evaluation speaks for.')}
        </div>
        <Field
          label="Last inspection to compare with"
          hint="Its grades are the “last inspection” grades, and its recommendations are the progress since then."
          error={errors.baselineInspectionId ?? inspectionsError}
        >
          <select
            value={pack.baselineInspectionId ?? ''}
            disabled={readOnly || !inspections}
            onChange={(e) => void saveBaseline(e.target.value)}
          >
            <option value="">No baseline inspection</option>
            {(inspections ?? []).map((i) => (
              <option key={i.id} value={i.id}>
                {i.title} · {INSPECTION_TYPE_LABELS[i.type]} · {formatShortDate(i.startDate)}
              </option>
            ))}
          </select>
        </Field>
        <p className="muted">Framework: {pack.frameworkTitle}. A pack keeps the framework it was created with.</p>
      </section>

      <PackNarrative
        pack={pack}
        field="context"
        title="Context and demographics"
        hint="The local picture before the judgement areas: population, demand, workforce, changes since last year."
        readOnly={readOnly}
      />
      <PackNarrative
        pack={pack}
        field="boardAsks"
        title="Decisions or asks of the board"
        hint="For the board paper: what you want the board to note, agree or do."
        readOnly={readOnly}
      />
    </div>
  );
}

function PackNarrative({
  pack,
  field,
  title,
  hint,
  readOnly,
}: {
  pack: Pack;
  field: 'context' | 'boardAsks';
  title: string;
  hint: string;
  readOnly: boolean;
}) {
  const id = useId();
  const update = useOpMutation('packs.update').mutateAsync;
  return (
    <section className="panel" aria-labelledby={`${id}-title`}>
      <h2 className="panel__title" id={`${id}-title`}>
        {title}
      </h2>
      <p className="field__hint" id={`${id}-hint`}>
        {hint}
      </p>
      <NarrativeEditor
        key={`${pack.id}-${field}`}
        labelledBy={`${id}-title`}
        describedBy={`${id}-hint`}
        label={title}
        initialDoc={pack[field]}
        readOnly={readOnly}
        save={async (doc: RichDoc) => {
          await update({ packId: pack.id, [field]: doc });
        }}
      />
    </section>
  );
}
