// An editable list of short statements (strengths, areas for development). Each one saves when you leave
// it; Enter starts the next one (a statement is one paragraph); an empty one is dropped when saved. If the core refuses, the lines
// stay as typed with the reason above them.
import { useEffect, useId, useRef, useState } from 'react';
import { messageOf } from '../../data/bridge';
import { ErrorMessage } from '../../components/Feedback';

interface EditableListProps {
  title: string;
  /** "strength", "area for development": used in button and field names. */
  itemName: string;
  items: string[];
  readOnly: boolean;
  save(items: string[]): Promise<unknown>;
  emptyText: string;
}

interface Row {
  key: number;
  text: string;
}

let nextKey = 1;
const rowsOf = (items: string[]): Row[] => items.map((text) => ({ key: nextKey++, text }));

export function EditableList({ title, itemName, items, readOnly, save, emptyText }: EditableListProps) {
  const id = useId();
  const [rows, setRows] = useState<Row[]>(() => rowsOf(items));
  const [error, setError] = useState<string | null>(null);
  const [focusKey, setFocusKey] = useState<number | null>(null);
  const inputs = useRef(new Map<number, HTMLTextAreaElement>());
  const lastSaved = useRef(JSON.stringify(items));

  useEffect(() => {
    if (focusKey === null) return;
    inputs.current.get(focusKey)?.focus();
    setFocusKey(null);
  }, [focusKey]);

  async function commit(next: Row[]) {
    const values = next.map((r) => r.text.trim()).filter(Boolean);
    const json = JSON.stringify(values);
    if (json === lastSaved.current) return;
    try {
      await save(values);
      lastSaved.current = json;
      setError(null);
    } catch (err) {
      setError(`Not saved: ${messageOf(err)} Your wording is still here.`);
    }
  }

  function add(after?: number) {
    const row = { key: nextKey++, text: '' };
    setRows((rs) => {
      const i = after === undefined ? rs.length : rs.findIndex((r) => r.key === after) + 1;
      return [...rs.slice(0, i), row, ...rs.slice(i)];
    });
    setFocusKey(row.key);
  }

  function remove(key: number) {
    const i = rows.findIndex((r) => r.key === key);
    const next = rows.filter((r) => r.key !== key);
    setRows(next);
    void commit(next);
    const neighbour = next[Math.min(i, next.length - 1)];
    if (neighbour) setFocusKey(neighbour.key);
  }

  const filled = rows.filter((r) => r.text.trim());

  return (
    <section className="panel editable-list" aria-labelledby={`${id}-title`}>
      <h2 className="panel__title" id={`${id}-title`}>
        {title}
      </h2>
      <ErrorMessage>{error}</ErrorMessage>
      {readOnly ? (
        filled.length ? (
          <ul className="editable-list__read">
            {filled.map((r) => (
              <li key={r.key}>{r.text}</li>
            ))}
          </ul>
        ) : (
          <p className="muted">{emptyText}</p>
        )
      ) : (
        <>
          {rows.length === 0 && <p className="muted">{emptyText}</p>}
          <ol className="editable-list__items">
            {rows.map((row, i) => (
              <li key={row.key} className="editable-list__item">
                <textarea
                  ref={(el) => {
                    if (el) inputs.current.set(row.key, el);
                    else inputs.current.delete(row.key);
                  }}
                  rows={1}
                  aria-label={`${itemName[0]!.toUpperCase()}${itemName.slice(1)} ${i + 1}`}
                  value={row.text}
                  maxLength={2000}
                  onChange={(e) =>
                    setRows((rs) =>
                      rs.map((r) => (r.key === row.key ? { ...r, text: e.target.value.replace(/\s*\n\s*/g, ' ') } : r)),
                    )
                  }
                  onBlur={() => void commit(rows)}
                  onKeyDown={(e) => {
                    if (e.key === 'Enter') {
                      e.preventDefault();
                      void commit(rows);
                      add(row.key);
                    }
                  }}
                />
                <button
                  type="button"
                  className="btn btn--secondary btn--small"
                  aria-label={`Remove ${itemName} ${i + 1}`}
                  onClick={() => remove(row.key)}
                >
                  Remove
                </button>
              </li>
            ))}
          </ol>
          <button type="button" className="btn btn--secondary" onClick={() => add()} disabled={rows.length >= 50}>
            Add {itemName}
          </button>
        </>
      )}
    </section>
  );
}
