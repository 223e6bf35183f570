// The overview's Review tab: what is waiting for the signed-in person, their unread notices for this pack
// ("Alex Author submitted … for your review"), and what is waiting for whom, area by area.
import { AREA_STATUS_LABELS } from '../../../shared/domain';
import { formatDateTime } from '../../../shared/dates';
import { useNavigation } from '../../app/navigation';
import { Tag } from '../../components/Badges';
import { ScrollArea } from '../../components/ScrollArea';
import { ErrorMessage, Loading } from '../../components/Feedback';
import { useOp, useOpMutation } from '../../data/ops';
import { useMe, usePeopleNames } from './data';

export function ReviewTab({ packId }: { packId: string }) {
  const rows = useOp('review.overview', { packId });
  const me = useMe();
  const nameOf = usePeopleNames();
  const go = useNavigation((s) => s.go);
  if (rows.error) return <ErrorMessage onRetry={() => void rows.refetch()}>{rows.error.message}</ErrorMessage>;
  if (!rows.data) return <Loading what="the review" />;
  const mine = rows.data.filter((r) => me !== null && r.waitingFor === me);

  return (
    <>
      <h2 className="panel__title">Waiting for you</h2>
      <p>
        {mine.length === 0
          ? 'Nothing in this pack is waiting for you.'
          : `${mine.length} ${mine.length === 1 ? 'area is' : 'areas are'} waiting for you: ${mine.map((r) => r.title).join('; ')}.`}
      </p>
      {rows.data.some((r) => !r.author || !r.reviewer) && (
        <p className="field__hint">Each area’s author and reviewer are chosen on the area’s page, under Review.</p>
      )}
      <PackNotices packId={packId} />
      <ScrollArea label="What is waiting for whom" className="table-wrap">
        <table className="table review-table">
          <caption className="visually-hidden">What is waiting for whom, area by area</caption>
          <thead>
            <tr>
              <th scope="col">Area</th>
              <th scope="col">Author</th>
              <th scope="col">Reviewer</th>
              <th scope="col">Status</th>
              <th scope="col" className="num">
                Open comments
              </th>
              <th scope="col">Waiting for</th>
            </tr>
          </thead>
          <tbody>
            {rows.data.map((r) => (
              <tr key={r.areaId}>
                <th scope="row">
                  <a
                    href="#"
                    onClick={(e) => {
                      e.preventDefault();
                      go({ name: 'area', packId, areaId: r.areaId });
                    }}
                  >
                    {r.title}
                  </a>
                </th>
                <td>{r.author ? nameOf(r.author) : 'Not assigned'}</td>
                <td>{r.reviewer ? nameOf(r.reviewer) : 'Not assigned'}</td>
                <td>{AREA_STATUS_LABELS[r.status]}</td>
                <td className="num">{r.openComments}</td>
                <td>
                  {r.waitingFor === null ? (
                    '—'
                  ) : r.waitingFor === me ? (
                    <Tag tone="warn">Waiting for you</Tag>
                  ) : (
                    nameOf(r.waitingFor)
                  )}
                </td>
              </tr>
            ))}
          </tbody>
        </table>
      </ScrollArea>
    </>
  );
}

/** The signed-in person's unread notices about this pack, each of which can be marked read. */
function PackNotices({ packId }: { packId: string }) {
  const notices = useOp('notices.list', {}).data?.filter((n) => n.packId === packId && n.readAt === null) ?? [];
  const markRead = useOpMutation('notices.markRead', { tracked: false });
  if (!notices.length) return null;
  return (
    <section aria-label="Your notices">
      <ul className="notices-list">
        {notices.map((n) => (
          <li key={n.id} className="notice">
            <p>
              {n.text} <span className="comment__meta">{formatDateTime(n.createdAt)}</span>
            </p>
          </li>
        ))}
      </ul>
      <button
        type="button"
        className="btn btn--secondary btn--small"
        disabled={markRead.isPending}
        onClick={() => markRead.mutate({ noticeIds: notices.map((n) => n.id) })}
      >
        Mark {notices.length === 1 ? 'this notice' : 'these notices'} read
      </button>
    </section>
  );
}
