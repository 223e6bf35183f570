// A box for what may be wider than the window (a table at 1024 px or at 200% zoom). When it is, people
// can see so and reach the rest: a line above says to scroll sideways, a shadow marks the side with more,
// and the box is a named region in the tab order, so the arrow keys scroll it. When everything fits it
// is an ordinary box with no tab stop. The evidence library's own scroller uses the hook directly.
import { useLayoutEffect, useRef, useState, type ReactNode, type RefObject } from 'react';

export interface Overflow {
  /** Whether there is more to the left or the right of what is in view. */
  left: boolean;
  right: boolean;
}

const FITS: Overflow = { left: false, right: false };

/** Follows whether the element's content is wider than the element, and which way the rest lies. */
export function useHorizontalOverflow(ref: RefObject<HTMLElement | null>): Overflow {
  const [overflow, setOverflow] = useState<Overflow>(FITS);
  useLayoutEffect(() => {
    const el = ref.current;
    if (!el) return;
    const measure = () => {
      const left = el.scrollLeft > 1;
      const right = el.scrollLeft + el.clientWidth < el.scrollWidth - 1;
      setOverflow((o) => (o.left === left && o.right === right ? o : { left, right }));
    };
    measure();
    const observer = new ResizeObserver(measure);
    const observeAll = () => {
      observer.observe(el);
      for (const child of el.children) observer.observe(child);
    };
    observeAll();
    // What the box holds may arrive later (a table once its rows load).
    const children = new MutationObserver(() => {
      observeAll();
      measure();
    });
    children.observe(el, { childList: true });
    el.addEventListener('scroll', measure, { passive: true });
    return () => {
      observer.disconnect();
      children.disconnect();
      el.removeEventListener('scroll', measure);
    };
  }, [ref]);
  return overflow;
}

/** The scrolling box's attributes: a named region in the tab order, only while there is more to see. */
export function scrollBoxProps(overflow: Overflow, label: string) {
  return overflow.left || overflow.right
    ? { role: 'region', 'aria-label': label, tabIndex: 0, 'data-scroll-box': '' }
    : { 'data-scroll-box': '' };
}

/** Says, above the box, that there is more to the side. */
export function ScrollHint({ overflow }: { overflow: Overflow }) {
  if (!overflow.left && !overflow.right) return null;
  return <p className="scroll-hint">Wider than the window: scroll sideways to see every column.</p>;
}

/** Around the scrolling box: draws the shadow on the side where there is more (styles/app.css). */
export function ScrollFrame({
  overflow,
  className,
  children,
}: {
  overflow: Overflow;
  className?: string;
  children: ReactNode;
}) {
  return (
    <div
      className={`scroll-frame${className ? ` ${className}` : ''}`}
      data-more-left={overflow.left ? '' : undefined}
      data-more-right={overflow.right ? '' : undefined}
    >
      {children}
    </div>
  );
}

/** A table (or anything wide) that scrolls sideways in its own box when the window is too narrow for it. */
export function ScrollArea({ label, className, children }: { label: string; className?: string; children: ReactNode }) {
  const ref = useRef<HTMLDivElement>(null);
  const overflow = useHorizontalOverflow(ref);
  return (
    <>
      <ScrollHint overflow={overflow} />
      <ScrollFrame overflow={overflow}>
        <div
          ref={ref}
          className={`scroll-area${className ? ` ${className}` : ''}`}
          {...scrollBoxProps(overflow, label)}
        >
          {children}
        </div>
      </ScrollFrame>
    </>
  );
}
