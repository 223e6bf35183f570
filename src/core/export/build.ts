// The pure part of the export: a snapshot of a pack and the options in, a Word document out. No data
// access and no files, so it is quick to test on a hand-made snapshot.
import type { Document } from 'docx';
import type { KeptChart } from '../charts/store';
import { ExportOptionsSchema, type ExportOptions } from '../../shared/api';
import { boardLayout } from './board';
import { buildContext } from './build-context';
import { assembleDocument, type AssembleOptions, type PageNumbering } from './layout';
import { documentFiles, zipDocument } from './pack';
import { drawEditionCharts } from './performance';
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

/**
 * The document as the bytes of a .docx file: its charts not kept drawn first, several at once, then laid
 * out and zipped. Also returns the charts it drew, for the database to keep.
 */
export async function buildDocx(
  snapshot: PackSnapshot,
  options: ExportOptions,
  assemble: AssembleOptions = {},
): Promise<Omit<BuiltDocument, 'document'> & { buffer: Buffer; drawnCharts: KeptChart[] }> {
  const drawnCharts = await drawEditionCharts(snapshot, ExportOptionsSchema.parse(options));
  const { document, ...rest } = buildDocument(snapshot, options, assemble);
  const files = documentFiles(document);
  return { buffer: zipDocument(rest.template ? withTemplateParts(files, rest.template) : files), ...rest, drawnCharts };
}
