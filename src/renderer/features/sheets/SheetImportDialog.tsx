// Importing a spreadsheet: choose the file, see how its columns are matched to SEF Studio's fields (and
// change any), see every row as it will import and each row's problem in words, then import all rows or
// none. The core holds the file's rows while the preview is open; nothing is written until "Import".
import { useId, useState } from 'react';
import type { SheetPreview } from '../../../shared/api/sheets';
import { describeProblem, SHEET_KIND_LABELS, type SheetKind, type SheetMapping } from '../../../shared/sheets';
import { capitalise } from '../../../shared/words';
import { bridge, call, messageOf } from '../../data/bridge';
import { useOpMutation } from '../../data/ops';
import { isValidIsoDate } from '../../../shared/dates';
import { DateInput } from '../../components/DateInput';
import { ErrorMessage, Loading, Notice } from '../../components/Feedback';
import { Field } from '../../components/Field';
import { Modal } from '../../components/Modal';
import { useSheetImport } from './store';
import { ScrollArea } from '../../components/ScrollArea';

const OUTCOME_WORDS: Record<SheetPreview['rows'][number]['outcome'], string> = {
  create: 'Add',
  update: 'Change',
  unchanged: 'No change',
  problem: 'Problem',
};
const PREVIEW_ROWS = 50;

export function SheetImportDialog() {
  const kind = useSheetImport((s) => s.kind);
  const packId = useSheetImport((s) => s.packId);
  const close = useSheetImport((s) => s.close);
  return (
    <Modal title={kind ? `Import ${SHEET_KIND_LABELS[kind].toLowerCase()} from a spreadsheet` : 'Import'} open={kind !== null} onClose={close} wide>
      {kind && <ImportBody key={`${kind}-${packId}`} kind={kind} packId={packId} onClose={close} />}
    </Modal>
  );
}

interface Choices {
  worksheet?: string;
  mapping?: SheetMapping;
  defaults: { source?: string; extractedOn?: string };
}

