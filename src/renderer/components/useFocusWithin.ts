// Whether focus is inside a part of the page: a form being edited holds the version it started from
// (data/saveAgainst.ts) while the person is in it.
import { useCallback, useEffect, useRef, useState, type FocusEvent } from 'react';

export function useFocusWithin() {
  const [focused, setFocused] = useState(false);
  const leaving = useRef<ReturnType<typeof setTimeout> | null>(null);
  useEffect(() => () => void (leaving.current && clearTimeout(leaving.current)), []);
  const onFocus = useCallback(() => {
    if (leaving.current) clearTimeout(leaving.current);
    leaving.current = null;
    setFocused(true);
  }, []);
  const onBlur = useCallback((e: FocusEvent) => {
    if (e.currentTarget.contains(e.relatedTarget as Node | null)) return;
    // A field saves as focus leaves it: the hold ends after that save has gone, so it is made against
    // the version the person started from, not one read while they typed.
    leaving.current = setTimeout(() => setFocused(false), 0);
  }, []);
  return { focused, focusProps: { onFocus, onBlur } };
}
