// The council's own Word template for each edition: choose a .dotx or .docx, see which styles it lacks
// (SEF Studio's own are used for those), or go back to SEF Studio's styles. The file is kept in the
// database, so choosing it once is enough on every machine that opens the pack file.
import { useState } from 'react';
import type { WordTemplateInfo } from '../../../shared/api/templates';
import { formatLongDate } from '../../../shared/dates';
import { EXPORT_EDITION_LABELS, EXPORT_EDITIONS, type ExportEdition } from '../../../shared/domain';
import { ErrorMessage } from '../../components/Feedback';
import { formatBytes, listInWords } from '../../components/format';
import { bridge, messageOf } from '../../data/bridge';
import { useOp, useOpMutation } from '../../data/ops';

export function TemplatesSection() {
  const { data: templates, error, refetch } = useOp('templates.list', {});
  return (
    <section className="panel settings-grid__wide" aria-labelledby="settings-templates">
      <h2 id="settings-templates" className="panel__title">
        Word templates
      </h2>
      <p className="muted">
        Exports use SEF Studio’s own styles unless you choose the council’s Word template (.dotx or .docx) for an edition. Its styles, page
        size and margins, header and footer (with the logo in them) are then used; the protective marking and page numbers are added after
        its header and footer.
      </p>
      <ErrorMessage onRetry={() => void refetch()}>{error?.message}</ErrorMessage>
      {templates &&
        EXPORT_EDITIONS.map((edition) => (
          <EditionTemplate key={edition} edition={edition} template={templates.find((t) => t.edition === edition) ?? null} />
        ))}
    </section>
  );
}

function EditionTemplate({ edition, template }: { edition: ExportEdition; template: WordTemplateInfo | null }) {
  const set = useOpMutation('templates.set');
  const remove = useOpMutation('templates.remove');
  const [problem, setProblem] = useState<string | null>(null);
  const busy = set.isPending || remove.isPending;
  const label = EXPORT_EDITION_LABELS[edition];
  const headingId = `settings-template-${edition}`;

  const choose = async () => {
    setProblem(null);
    const [chosen] = await bridge().chooseFiles({
      title: `Choose the Word template for the ${label.toLowerCase()}`,
      purpose: 'choose-template',
      filters: [{ name: 'Word templates and documents', extensions: ['dotx', 'docx'] }],
      multiple: false,
    });
    if (!chosen) return;
    try {
      await set.mutateAsync({ edition, file: chosen.grant });
    } catch (err) {
      setProblem(messageOf(err));
    }
  };
  const goBack = async () => {
    setProblem(null);
    try {
      await remove.mutateAsync({ edition });
    } catch (err) {
      setProblem(messageOf(err));
    }
  };

  return (
    <div className="template-choice" role="group" aria-labelledby={headingId}>
      <h3 id={headingId} className="template-choice__title">
        {label}
      </h3>
      {template ? (
        <>
          <p>
            <strong>{template.fileName}</strong> ({formatBytes(template.bytes)}), chosen {formatLongDate(template.addedAt.slice(0, 10))}
            {template.addedBy ? ` by ${template.addedBy}` : ''}.
          </p>
          {template.missingStyles.length > 0 && (
            <p className="notice notice--warn">
              It has no {listInWords(template.missingStyles)} {template.missingStyles.length === 1 ? 'style' : 'styles'}, so SEF Studio’s own{' '}
              {template.missingStyles.length === 1 ? 'is' : 'are'} used for {template.missingStyles.length === 1 ? 'it' : 'them'}.
            </p>
          )}
        </>
      ) : (
        <p className="muted">SEF Studio’s own styles.</p>
      )}
      <ErrorMessage>{problem}</ErrorMessage>
      <div className="button-row">
        <button type="button" className="btn btn--secondary" onClick={() => void choose()} disabled={busy}>
          {template ? 'Choose another template…' : 'Choose template…'}
        </button>
        {template && (
          <button type="button" className="btn btn--secondary" onClick={() => void goBack()} disabled={busy}>
            Use SEF Studio’s styles
          </button>
        )}
      </div>
    </div>
  );
}
