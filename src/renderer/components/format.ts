// Small words-for-numbers helpers shared by the evidence, action and history screens.

/** "840 bytes", "12 KB", "3.4 MB": the sizes people see in their file manager (1 KB = 1,024 bytes). */
export function formatBytes(bytes: number): string {
  if (bytes < 1024) return `${bytes} ${bytes === 1 ? 'byte' : 'bytes'}`;
  const kb = bytes / 1024;
  if (kb < 1024) return `${kb < 10 ? kb.toFixed(1) : Math.round(kb)} KB`;
  const mb = kb / 1024;
  if (mb < 1024) return `${mb < 10 ? mb.toFixed(1) : Math.round(mb)} MB`;
  return `${(mb / 1024).toFixed(1)} GB`;
}

/** "1 item", "10,000 items". */
export function countOf(n: number, one: string, many = `${one}s`): string {
  return `${n.toLocaleString('en-GB')} ${n === 1 ? one : many}`;
}

export { listInWords } from '../../shared/words';

/** "14:05", the time of day of an ISO timestamp, on this computer's clock. */
export function formatTimeOfDay(iso: string): string {
  const date = new Date(iso);
  if (Number.isNaN(date.getTime())) return '';
  return `${String(date.getHours()).padStart(2, '0')}:${String(date.getMinutes()).padStart(2, '0')}`;
}

/** "Sam Patel changed this at 14:05", for a save refused because someone else saved first. */
export function changedBy(by: string, at: string | null, what = 'this'): string {
  const time = at ? formatTimeOfDay(at) : '';
  return time ? `${by} changed ${what} at ${time}` : `${by} changed ${what} while you were editing`;
}
