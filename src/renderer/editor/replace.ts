// Putting another document in an open editor: someone else's save arriving, or the text chosen in
// "Compare and merge". The caret stays where it was when the change is elsewhere, moves with the text
// after the change, and goes to the end of the change when it was inside it. The undo history starts
// afresh: undoing past this point would bring back text that is no longer anyone's version, and the
// next save goes against the version now loaded.
import type { Node as PmNode } from '@tiptap/pm/model';
import { EditorState, TextSelection } from '@tiptap/pm/state';
import type { Editor, JSONContent } from '@tiptap/react';

/** Where a caret at `pos` in `before` belongs in `after`. */
export function caretAfterReplace(before: PmNode, after: PmNode, pos: number): number {
  const start = before.content.findDiffStart(after.content);
  if (start === null || pos <= start) return Math.min(pos, after.content.size);
  const end = before.content.findDiffEnd(after.content);
  if (!end) return Math.min(pos, after.content.size);
  // When the same characters sit either side of the change, the two ends can overlap: keep the end past the start.
  const endBefore = Math.max(end.a, start);
  const endAfter = end.b + (endBefore - end.a);
  const mapped = pos >= endBefore ? pos + (endAfter - endBefore) : endAfter;
  return Math.max(0, Math.min(mapped, after.content.size));
}

export function replaceDocument(editor: Editor, json: JSONContent): void {
  const { view } = editor;
  const old = view.state;
  const doc = old.schema.nodeFromJSON(json);
  const selection = TextSelection.near(doc.resolve(caretAfterReplace(old.doc, doc, old.selection.head)));
  // A new state with the same plugins: the history plugin among them starts empty.
  view.updateState(EditorState.create({ doc, selection, plugins: old.plugins }));
  // An empty step, kept out of the history, so the toolbar's state and the rest of TipTap see the new text.
  view.dispatch(view.state.tr.setMeta('addToHistory', false));
}
