// The pure part of the export: a snapshot of a pack and the options in, a Word document out. No data
// access and no files, so it is quick to test on a hand-made snapshot.
import { Packer, type Document } from 'docx';
import { ExportOptionsSchema, type ExportOptions } from '../../shared/api';
import { boardLayout } from './board';
import { buildContext } from './build-context';
import { assembleDocument, type AssembleOptions, type PageNumbering } from './layout';
import { selfEvaluationLayout } from './self-evaluation';
import type { PackSnapshot } from './snapshot';
import type { WordTemplate } from './template';
import { withTemplateParts } from './template-parts';

export interface BuiltDocument {
  document: Document;
  /** How the contents got their page numbers: docx's Word layout, or our quicker estimate for long documents. */
  pageNumbering: PageNumbering;
  estimatedPages: number;
  /** Evidence items of the pack left out because they are marked OFFICIAL-SENSITIVE or personal data. */
  withheldCount: number;
  /** The council's template the document was built in, if any: its header and footer go in when it is written. */
  template: WordTemplate | null;
}

export function buildDocument(snapshot: PackSnapshot, options: ExportOptions, assemble: AssembleOptions = {}): BuiltDocument {
  const b = buildContext(snapshot, ExportOptionsSchema.parse(options));
  const layout = b.options.edition === 'board' ? boardLayout(b) : selfEvaluationLayout(b);
  return { ...assembleDocument(b, layout, assemble), withheldCount: b.evidence.withheldCount, template: b.template };
}

/** The document as the bytes of a .docx file. */
export async function buildDocx(
  snapshot: PackSnapshot,
  options: ExportOptions,
  assemble: AssembleOptions = {},
): Promise<Omit<BuiltDocument, 'document'> & { buffer: Buffer }> {
  const { document, ...rest } = buildDocument(snapshot, options, assemble);
  const buffer = await Packer.toBuffer(document);
  return { buffer: rest.template ? Buffer.from(withTemplateParts(buffer, rest.template)) : buffer, ...rest };
}
