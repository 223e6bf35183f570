// The house style of exported documents: Arial 11 pt with generous spacing, Word's built-in heading
// styles restyled (so the contents field, the navigation pane and "Update table" keep working), and
// one bullet and one numbered list definition.
import { AlignmentType, LevelFormat, LineRuleType, type INumberingOptions, type IPropertiesOptions, type IStylesOptions } from 'docx';
import type { WordTemplate } from './template';
import { BULLET_LIST, CELL_BULLET_LIST, COLOUR, FONT, HOUSE, NUMBERED_LIST, STYLE_IDS, type StyleMetrics } from './word';

const run = (m: StyleMetrics) => ({ font: FONT, size: m.size, bold: m.bold, italics: m.italics, color: m.colour });
// lineRule is written out: LibreOffice reads a line spacing without one as exact, which clips pictures.
const spacing = (m: StyleMetrics) => ({ before: m.before, after: m.after, line: m.line, lineRule: LineRuleType.AUTO });
const headingStyle = (level: number) => {
  const m = HOUSE.headings[level - 1]!;
  return { run: run(m), paragraph: { spacing: spacing(m), keepNext: true, keepLines: true } };
};

export const DOCUMENT_LANGUAGE = 'en-GB';

export const STYLES: IStylesOptions = {
  default: {
    document: {
      // English (United Kingdom), so Word's and LibreOffice's spelling and hyphenation are British.
      run: { font: FONT, size: HOUSE.body.size, color: COLOUR.ink, language: { value: DOCUMENT_LANGUAGE } },
      paragraph: { spacing: spacing(HOUSE.body) },
    },
    title: { run: run(HOUSE.title), paragraph: { spacing: spacing(HOUSE.title) } },
    heading1: headingStyle(1),
    heading2: headingStyle(2),
    heading3: headingStyle(3),
    heading4: headingStyle(4),
    heading5: headingStyle(5),
    heading6: headingStyle(6),
    listParagraph: { paragraph: { spacing: spacing(HOUSE.listItem) } },
    hyperlink: { run: { color: '1F4E9A', underline: {} } },
  },
  paragraphStyles: [
    {
      id: STYLE_IDS.contentsTitle,
      name: 'Contents Title',
      basedOn: 'Normal',
      next: 'Normal',
      run: run(HOUSE.contentsTitle),
      paragraph: { spacing: spacing(HOUSE.contentsTitle) },
    },
    {
      id: STYLE_IDS.tableText,
      name: 'Table Text',
      basedOn: 'Normal',
      run: { size: HOUSE.tableText.size },
      paragraph: { spacing: spacing(HOUSE.tableText) },
    },
    {
      id: STYLE_IDS.tableHeader,
      name: 'Table Header',
      basedOn: STYLE_IDS.tableText,
      run: { bold: true, color: 'FFFFFF' },
      paragraph: { keepNext: true },
    },
    {
      id: 'TOC1',
      name: 'toc 1',
      basedOn: 'Normal',
      next: 'Normal',
      uiPriority: 39,
      run: { bold: true },
      paragraph: { spacing: { before: 120, after: 60 } },
    },
    {
      id: 'TOC2',
      name: 'toc 2',
      basedOn: 'Normal',
      next: 'Normal',
      uiPriority: 39,
      paragraph: { spacing: { before: 0, after: 40 }, indent: { left: 360 } },
    },
    {
      id: 'Subtitle',
      name: 'Subtitle',
      basedOn: 'Normal',
      next: 'Normal',
      run: run(HOUSE.subtitle),
      paragraph: { spacing: spacing(HOUSE.subtitle) },
    },
  ],
};

/** The style id each of the house style's default styles is written under. */
const DEFAULT_STYLE_IDS: Record<string, string> = {
  title: 'Title',
  heading1: 'Heading1',
  heading2: 'Heading2',
  heading3: 'Heading3',
  heading4: 'Heading4',
  heading5: 'Heading5',
  heading6: 'Heading6',
  listParagraph: 'ListParagraph',
  hyperlink: 'Hyperlink',
};

/**
 * The document's styles: the house style, or the council's template with the house style only for the
 * styles it does not have (its document defaults, fonts and language are its own, set to English (UK)
 * when it was read).
 */
export function stylesFor(template: WordTemplate | null): Pick<IPropertiesOptions, 'styles' | 'externalStyles' | 'theme'> {
  if (!template) return { styles: STYLES };
  const has = (id: string) => template.styleIds.has(id);
  const defaults: Record<string, unknown> = {};
  for (const [key, style] of Object.entries(STYLES.default ?? {}))
    if (key !== 'document' && DEFAULT_STYLE_IDS[key] && !has(DEFAULT_STYLE_IDS[key])) defaults[key] = style;
  return {
    externalStyles: template.stylesXml,
    styles: {
      default: defaults as NonNullable<IStylesOptions['default']>,
      paragraphStyles: (STYLES.paragraphStyles ?? [])
        .filter((s) => !has(s.id))
        // Under the template's table style its header row gives the colour: ours is white, for our dark fill.
        .map((s) => (s.id === STYLE_IDS.tableHeader && template.tableStyle ? { ...s, run: { bold: true } } : s)),
    },
    ...(template.theme ? { theme: template.theme } : {}),
  };
}

export const NUMBERING: INumberingOptions = {
  config: [
    {
      reference: BULLET_LIST,
      levels: [
        {
          level: 0,
          format: LevelFormat.BULLET,
          text: '\u2022',
          alignment: AlignmentType.LEFT,
          style: { paragraph: { indent: { left: 567, hanging: 283 } } },
        },
      ],
    },
    {
      reference: CELL_BULLET_LIST,
      levels: [
        {
          level: 0,
          format: LevelFormat.BULLET,
          text: '\u2022',
          alignment: AlignmentType.LEFT,
          style: { paragraph: { indent: { left: HOUSE.cellListIndent, hanging: 227 } } },
        },
      ],
    },
    {
      reference: NUMBERED_LIST,
      levels: [
        {
          level: 0,
          format: LevelFormat.DECIMAL,
          text: '%1.',
          alignment: AlignmentType.LEFT,
          style: { paragraph: { indent: { left: 567, hanging: 397 } } },
        },
      ],
    },
  ],
};
