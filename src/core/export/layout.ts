// Turns an edition's sections into a Word document: A4 pages, the marking in every header and footer of
// every section (the cover's too), "Page X of Y", document properties, the house style, and page
// numbers for the contents worked out when the document is written.
import { Document, PageOrientation, Paragraph, TableOfContents, type FileChild, type ISectionOptions } from 'docx';
import { estimatePageNumbersWith } from 'docx/layout';
import { formatLongDate } from '../../shared/dates';
import { EXPORT_EDITION_LABELS, MARKING_LABELS } from '../../shared/domain';
import type { BuildContext } from './build-context';
import { authorName, markingText, organisationName } from './model';
import { sanitiseText } from './sanitise';
import { estimatePages, forgetMeasurements, paragraphModelOf } from './measure';
import { NUMBERING, stylesFor } from './styles';
import { runningFooter, runningHeader, type PageGeometry, type RunningText } from './word';

export interface SectionContent {
  orientation: 'portrait' | 'landscape';
  /** The section starts with a cover page: its own header and footer, with the marking but no page number. */
  coverPage?: boolean;
  children: FileChild[];
}

/**
 * One part of an edition (the cover, the summary, the area chapters, the evidence index…): a module that
 * decides whether it is in the document and what it holds. A part in another orientation from the one
 * before it starts a new section.
 */
export interface DocumentPart {
  name: string;
  include?: (b: BuildContext) => boolean;
  orientation?: SectionContent['orientation'];
  /** The part opens the document with a cover page (its own header and footer, no page number). */
  coverPage?: boolean;
  blocks: (b: BuildContext) => FileChild[];
}

/** The parts the options include, as sections: a new section wherever the orientation changes. */
export function sectionsOf(parts: readonly DocumentPart[], b: BuildContext): SectionContent[] {
  const sections: SectionContent[] = [];
  for (const part of parts) {
    if (part.include && !part.include(b)) continue;
    const orientation = part.orientation ?? 'portrait';
    const last = sections.at(-1);
    const children = part.blocks(b);
    if (last && last.orientation === orientation) last.children.push(...children);
    else sections.push({ orientation, coverPage: part.coverPage, children });
  }
  return sections;
}

export interface EditionLayout {
  /** The document's title, for its properties and footer. */
  title: string;
  /** The heading levels the contents lists (1 to this); 0 when the document has no contents. */
  contentsDepth: number;
  /** Handling words printed beside the marking, such as "NOT FOR PUBLICATION". */
  handling: string[];
  sections: SectionContent[];
}

/** Page numbers for the contents and page references, worked out as Word lays the pages out. Where the
 * layout meets something it cannot measure exactly (an emoji, say) it estimates rather than leave a blank. */
const wordLayout = estimatePageNumbersWith({ guess: true });

/**
 * docx's layout takes about a quarter of a millisecond a word (5 to 15 s for a 30 to 45-page pack on a
 * busy machine), so documents estimated to run longer than this many pages get their contents' page
 * numbers from our own estimate (measure.ts). It follows the house style, and gave the same page numbers
 * as docx's Word layout for the test fixture (17 pages) and the demo pack (44 pages), and as LibreOffice
 * for a generated 482-page pack.
 */
export const WORD_LAYOUT_PAGE_LIMIT = 20;

/** The area text takes on a page of each orientation. */
function textAreas(page: PageGeometry) {
  const { top, bottom } = page.margin;
  return {
    portrait: { width: page.portrait, height: page.height - top - bottom },
    landscape: { width: page.landscape, height: page.width - top - bottom },
  };
}

/** How the contents get page numbers; 'none' for a document without contents (the board paper). */
export type PageNumbering = 'word-layout' | 'estimate' | 'none';

const placeholders = new WeakSet<object>();

/** Where the contents go; replaced when the document is assembled and its page numbers are known. */
export function contentsPlaceholder(): Paragraph {
  const p = new Paragraph({});
  placeholders.add(p);
  return p;
}

function section(content: SectionContent, running: RunningText, page: PageGeometry): ISectionOptions {
  const landscape = content.orientation === 'landscape';
  const width = landscape ? page.landscape : page.portrait;
  return {
    properties: {
      titlePage: !!content.coverPage,
      page: {
        size: { width: page.width, height: page.height, orientation: landscape ? PageOrientation.LANDSCAPE : PageOrientation.PORTRAIT },
        margin: page.margin,
      },
    },
    headers: {
      default: runningHeader(running),
      ...(content.coverPage ? { first: runningHeader(running) } : {}),
    },
    footers: {
      default: runningFooter(running, width, true),
      ...(content.coverPage ? { first: runningFooter({ ...running, footerLeft: '' }, width, false) } : {}),
    },
    children: content.children,
  };
}

