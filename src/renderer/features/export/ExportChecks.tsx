// What to look at before the document goes out, worked out by the core from the options as they stand
// (the same checks `sef export` prints): how it is handled (sensitive evidence in a document marked too
// low, a paper marked sensitive but open to the public), things a reader may question, and what of the
// council's template cannot be used. The person decides: nothing here stops the export.
import type { ExportOptions } from '../../../shared/api';
import type { ExportFinding } from '../../../shared/api/export';
import { useOp } from '../../data/ops';

function Findings({ title, findings, warn }: { title: string; findings: ExportFinding[]; warn?: boolean }) {
  if (!findings.length) return null;
  return (
    <div className={warn ? 'notice notice--warn' : 'notice'}>
      <p>
        <strong>{title}</strong>
      </p>
      <ul>
        {findings.map((f, i) => (
          <li key={`${f.code}-${i}`}>{f.message}</li>
        ))}
      </ul>
    </div>
  );
}

export function ExportChecks({ packId, options }: { packId: string; options: ExportOptions }) {
  const { data, error } = useOp('export.check', { packId, options }, { keepPrevious: true });
  return (
    <section className="export-checks" aria-label="Before you send it" aria-live="polite">
      {error && <p className="muted">The checks before sending could not run: {error.message}</p>}
      {data && (
        <>
          <Findings title="Before you send it" findings={data.handling} warn />
          <Findings title="Things a reader may question" findings={data.questions} />
          <Findings title="The council’s Word template" findings={data.template} />
        </>
      )}
    </section>
  );
}
