// Everything the editor can do, as data: each action's name, what its button shows, its keys, whether it
// is on where the caret is, and what it does. The toolbar, the keyboard shortcuts, the buttons'
// aria-keyshortcuts and the Formatting menu are all made from this one list, so they cannot disagree.
import type { Editor } from '@tiptap/react';
// The commands the actions run (toggleBold, undo…) are declared by the extensions the starter kit brings.
import type {} from '@tiptap/starter-kit';

/** What an action may ask of the screen around the editor: the dialogs it opens. */
export interface EditorHost {
  askForLink(): void;
  /** Absent where there is nothing to cite (no pack open). */
  askForCitation?(): void;
  /** Absent where there is no pack whose date judges the figures. */
  askForIndicator?(): void;
}

export interface EditorAction {
  id: string;
  /** The action's name: the button's accessible name and the menu item. */
  label: string;
  /** What its toolbar button shows, when that is not the label. */
  text?: string;
  /** Its keys in ProseMirror's notation ("Mod-b"); the first is the one shown. */
  keys: readonly string[];
  /** Buttons are grouped; a new group starts a little apart. */
  group: 'history' | 'marks' | 'headings' | 'lists' | 'insert';
  /** For toggles: whether it is on where the caret is (aria-pressed, a checked menu item). */
  isActive?(editor: Editor): boolean;
  /** Whether it can be offered at all here (citing needs a pack). */
  available?(host: EditorHost): boolean;
  /** Whether it would do anything now (undo with nothing to undo). */
  canRun?(editor: Editor): boolean;
  run(editor: Editor, host: EditorHost): void;
}

const heading = (level: 1 | 2 | 3): EditorAction => ({
  id: `heading${level}`,
  label: `Heading ${level}`,
  text: `H${level}`,
  keys: [`Mod-Alt-${level}`],
  group: 'headings',
  isActive: (editor) => editor.isActive('heading', { level }),
  run: (editor) => editor.chain().focus().toggleNode('heading', 'paragraph', { level }).run(),
});

export const EDITOR_ACTIONS: readonly EditorAction[] = [
  {
    id: 'undo',
    label: 'Undo',
    keys: ['Mod-z'],
    group: 'history',
    canRun: (editor) => editor.can().undo(),
    run: (editor) => editor.chain().focus().undo().run(),
  },
  {
    id: 'redo',
    label: 'Redo',
    keys: ['Mod-Shift-z', 'Mod-y'],
    group: 'history',
    canRun: (editor) => editor.can().redo(),
    run: (editor) => editor.chain().focus().redo().run(),
  },
  {
    id: 'bold',
    label: 'Bold',
    text: 'B',
    keys: ['Mod-b'],
    group: 'marks',
    isActive: (editor) => editor.isActive('bold'),
    run: (editor) => editor.chain().focus().toggleBold().run(),
  },
  {
    id: 'italic',
    label: 'Italic',
    text: 'I',
    keys: ['Mod-i'],
    group: 'marks',
    isActive: (editor) => editor.isActive('italic'),
    run: (editor) => editor.chain().focus().toggleItalic().run(),
  },
  {
    id: 'clearFormatting',
    label: 'Clear formatting',
    text: 'Clear',
    keys: ['Mod-\\'],
    group: 'marks',
    // Bold and italic go, and headings and list items become plain paragraphs; links stay, being content.
    run: (editor) => editor.chain().focus().unsetBold().unsetItalic().clearNodes().run(),
  },
  heading(1),
  heading(2),
  heading(3),
  {
    id: 'bulletList',
    label: 'Bulleted list',
    text: '• List',
    keys: ['Mod-Shift-8'],
    group: 'lists',
    isActive: (editor) => editor.isActive('bulletList'),
    run: (editor) => editor.chain().focus().toggleBulletList().run(),
  },
  {
    id: 'orderedList',
    label: 'Numbered list',
    text: '1. List',
    keys: ['Mod-Shift-7'],
    group: 'lists',
    isActive: (editor) => editor.isActive('orderedList'),
    run: (editor) => editor.chain().focus().toggleOrderedList().run(),
  },
  {
    id: 'link',
    label: 'Link',
    keys: ['Mod-k'],
    group: 'insert',
    isActive: (editor) => editor.isActive('link'),
    run: (_editor, host) => host.askForLink(),
  },
  {
    id: 'cite',
    label: 'Cite evidence',
    keys: ['Mod-Shift-e'],
    group: 'insert',
    available: (host) => Boolean(host.askForCitation),
    run: (_editor, host) => host.askForCitation?.(),
  },
  {
    id: 'citeIndicator',
    label: 'Cite an indicator',
    keys: ['Mod-Shift-f'],
    group: 'insert',
    available: (host) => Boolean(host.askForIndicator),
    run: (_editor, host) => host.askForIndicator?.(),
  },
];

/** Runs the action where the editor takes edits and the action is offered here; false when it is not run. */
export function runIfOffered(action: EditorAction, editor: Editor, host: EditorHost): boolean {
  if (!editor.isEditable || (action.available && !action.available(host))) return false;
  action.run(editor, host);
  return true;
}

const IS_MAC = typeof navigator !== 'undefined' && /Mac|iPhone|iPad/.test(navigator.platform);

/** "Mod-Shift-8" as aria-keyshortcuts says it: "Control+Shift+8" ("Meta+Shift+8" on a Mac). */
export function ariaKeys(keys: string): string {
  return keys
    .split('-')
    .map((part) => (part === 'Mod' ? (IS_MAC ? 'Meta' : 'Control') : part.length === 1 ? part.toUpperCase() : part))
    .join('+');
}

/** "Mod-Shift-8" as people read it: "Ctrl+Shift+8" (⌘ on a Mac). */
export function shownKeys(keys: string): string {
  return keys
    .split('-')
    .map((part) => (part === 'Mod' ? (IS_MAC ? '⌘' : 'Ctrl') : part.length === 1 ? part.toUpperCase() : part))
    .join('+');
}
