// A title that wraps between words but never inside a period: the en dash in "2025–26" is a line-break
// opportunity, so "… self-evaluation 2025–" / "26" could happen. Periods go in a no-wrap span; the text
// (and so the accessible name) is unchanged.
import { Fragment } from 'react';

const PERIOD = /(\d{4}\s*[–—-]\s*\d{2,4}(?!\d))/;

export function TitleText({ text }: { text: string }) {
  const parts = text.split(PERIOD);
  if (parts.length === 1) return <>{text}</>;
  // One span around the whole, so a flex container sees one item, not a gap either side of the period.
  return (
    <span>
      {parts.map((part, i) =>
        i % 2 === 1 ? (
          <span key={i} className="nowrap">
            {part}
          </span>
        ) : (
          <Fragment key={i}>{part}</Fragment>
        ),
      )}
    </span>
  );
}
