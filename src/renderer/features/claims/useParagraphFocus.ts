// Following a flag to its paragraph: once the area's narrative editors are on screen, scroll to the
// paragraph (or list item) the flag names and select its words in its section's editor, so the person
// sees which it is and can start rewriting at once. Works on the editor's own block elements, which are
// the children of its editable root in document order. The selection goes through the DOM, which the
// editor reads as its own; a class on an element the editor draws would be drawn away again.
import { useEffect } from 'react';
import type { ParagraphFocus } from '../../app/navigation';

export const SECTION_ATTR = 'data-section-id';

export function useParagraphFocus(focus: ParagraphFocus | undefined, ready: boolean): void {
  useEffect(() => {
    if (!focus || !ready) return;
    const timer = window.setTimeout(() => {
      const section = document.querySelector(`[${SECTION_ATTR}="${CSS.escape(focus.sectionId)}"]`);
      const root = section?.querySelector<HTMLElement>('[contenteditable="true"]');
      const block = root?.children[focus.blockIndex];
      const target = (focus.itemIndex === null ? block : block?.children[focus.itemIndex]) as HTMLElement | undefined;
      if (!target) return;
      root?.focus({ preventScroll: true });
      const words = document.createRange();
      words.selectNodeContents(target);
      const selection = window.getSelection();
      selection?.removeAllRanges();
      selection?.addRange(words);
      target.scrollIntoView({ block: 'center' });
    }, 50);
    return () => window.clearTimeout(timer);
  }, [focus, ready]);
}
