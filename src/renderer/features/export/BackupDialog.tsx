// File > Back up…: a consistent copy of the whole database (attachments included) written where the
// user chooses. Also shows short messages for menu commands that cannot run yet.
import type { WrittenFile } from '../../../shared/files';
import { useState } from 'react';
import { create } from 'zustand';
import { todayIso } from '../../../shared/dates';
import { bridge, call, messageOf } from '../../data/bridge';
import { ErrorMessage } from '../../components/Feedback';
import { Modal } from '../../components/Modal';
import { saving } from '../../data/saveStatus';

interface BackupDialogState {
  mode: 'backup' | 'message' | null;
  message: string;
  open(): void;
  notify(message: string): void;
  close(): void;
}

export const useBackupDialog = create<BackupDialogState>((set) => ({
  mode: null,
  message: '',
  open: () => set({ mode: 'backup' }),
  notify: (message) => set({ mode: 'message', message }),
  close: () => set({ mode: null }),
}));

export function BackupDialog() {
  const mode = useBackupDialog((s) => s.mode);
  const message = useBackupDialog((s) => s.message);
  const close = useBackupDialog((s) => s.close);
  if (mode === 'message')
    return (
      <Modal
        title="SEF Studio"
        open
        onClose={close}
        actions={
          <button type="button" className="btn" autoFocus onClick={close}>
            OK
          </button>
        }
      >
        <p>{message}</p>
      </Modal>
    );
  return (
    <Modal title="Back up the database" open={mode === 'backup'} onClose={close}>
      {mode === 'backup' && <BackupBody onClose={close} />}
    </Modal>
  );
}

function BackupBody({ onClose }: { onClose(): void }) {
  const [phase, setPhase] = useState<'ready' | 'writing' | 'done'>('ready');
  const [result, setResult] = useState<{ file: WrittenFile; bytes: number } | null>(null);
  const [error, setError] = useState<string | null>(null);

  async function run() {
    setError(null);
    try {
      const target = await bridge().chooseSaveFile({
        title: 'Save a backup of the database',
        purpose: 'backup-database',
        defaultName: `SEF Studio backup ${todayIso()}.sqlite`,
        filters: [{ name: 'SEF Studio database', extensions: ['sqlite'] }],
      });
      if (!target) return;
      setPhase('writing');
      setResult(await saving(call('database.backup', { file: target.grant })));
      setPhase('done');
    } catch (err) {
      setPhase('ready');
      setError(`The backup was not written: ${messageOf(err)}`);
    }
  }

  if (phase === 'writing')
    return (
      <div className="export-progress" role="status">
        <p>Writing the backup…</p>
        <progress className="export-progress__bar" aria-label="Writing the backup" />
      </div>
    );
  if (phase === 'done' && result)
    return (
      <>
        <p role="status">
          Backed up to <strong>{result.file.location}</strong> ({Math.max(1, Math.round(result.bytes / 1024))} KB).
        </p>
        <div className="picker__actions">
          <button
            type="button"
            className="btn btn--secondary"
            onClick={() =>
              void bridge()
                .showFileInFolder(result.file.opener)
                .catch((err) => setError(messageOf(err)))
            }
          >
            Show in folder
          </button>
          <button type="button" className="btn" autoFocus onClick={onClose}>
            Close
          </button>
        </div>
        <ErrorMessage>{error}</ErrorMessage>
      </>
    );
  return (
    <>
      <ErrorMessage>{error}</ErrorMessage>
      <p>
        A backup is a complete copy of the database, attached files included. Keep it somewhere your council backs up.
      </p>
      <div className="picker__actions">
        <button type="button" className="btn btn--secondary" onClick={onClose}>
          Cancel
        </button>
        <button type="button" className="btn" autoFocus onClick={() => void run()}>
          Choose where to save…
        </button>
      </div>
    </>
  );
}
