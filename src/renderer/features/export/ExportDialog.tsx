// Export the Word pack: choose the edition and options, choose where to save, watch it being written,
// then open the document or show it in its folder. Errors stay in the dialog with the options kept.
import type { ChosenFile, WrittenFile } from '../../../shared/files';
import { useId, useState } from 'react';
import type { ExportOptions } from '../../../shared/api';
import { EXPORT_EDITION_LABELS, MARKINGS, MARKING_LABELS, type ExportEdition, type Marking } from '../../../shared/domain';
import type { Pack, Settings } from '../../../shared/entities';
import { ApiError, bridge, call, messageOf } from '../../data/bridge';
import { useOp } from '../../data/ops';
import { formatBytes } from '../../components/format';
import { usePackDetail } from '../packs/data';
import { Choice } from '../../components/Choice';
import { ErrorMessage, Loading, Notice } from '../../components/Feedback';
import { Field } from '../../components/Field';
import { Modal } from '../../components/Modal';
import { safeFileName } from '../packs/period';
import { ExportChecks } from './ExportChecks';
import { useExportDialog } from './store';

const EDITION_HINTS: Record<ExportEdition, string> = {
  self_evaluation: "The full self-evaluation for Ofsted's annual engagement meeting or an inspection.",
  board: 'A short paper for an improvement board, scrutiny committee or lead member.',
};

const POINTS_CHOICES = ['3', '5', 'all'] as const;
type PointsChoice = (typeof POINTS_CHOICES)[number];

export function defaultFileName(organisationName: string, edition: ExportEdition, period: string): string {
  const what = edition === 'board' ? 'board paper' : 'self-evaluation';
  const org = organisationName.trim();
  return `${safeFileName(`${org ? `${org} ` : ''}${what} ${period}`)}.docx`;
}

export function ExportDialog() {
  const packId = useExportDialog((s) => s.packId);
  const close = useExportDialog((s) => s.close);
  return (
    <Modal title="Export Word pack" open={packId !== null} onClose={close} wide>
      {packId && <ExportLoader key={packId} packId={packId} onClose={close} />}
    </Modal>
  );
}

/** The options start from the pack and the settings (the default marking), so the form waits for both. */
function ExportLoader({ packId, onClose }: { packId: string; onClose(): void }) {
  const detail = usePackDetail(packId);
  const settings = useOp('settings.get', {});
  const error = detail.error ?? settings.error;
  if (error) return <ErrorMessage>{error.message}</ErrorMessage>;
  if (!detail.data || !settings.data) return <Loading what="the pack" />;
  return <ExportBody pack={detail.data.pack} settings={settings.data} onClose={onClose} />;
}

type Phase =
  | { name: 'options' }
  | { name: 'writing'; fileName: string; jobId: string }
  | { name: 'done'; file: WrittenFile; bytes: number; withheld: number };

