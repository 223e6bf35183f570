// Pack details: title, period, as-at date, the baseline inspection that "last inspection" refers to, and
// two narratives (context and demographics; decisions or asks of the board). Fields save when you leave
// them; a refused value stays in the box with the reason beside it, so nothing typed is lost. The two
// narratives, left with text not saved, hold it as drafts (editor/heldDrafts.ts) as an area's do.
import { useId, useState } from 'react';
import { api, type OpInput } from '../../../shared/api';
import type { Pack } from '../../../shared/entities';
import { INSPECTION_TYPE_LABELS } from '../../../shared/domain';
import { formatLongDate } from '../../../shared/dates';
import { AutosaveText } from '../../components/AutosaveField';
import { ConflictNotice, type ConflictFields } from '../../components/ConflictNotice';
import { Field } from '../../components/Field';
import { useFocusWithin } from '../../components/useFocusWithin';
import { ApiError, messageOf } from '../../data/bridge';
import { isStaleSave, useSaveAgainst } from '../../data/saveAgainst';
import { NarrativeEditor } from '../../editor/NarrativeEditor';
import { useDocSaver } from '../../editor/useDocSaver';
import { useOp } from '../../data/ops';

/** The contract's rules for each detail: what is typed is checked by them before it is saved. */
const PACK_FIELDS = api['packs.update'].input.shape;

export function PackDetailsForm({ pack: read, readOnly }: { pack: Pack; readOnly: boolean }) {
  const id = useId();
  // While the person is in these fields, they are editing the details as they were when they came in.
  const { focused, focusProps } = useFocusWithin();
  const saver = useSaveAgainst('packs.update', read, { hold: focused });
  const pack = saver.current;
  /** Moves on when the person takes the other person's details, so every box shows theirs. */
  const [revision, setRevision] = useState(0);
  const [errors, setErrors] = useState<Partial<Record<'title' | 'period' | 'asAt' | 'baselineInspectionId', string>>>({});
  const { data: inspections, error: inspectionsQueryError } = useOp('inspections.list', {});
  const inspectionsError = inspectionsQueryError?.message ?? null;

  async function save(fields: Omit<OpInput<'packs.update'>, 'packId' | 'baseVersion'>, field: keyof typeof errors) {
    try {
      await saver.save({ packId: pack.id, ...fields });
      setErrors((e) => ({ ...e, [field]: undefined }));
    } catch (err) {
      // Refused because someone else saved first: the notice above says so, and the box keeps what was typed.
      if (isStaleSave(err)) return;
      const problem = err instanceof ApiError ? (err.fields[field] ?? err.message) : messageOf(err);
      setErrors((e) => ({ ...e, [field]: problem }));
    }
  }

  const conflictFields: ConflictFields = {
    title: { label: 'Title' },
    period: { label: 'Period' },
    asAt: { label: 'As at', show: (v) => formatLongDate(v as string) },
    baselineInspectionId: {
      label: 'Last inspection to compare with',
      show: (v) => (v ? (inspections?.find((i) => i.id === v)?.title ?? 'Another inspection') : 'No baseline inspection'),
    },
  };

  return (
    <div className="pack-details">
      <section className="panel" aria-labelledby={`${id}-about`} {...focusProps}>
        <h2 className="panel__title" id={`${id}-about`}>
          About this pack
        </h2>
        <ConflictNotice saver={saver} fields={conflictFields} afterTakeTheirs={() => setRevision((r) => r + 1)} />
        <AutosaveText
          key={`title-${revision}`}
          label="Title"
          value={pack.title}
          schema={PACK_FIELDS.title.unwrap()}
          error={errors.title}
          readOnly={readOnly}
          onSave={(title) => save({ title }, 'title')}
        />
        <div className="form-row">
          <AutosaveText
            key={`period-${revision}`}
            label="Period"
            hint="The year it covers, such as 2026–27."
            value={pack.period}
            schema={PACK_FIELDS.period.unwrap()}
            error={errors.period}
            readOnly={readOnly}
            onSave={(period) => save({ period }, 'period')}
          />
          <AutosaveText
            key={`asAt-${revision}`}
            label="As at"
            type="date"
            hint="The date the self-evaluation speaks for."
            value={pack.asAt}
            schema={PACK_FIELDS.asAt.unwrap()}
            error={errors.asAt}
            readOnly={readOnly}
            onSave={(asAt) => save({ asAt }, 'asAt')}
          />
        </div>
        <Field
          label="Last inspection to compare with"
          hint="Its grades are the “last inspection” grades, and its recommendations are the progress since then."
          error={errors.baselineInspectionId ?? inspectionsError}
        >
          <select
            value={pack.baselineInspectionId ?? ''}
            disabled={readOnly || !inspections}
            onChange={(e) => void save({ baselineInspectionId: e.target.value || null }, 'baselineInspectionId')}
          >
            <option value="">No baseline inspection</option>
            {(inspections ?? []).map((i) => (
              <option key={i.id} value={i.id}>
                {i.title} · {INSPECTION_TYPE_LABELS[i.type]} · {formatLongDate(i.startDate)}
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
  const saver = useDocSaver('packs.update', pack, { toInput: (doc) => ({ packId: pack.id, [field]: doc }), of: (p) => p[field], field });
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
        saver={saver}
        held={{ route: { name: 'overview', packId: pack.id, tab: 'details' }, where: 'Pack details', label: title }}
      />
    </section>
  );
}
