// What to look at before the document goes out, in one panel: how it is handled (sensitive evidence in a
// document marked too low, a paper marked sensitive but open to the public), things a reader may
// question (the core's checks of the options as they stand, the same `sef export` prints, and the claims
// in the text that no evidence or indicator backs), and what of the council's template cannot be used.
// The person decides: nothing here stops the export.
import { useId, type ReactNode } from 'react';
import type { ExportOptions } from '../../../shared/api';
import type { ExportFinding } from '../../../shared/api/export';
import type { ClaimFlag } from '../../../shared/claims/flag';
import { useOp } from '../../data/ops';
import { ClaimFlags } from '../claims/ClaimFlags';

const GROUPS_STYLE = { listStyle: 'none', paddingLeft: 0, margin: 0 } as const;

/** How many claims the panel lists before pointing to the pack's readiness for the rest. */
const CLAIMS_SHOWN = 5;

function Findings({ findings }: { findings: ExportFinding[] }) {
  return (
    <ul>
      {findings.map((f, i) => (
        <li key={`${f.code}-${i}`}>{f.message}</li>
      ))}
    </ul>
  );
}

function Group({ title, children }: { title: string; children: ReactNode }) {
  return (
    <li className="export-checks__group">
      <h4>{title}</h4>
      {children}
    </li>
  );
}

export function ExportChecks({ packId, options, onFollow }: { packId: string; options: ExportOptions; onFollow(): void }) {
  const id = useId();
  const checks = useOp('export.check', { packId, options }, { keepPrevious: true });
  const flags: ClaimFlag[] = useOp('readiness.get', { packId }).data?.flags ?? [];
  const data = checks.data;
  const handling = data?.handling ?? [];
  const questions = data?.questions ?? [];
  const template = data?.template ?? [];
  const count = handling.length + questions.length + template.length + flags.length;
  return (
    <section
      className={`export-flags notice${handling.length || flags.length ? ' notice--warn' : ''}`}
      aria-labelledby={`${id}-title`}
      aria-live="polite"
    >
      <h3 id={`${id}-title`}>Before you send it</h3>
      {checks.error && <p className="muted">The checks before sending could not run: {checks.error.message}</p>}
      {data && !count && <p>Nothing to look at: the marking suits the evidence, and no claim or date is open to question.</p>}
      {count > 0 && (
        // A list of groups: the group's heading stands in for a bullet.
        <ul className="export-checks" style={GROUPS_STYLE}>
          {handling.length > 0 && (
            <Group title="How it is handled">
              <Findings findings={handling} />
            </Group>
          )}
          {(questions.length > 0 || flags.length > 0) && (
            <Group title="Things a reader may question">
              {questions.length > 0 && <Findings findings={questions} />}
              {flags.length > 0 && (
                <>
                  <p>
                    {flags.length} {flags.length === 1 ? 'claim' : 'claims'} in the text:
                  </p>
                  <ClaimFlags packId={packId} flags={flags} limit={CLAIMS_SHOWN} onFollow={onFollow} />
                </>
              )}
            </Group>
          )}
          {template.length > 0 && (
            <Group title="The council’s Word template">
              <Findings findings={template} />
            </Group>
          )}
        </ul>
      )}
    </section>
  );
}
