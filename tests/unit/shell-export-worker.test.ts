// The desktop app builds Word documents in a worker thread (electron/main/export-worker.ts). This runs that
// worker for real, through tsx, and checks the message protocol the main process relies on.
import { describe, expect, it } from 'vitest';
import type { BuildReply } from '../../electron/main/export-worker';
import { makeSnapshot } from './export-fixture';
import { startExportWorker, workerDocumentBuilder } from '../support/export-worker';

function runWorker(message: unknown): Promise<BuildReply> {
  const worker = startExportWorker();
  return new Promise((resolve, reject) => {
    worker.once('message', (reply: BuildReply) => {
      void worker.terminate();
      resolve(reply);
    });
    worker.once('error', reject);
    worker.postMessage(message);
  });
}

describe('the export worker', () => {
  it('builds a .docx from a snapshot and hands the bytes back', async () => {
    const reply = await runWorker({ snapshot: makeSnapshot(), options: { edition: 'self_evaluation' } });
    expect(reply.ok).toBe(true);
    if (!reply.ok) return;
    // A .docx is a zip file: it starts with "PK".
    expect(Buffer.from(reply.buffer).subarray(0, 2).toString('latin1')).toBe('PK');
    expect(reply.buffer.byteLength).toBeGreaterThan(5000);
  });

  it('reports a failure as a message instead of dying silently', async () => {
    const reply = await runWorker({ snapshot: makeSnapshot(), options: { edition: 'no-such-edition' } });
    expect(reply.ok).toBe(false);
    if (!reply.ok) expect(reply.message).toMatch(/edition/i);
  });

  it('is terminated when the export is cancelled, and says so', async () => {
    const controller = new AbortController();
    const building = workerDocumentBuilder(makeSnapshot(), { edition: 'self_evaluation' }, controller.signal);
    controller.abort();
    await expect(building).rejects.toMatchObject({ code: 'cancelled' });
  });

  it('hands back the same document bytes through the desktop app’s wiring', async () => {
    const { buffer } = await workerDocumentBuilder(makeSnapshot(), { edition: 'board' });
    expect(buffer.subarray(0, 2).toString('latin1')).toBe('PK');
  });
});
