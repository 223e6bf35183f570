// What a narrative can hold in the editor, as TipTap extensions over ProseMirror: paragraphs, headings 1–3,
// flat bulleted and numbered lists, bold, italic, web and mail links, and citation chips. Anything else a
// paste brings (tables, colours, fonts, images, underline) has no place here and is dropped to its words.
// Nothing injects a <style> element or a style attribute (the Content Security Policy forbids both): the
// editor's own CSS is in styles/app.css.
import { mergeAttributes, Node, ReactNodeViewRenderer, type Extensions } from '@tiptap/react';
import { StarterKit } from '@tiptap/starter-kit';
import { LinkHrefSchema } from '../../shared/richtext';
import { CITATION_KINDS, type CitationKind } from './citations';
import { CitationChip } from './CitationChip';

/** The page already uses h1–h3 (screen, section, question), so the document's headings 1–3 are h4–h6. */
export const HEADING_TAGS = { 1: 'h4', 2: 'h5', 3: 'h6' } as const;

const NarrativeHeading = Node.create({
  name: 'heading',
  group: 'block',
  content: 'inline*',
  defining: true,
  addAttributes() {
    return { level: { default: 1, rendered: false } };
  },
  parseHTML() {
    // Pasted h1–h3 keep their level; the editor's own h4–h6 (copied within the app) map back to 1–3.
    return [
      { tag: 'h1', attrs: { level: 1 } },
      { tag: 'h2', attrs: { level: 2 } },
      { tag: 'h3', attrs: { level: 3 } },
      { tag: 'h4', attrs: { level: 1 } },
      { tag: 'h5', attrs: { level: 2 } },
      { tag: 'h6', attrs: { level: 3 } },
    ];
  },
  renderHTML({ node, HTMLAttributes }) {
    const level = (node.attrs.level as 1 | 2 | 3) in HEADING_TAGS ? (node.attrs.level as 1 | 2 | 3) : 1;
    return [HEADING_TAGS[level], HTMLAttributes, 0];
  },
});

/** A list item is one line: the stored lists are flat, so there is nothing to indent into (Tab leaves the editor). */
const FlatListItem = Node.create({
  name: 'listItem',
  content: 'paragraph',
  defining: true,
  parseHTML() {
    return [{ tag: 'li' }];
  },
  renderHTML({ HTMLAttributes }) {
    return ['li', HTMLAttributes, 0];
  },
  addKeyboardShortcuts() {
    return {
      // Enter starts the next item; on an empty item it leaves the list.
      Enter: () => this.editor.commands.splitListItem(this.name) || this.editor.commands.liftListItem(this.name),
      'Shift-Tab': () => this.editor.commands.liftListItem(this.name),
    };
  },
});

function citationNode(kind: CitationKind) {
  return Node.create({
    name: kind.node,
    group: 'inline',
    inline: true,
    atom: true,
    selectable: true,
    draggable: false,
    addAttributes() {
      return Object.fromEntries(
        kind.attrs.map((a) => [
          a.name,
          {
            default: null,
            parseHTML: (el: HTMLElement) => el.getAttribute(a.html),
            renderHTML: (attrs: Record<string, unknown>) => (attrs[a.name] ? { [a.html]: attrs[a.name] } : {}),
          },
        ]),
      );
    },
    parseHTML() {
      const required = kind.attrs.find((a) => a.required)!;
      return [{ tag: `span[${required.html}]` }];
    },
    renderHTML({ HTMLAttributes }) {
      return ['span', mergeAttributes({ class: 'rt-cite' }, HTMLAttributes), kind.placeholder];
    },
    renderText() {
      return kind.placeholder;
    },
    addNodeView() {
      return ReactNodeViewRenderer(CitationChip, { as: 'span', className: 'rt-cite-view' });
    },
  });
}

export function narrativeExtensions(): Extensions {
  return [
    StarterKit.configure({
      heading: false,
      listItem: false,
      blockquote: false,
      code: false,
      codeBlock: false,
      horizontalRule: false,
      strike: false,
      underline: false,
      // A narrative has paragraphs, not line breaks inside them.
      hardBreak: false,
      trailingNode: false,
      link: {
        openOnClick: false,
        autolink: false,
        linkOnPaste: true,
        // The stored model keeps web and mail links only; anything else is dropped to its words.
        isAllowedUri: (url) => LinkHrefSchema.safeParse(url).success,
        HTMLAttributes: { target: null, rel: null, class: null },
      },
    }),
    NarrativeHeading,
    FlatListItem,
    ...CITATION_KINDS.map(citationNode),
  ];
}
