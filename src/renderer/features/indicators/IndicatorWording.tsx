// Whose words an indicator is in: the library's, this council's rewording of them (with what the library
// says beside it), or the council's own indicator. From here it is reworded, or put back in the library's
// words. A role that may not change indicators sees the buttons disabled, described by the screen's reason.
import { formatDateTime } from '../../../shared/dates';
import type { Indicator, IndicatorDefinition } from '../../../shared/indicators/definition';
import { ConfirmDialog } from '../../components/ConfirmDialog';
import { useOpMutation } from '../../data/ops';
import { RewordDialog } from './RewordDialog';
import { useIndicatorsScreen } from './store';

/**
 * Whose words an indicator is in, as a tag. In the list of indicators (`quiet`) only those not in the
 * library's words are tagged, so the few that differ stand out.
 */
export function WordingTag({ indicator, quiet = false }: { indicator: Indicator; quiet?: boolean }) {
  if (indicator.origin === 'own') return <span className="tag tag--info">Your own</span>;
  if (indicator.edited) return <span className="tag tag--info">Your wording</span>;
  return quiet ? null : <span className="tag tag--neutral">Library</span>;
}

interface IndicatorWordingProps {
  indicator: Indicator;
  /** The library's own words, for an indicator this council has reworded; null otherwise. */
  library: IndicatorDefinition | null;
  /** Why the signed-in person may not change indicators, or null when they may. */
  refusal: string | null;
  /** The id of the screen's sentence saying so (a RoleNote), which the disabled buttons are described by. */
  refusalId: string;
}

export function IndicatorWording({ indicator, library, refusal, refusalId }: IndicatorWordingProps) {
  const dialog = useIndicatorsScreen((s) => s.dialog);
  const openDialog = useIndicatorsScreen((s) => s.openDialog);
  const reset = useOpMutation('indicators.resetToLibrary').mutateAsync;
  const describedBy = refusal ? refusalId : undefined;

  return (
    <div className="indicator-wording">
      <div className="indicator-wording__status">
        <WordingTag indicator={indicator} />
        <p>{statusSentence(indicator)}</p>
      </div>
      <p className="indicator-wording__definition">{indicator.definition}</p>
      {indicator.definitionIsGuidance && (
        <p className="field__hint">
          This definition is SEF Studio’s summary and has not been checked against the publisher’s own wording: confirm it against your
          performance report, or reword it.
        </p>
      )}
      {library && <LibraryWording library={library} indicator={indicator} />}
      <div className="indicator-wording__actions">
        <button type="button" className="btn btn--secondary btn--small" disabled={!!refusal} aria-describedby={describedBy} onClick={() => openDialog({ kind: 'reword' })}>
          Reword
        </button>
        {library && (
          <button
            type="button"
            className="btn btn--secondary btn--small"
            disabled={!!refusal}
            aria-describedby={describedBy}
            onClick={() => openDialog({ kind: 'reset-wording' })}
          >
            Go back to the library’s wording
          </button>
        )}
      </div>
      <RewordDialog indicator={indicator} open={dialog?.kind === 'reword'} onClose={() => openDialog(null)} />
      {library && dialog?.kind === 'reset-wording' && (
        <ConfirmDialog
          title="Go back to the library’s wording?"
          open
          confirmLabel="Use the library’s wording"
          onCancel={() => openDialog(null)}
          onConfirm={async () => {
            await reset({ indicatorId: indicator.id });
            openDialog(null);
          }}
        >
          <p>
            Your wording of “{indicator.title}” will be replaced by the library’s, “{library.title}”. Its figures stay as they are. The
            history keeps a record of your wording.
          </p>
        </ConfirmDialog>
      )}
    </div>
  );
}

function statusSentence(indicator: Indicator): string {
  const when = indicator.updatedAt ? ` on ${formatDateTime(indicator.updatedAt)}${indicator.updatedBy ? ` by ${indicator.updatedBy}` : ''}` : '';
  if (indicator.origin === 'own') return `An indicator of your own, last changed${when || ' when it was added'}.`;
  if (indicator.edited) return `In your wording, changed${when}. The library’s wording is below.`;
  return 'In the words of SEF Studio’s indicator library.';
}

/** What the library says, for the fields this council has reworded (the rest reads the same). */
function LibraryWording({ library, indicator }: { library: IndicatorDefinition; indicator: Indicator }) {
  const differs = (
    [
      ['Title', library.title, indicator.title],
      ['Short title', library.shortTitle, indicator.shortTitle],
      ['What is counted', library.definition, indicator.definition],
      ['Decimal places', String(library.decimals), String(indicator.decimals)],
    ] as const
  ).filter(([, theirs, ours]) => theirs !== ours);
  return (
    <section className="indicator-wording__library" aria-label="The library’s wording">
      <h3>The library says</h3>
      {differs.length === 0 ? (
        <p>The same as your wording.</p>
      ) : (
        <dl>
          {differs.map(([label, words]) => (
            <div key={label}>
              <dt>{label}</dt>
              <dd>{words}</dd>
            </div>
          ))}
        </dl>
      )}
    </section>
  );
}
