// Which narrative editor has the caret, for commands that come from outside it: the native Format menu.
// The editor that holds document.activeElement is the one; while the native menu is open the window
// has lost focus, but the page's active element stays where the caret was, so the command lands there.
export interface FocusableEditor {
  /** Whether this editor holds the element. */
  holds(element: Element): boolean;
  /** Runs the editor action with this id (actions.ts), as its toolbar button would. */
  run(actionId: string): void;
}

const mounted = new Set<FocusableEditor>();

/** Called by each editor as it mounts; returns what to call as it unmounts. */
export function registerEditor(editor: FocusableEditor): () => void {
  mounted.add(editor);
  return () => mounted.delete(editor);
}

/** Runs the action on the editor with the caret; false when no editor has it (the command then does nothing). */
export function runOnFocusedEditor(actionId: string): boolean {
  const active = document.activeElement;
  if (!active) return false;
  for (const editor of mounted)
    if (editor.holds(active)) {
      editor.run(actionId);
      return true;
    }
  return false;
}
