// The evidence library: items shared by every pack, their attached files (stored in the database),
// and links that tie an item to areas of one pack with a note on what it shows.
import { change, columnsOf, diffFields, patchRecord, updatedStamp } from '../change';
import { refuseStaleSave } from '../versions';
import { newId, today } from '../context';
import { notFound } from '../errors';
import type { HandlersFor } from '../handlers';
import { insertRow, insertRowReturning, nextReference } from '../records';
import { blobData, dropUnusedBlobs, storeBlob } from '../evidence/blobs';
import {
  areaLinkState,
  assertInspectionRecorded,
  assertNotCitedByApprovedPack,
  EVIDENCE_FIELDS,
  EVIDENCE_REFERENCES,
  touchEvidence,
} from '../evidence/changes';
import { readIncomingFile } from '../evidence/files';
import { databaseFiles, writeFileSafely } from '../files/write';
import {
  attachmentById,
  attachmentsOf,
  EVIDENCE_RETURNING,
  evidenceById,
  linkBetween,
  linksOf,
  rowToEvidence,
  type EvidenceDbRow,
} from '../evidence/queries';
import { listEvidence } from '../evidence/search';

type EvidenceOp =
  | 'evidence.list'
  | 'evidence.get'
  | 'evidence.create'
  | 'evidence.update'
  | 'evidence.delete'
  | 'evidence.attachFile'
  | 'evidence.removeAttachment'
  | 'evidence.saveAttachment'
  | 'evidence.link'
  | 'evidence.unlink';

// History entries about attachments and links are filed under the evidence item, so its history
// tells the whole story of the item.
const ENTITY = 'evidence';

