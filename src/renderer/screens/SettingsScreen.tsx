// Settings: who we are (organisation, logo, default marking), who you are (recorded against every
// change), and the database itself (where it is, check it, back it up).
import { useEffect } from 'react';
import { useShallow } from 'zustand/react/shallow';
import { MARKING_LABELS, type Marking } from '../../shared/domain';
import { bridge } from '../api';
import { AutosaveSelect, AutosaveText, optionsOf } from '../components/AutosaveField';
import { ErrorMessage, Loading } from '../components/Feedback';
import { PageHeader } from '../components/PageHeader';
import { useSettings } from '../stores/settings';

const MARKING_OPTIONS = optionsOf(MARKING_LABELS);

export function SettingsScreen() {
  const { settings, loading, error, fieldErrors } = useSettings(
    useShallow((s) => ({ settings: s.settings, loading: s.loading, error: s.error, fieldErrors: s.fieldErrors })),
  );
  const load = useSettings((s) => s.load);
  const save = useSettings((s) => s.save);

  useEffect(() => {
    void load();
  }, [load]);

  if (!settings) {
    return (
      <>
        <PageHeader title="Settings" />
        {loading ? <Loading what="settings" /> : <ErrorMessage onRetry={() => void load()}>{error ?? 'Settings could not be read.'}</ErrorMessage>}
      </>
    );
  }

  return (
    <div className="settings-screen">
      <PageHeader title="Settings" subtitle="Changes save as soon as you leave a field." />
      <div className="settings-grid">
        <section className="panel" aria-labelledby="settings-you">
          <h2 id="settings-you" className="panel__title">
            You
          </h2>
          <AutosaveText
            label="Your name"
            hint="Recorded in the history against every change you make, so colleagues can see who changed what. Use the name they know you by."
            value={settings.displayName}
            error={fieldErrors.displayName || null}
            autoComplete="name"
            onSave={(v) => save('displayName', v)}
          />
          {!settings.displayName.trim() && (
            <p className="notice notice--warn">Until you enter your name, changes are recorded as made by “Unknown user”.</p>
          )}
        </section>

        <section className="panel" aria-labelledby="settings-org">
          <h2 id="settings-org" className="panel__title">
            Your organisation
          </h2>
          <AutosaveText
            label="Organisation name"
            hint="Printed on the cover and in the header of exported packs."
            value={settings.organisationName}
            error={fieldErrors.organisationName || null}
            autoComplete="organization"
            onSave={(v) => save('organisationName', v)}
          />
          <AutosaveSelect<Marking>
            label="Default protective marking"
            hint="Printed at the top and bottom of every page of an export. You can change it for each export."
            value={settings.defaultMarking}
            options={MARKING_OPTIONS}
            error={fieldErrors.defaultMarking || null}
            onSave={(v) => save('defaultMarking', v)}
          />
        </section>

        <LogoSection organisationName={settings.organisationName} />
        <DatabaseSection />
      </div>
    </div>
  );
}

function LogoSection({ organisationName }: { organisationName: string }) {
  const { logoUrl, logoError, logoBusy } = useSettings(useShallow((s) => ({ logoUrl: s.logoUrl, logoError: s.logoError, logoBusy: s.logoBusy })));
  const chooseLogo = useSettings((s) => s.chooseLogo);
  const removeLogo = useSettings((s) => s.removeLogo);
  return (
    <section className="panel" aria-labelledby="settings-logo">
      <h2 id="settings-logo" className="panel__title">
        Logo
      </h2>
      <p className="muted">Shown on the cover of exported packs. Use a PNG or JPEG file.</p>
      <div className="logo-preview">
        {logoUrl ? (
          <img src={logoUrl} alt={organisationName ? `Logo of ${organisationName}` : 'Your organisation’s logo'} />
        ) : (
          <p className="muted">No logo chosen.</p>
        )}
      </div>
      <ErrorMessage>{logoError}</ErrorMessage>
      <div className="button-row">
        <button type="button" className="btn btn--secondary" onClick={() => void chooseLogo()} disabled={logoBusy}>
          {logoUrl ? 'Choose another logo…' : 'Choose logo…'}
        </button>
        {logoUrl && (
          <button type="button" className="btn btn--secondary" onClick={() => void removeLogo()} disabled={logoBusy}>
            Remove logo
          </button>
        )}
      </div>
    </section>
  );
}

function DatabaseSection() {
  const { info, check, backup } = useSettings(useShallow((s) => ({ info: s.info, check: s.check, backup: s.backup })));
  const checkDatabase = useSettings((s) => s.checkDatabase);
  const backUp = useSettings((s) => s.backUp);
  return (
    <section className="panel settings-grid__wide" aria-labelledby="settings-db">
      <h2 id="settings-db" className="panel__title">
        Database
      </h2>
      <p className="muted">Everything, attached files included, is kept in this one file. Copy it and you have a backup.</p>
      {info && (
        <dl className="facts">
          <div>
            <dt>File</dt>
            <dd className="facts__path">{info.databasePath}</dd>
          </div>
          <div>
            <dt>Schema version</dt>
            <dd>{info.schemaVersion}</dd>
          </div>
          <div>
            <dt>SEF Studio version</dt>
            <dd>{info.appVersion}</dd>
          </div>
        </dl>
      )}
      <div className="button-row">
        <button type="button" className="btn btn--secondary" onClick={() => void checkDatabase()} disabled={check.busy}>
          {check.busy ? 'Checking…' : 'Check the database'}
        </button>
        <button type="button" className="btn btn--secondary" onClick={() => void backUp()} disabled={backup.busy}>
          {backup.busy ? 'Backing up…' : 'Back up…'}
        </button>
      </div>
      <div role="status" aria-live="polite" className="settings-results">
        {check.result &&
          (check.result.ok ? (
            <p className="notice notice--good">
              The database is in good order. Its structure, links and stored files all checked out (schema version {check.result.schemaVersion}).
            </p>
          ) : (
            <div className="notice notice--error">
              <p>The check found {check.result.messages.length === 1 ? 'a problem' : `${check.result.messages.length} problems`}. Make a backup before changing anything, then contact your IT service desk with these details:</p>
              <ul>
                {check.result.messages.map((m, i) => (
                  <li key={i}>{m}</li>
                ))}
              </ul>
            </div>
          ))}
        {backup.message && (
          <div className="notice notice--good">
            <p>{backup.message}</p>
            {backup.file && (
              <button type="button" className="btn btn--link" onClick={() => void bridge().showFileInFolder(backup.file!.opener)}>
                Show in folder
              </button>
            )}
          </div>
        )}
      </div>
      <ErrorMessage>{check.error && `The check could not run: ${check.error}`}</ErrorMessage>
      <ErrorMessage>{backup.error && `The backup was not made: ${backup.error}`}</ErrorMessage>
    </section>
  );
}
