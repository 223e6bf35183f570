// The evidence library as a real <table> that only puts the rows in view into the DOM (TanStack
// Virtual). Rows are as tall as their words: a long title wraps rather than being cut off, and each row
// is measured once shown, so the rows around it and the scroll bar stay true; spacer rows above and
// below stand for the rest. Screen readers get the full size from aria-rowcount and each row's place
// from aria-rowindex. Keyboard: one row is in the tab order (roving tabindex); the arrow keys, Page
// Up/Down, Home and End move between rows and Enter opens the item. Narrower than its columns (at
// 200% zoom), the table scrolls sideways in its own box and says so.
import { measureElement, useVirtualizer } from '@tanstack/react-virtual';
import { useCallback, useEffect, useLayoutEffect, useRef, useState, type KeyboardEvent } from 'react';
import {
  EVIDENCE_TYPE_LABELS,
  FRESHNESS_LABELS,
  SENSITIVITY_LABELS,
  type Freshness,
  type Sensitivity,
} from '../../../shared/domain';
import { formatShortDate } from '../../../shared/dates';
import type { EvidenceQuery } from '../../../shared/api';
import type { EvidenceRow } from '../../../shared/entities';
import { Tag } from '../../components/Badges';
import { ScrollFrame, ScrollHint, scrollBoxProps, useHorizontalOverflow } from '../../components/ScrollArea';
import { useLibraryRows } from './data';
import { useEvidenceLibraryView, type EvidenceSortKey } from './libraryStore';

/**
 * A row's height before any row is measured: a title line and its detail line beside the date cell's
 * three (date, freshness, review date). Once rows are measured, the height most of them have is the
 * estimate instead (RowHeights).
 */
export const ROW_HEIGHT = 76;
const OVERSCAN = 8;

/**
 * The height most measured rows have, as the estimate for rows not yet measured. An estimate that is
 * right keeps a jump (End, the scroll bar dragged) on target at once: with a wrong one every row shown
 * moves the rows below it and the scroll position is corrected over several frames.
 */
class RowHeights {
  private readonly seen = new Map<number, number>();
  typical: number;

  constructor(initial: number) {
    this.typical = initial;
  }

  note(height: number): number {
    const times = (this.seen.get(height) ?? 0) + 1;
    this.seen.set(height, times);
    if (height !== this.typical && times > (this.seen.get(this.typical) ?? 0)) this.typical = height;
    return height;
  }
}

const FRESHNESS_TONE: Record<Freshness, 'good' | 'warn' | 'bad'> = {
  in_date: 'good',
  due_soon: 'warn',
  out_of_date: 'bad',
};
const SENSITIVITY_TONE: Record<Sensitivity, 'neutral' | 'warn' | 'bad'> = {
  official: 'neutral',
  official_sensitive: 'warn',
  personal_data: 'bad',
};

export function FreshnessTag({ freshness }: { freshness: Freshness }) {
  return <Tag tone={FRESHNESS_TONE[freshness]}>{FRESHNESS_LABELS[freshness]}</Tag>;
}

export function SensitivityTag({ sensitivity }: { sensitivity: Sensitivity }) {
  return <Tag tone={SENSITIVITY_TONE[sensitivity]}>{SENSITIVITY_LABELS[sensitivity]}</Tag>;
}

/** Most evidence is OFFICIAL: said quietly, so the items marked otherwise stand out. */
function SensitivityCell({ sensitivity }: { sensitivity: Sensitivity }) {
  return sensitivity === 'official' ? (
    <span className="muted">{SENSITIVITY_LABELS.official}</span>
  ) : (
    <SensitivityTag sensitivity={sensitivity} />
  );
}

/** When the evidence is from, and whether it is still fresh enough to rely on (with its review date). */
function DateCell({ row }: { row: EvidenceRow }) {
  return (
    <span className="evidence-table__review">
      <span className="evidence-table__date">
        {row.effectiveDate ? formatShortDate(row.effectiveDate) : <span className="muted">Undated</span>}
      </span>
      <FreshnessTag freshness={row.freshness} />
      <span className="evidence-table__due">
        {row.reviewDue ? `Review by ${formatShortDate(row.reviewDue)}` : 'No review date'}
      </span>
    </span>
  );
}

interface Column {
  id: string;
  label: string;
  sort?: EvidenceSortKey;
  width?: number;
  className?: string;
  cell(row: EvidenceRow): React.ReactNode;
}

