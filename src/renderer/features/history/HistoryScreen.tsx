// Who changed what and when. Entries are never edited or removed; this screen only reads them.
import { memo, useId, useMemo, useState } from 'react';
import { formatDateTime } from '../../../shared/dates';
import type { AuditEntry } from '../../../shared/entities';
import { EmptyState, ErrorMessage, Loading } from '../../components/Feedback';
import { PageHeader } from '../../components/PageHeader';
import { changeRows, describeEntry, type NameBook } from './describe';
import { useHistoryPages, useNameBook } from './data';
import { TitleText } from '../../components/TitleText';
import { ScrollArea } from '../../components/ScrollArea';

export function HistoryScreen({ packId }: { packId?: string }) {
  /** Only this pack's changes, or everything. */
  const [onlyPack, setOnlyPack] = useState(Boolean(packId));
  const history = useHistoryPages(onlyPack ? packId : undefined);
  const entries = useMemo(() => history.data?.pages.flat() ?? [], [history.data]);
  const book = useNameBook(entries);
  const hasMore = history.hasNextPage;
  const loading = history.isPending;
  const loadingMore = history.isFetchingNextPage;
  const error = history.error?.message ?? null;
  const loadMore = () => history.fetchNextPage();
  const ids = useId();

  const packTitle = packId ? book.packs[packId] : undefined;
  return (
    <div className="history-screen">
      <PageHeader
        title="History"
        subtitle="Every change, who made it and when, newest first. The history cannot be edited."
      />
      {packId && (
        <fieldset className="history-scope">
          <legend>Show</legend>
          <label>
            <input type="radio" name={`${ids}-scope`} checked={onlyPack} onChange={() => setOnlyPack(true)} />{' '}
            <span>
              Changes to{' '}
              {packTitle ? (
                <>
                  “<TitleText text={packTitle} />”
                </>
              ) : (
                'this pack'
              )}
            </span>
          </label>
          <label>
            <input type="radio" name={`${ids}-scope`} checked={!onlyPack} onChange={() => setOnlyPack(false)} /> All changes, including
            evidence, inspections and settings
          </label>
        </fieldset>
      )}
      <ErrorMessage onRetry={() => void (entries.length ? loadMore() : history.refetch())}>{error}</ErrorMessage>
      {entries.length === 0 && loading ? (
        <Loading what="the history" />
      ) : entries.length === 0 && !error ? (
        <EmptyState title="No changes recorded yet">
          <p>Changes appear here as soon as anyone makes them.</p>
        </EmptyState>
      ) : (
        <ol className="history-list">
          {entries.map((e) => (
            <HistoryItem key={e.id} entry={e} book={book} />
          ))}
        </ol>
      )}
      {hasMore && (
        <div className="history-more">
          <button type="button" className="btn btn--secondary" onClick={() => void loadMore()} disabled={loadingMore}>
            {loadingMore ? 'Loading…' : 'Show older changes'}
          </button>
        </div>
      )}
      <p className="visually-hidden" role="status" aria-live="polite">
        {loading || loadingMore ? 'Loading changes…' : `${entries.length} changes shown`}
      </p>
    </div>
  );
}

const HistoryItem = memo(function HistoryItem({ entry, book }: { entry: AuditEntry; book: NameBook }) {
  const rows = changeRows(entry, book);
  const created = entry.before === null && entry.after !== null;
  const removed = entry.after === null && entry.before !== null;
  return (
    <li className="history-item" data-audit-id={entry.id}>
      <p className="history-item__text">
        <time dateTime={entry.at} className="history-item__when">
          {formatDateTime(entry.at)}
        </time>{' '}
        — {describeEntry(entry, book)}
      </p>
      {rows.length > 0 && (
        <details className="history-item__details">
          <summary>Details</summary>
          <ScrollArea label="What changed">
            <table className="table table--compact history-item__table">
              <thead>
                <tr>
                  <th scope="col">What</th>
                  {!created && <th scope="col">{removed ? 'Value' : 'Before'}</th>}
                  {!removed && <th scope="col">{created ? 'Value' : 'After'}</th>}
                </tr>
              </thead>
              <tbody>
                {rows.map((r) => (
                  <tr key={r.key}>
                    <th scope="row">{r.label}</th>
                    {!created && <td className="history-item__value">{r.before ?? <span className="muted">None</span>}</td>}
                    {!removed && <td className="history-item__value">{r.after ?? <span className="muted">None</span>}</td>}
                  </tr>
                ))}
              </tbody>
            </table>
          </ScrollArea>
        </details>
      )}
    </li>
  );
});
