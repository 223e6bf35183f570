// Organisation settings, the logo, and the database's own housekeeping.
import { z } from 'zod';
import { MARKINGS } from '../domain';
import { IsoDate, SettingsSchema } from '../entities';
import { WrittenFileSchema } from '../files';
import { Empty, FileGrant, Name, op } from './common';

export const settingsApi = {
  'app.info': op(
    Empty,
    z.object({ appVersion: z.string(), schemaVersion: z.number().int(), databasePath: z.string(), today: IsoDate }),
    'What the app and its database are',
  ),

  'settings.get': op(Empty, SettingsSchema, 'Read the organisation settings'),
  'settings.update': op(
    z
      .object({
        organisationName: Name.optional(),
        displayName: Name.optional(),
        defaultMarking: z.enum(MARKINGS).optional(),
      })
      .strict(),
    SettingsSchema,
    'Change organisation settings',
  ),
  'settings.setLogo': op(
    z.object({ file: FileGrant.nullable() }).strict(),
    SettingsSchema,
    'Set the logo from a PNG or JPEG file the person chose, or remove it with null',
  ),
  'settings.getLogo': op(
    Empty,
    z.object({ mediaType: z.string(), dataBase64: z.string() }).nullable(),
    'The logo image, small enough to show',
  ),

  'database.check': op(
    Empty,
    z.object({ ok: z.boolean(), messages: z.array(z.string()), schemaVersion: z.number().int() }),
    'Run an integrity check',
  ),
  'database.backup': op(
    z.object({ file: FileGrant }).strict(),
    z.object({ file: WrittenFileSchema, bytes: z.number().int() }),
    'Write a consistent copy of the database to the file the person chose',
  ),
} as const;
