// resources/interchange/pack.schema.json is generated from PackFileSchema, the single source of truth,
// so that other tools can validate or read pack files with any JSON Schema library. A test fails if the
// committed file and this generator drift apart. To regenerate:
//   npx tsx src/core/interchange/json-schema.ts
import { writeFile } from 'node:fs/promises';
import { fileURLToPath } from 'node:url';
import { z } from 'zod';
import { FrameworkAreaSchema, FrameworkSchema } from '../../shared/framework';
import { RichDocSchema } from '../../shared/richtext';
import {
  PACK_FORMAT,
  PackFileActionSchema,
  PackFileAreaSchema,
  PackFileAttachmentSchema,
  PackFileAuditEntrySchema,
  PackFileBlobSchema,
  PackFileEvidenceSchema,
  PackFileImportedFrameworkSchema,
  PackFileIndicatorSchema,
  PackFileIndicatorValueSchema,
  PackFileInspectionSchema,
  PackFileLinkSchema,
  PackFilePackSchema,
  PackFileSchema,
} from './schema';

type Meta = { id?: string; title?: string; description?: string };

/**
 * Names and descriptions for the generated file, kept in a registry of our own (not zod's global one) so
 * that nothing here can collide with metadata registered elsewhere. A schema with an id becomes a named
 * entry under $defs.
 */
function metadata() {
  const registry = z.registry<Meta>();
  registry.add(PackFileSchema, {
    title: 'SEF Studio pack file',
    description: `Everything in one SEF Studio database: settings, imported frameworks, inspections, the evidence library with its attached files, packs, performance indicators and their figures, and the audit trail. "format" is always "${PACK_FORMAT}"; "formatVersion" goes up when the format changes. Generated from src/core/interchange/schema.ts; do not edit by hand.`,
  });
  registry.add(FrameworkSchema, {
    id: 'Framework',
    description: 'An inspection framework: grade scale and tree of areas (resources/frameworks/framework.schema.json).',
  });
  registry.add(FrameworkAreaSchema, { id: 'FrameworkArea' });
  registry.add(RichDocSchema, {
    id: 'RichDoc',
    description:
      'A narrative as a small structured document: paragraphs, headings and flat lists of text runs and evidence citations.',
  });
  registry.add(PackFileImportedFrameworkSchema, {
    id: 'ImportedFramework',
    description:
      'A framework the user imported from a file (built-in frameworks ship with the app and are not included).',
  });
  registry.add(PackFileInspectionSchema, {
    id: 'Inspection',
    description: 'A past inspection or visit, with its grades and recommendations.',
  });
  registry.add(PackFileEvidenceSchema, {
    id: 'Evidence',
    description: 'An item of the evidence library, shared by all packs.',
  });
  registry.add(PackFileAttachmentSchema, {
    id: 'Attachment',
    description:
      'A file attached to an evidence item, its bytes in base64. sha256 must be the SHA-256 of the decoded bytes and size their length.',
  });
  registry.add(PackFileBlobSchema, {
    id: 'Blob',
    description: 'A stored file no attachment refers to, such as the organisation logo.',
  });
  registry.add(PackFilePackSchema, {
    id: 'Pack',
    description:
      'A self-evaluation pack with its own copy of the framework, its areas, links to evidence and action plan.',
  });
  registry.add(PackFileAreaSchema, {
    id: 'PackArea',
    description:
      'An area of a pack (judgement, sub-judgement, theme or quality statement) with its self-grade and narratives.',
  });
  registry.add(PackFileLinkSchema, {
    id: 'EvidenceLink',
    description: 'Evidence from the library linked to an area of this pack, with a note on what it shows.',
  });
  registry.add(PackFileActionSchema, {
    id: 'Action',
    description: "An action of the pack's improvement plan, with its progress notes.",
  });
  registry.add(PackFileIndicatorSchema, {
    id: 'Indicator',
    description:
      "A performance indicator of the organisation's own (origin \"own\", id starting \"own-\"), or its own wording of one of SEF Studio's library indicators (origin \"library\"). The library itself ships with the app (resources/indicators).",
  });
  registry.add(PackFileIndicatorValueSchema, {
    id: 'IndicatorValue',
    description:
      'One figure: an indicator, whose figure it is (the council or a comparator), the period it covers (kind, first and last day), its source and the date it was extracted.',
  });
  registry.add(PackFileAuditEntrySchema, {
    id: 'AuditEntry',
    description: 'One entry of the append-only audit trail. "before" and "after" are absent when there was no value.',
  });
  return registry;
}

/**
 * The JSON Schema of a pack file, as an object. The cross-checks in PackFileSchema's refinement (hashes
 * match data, ids unique, references resolve) and the framework refinements can only be checked by zod.
 */
export function packJsonSchema(): Record<string, unknown> {
  return z.toJSONSchema(PackFileSchema, {
    target: 'draft-2020-12',
    io: 'input',
    unrepresentable: 'throw',
    metadata: metadata(),
  }) as Record<string, unknown>;
}

/** The file's exact text: two-space indentation and a final newline. */
export function packJsonSchemaText(): string {
  return `${JSON.stringify(packJsonSchema(), null, 2)}\n`;
}

export async function writePackJsonSchema(path: string): Promise<void> {
  await writeFile(path, packJsonSchemaText(), 'utf8');
}

if (process.argv[1] && fileURLToPath(import.meta.url) === process.argv[1]) {
  const target = fileURLToPath(new URL('../../../resources/interchange/pack.schema.json', import.meta.url));
  await writePackJsonSchema(target);
  console.log(`Wrote ${target}`);
}
