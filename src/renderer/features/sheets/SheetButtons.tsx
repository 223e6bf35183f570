// "Import from a spreadsheet" and "Export to Excel" for the evidence register, the action plan and the
// indicator figures. The export asks the host where to save, then offers to open the workbook.
import { useState } from 'react';
import type { WrittenFile } from '../../../shared/files';
import { SHEET_KIND_LABELS, type SheetKind } from '../../../shared/sheets';
import { bridge, call, messageOf } from '../../data/bridge';
import { ErrorMessage, Notice } from '../../components/Feedback';
import { useSheetImport } from './store';

const FILE_NAMES: Record<SheetKind, string> = { actions: 'Action plan', evidence: 'Evidence register', indicators: 'Indicator figures' };

export function SheetButtons({ kind, packId, canImport }: { kind: SheetKind; packId: string | null; canImport: boolean }) {
  const openImport = useSheetImport((s) => s.open);
  const [written, setWritten] = useState<{ file: WrittenFile; rows: number } | null>(null);
  const [error, setError] = useState<string | null>(null);
  const [busy, setBusy] = useState(false);

  async function exportSheet() {
    setError(null);
    setWritten(null);
    try {
      const target = await bridge().chooseSaveFile({
        title: `Export the ${SHEET_KIND_LABELS[kind].toLowerCase()} to Excel`,
        purpose: 'export-sheet',
        defaultName: `${FILE_NAMES[kind]}.xlsx`,
        filters: [{ name: 'Excel workbook', extensions: ['xlsx'] }],
      });
      if (!target) return;
      setBusy(true);
      setWritten(await call('sheets.export', { kind, packId, file: target.grant }));
    } catch (err) {
      setError(`The workbook was not written: ${messageOf(err)}`);
    } finally {
      setBusy(false);
    }
  }

  return (
    <div className="sheet-buttons">
      <div className="sheet-buttons__row">
        {canImport && (
          <button type="button" className="btn btn--secondary" onClick={() => openImport(kind, packId)}>
            Import from a spreadsheet
          </button>
        )}
        <button type="button" className="btn btn--secondary" onClick={() => void exportSheet()} disabled={busy}>
          {busy ? 'Writing…' : 'Export to Excel'}
        </button>
      </div>
      <ErrorMessage>{error}</ErrorMessage>
      {written && (
        <Notice>
          <p>
            Wrote {written.file.name} ({written.rows} {written.rows === 1 ? 'row' : 'rows'}).{' '}
            {written.file.canOpen && (
              <button type="button" className="btn btn--link" onClick={() => void bridge().openFile(written.file.opener)}>
                Open it
              </button>
            )}
          </p>
        </Notice>
      )}
    </div>
  );
}
