// The shared chart (src/shared/charts) drawn in the page: its SVG tree turned into React elements, so no
// markup is ever injected and the strict Content Security Policy holds. SVG presentation attributes are
// attributes, not inline styles.
import { createElement, type ReactNode } from 'react';
import type { SvgElement } from '../../../shared/charts/svg';

/** React spells SVG attributes in camel case (stroke-width as strokeWidth); aria-*, role and xmlns stay. */
function reactName(attr: string): string {
  if (attr.startsWith('aria-') || attr.startsWith('data-') || attr === 'role') return attr;
  if (attr === 'class') return 'className';
  return attr.replace(/-([a-z])/g, (_, c: string) => c.toUpperCase());
}

function toReact(node: SvgElement, key?: number): ReactNode {
  const props: Record<string, unknown> = { key };
  for (const [k, v] of Object.entries(node.attrs)) props[reactName(k)] = v;
  return createElement(node.tag, props, ...(node.children ?? []).map((c, i) => (typeof c === 'string' ? c : toReact(c, i))));
}

export function SvgChart({ svg, className }: { svg: SvgElement; className?: string }) {
  // Drawn at the width of its container; the viewBox keeps its proportions.
  return <div className={`svg-chart${className ? ` ${className}` : ''}`}>{toReact({ ...svg, attrs: { ...svg.attrs, width: '100%', height: 'auto' } })}</div>;
}