function ExportBody({ pack, settings, onClose }: { pack: Pack; settings: Settings; onClose(): void }) {
  const id = useId();
  const organisationName = settings.organisationName;
  const [edition, setEdition] = useState<ExportEdition>('self_evaluation');
  const [marking, setMarking] = useState<Marking>(settings.defaultMarking);
  const [withholdSensitive, setWithholdSensitive] = useState(false);
  const [includeActionPlan, setIncludeActionPlan] = useState(true);
  const [includeEvidenceIndex, setIncludeEvidenceIndex] = useState(true);
  const [includeProgress, setIncludeProgress] = useState(true);
  const [points, setPoints] = useState<PointsChoice>('3');
  const [exemptSchedule12A, setExempt] = useState(false);
  const [meeting, setMeeting] = useState('');
  const [includeCharts, setIncludeCharts] = useState(true);
  // Approved documents are usually final; drafts are marked as such on the cover by the export.
  const [documentVersion, setVersion] = useState(pack.status === 'approved' ? '1.0' : '');
  const [phase, setPhase] = useState<Phase>({ name: 'options' });
  const [notice, setNotice] = useState<string | null>(null);
  const [error, setError] = useState<string | null>(null);

  const options: ExportOptions = {
    edition,
    marking,
    withholdSensitive,
    includeActionPlan,
    includeEvidenceIndex: edition === 'self_evaluation' ? includeEvidenceIndex : false,
    includeProgress: edition === 'self_evaluation' ? includeProgress : true,
    exemptSchedule12A: edition === 'board' ? exemptSchedule12A : false,
    meeting: edition === 'board' ? meeting.trim() : '',
    pointsPerArea: points === 'all' ? 'all' : Number(points),
    includeCharts: edition === 'board' ? includeCharts : true,
    documentVersion: documentVersion.trim(),
  };

  async function run(e: React.FormEvent) {
    e.preventDefault();
    setError(null);
    setNotice(null);
    let target: ChosenFile | null;
    try {
      target = await bridge().chooseSaveFile({
        title: 'Save the Word pack',
        purpose: 'export-word',
        defaultName: defaultFileName(organisationName, edition, pack.period),
        filters: [{ name: 'Word document', extensions: ['docx'] }],
      });
    } catch (err) {
      setError(messageOf(err));
      return;
    }
    if (!target) return;
    const jobId = crypto.randomUUID();
    setPhase({ name: 'writing', fileName: target.name, jobId });
    try {
      const result = await call('export.word', { packId: pack.id, file: target.grant, options, jobId });
      setPhase({ name: 'done', file: result.file, bytes: result.bytes, withheld: result.withheldCount });
    } catch (err) {
      setPhase({ name: 'options' });
      // A cancel the person asked for is not an error: say so calmly, with the options kept.
      setError(err instanceof ApiError && err.code === 'cancelled' ? null : `The document was not written: ${messageOf(err)}`);
      setNotice(err instanceof ApiError && err.code === 'cancelled' ? 'Export cancelled. Nothing was written.' : null);
    }
  }

  async function cancel(jobId: string) {
    try {
      await call('jobs.cancel', { jobId });
    } catch (err) {
      setError(`The export could not be cancelled: ${messageOf(err)}`);
    }
  }

  if (phase.name === 'writing')
    return (
      <div className="export-progress" role="status" aria-live="polite">
        <p>
          Writing <strong>{phase.fileName}</strong>…
        </p>
        <progress className="export-progress__bar" aria-label="Writing the Word document" />
        <p className="muted">Nothing is saved at that place until the whole document is ready.</p>
        <button type="button" className="btn btn--secondary" onClick={() => void cancel(phase.jobId)}>
          Cancel export
        </button>
      </div>
    );

  if (phase.name === 'done') return <ExportDone phase={phase} onClose={onClose} />;

  return (
    <form onSubmit={run} noValidate className="export-form">
      <ErrorMessage>{error}</ErrorMessage>
      {notice && <Notice>{notice}</Notice>}
      <p className="muted">
        {pack.title} ·{' '}
        {pack.status === 'approved' ? `approved by ${pack.approvedBy ?? 'a director'}` : 'draft, not yet approved'}
      </p>
      <fieldset className="choice-group">
        <legend>Edition</legend>
        {(['self_evaluation', 'board'] as const).map((value) => (
          <Choice
            key={value}
            type="radio"
            name={`${id}-edition`}
            value={value}
            checked={edition === value}
            onChange={() => setEdition(value)}
            label={EXPORT_EDITION_LABELS[value]}
            hint={EDITION_HINTS[value]}
          />
        ))}
      </fieldset>

      <div className="form-row">
        <Field label="Protective marking" hint="Printed in every header and footer.">
          <select value={marking} onChange={(e) => setMarking(e.target.value as Marking)}>
            {MARKINGS.map((m) => (
              <option key={m} value={m}>
                {MARKING_LABELS[m]}
              </option>
            ))}
          </select>
        </Field>
        <Field label="Version" hint="Printed on the cover, such as 1.0 or Draft 3.">
          <input type="text" value={documentVersion} maxLength={40} onChange={(e) => setVersion(e.target.value)} />
        </Field>
      </div>

      <fieldset className="choice-group">
        <legend>What to include</legend>
        <Check
          checked={withholdSensitive}
          onChange={setWithholdSensitive}
          label="Leave out evidence marked OFFICIAL-SENSITIVE or personal data"
          hint="Left out of every table; where the text cites one, it reads “[withheld]”."
        />
        <Check checked={includeActionPlan} onChange={setIncludeActionPlan} label="Include the action plan" />
        {edition === 'self_evaluation' && (
          <>
            <Check checked={includeEvidenceIndex} onChange={setIncludeEvidenceIndex} label="Include the evidence index" />
            <Check
              checked={includeProgress}
              onChange={setIncludeProgress}
              label="Include progress since the last inspection"
              hint="The improvement plan’s progress since the inspection, overdue actions included."
            />
          </>
        )}
      </fieldset>

      {edition === 'board' && (
        <fieldset className="choice-group">
          <legend>Board paper</legend>
          <Check
            checked={exemptSchedule12A}
            onChange={setExempt}
            label="Exempt from publication under Schedule 12A"
            hint="Marks it as a not-for-publication (Part B) paper under the Local Government Act 1972."
          />
          <Field label="Meeting" hint="For example: Improvement Board, 8 December 2026.">
            <input type="text" value={meeting} maxLength={300} onChange={(e) => setMeeting(e.target.value)} />
          </Field>
          <Field
            label="Strengths and areas for development for each area"
            hint="When the paper gives fewer than an area records, it says how many there are. All of them are in the self-evaluation."
          >
            <select value={points} onChange={(e) => setPoints(e.target.value as PointsChoice)}>
              {POINTS_CHOICES.map((p) => (
                <option key={p} value={p}>
                  {p === 'all' ? 'All of them' : `Up to ${p}`}
                </option>
              ))}
            </select>
          </Field>
          <Check
            checked={includeCharts}
            onChange={setIncludeCharts}
            label="Charts of the indicators needing attention, as an appendix"
            hint="Those worse than England, the region, statistical neighbours or the period before. Every figure is in the report’s table either way."
          />
        </fieldset>
      )}

      <ExportChecks packId={pack.id} options={options} onFollow={onClose} />

      <div className="picker__actions">
        <button type="button" className="btn btn--secondary" onClick={onClose}>
          Cancel
        </button>
        <button type="submit" className="btn">
          Choose where to save…
        </button>
      </div>
    </form>
  );
}

