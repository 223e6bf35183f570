// Settings: who we are (organisation, logo, default marking), who you are (recorded against every
// change), the council's Word templates, and the database itself (where it is, check it, back it up).
import { useState } from 'react';
import { api, type OpOutput } from '../../../shared/api';
import { MARKING_LABELS, type Marking } from '../../../shared/domain';
import type { WrittenFile } from '../../../shared/files';
import { AutosaveSelect, AutosaveText, optionsOf } from '../../components/AutosaveField';
import { ErrorMessage, Loading } from '../../components/Feedback';
import { PageHeader } from '../../components/PageHeader';
import { bridge, messageOf } from '../../data/bridge';
import { useOp, useOpMutation } from '../../data/ops';
import { useLogoUrl, useSaveSetting } from './data';
import { BoardPaperDefaults } from '../board-paper/BoardPaperDefaults';
import { TemplatesSection } from './TemplatesSection';

const MARKING_OPTIONS = optionsOf(MARKING_LABELS);
/** The contract's rules for each setting: what is typed is checked by them before it is saved. */
const SETTINGS_FIELDS = api['settings.update'].input.shape;

export function SettingsScreen() {
  const { data: settings, isPending, error, refetch } = useOp('settings.get', {});
  const { save, fieldErrors } = useSaveSetting(settings);

  if (!settings) {
    return (
      <>
        <PageHeader title="Settings" />
        {isPending ? (
          <Loading what="settings" />
        ) : (
          <ErrorMessage onRetry={() => void refetch()}>{error?.message ?? 'Settings could not be read.'}</ErrorMessage>
        )}
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
            schema={SETTINGS_FIELDS.displayName.unwrap()}
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
            schema={SETTINGS_FIELDS.organisationName.unwrap()}
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
        <TemplatesSection />
        <BoardPaperDefaults />
        <DatabaseSection />
      </div>
    </div>
  );
}

function LogoSection({ organisationName }: { organisationName: string }) {
  const logoUrl = useLogoUrl();
  const setLogo = useOpMutation('settings.setLogo');
  const [logoError, setLogoError] = useState<string | null>(null);
  const logoBusy = setLogo.isPending;

  const change = async (file: string | null) => {
    setLogoError(null);
    try {
      await setLogo.mutateAsync({ file });
    } catch (err) {
      setLogoError(messageOf(err));
    }
  };
  const chooseLogo = async () => {
    setLogoError(null);
    const [chosen] = await bridge().chooseFiles({
      title: 'Choose a logo',
      purpose: 'set-logo',
      filters: [{ name: 'PNG or JPEG images', extensions: ['png', 'jpg', 'jpeg'] }],
      multiple: false,
    });
    if (chosen) await change(chosen.grant);
  };
  const removeLogo = () => change(null);

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

type CheckResult = OpOutput<'database.check'>;

function backupName(today: string): string {
  return `sef-studio backup ${today}.sqlite`;
}

function DatabaseSection() {
  const info = useOp('app.info', {}).data;
  const checkOp = useOpMutation('database.check', { tracked: false });
  const backupOp = useOpMutation('database.backup', { tracked: false });
  const [check, setCheck] = useState<{ busy: boolean; result: CheckResult | null; error: string | null }>({
    busy: false,
    result: null,
    error: null,
  });
  const [backup, setBackup] = useState<{ busy: boolean; message: string | null; error: string | null; file: WrittenFile | null }>(
    { busy: false, message: null, error: null, file: null },
  );

  const checkDatabase = async () => {
    setCheck({ busy: true, result: null, error: null });
    try {
      setCheck({ busy: false, result: await checkOp.mutateAsync({}), error: null });
    } catch (err) {
      setCheck({ busy: false, result: null, error: messageOf(err) });
    }
  };
  const backUp = async () => {
    const today = info?.today ?? new Date().toISOString().slice(0, 10);
    const target = await bridge().chooseSaveFile({
      title: 'Back up the database',
      purpose: 'backup-database',
      defaultName: backupName(today),
      filters: [{ name: 'SEF Studio database', extensions: ['sqlite', 'sqlite3', 'db'] }],
    });
    if (!target) return;
    setBackup({ busy: true, message: null, error: null, file: null });
    try {
      const result = await backupOp.mutateAsync({ file: target.grant });
      setBackup({ busy: false, message: `Backed up to ${result.file.location}`, error: null, file: result.file });
    } catch (err) {
      setBackup({ busy: false, message: null, error: messageOf(err), file: null });
    }
  };

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