/** The second line under a title: how many files, and the areas of the open pack it supports. */
function TitleCell({ row, withAreas }: { row: EvidenceRow; withAreas: boolean }) {
  const files =
    row.attachmentCount === 0 ? 'No files' : row.attachmentCount === 1 ? '1 file' : `${row.attachmentCount} files`;
  // The framework's own area titles, never shortened: the row grows to hold them.
  const areas = row.linkedAreas.map((a) => a.title).join('; ');
  const sub = `${files}${withAreas ? (areas ? ` · Supports ${areas}` : ' · Not linked to this pack') : ''}`;
  return (
    <>
      <span className="evidence-table__title">{row.title}</span>
      <span className="evidence-table__sub">{sub}</span>
    </>
  );
}

const COLUMNS: Column[] = [
  { id: 'reference', label: 'Ref', sort: 'reference', width: 66, cell: (r) => r.reference },
  { id: 'title', label: 'Title', sort: 'title', cell: () => null },
  { id: 'type', label: 'Type', sort: 'type', width: 140, cell: (r) => EVIDENCE_TYPE_LABELS[r.type] },
  {
    id: 'owner',
    label: 'Owner',
    sort: 'owner',
    width: 150,
    cell: (r) => r.owner || <span className="muted">None</span>,
  },
  { id: 'date', label: 'Date and freshness', sort: 'effectiveDate', width: 164, cell: (r) => <DateCell row={r} /> },
  { id: 'sensitivity', label: 'Sensitivity', width: 176, cell: (r) => <SensitivityCell sensitivity={r.sensitivity} /> },
];

const DIRECTION_WORDS = { asc: 'ascending', desc: 'descending' } as const;

interface EvidenceTableProps {
  /** The question asked of the library (search, filters, sort), and how many items answer it. */
  query: EvidenceQuery;
  total: number;
  withAreas: boolean;
  onOpen(row: EvidenceRow): void;
  /** Described by this element: the keyboard hint. */
  describedBy?: string;
}