/** How many headings the contents will list: those at its levels, in every section. */
function contentsHeadings(sections: readonly SectionContent[], depth: number): number {
  let n = 0;
  for (const s of sections) for (const c of s.children) if ((paragraphModelOf(c)?.toc?.level ?? Infinity) <= depth) n += 1;
  return n;
}

export interface AssembleOptions {
  /** How the contents get their page numbers; by default by the size of the document. */
  pageNumbering?: PageNumbering | 'auto';
}

export function assembleDocument(
  b: BuildContext,
  layout: EditionLayout,
  assemble: AssembleOptions = {},
): { document: Document; pageNumbering: PageNumbering; estimatedPages: number } {
  const org = organisationName(b.snapshot);
  const { pack, framework } = b.snapshot.detail;
  const marking = markingText(b.options.marking);
  const running: RunningText = {
    marking: [...(marking ? [marking] : []), ...layout.handling],
    footerLeft: `${org}  ·  ${layout.title}`,
  };

  // The contents' length is known before the pages are (it lists every heading down to its depth), so the
  // pages are estimated once, with the contents at its real length.
  const pageAreas = textAreas(b.page);
  const areas = layout.sections.map((s) => ({ area: pageAreas[s.orientation], children: s.children }));
  const entries = layout.contentsDepth ? contentsHeadings(layout.sections, layout.contentsDepth) : 0;
  const final = estimatePages(areas, entries);
  forgetMeasurements();
  const listedIn = (e: typeof final) => e.headings.filter((h) => h.level <= layout.contentsDepth);
  const mode: PageNumbering =
    layout.contentsDepth === 0
      ? 'none'
      : assemble.pageNumbering && assemble.pageNumbering !== 'auto'
        ? assemble.pageNumbering
        : // Our estimate knows the house style only: in the council's template, docx lays the pages out.
          final.pages <= WORD_LAYOUT_PAGE_LIMIT || b.template
          ? 'word-layout'
          : 'estimate';
  const headingRange = `1-${Math.max(1, layout.contentsDepth)}`;
  const contents =
    mode === 'word-layout'
      ? new TableOfContents('Contents', { hyperlink: true, headingStyleRange: headingRange })
      : new TableOfContents('Contents', {
          hyperlink: true,
          headingStyleRange: headingRange,
          cachedEntries: listedIn(final).map((h) => ({ title: h.title, level: h.level, page: h.page, href: h.anchor })),
        });
  const withContents = (children: FileChild[]) => children.map((c) => (placeholders.has(c) ? contents : c));

  const edition = EXPORT_EDITION_LABELS[b.options.edition];
  const markingWords = MARKING_LABELS[b.options.marking];
  // Only what the person chose or can see on the cover: no placeholder author, no revision count, no
  // status or paths. With nobody known as the author, the properties name nobody.
  const author = sanitiseText(authorName(b.snapshot) ?? '');
  const document = new Document({
    title: sanitiseText(layout.title),
    subject: sanitiseText(`${edition} · ${org} · ${markingWords}`),
    creator: author,
    lastModifiedBy: author,
    description: sanitiseText(`${pack.title} (${edition.toLowerCase()}) for ${org}, as at ${formatLongDate(pack.asAt)}. Protective marking: ${markingWords}.`),
    keywords: sanitiseText(
      ['self-evaluation', framework.shortTitle, org, pack.period, marking ?? '', ...layout.handling].filter(Boolean).join('; '),
    ),
    revision: 1,
    customProperties: [
      { name: 'Organisation', value: sanitiseText(org) },
      { name: 'Protective marking', value: markingWords },
      { name: 'Edition', value: edition },
      { name: 'As at', value: pack.asAt },
      { name: 'Framework', value: sanitiseText(framework.shortTitle) },
    ],
    ...stylesFor(b.template),
    numbering: NUMBERING,
    features: { updateFields: true },
    ...(mode === 'word-layout' ? { pageNumbers: wordLayout } : {}),
    sections: layout.sections.map((s) => section({ ...s, children: withContents(s.children) }, running, b.page)),
  });
  return { document, pageNumbering: mode, estimatedPages: final.pages };
}
