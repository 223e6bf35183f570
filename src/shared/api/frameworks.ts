// Inspection frameworks: the built-ins and the organisation's own.
import { z } from 'zod';
import { FrameworkSummarySchema, Id } from '../entities';
import { FrameworkSchema } from '../framework';
import { Empty, FileGrant, op } from './common';

export const frameworksApi = {
  'frameworks.list': op(Empty, z.array(FrameworkSummarySchema), 'Frameworks available for new packs'),
  'frameworks.get': op(z.object({ frameworkId: Id }).strict(), FrameworkSchema, 'One framework in full'),
  'frameworks.import': op(
    z.object({ file: FileGrant }).strict(),
    FrameworkSummarySchema,
    'Add a framework from a JSON file the person chose; an invalid one is refused with the reasons',
  ),
} as const;