export function EvidenceTable({ query, total, withAreas, onOpen, describedBy }: EvidenceTableProps) {
  const sort = query.sort ?? 'reference';
  const direction = query.direction ?? 'asc';
  const sortBy = useEvidenceLibraryView((s) => s.sortBy);

  const scroller = useRef<HTMLDivElement>(null);
  const head = useRef<HTMLTableSectionElement>(null);
  const rowEls = useRef(new Map<number, HTMLTableRowElement>());
  const [headHeight, setHeadHeight] = useState(38);
  const [active, setActive] = useState(0);
  const focusWanted = useRef(false);
  const heights = useRef(new RowHeights(ROW_HEIGHT));
  const overflow = useHorizontalOverflow(scroller);

  const count = total;
  const columns = COLUMNS;

  // The sticky header covers the top of the box: rows are laid out, and scrolled to, below it.
  useLayoutEffect(() => {
    const el = head.current;
    if (!el) return;
    const measure = () => setHeadHeight(el.offsetHeight);
    measure();
    const observer = new ResizeObserver(measure);
    observer.observe(el);
    return () => observer.disconnect();
  }, []);

  const virtualizer = useVirtualizer({
    count,
    getScrollElement: () => scroller.current,
    estimateSize: () => heights.current.typical,
    measureElement: (el, entry, instance) => heights.current.note(measureElement(el, entry, instance)),
    overscan: OVERSCAN,
    paddingStart: headHeight,
    scrollPaddingStart: headHeight,
    // Render the first screen of rows on the first pass, before the box has been measured.
    initialRect: { width: 1000, height: 720 },
  });
  // One callback for every row, so React attaches it once when a row appears rather than again on every
  // render: each attach measures the row, and a measure reads its height from the layout. After that,
  // the virtualizer's ResizeObserver reports a row whose height changes (its words arrived, or wrapped).
  const rowRef = useCallback(
    (el: HTMLTableRowElement) => {
      const index = Number(el.dataset.index);
      rowEls.current.set(index, el);
      virtualizer.measureElement(el);
      return () => {
        if (rowEls.current.get(index) === el) rowEls.current.delete(index);
      };
    },
    [virtualizer],
  );
  const items = virtualizer.getVirtualItems();
  const first = items[0]?.index ?? 0;
  const last = items[items.length - 1]?.index ?? -1;
  const { rowAt, question } = useLibraryRows(query, first, Math.max(first, last), count);

  // A new question starts at the top of its answer. Writing scrollTop makes the browser lay the page out
  // there and then, so it is written only when the list is not at the top already (the virtualizer's
  // offset is kept from scroll events and costs nothing to read).
  useEffect(() => {
    if (scroller.current && (virtualizer.scrollOffset ?? 0) !== 0) scroller.current.scrollTop = 0;
    setActive(0);
  }, [question, virtualizer]);

  // Keep the active row inside the list as it shrinks.
  useEffect(() => {
    if (count && active > count - 1) setActive(count - 1);
  }, [count, active]);

  // After a key moved the active row, focus it once it is in the DOM.
  useEffect(() => {
    if (!focusWanted.current) return;
    const el = rowEls.current.get(active);
    if (el) {
      focusWanted.current = false;
      el.focus({ preventScroll: true });
    }
  });

  const moveTo = (index: number) => {
    if (!count) return;
    const next = Math.min(count - 1, Math.max(0, index));
    virtualizer.scrollToIndex(next, { align: 'auto' });
    focusWanted.current = true;
    setActive(next);
  };

  // A page is the rows in view now (they may be of any height).
  const offset = virtualizer.scrollOffset ?? 0;
  const height = virtualizer.scrollRect?.height ?? 600;
  const pageRows = Math.max(
    1,
    items.filter((i) => i.start >= offset + headHeight && i.end <= offset + height).length - 1,
  );
  const onRowKey = (e: KeyboardEvent<HTMLTableRowElement>, index: number, row: EvidenceRow | undefined) => {
    const moves: Record<string, number> = {
      ArrowDown: index + 1,
      ArrowUp: index - 1,
      PageDown: index + pageRows,
      PageUp: index - pageRows,
      Home: 0,
      End: count - 1,
    };
    if (e.key in moves) {
      e.preventDefault();
      moveTo(moves[e.key]!);
    } else if ((e.key === 'Enter' || e.key === ' ') && row) {
      e.preventDefault();
      onOpen(row);
    }
  };

  const tabbable = active >= first && active <= last ? active : first;
  const rows = items.map(({ index: i }) => {
    const row = rowAt(i);
    return (
      <tr
        key={i}
        data-index={i}
        ref={rowRef}
        // A row still loading holds the estimated height: its one line of "Loading…" would otherwise
        // move every row below it twice, once now and again when its words arrive.
        style={row ? undefined : { height: heights.current.typical }}
        aria-rowindex={i + 2}
        tabIndex={i === tabbable ? 0 : -1}
        className={`evidence-table__row${row ? '' : ' evidence-table__row--loading'}`}
        onClick={() => {
          setActive(i);
          if (row) onOpen(row);
        }}
        onFocus={() => setActive(i)}
        onKeyDown={(e) => onRowKey(e, i, row)}
        data-evidence-id={row?.id}
      >
        {row ? (
          columns.map((c) => (
            <td key={c.id} className={c.className}>
              {c.id === 'title' ? <TitleCell row={row} withAreas={withAreas} /> : c.cell(row)}
            </td>
          ))
        ) : (
          <td colSpan={columns.length} className="muted">
            Loading…
          </td>
        )}
      </tr>
    );
  });

  const above = items.length ? items[0]!.start - headHeight : 0;
  const below = items.length ? Math.max(0, virtualizer.getTotalSize() - items[items.length - 1]!.end) : 0;

  return (
    <>
      <ScrollHint overflow={overflow} />
      <ScrollFrame overflow={overflow} className="evidence-table__frame">
        <div className="evidence-table" ref={scroller} {...scrollBoxProps(overflow, 'Evidence library table')}>
          <table
            className="table evidence-table__table"
            aria-rowcount={count + 1}
            aria-describedby={describedBy}
            aria-label={`Evidence library, sorted by ${columns.find((c) => c.sort === sort)?.label.toLowerCase() ?? sort} ${DIRECTION_WORDS[direction]}`}
          >
            <colgroup>
              {columns.map((c) => (
                <col key={c.id} style={c.width ? { width: c.width } : undefined} />
              ))}
            </colgroup>
            <thead ref={head}>
              <tr aria-rowindex={1}>
                {columns.map((c) => (
                  <th
                    key={c.id}
                    scope="col"
                    className={c.className}
                    aria-sort={c.sort ? (sort === c.sort ? DIRECTION_WORDS[direction] : 'none') : undefined}
                  >
                    {c.sort ? (
                      <button type="button" className="sort-button" onClick={() => sortBy(c.sort!)}>
                        {c.label}
                        <span className="sort-button__icon" aria-hidden="true">
                          {sort === c.sort ? (direction === 'asc' ? '▲' : '▼') : '↕'}
                        </span>
                      </button>
                    ) : (
                      c.label
                    )}
                  </th>
                ))}
              </tr>
            </thead>
            <tbody>
              {above > 0 && (
                <tr aria-hidden="true" className="evidence-table__spacer" style={{ height: above }}>
                  <td colSpan={columns.length} />
                </tr>
              )}
              {rows}
              {below > 0 && (
                <tr aria-hidden="true" className="evidence-table__spacer" style={{ height: below }}>
                  <td colSpan={columns.length} />
                </tr>
              )}
            </tbody>
          </table>
        </div>
      </ScrollFrame>
    </>
  );
}
