// Organisation settings, the logo, and the database's own housekeeping (what it is, is it sound, copy it).
// Settings are rows of key and JSON value, so a new setting needs no migration; a missing or unreadable
// value falls back to its default rather than stopping the app from opening.
import { createHash } from 'node:crypto';
import { stat } from 'node:fs/promises';
import { basename } from 'node:path';
import { SettingsSchema, type Settings } from '../../shared/entities';
import { change, describeChange, diffFields, type FieldMap } from '../change';
import { today, type CoreContext } from '../context';
import type { Queryable, ReadQueries } from '../db/port';
import { backupDatabase, checkIntegrity } from '../db/open';
import { AppError } from '../errors';
import { blobData, dropUnusedBlobs, storeBlob } from '../evidence/blobs';
import type { HandlersFor } from '../handlers';
import { megabytes, readRegularFile } from '../files/read';
import { databaseFiles, writeFileSafely } from '../files/write';

const DEFAULT_SETTINGS: Settings = {
  organisationName: '',
  displayName: '',
  defaultMarking: 'official',
  logoSha256: null,
  logoMediaType: null,
};
type SettingKey = keyof Settings;
const SETTING_KEYS = Object.keys(DEFAULT_SETTINGS) as SettingKey[];

/** The settings a person edits in the form, and how the history names them. */
const EDITABLE_SETTINGS: FieldMap<'organisationName' | 'displayName' | 'defaultMarking'> = {
  organisationName: { label: 'organisation name' },
  displayName: { label: 'display name' },
  defaultMarking: { label: 'default marking' },
};

function parseStoredValue(key: SettingKey, text: string): unknown {
  try {
    const parsed = SettingsSchema.shape[key].safeParse(JSON.parse(text));
    return parsed.success ? parsed.data : DEFAULT_SETTINGS[key];
  } catch {
    return DEFAULT_SETTINGS[key];
  }
}

export async function readSettings(q: ReadQueries): Promise<Settings> {
  const rows = await q.all<{ key: string; value: string }>('SELECT key, value FROM settings');
  const settings: Record<string, unknown> = { ...DEFAULT_SETTINGS };
  for (const row of rows)
    if ((SETTING_KEYS as string[]).includes(row.key)) settings[row.key] = parseStoredValue(row.key as SettingKey, row.value);
  return settings as Settings;
}

async function writeSetting(tx: Queryable, key: SettingKey, value: unknown): Promise<void> {
  await tx.run('INSERT INTO settings (key, value) VALUES (?, ?) ON CONFLICT (key) DO UPDATE SET value = excluded.value', [
    key,
    JSON.stringify(value),
  ]);
}

// --- The logo --------------------------------------------------------------------------------------

const MAX_LOGO_BYTES = 2 * 1024 * 1024;

/** Recognised by their first bytes, not their names: a renamed file is still what it is. */
const IMAGE_SIGNATURES: { mediaType: string; bytes: number[] }[] = [
  { mediaType: 'image/png', bytes: [0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a] },
  { mediaType: 'image/jpeg', bytes: [0xff, 0xd8, 0xff] },
];

function imageMediaType(data: Buffer): string | null {
  const match = IMAGE_SIGNATURES.find((s) => s.bytes.every((byte, i) => data[i] === byte));
  return match?.mediaType ?? null;
}

interface Logo {
  sha256: string;
  mediaType: string;
  data: Buffer;
}

async function readLogo(path: string): Promise<Logo> {
  const name = basename(path);
  const data = await readRegularFile(path, {
    maxBytes: MAX_LOGO_BYTES,
    tooLarge: (bytes) =>
      new AppError(
        'too_large',
        `${name} is ${megabytes(bytes)}, and a logo can be up to ${megabytes(MAX_LOGO_BYTES)}. Save a smaller version of the image and choose that.`,
      ),
  });
  const mediaType = imageMediaType(data);
  if (!mediaType)
    throw new AppError('invalid_input', `${name} is not a PNG or JPEG image. Save the logo as a .png or .jpg file and choose that.`);
  return { sha256: createHash('sha256').update(data).digest('hex'), mediaType, data };
}

/** Stores the new logo (or none), records the change, and lets go of the old image if nothing else uses it. */
async function replaceLogo(ctx: CoreContext, logo: Logo | null): Promise<Settings> {
  return change(ctx, async (c) => {
    const current = await readSettings(c.tx);
    const before = { logoSha256: current.logoSha256, logoMediaType: current.logoMediaType };
    const after = { logoSha256: logo?.sha256 ?? null, logoMediaType: logo?.mediaType ?? null };
    if (before.logoSha256 === after.logoSha256) return current;
    if (logo) await storeBlob(c.tx, logo.sha256, logo.data);
    await writeSetting(c.tx, 'logoSha256', after.logoSha256);
    await writeSetting(c.tx, 'logoMediaType', after.logoMediaType);
    if (before.logoSha256) await dropUnusedBlobs(c.tx, [before.logoSha256]);
    await c.record({ entity: 'settings', entityId: 'logo', action: logo ? 'Changed logo' : 'Removed logo', before, after });
    return { ...current, ...after };
  });
}

// --- Backups ---------------------------------------------------------------------------------------

/** A consistent copy (VACUUM INTO) written by the one safe writer: never over the open database. */
async function backupTo(ctx: CoreContext, path: string): Promise<{ path: string; bytes: number }> {
  const written = await writeFileSafely(path, (temporary) => backupDatabase(ctx.db, temporary), {
    protectedFiles: databaseFiles(ctx.db.file),
    what: 'the backup',
  });
  return { path: written, bytes: (await stat(written)).size };
}

export const settingsHandlers: HandlersFor<
  'app.info' | 'settings.get' | 'settings.update' | 'settings.setLogo' | 'settings.getLogo' | 'database.check' | 'database.backup'
> = {
  'app.info': async (_input, ctx) => ({
    appVersion: ctx.appVersion,
    schemaVersion: await ctx.db.schemaVersion(),
    databasePath: ctx.db.path,
    today: today(ctx),
  }),

  'settings.get': async (_input, ctx) => readSettings(ctx.db),

  'settings.update': async (patch, ctx) =>
    change(ctx, async (c) => {
      const current = await readSettings(c.tx);
      const diff = diffFields(EDITABLE_SETTINGS, current, patch);
      if (!diff.keys.length) return current;
      for (const key of diff.keys) await writeSetting(c.tx, key, diff.after[key]);
      await c.record({
        entity: 'settings',
        entityId: 'organisation',
        action: describeChange(EDITABLE_SETTINGS, diff.keys),
        before: diff.before,
        after: diff.after,
      });
      return { ...current, ...diff.after };
    }),

  'settings.setLogo': async ({ file }, ctx) =>
    replaceLogo(ctx, file === null ? null : await readLogo(ctx.files.take(file, 'set-logo'))),

  'settings.getLogo': async (_input, ctx) =>
    ctx.db.read(async (q) => {
      const { logoSha256, logoMediaType } = await readSettings(q);
      const data = logoSha256 ? await blobData(q, logoSha256) : undefined;
      return data && logoMediaType ? { mediaType: logoMediaType, dataBase64: data.toString('base64') } : null;
    }),

  'database.check': async (_input, ctx) => ({ ...(await checkIntegrity(ctx.db)), schemaVersion: await ctx.db.schemaVersion() }),

  'database.backup': async ({ file }, ctx) => {
    const { path, bytes } = await backupTo(ctx, ctx.files.take(file, 'backup-database'));
    return { file: ctx.files.open(path, false), bytes };
  },
};
