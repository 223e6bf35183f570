// The board paper's words, field by field, saved as you leave each one: for one pack (its own words over
// the council's defaults and the generated ones) or as the council's defaults in Settings. Rich-text
// sections are edited as plain paragraphs, one a line, as `sef board-paper` takes them.
import { z } from 'zod';
import {
  BOARD_PAPER_FIELD_LABELS,
  BOARD_PAPER_TEXT_FIELDS,
  BoardPaperFieldsSchema,
  PUBLICATION_LABELS,
  PUBLICATIONS,
  SCHEDULE_12A_NUMBERS,
  SCHEDULE_12A_PARAGRAPHS,
  type BoardPaperField,
  type BoardPaperFields as Fields,
  type BoardPaperSource,
  type Publication,
} from '../../../shared/board-paper';
import { docFromText, docToPlainText, type RichDoc } from '../../../shared/richtext';
import { AutosaveSelect, AutosaveText } from '../../components/AutosaveField';

const SOURCE_WORDS: Record<BoardPaperSource, string> = {
  pack: 'This pack’s own words.',
  settings: 'The council’s default, from Settings.',
  generated: 'Written by SEF Studio from the pack.',
};

const TITLE_BLOCK = ['committee', 'meetingDate', 'reportOf', 'leadMember', 'wardsAffected'] as const satisfies readonly BoardPaperField[];
const CLOSING = ['contactOfficer', 'backgroundPapers'] as const satisfies readonly BoardPaperField[];
const TextSchema = z.string().max(20_000, 'Keep this under 20,000 characters');
const isText = (f: BoardPaperField): f is (typeof BOARD_PAPER_TEXT_FIELDS)[number] => (BOARD_PAPER_TEXT_FIELDS as readonly string[]).includes(f);

export interface BoardPaperFieldsProps {
  /** What each field holds now (for defaults: only those that have one). */
  values: Partial<Fields>;
  /** Where each value comes from, for a pack's paper; none for the defaults. */
  sources?: Partial<Record<BoardPaperField, BoardPaperSource>>;
  /** Saves a field; null gives it back (to the default, or to generated words). */
  onSave(field: BoardPaperField, value: Fields[BoardPaperField] | null): Promise<unknown>;
  /** A field's message when the core refused it. */
  errors: Partial<Record<BoardPaperField, string>>;
  disabled?: boolean;
}

export function BoardPaperFields({ values, sources, onSave, errors, disabled }: BoardPaperFieldsProps) {
  const hint = (f: BoardPaperField, more?: string) => [more, sources?.[f] ? SOURCE_WORDS[sources[f]!] : undefined].filter(Boolean).join(' ') || undefined;
  const textValue = (f: BoardPaperField) => {
    const v = values[f];
    if (v === undefined || v === null) return '';
    return typeof v === 'object' ? docToPlainText(v as RichDoc) : String(v);
  };
  const saveText = (f: BoardPaperField) => (typed: string) => {
    const blank = typed.trim() === '';
    return onSave(f, blank ? null : isText(f) ? docFromText(typed) : typed);
  };
  const common = (f: BoardPaperField) => ({ label: BOARD_PAPER_FIELD_LABELS[f], error: errors[f] ?? null, disabled });

  return (
    <div className="board-paper-fields">
      <fieldset className="choice-group">
        <legend>Title block</legend>
        {TITLE_BLOCK.map((f) =>
          f === 'meetingDate' ? (
            <AutosaveText
              key={f}
              {...common(f)}
              type="date"
              hint={hint(f)}
              value={textValue(f)}
              schema={BoardPaperFieldsSchema.shape.meetingDate}
              onSave={(v) => onSave(f, v)}
            />
          ) : (
            <AutosaveText key={f} {...common(f)} hint={hint(f)} value={textValue(f)} schema={BoardPaperFieldsSchema.shape[f]} onSave={saveText(f)} />
          ),
        )}
        <AutosaveSelect<'' | 'yes' | 'no'>
          {...common('keyDecision')}
          hint={hint('keyDecision')}
          value={values.keyDecision === undefined ? '' : values.keyDecision ? 'yes' : 'no'}
          options={[
            ...(sources ? [] : [{ value: '' as const, label: 'No default' }]),
            { value: 'no', label: 'No' },
            { value: 'yes', label: 'Yes' },
          ]}
          onSave={(v) => onSave('keyDecision', v === '' ? null : v === 'yes')}
        />
        <AutosaveSelect<Publication | ''>
          {...common('publication')}
          hint={hint('publication', 'Usually open. A paper marked OFFICIAL-SENSITIVE is not for publication, and names the paragraph of Schedule 12A it relies on.')}
          value={values.publication ?? ''}
          options={[...(sources ? [] : [{ value: '' as const, label: 'No default' }]), ...PUBLICATIONS.map((p) => ({ value: p, label: PUBLICATION_LABELS[p] }))]}
          onSave={(v) => onSave('publication', v === '' ? null : v)}
        />
        <AutosaveSelect<string>
          {...common('exemptParagraph')}
          hint={hint('exemptParagraph', 'The paragraph of Part 1 of Schedule 12A to the Local Government Act 1972 an exempt paper relies on.')}
          value={values.exemptParagraph ? String(values.exemptParagraph) : ''}
          options={[
            { value: '', label: 'Not chosen' },
            ...SCHEDULE_12A_NUMBERS.map((n) => ({ value: String(n), label: `${n}: ${SCHEDULE_12A_PARAGRAPHS[n]}` })),
          ]}
          onSave={(v) => onSave('exemptParagraph', v === '' ? null : Number(v))}
        />
        <AutosaveText {...common('publicInterest')} multiline rows={3} hint={hint('publicInterest')} value={textValue('publicInterest')} schema={BoardPaperFieldsSchema.shape.publicInterest} onSave={saveText('publicInterest')} />
      </fieldset>
      <fieldset className="choice-group">
        <legend>Sections</legend>
        {BOARD_PAPER_TEXT_FIELDS.map((f) => (
          <AutosaveText key={f} {...common(f)} multiline rows={4} hint={hint(f, 'Each line is a paragraph. Leave it empty for the default words.')} value={textValue(f)} schema={TextSchema} onSave={saveText(f)} />
        ))}
        {CLOSING.map((f) => (
          <AutosaveText key={f} {...common(f)} multiline rows={3} hint={hint(f)} value={textValue(f)} schema={BoardPaperFieldsSchema.shape[f]} onSave={saveText(f)} />
        ))}
      </fieldset>
    </div>
  );
}