export const evidenceHandlers: HandlersFor<EvidenceOp> = {
  'evidence.list': (query, ctx) => ctx.db.read((q) => listEvidence(q, ctx, query)),

  'evidence.get': ({ evidenceId, packId }, ctx) =>
    ctx.db.read(async (q) => ({
      evidence: await evidenceById(q, ctx, evidenceId, packId),
      attachments: await attachmentsOf(q, evidenceId),
      links: await linksOf(q, evidenceId, packId),
    })),

  'evidence.create': (fields, ctx) =>
    change(ctx, async (c) => {
      await assertInspectionRecorded(c.tx, fields.inspectionId);
      const id = newId();
      const reference = await nextReference(c.tx, EVIDENCE_REFERENCES);
      const row = await insertRowReturning<EvidenceDbRow>(
        c.tx,
        'evidence',
        { id, reference, ...columnsOf(EVIDENCE_FIELDS, fields), created_at: c.at, ...updatedStamp(c) },
        EVIDENCE_RETURNING,
      );
      await c.record({ entity: ENTITY, entityId: id, action: 'Added evidence', after: { reference, ...fields } });
      // As evidenceById would read it back, judged as at today (a new item belongs to no pack yet).
      return rowToEvidence(row, today(ctx));
    }),

  'evidence.update': ({ evidenceId, baseVersion, ...patch }, ctx) =>
    change(ctx, async (c) => {
      const current = await evidenceById(c.tx, ctx, evidenceId);
      await assertInspectionRecorded(c.tx, patch.inspectionId);
      refuseStaleSave({
        baseVersion, version: current.version, record: current, by: current.updatedBy, at: current.updatedAt,
        what: `the evidence item ${current.reference}`, changes: diffFields(EVIDENCE_FIELDS, current, patch).keys.length > 0,
      });
      const target = {
        table: 'evidence',
        id: evidenceId,
        fields: EVIDENCE_FIELDS,
        entity: ENTITY,
        stamp: { ...updatedStamp(c), version: current.version + 1 },
      };
      await patchRecord(c, target, current, patch);
      return evidenceById(c.tx, ctx, evidenceId);
    }),

  'evidence.delete': ({ evidenceId }, ctx) =>
    change(ctx, async (c) => {
      const current = await evidenceById(c.tx, ctx, evidenceId);
      await assertNotCitedByApprovedPack(c.tx, current);
      const attachments = await attachmentsOf(c.tx, evidenceId);
      const links = await linksOf(c.tx, evidenceId);
      // Attachments and links go with the item (ON DELETE CASCADE); then the files nothing else uses.
      await c.tx.run('DELETE FROM evidence WHERE id = ?', [evidenceId]);
      await dropUnusedBlobs(
        c.tx,
        attachments.map((a) => a.sha256),
      );
      await c.record({
        entity: ENTITY,
        entityId: evidenceId,
        action: 'Deleted evidence',
        before: {
          ...current,
          attachments: attachments.map((a) => a.fileName),
          linkedAreas: links.map((l) => l.areaId),
        },
      });
      return { done: true as const };
    }),

  'evidence.attachFile': async ({ evidenceId, file: grant }, ctx) => {
    // Read and checked before the transaction, so a slow disk never holds up the database queue.
    const file = await readIncomingFile(ctx.files.take(grant, 'attach-evidence'));
    return change(ctx, async (c) => {
      await evidenceById(c.tx, ctx, evidenceId);
      await storeBlob(c.tx, file.sha256, file.data);
      const id = newId();
      const attachment = {
        id,
        evidence_id: evidenceId,
        file_name: file.fileName,
        media_type: file.mediaType,
        size: file.data.length,
        sha256: file.sha256,
        added_at: c.at,
      };
      await insertRow(c.tx, 'attachments', attachment);
      await touchEvidence(c, evidenceId);
      await c.record({
        entity: ENTITY,
        entityId: evidenceId,
        action: 'Attached file',
        after: { fileName: file.fileName, size: file.data.length, sha256: file.sha256 },
      });
      return attachmentById(c.tx, id);
    });
  },

  'evidence.removeAttachment': ({ attachmentId }, ctx) =>
    change(ctx, async (c) => {
      const attachment = await attachmentById(c.tx, attachmentId);
      await c.tx.run('DELETE FROM attachments WHERE id = ?', [attachmentId]);
      await dropUnusedBlobs(c.tx, [attachment.sha256]);
      await touchEvidence(c, attachment.evidenceId);
      await c.record({
        entity: ENTITY,
        entityId: attachment.evidenceId,
        action: 'Removed file',
        before: { fileName: attachment.fileName, size: attachment.size, sha256: attachment.sha256 },
      });
      return { done: true as const };
    }),

  'evidence.saveAttachment': async ({ attachmentId, file }, ctx) => {
    const path = ctx.files.take(file, 'save-attachment');
    const data = await ctx.db.read(async (q) => blobData(q, (await attachmentById(q, attachmentId)).sha256));
    if (!data) throw notFound('The stored copy of that file');
    const written = await writeFileSafely(path, data, { protectedFiles: databaseFiles(ctx.db.file), what: 'the copy' });
    return { file: ctx.files.open(written, false) };
  },

  'evidence.link': ({ evidenceId, areaId, note }, ctx) =>
    change(ctx, async (c) => {
      const evidence = await evidenceById(c.tx, ctx, evidenceId);
      const state = await areaLinkState(c.tx, evidenceId, areaId);
      await c.tx.run(
        `INSERT INTO evidence_links (evidence_id, area_id, note, created_at) VALUES (?, ?, ?, ?)
         ON CONFLICT (evidence_id, area_id) DO UPDATE SET note = excluded.note`,
        [evidenceId, areaId, note, c.at],
      );
      if (state.note !== note)
        await c.record({
          entity: ENTITY,
          entityId: evidenceId,
          action: state.note === null ? 'Linked evidence to area' : 'Changed evidence note',
          packId: state.packId,
          before: state.note === null ? null : { areaId, area: state.areaTitle, note: state.note },
          after: { reference: evidence.reference, areaId, area: state.areaTitle, note },
        });
      return linkBetween(c.tx, evidenceId, areaId);
    }),

  'evidence.unlink': ({ evidenceId, areaId }, ctx) =>
    change(ctx, async (c) => {
      const state = await areaLinkState(c.tx, evidenceId, areaId);
      if (state.note === null) throw notFound('That link between the evidence and the area');
      await c.tx.run('DELETE FROM evidence_links WHERE evidence_id = ? AND area_id = ?', [evidenceId, areaId]);
      await c.record({
        entity: ENTITY,
        entityId: evidenceId,
        action: 'Unlinked evidence from area',
        packId: state.packId,
        before: { areaId, area: state.areaTitle, note: state.note },
      });
      return { done: true as const };
    }),
};