function ImportBody({ kind, packId, onClose }: { kind: SheetKind; packId: string | null; onClose(): void }) {
  const id = useId();
  const [preview, setPreview] = useState<SheetPreview | null>(null);
  const [choices, setChoices] = useState<Choices>({ defaults: {} });
  const [busy, setBusy] = useState(false);
  const [error, setError] = useState<string | null>(null);
  const [done, setDone] = useState<{ rows: number; created: number; updated: number; unchanged: number } | null>(null);
  const importSheet = useOpMutation('sheets.import').mutateAsync;

  const input = (c: Choices) => ({ kind, packId, ...(c.worksheet ? { worksheet: c.worksheet } : {}), ...(c.mapping ? { mapping: c.mapping } : {}), defaults: cleanDefaults(c.defaults) });

  async function choose() {
    setError(null);
    try {
      const [file] = await bridge().chooseFiles({
        title: `Choose the ${SHEET_KIND_LABELS[kind].toLowerCase()} spreadsheet`,
        purpose: 'import-sheet',
        filters: [{ name: 'Spreadsheets', extensions: ['xlsx', 'csv'] }],
      });
      if (!file) return;
      setBusy(true);
      const first = await call('sheets.open', { file: file.grant, ...input(choices) });
      setPreview(first);
    } catch (err) {
      setError(messageOf(err));
    } finally {
      setBusy(false);
    }
  }

  async function update(next: Choices) {
    setChoices(next);
    if (!preview) return;
    setBusy(true);
    setError(null);
    try {
      setPreview(await call('sheets.preview', { sheetId: preview.sheetId, ...input(next) }));
    } catch (err) {
      setError(messageOf(err));
    } finally {
      setBusy(false);
    }
  }

  async function run() {
    if (!preview) return;
    setBusy(true);
    setError(null);
    try {
      setDone(await importSheet({ sheetId: preview.sheetId, ...input({ ...choices, mapping: preview.mapping }) }));
    } catch (err) {
      setError(`Nothing was imported: ${messageOf(err)}`);
    } finally {
      setBusy(false);
    }
  }

  function cancel() {
    if (preview && !done) void call('sheets.close', { sheetId: preview.sheetId }).catch(() => undefined);
    onClose();
  }

  if (done)
    return (
      <>
        <Notice>
          <p>
            Imported {done.rows} {done.rows === 1 ? 'row' : 'rows'} from {preview?.fileName}: {done.created} added, {done.updated} changed, {done.unchanged} unchanged.
          </p>
        </Notice>
        <div className="modal__actions">
          <button type="button" className="btn" onClick={onClose}>
            Close
          </button>
        </div>
      </>
    );

  if (!preview)
    return (
      <>
        <p>
          Choose an Excel workbook (.xlsx) or a CSV file. SEF Studio matches its columns by their headings and shows every row before anything is imported. Dates are read
          day first (23/11/2026); Excel’s own dates are read as they are.
        </p>
        <ErrorMessage>{error}</ErrorMessage>
        {busy && <Loading what="the spreadsheet" />}
        <div className="modal__actions">
          <button type="button" className="btn btn--secondary" onClick={onClose}>
            Cancel
          </button>
          <button type="button" className="btn" onClick={() => void choose()} disabled={busy}>
            Choose a file…
          </button>
        </div>
      </>
    );

  const mapped = preview.fields.filter((f) => preview.mapping[f.id] !== null && preview.mapping[f.id] !== undefined);
  const sheetProblems = preview.problems.filter((p) => p.row === null);
  const rowProblems = preview.problems.filter((p) => p.row !== null);
  const problemsOf = (row: number) => rowProblems.filter((p) => p.row === row);
  const canImport = !preview.problems.length && preview.counts.rows > 0;

  return (
    <div className="sheet-import" aria-busy={busy}>
      <p>
        <strong>{preview.fileName}</strong>
        {preview.worksheets.length > 1 ? `, worksheet “${preview.worksheet}”` : ''}: headings on row {preview.headingRow}, {preview.counts.rows}{' '}
        {preview.counts.rows === 1 ? 'row' : 'rows'} below them.
      </p>
      <ErrorMessage>{error}</ErrorMessage>

      <div className="sheet-import__summary" role="status" aria-live="polite">
        {preview.problems.length ? (
          <p>
            <strong>Nothing can be imported yet:</strong> {preview.counts.withProblems ? `${preview.counts.withProblems} ${preview.counts.withProblems === 1 ? 'row has a problem' : 'rows have problems'}` : 'the columns need matching'}.
            Correct {preview.counts.withProblems === 1 ? 'it' : 'them'} in the spreadsheet and choose it again, or change the columns below.
          </p>
        ) : (
          <p>
            Ready: {preview.counts.create} to add, {preview.counts.update} to change, {preview.counts.unchanged} unchanged.
          </p>
        )}
      </div>

      {(sheetProblems.length > 0 || rowProblems.length > 0) && (
        <section className="sheet-import__problems" aria-labelledby={`${id}-problems`}>
          <h3 id={`${id}-problems`}>Problems</h3>
          <ul>
            {preview.problems.slice(0, 200).map((p, i) => (
              <li key={i}>{capitalise(describeProblem(p))}</li>
            ))}
          </ul>
          {preview.problems.length > 200 && <p>…and {preview.problems.length - 200} more.</p>}
        </section>
      )}

      {preview.worksheets.length > 1 && (
        <Field label="Worksheet">
          <select value={preview.worksheet} onChange={(e) => void update({ ...choices, worksheet: e.target.value, mapping: undefined })}>
            {preview.worksheets.map((w) => (
              <option key={w}>{w}</option>
            ))}
          </select>
        </Field>
      )}

      <fieldset className="sheet-import__mapping">
        <legend>Columns</legend>
        <p className="field__hint">Which column holds each field. SEF Studio remembers your choices for the next {SHEET_KIND_LABELS[kind].toLowerCase()} you import.</p>
        <div className="sheet-import__fields">
          {preview.fields.map((f) => (
            <Field key={f.id} label={`${f.label}${f.required ? ' (required)' : ''}`} hint={f.hint}>
              <select
                value={preview.mapping[f.id] ?? ''}
                onChange={(e) => {
                  const value = e.target.value === '' ? null : Number(e.target.value);
                  void update({ ...choices, mapping: { ...preview.mapping, [f.id]: value } });
                }}
              >
                <option value="">Not in the sheet</option>
                {preview.headings.map((h, i) => (
                  <option key={i} value={i}>
                    {h}
                  </option>
                ))}
              </select>
            </Field>
          ))}
        </div>
      </fieldset>

      {kind === 'indicators' && (
        <fieldset className="sheet-import__defaults">
          <legend>For rows that do not say</legend>
          <div className="form-row">
            <Field label="Source" hint="Where the figures came from, such as “LAIT, November 2026”.">
              <input type="text" maxLength={300} value={choices.defaults.source ?? ''} onChange={(e) => void update({ ...choices, defaults: { ...choices.defaults, source: e.target.value } })} />
            </Field>
            <Field label="Extracted on" hint="The date the figures were taken from their source." error={choices.defaults.extractedOn ? dateProblem(choices.defaults.extractedOn) : null}>
              <DateInput value={choices.defaults.extractedOn ?? ''} onChange={(v) => void update({ ...choices, defaults: { ...choices.defaults, extractedOn: v } })} />
            </Field>
          </div>
        </fieldset>
      )}

      {preview.rows.length > 0 && mapped.length > 0 && (
        <ScrollArea label="The rows of the sheet">
          <table className="table table--compact sheet-import__rows">
            <caption id={`${id}-rows`}>
              The rows as they will import{preview.rows.length > PREVIEW_ROWS ? ` (the first ${PREVIEW_ROWS} and any with problems)` : ''}
            </caption>
            <thead>
              <tr>
                <th scope="col">Row</th>
                <th scope="col">What happens</th>
                {mapped.map((f) => (
                  <th key={f.id} scope="col">
                    {f.label}
                  </th>
                ))}
              </tr>
            </thead>
            <tbody>
              {preview.rows
                .filter((r, i) => i < PREVIEW_ROWS || r.outcome === 'problem')
                .map((r) => (
                  <tr key={r.row} className={r.outcome === 'problem' ? 'sheet-import__row--problem' : undefined}>
                    <th scope="row">{r.row}</th>
                    <td>
                      {OUTCOME_WORDS[r.outcome]}
                      {r.outcome === 'problem' && (
                        <span className="visually-hidden">
                          : {problemsOf(r.row).map((p) => `${p.column ? `${p.column}: ` : ''}${p.message}`).join(' ')}
                        </span>
                      )}
                    </td>
                    {mapped.map((f) => (
                      <td key={f.id}>{r.values[f.id] ?? ''}</td>
                    ))}
                  </tr>
                ))}
            </tbody>
          </table>
        </ScrollArea>
      )}

      <div className="modal__actions">
        <button type="button" className="btn btn--secondary" onClick={cancel}>
          Cancel
        </button>
        <button type="button" className="btn btn--secondary" onClick={() => void choose()} disabled={busy}>
          Choose another file…
        </button>
        <button type="button" className="btn" onClick={() => void run()} disabled={!canImport || busy}>
          Import {preview.counts.rows} {preview.counts.rows === 1 ? 'row' : 'rows'}
        </button>
      </div>
    </div>
  );
}

/** What is wrong with a date typed in the box (DateInput sends the text while it is not yet a date). */
function dateProblem(value: string): string | null {
  return value === '' || isValidIsoDate(value) ? null : 'Enter a real date, like 23/11/2026';
}

function cleanDefaults(d: Choices['defaults']): { source?: string; extractedOn?: string } {
  return {
    ...(d.source?.trim() ? { source: d.source.trim() } : {}),
    ...(d.extractedOn && !dateProblem(d.extractedOn) ? { extractedOn: d.extractedOn } : {}),
  };
}
