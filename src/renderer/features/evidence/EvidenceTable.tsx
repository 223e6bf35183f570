// The evidence library as a real <table> that only puts the rows in view into the DOM. Rows have a
// fixed height, so the row at any scroll position is simple arithmetic; spacer rows above and below
// keep the scroll bar true to the whole list. Screen readers get the full size from aria-rowcount and
// each row's place from aria-rowindex. Keyboard: one row is in the tab order (roving tabindex); the
// arrow keys, Page Up/Down, Home and End move between rows and Enter opens the item.
import { useCallback, useEffect, useLayoutEffect, useRef, useState, type KeyboardEvent } from 'react';
import { EVIDENCE_TYPE_LABELS, FRESHNESS_LABELS, SENSITIVITY_LABELS, type Freshness, type Sensitivity } from '../../../shared/domain';
import { formatShortDate } from '../../../shared/dates';
import type { EvidenceQuery } from '../../../shared/api';
import type { EvidenceRow } from '../../../shared/entities';
import { Tag } from '../../components/Badges';
import { useLibraryRows } from './data';
import { useEvidenceLibraryView, type EvidenceSortKey } from './libraryStore';

export const ROW_HEIGHT = 56;
const OVERSCAN = 8;

const FRESHNESS_TONE: Record<Freshness, 'good' | 'warn' | 'bad'> = { in_date: 'good', due_soon: 'warn', out_of_date: 'bad' };
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

interface Column {
  id: string;
  label: string;
  sort?: EvidenceSortKey;
  width?: number;
  className?: string;
  cell(row: EvidenceRow): React.ReactNode;
}

/** Text that wraps onto a second line in the fixed-height row, then ends in an ellipsis (whole in the tooltip). */
function TwoLines({ text }: { text: string }) {
  return (
    <span className="evidence-table__two-lines" title={text}>
      {text}
    </span>
  );
}

/** The second line under a title: how many files, and the areas of the open pack it supports. */
function TitleCell({ row, withAreas }: { row: EvidenceRow; withAreas: boolean }) {
  const files = row.attachmentCount === 0 ? 'No files' : row.attachmentCount === 1 ? '1 file' : `${row.attachmentCount} files`;
  // The framework's own area titles, never shortened: the cell cuts them off with an ellipsis, and the
  // whole line is in the title attribute (and, being in the DOM, read in full by screen readers).
  const areas = row.linkedAreas.map((a) => a.title).join('; ');
  const sub = `${files}${withAreas ? (areas ? ` · Supports ${areas}` : ' · Not linked to this pack') : ''}`;
  return (
    <>
      <span className="evidence-table__title" title={row.title}>
        {row.title}
      </span>
      <span className="evidence-table__sub" title={sub}>
        {sub}
      </span>
    </>
  );
}

const COLUMNS: Column[] = [
  { id: 'reference', label: 'Ref', sort: 'reference', width: 66, cell: (r) => r.reference },
  { id: 'title', label: 'Title', sort: 'title', cell: () => null },
  { id: 'type', label: 'Type', sort: 'type', width: 180, className: 'evidence-table__wrap', cell: (r) => <TwoLines text={EVIDENCE_TYPE_LABELS[r.type]} /> },
  {
    id: 'owner',
    label: 'Owner',
    sort: 'owner',
    width: 180,
    className: 'evidence-table__wrap',
    cell: (r) => (r.owner ? <TwoLines text={r.owner} /> : <span className="muted">None</span>),
  },
  {
    id: 'reviewDue',
    label: 'Review due',
    sort: 'reviewDue',
    width: 140,
    cell: (r) => (
      <span className="evidence-table__review">
        <span className="evidence-table__date">{r.reviewDue ? formatShortDate(r.reviewDue) : 'No date'}</span>
        <FreshnessTag freshness={r.freshness} />
      </span>
    ),
  },
  { id: 'sensitivity', label: 'Sensitivity', width: 168, cell: (r) => <SensitivityTag sensitivity={r.sensitivity} /> },
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
  const [scrollTop, setScrollTop] = useState(0);
  const [viewport, setViewport] = useState(600);
  const [headHeight, setHeadHeight] = useState(38);
  const [active, setActive] = useState(0);
  const focusWanted = useRef(false);

  const count = total;
  const columns = COLUMNS;

  // Measure the scroll box and the header once and whenever the window changes size.
  useLayoutEffect(() => {
    const el = scroller.current;
    if (!el) return;
    const measure = () => {
      setViewport(el.clientHeight);
      if (head.current) setHeadHeight(head.current.offsetHeight);
    };
    measure();
    const observer = new ResizeObserver(measure);
    observer.observe(el);
    return () => observer.disconnect();
  }, []);

  const first = Math.max(0, Math.floor((scrollTop - headHeight) / ROW_HEIGHT) - OVERSCAN);
  const last = Math.min(count - 1, Math.ceil((scrollTop + viewport) / ROW_HEIGHT) + OVERSCAN);
  const { rowAt, question } = useLibraryRows(query, first, Math.max(first, last), count);

  // A new question starts at the top of its answer.
  useEffect(() => {
    if (scroller.current) scroller.current.scrollTop = 0;
    setScrollTop(0);
    setActive(0);
  }, [question]);

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

  const onScroll = useCallback(() => {
    const el = scroller.current;
    if (el) setScrollTop(el.scrollTop);
  }, []);

  const moveTo = (index: number) => {
    if (!count) return;
    const next = Math.min(count - 1, Math.max(0, index));
    const el = scroller.current;
    if (el) {
      const top = headHeight + next * ROW_HEIGHT;
      if (top - headHeight < el.scrollTop) el.scrollTop = top - headHeight;
      else if (top + ROW_HEIGHT > el.scrollTop + el.clientHeight) el.scrollTop = top + ROW_HEIGHT - el.clientHeight;
      setScrollTop(el.scrollTop);
    }
    focusWanted.current = true;
    setActive(next);
  };

  const pageRows = Math.max(1, Math.floor((viewport - headHeight) / ROW_HEIGHT) - 1);
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
  const rows: React.ReactNode[] = [];
  for (let i = first; i <= last; i++) {
    const row = rowAt(i);
    rows.push(
      <tr
        key={i}
        ref={(el) => {
          if (el) rowEls.current.set(i, el);
          else rowEls.current.delete(i);
        }}
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
      </tr>,
    );
  }

  const above = first * ROW_HEIGHT;
  const below = Math.max(0, (count - 1 - last) * ROW_HEIGHT);

  return (
    <div className="evidence-table" ref={scroller} onScroll={onScroll}>
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
  );
}
