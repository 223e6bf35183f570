// A council's Word template as the tests need one, made for real with the docx library: headings in a
// serif font and a red of the council's own, Letter-size pages with wide margins, a header with a logo
// (a picture drawn here) and a footer with the council's address. Saved as a .dotx (Word's template
// type) or a .docx, with a table style of its own; styles can be left out to see the export fall back
// to its own.
import { Resvg } from '@resvg/resvg-js';
import { Document, Footer, Header, ImageRun, Packer, Paragraph, TextRun } from 'docx';
import JSZip from 'jszip';

export const TEMPLATE_LOOK = {
  headingFont: 'Liberation Serif',
  headingColour: 'C00000',
  bodyFont: 'Liberation Serif',
  /** US Letter, in twentieths of a point, with 1.25-inch side margins. */
  page: { width: 12240, height: 15840, top: 1440, bottom: 1440, left: 1800, right: 1800 },
  headerText: 'Northmoor Borough Council · Children’s Services',
  footerText: 'Town Hall, Market Street, Northmoor NM1 1AA',
  /** The council's own table style: red rules and a red header row with white bold text. */
  tableStyle: { id: 'CouncilTable', name: 'Council Table', colour: 'C00000' },
} as const;

/** The template's table style as Word writes one: borders, and a header row of its own. */
function tableStyleXml(): string {
  const { id, name, colour } = TEMPLATE_LOOK.tableStyle;
  const rule = (side: string) => `<w:${side} w:val="single" w:sz="8" w:space="0" w:color="${colour}"/>`;
  return (
    `<w:style w:type="table" w:customStyle="1" w:styleId="${id}"><w:name w:val="${name}"/><w:uiPriority w:val="59"/>` +
    `<w:tblPr><w:tblBorders>${['top', 'left', 'bottom', 'right', 'insideH', 'insideV'].map(rule).join('')}</w:tblBorders></w:tblPr>` +
    `<w:tblStylePr w:type="firstRow"><w:rPr><w:b/><w:color w:val="FFFFFF"/></w:rPr><w:tcPr><w:shd w:val="clear" w:color="auto" w:fill="${colour}"/></w:tcPr></w:tblStylePr>` +
    '</w:style>'
  );
}

/** A small logo: a red square with a white bar, as a PNG. */
export function logoPng(): Buffer {
  const svg =
    '<svg xmlns="http://www.w3.org/2000/svg" width="120" height="40"><rect width="120" height="40" fill="#C00000"/><rect x="10" y="16" width="100" height="8" fill="#FFFFFF"/></svg>';
  return Buffer.from(new Resvg(svg).render().asPng());
}

export interface TemplateOptions {
  kind?: 'dotx' | 'docx';
  /** Style ids to remove from the template, to see what the export does without them. */
  without?: string[];
}

export async function makeWordTemplate({ kind = 'dotx', without = [] }: TemplateOptions = {}): Promise<Buffer> {
  const look = TEMPLATE_LOOK;
  const heading = (size: number) => ({ run: { font: look.headingFont, color: look.headingColour, size, bold: true } });
  const document = new Document({
    creator: 'Template author who must not appear in exports',
    styles: {
      default: {
        document: { run: { font: look.bodyFont, size: 24 } },
        heading1: heading(40),
        heading2: heading(32),
        heading3: heading(28),
        heading4: heading(24),
      },
    },
    sections: [
      {
        properties: {
          page: {
            size: { width: look.page.width, height: look.page.height },
            margin: { top: look.page.top, bottom: look.page.bottom, left: look.page.left, right: look.page.right, header: 708, footer: 708 },
          },
        },
        headers: {
          default: new Header({
            children: [
              new Paragraph({
                children: [new ImageRun({ type: 'png', data: logoPng(), transformation: { width: 120, height: 40 } }), new TextRun(`  ${look.headerText}`)],
              }),
            ],
          }),
        },
        footers: { default: new Footer({ children: [new Paragraph(look.footerText)] }) },
        children: [new Paragraph('The council’s template: this text is not copied into exports.')],
      },
    ],
  });
  const zip = await JSZip.loadAsync(await Packer.toBuffer(document));
  let styles = (await zip.file('word/styles.xml')!.async('string')).replace('</w:styles>', `${tableStyleXml()}</w:styles>`);
  for (const id of without) styles = styles.replace(new RegExp(`<w:style\\b[^>]*w:styleId="${id}"[^>]*>[\\s\\S]*?</w:style>`), '');
  zip.file('word/styles.xml', styles);
  if (kind === 'dotx') {
    const types = await zip.file('[Content_Types].xml')!.async('string');
    zip.file(
      '[Content_Types].xml',
      types.replace(
        'application/vnd.openxmlformats-officedocument.wordprocessingml.document.main+xml',
        'application/vnd.openxmlformats-officedocument.wordprocessingml.template.main+xml',
      ),
    );
  }
  return zip.generateAsync({ type: 'nodebuffer' });
}