function Check({
  checked,
  onChange,
  label,
  hint,
}: {
  checked: boolean;
  onChange(v: boolean): void;
  label: string;
  hint?: string;
}) {
  return <Choice type="checkbox" checked={checked} onChange={onChange} label={label} hint={hint} />;
}

function ExportDone({ phase, onClose }: { phase: Extract<Phase, { name: 'done' }>; onClose(): void }) {
  const [error, setError] = useState<string | null>(null);
  const open = (what: 'open' | 'reveal') => {
    setError(null);
    const host = bridge();
    const work = what === 'open' ? host.openFile(phase.file.opener) : host.showFileInFolder(phase.file.opener);
    work.catch((err) => setError(messageOf(err)));
  };
  return (
    <div className="export-done">
      <p role="status">
        Saved <strong>{phase.file.name}</strong> ({formatBytes(phase.bytes)}).
        {phase.withheld > 0 &&
          ` ${phase.withheld} evidence ${phase.withheld === 1 ? 'item was' : 'items were'} withheld.`}
      </p>
      <p className="muted export-done__path">{phase.file.location}</p>
      <ErrorMessage>{error}</ErrorMessage>
      <div className="picker__actions">
        <button type="button" className="btn btn--secondary" onClick={onClose}>
          Close
        </button>
        <button type="button" className="btn btn--secondary" onClick={() => open('reveal')}>
          Show in folder
        </button>
        <button type="button" className="btn" autoFocus onClick={() => open('open')}>
          Open document
        </button>
      </div>
    </div>
  );
}
