// Every self-evaluation pack in the database: open one, start a new one (blank or from last year's),
// rename, or delete with a confirmation that names the pack.
import { useState } from 'react';
import type { Pack } from '../../../shared/entities';
import { formatDateTime, formatShortDate } from '../../../shared/dates';
import { useNavigation } from '../../app/navigation';
import { PackStatusTag } from '../../components/Badges';
import { EmptyState, ErrorMessage, Loading } from '../../components/Feedback';
import { PageHeader } from '../../components/PageHeader';
import { TitleText } from '../../components/TitleText';
import { useOp } from '../../data/ops';
import { CreatePackDialog } from './CreatePackDialog';
import { DeletePackDialog, RenamePackDialog } from './PackDialogs';
import { useCreatePackDialog } from './store';
import { ScrollArea } from '../../components/ScrollArea';

export function PacksScreen() {
  const { data: packs = [], isPending, error, refetch } = useOp('packs.list', {});
  const openCreate = useCreatePackDialog((s) => s.open);
  const [renaming, setRenaming] = useState<Pack | null>(null);
  const [deleting, setDeleting] = useState<Pack | null>(null);

  return (
    <>
      <PageHeader
        title="Self-evaluation packs"
        subtitle="Each pack is one year's self-evaluation against an inspection framework."
      >
        {packs.length > 0 && (
          <button type="button" className="btn btn--secondary" onClick={() => openCreate('previous')}>
            Start from last year's pack
          </button>
        )}
        <button type="button" className="btn" onClick={() => openCreate('blank')}>
          New pack
        </button>
      </PageHeader>

      {error && <ErrorMessage onRetry={() => void refetch()}>{error.message}</ErrorMessage>}
      {isPending && <Loading what="packs" />}
      {!isPending && !error && packs.length === 0 && (
        <EmptyState title="No packs yet">
          <p>
            Start a pack for this year's self-evaluation. You choose the framework, and SEF Studio sets up its judgement
            areas.
          </p>
          <button type="button" className="btn" onClick={() => openCreate('blank')}>
            New pack
          </button>
        </EmptyState>
      )}
      {packs.length > 0 && <PacksTable packs={packs} onRename={setRenaming} onDelete={setDeleting} />}

      <CreatePackDialog />
      <RenamePackDialog pack={renaming} onClose={() => setRenaming(null)} />
      <DeletePackDialog pack={deleting} onClose={() => setDeleting(null)} />
    </>
  );
}

function PacksTable({
  packs,
  onRename,
  onDelete,
}: {
  packs: Pack[];
  onRename(p: Pack): void;
  onDelete(p: Pack): void;
}) {
  const go = useNavigation((s) => s.go);
  const frameworks = useOp('frameworks.list', {}).data ?? [];
  const shortTitle = (id: string, title: string) => frameworks.find((f) => f.id === id)?.shortTitle ?? title;
  return (
    <ScrollArea label="Self-evaluation packs">
      <table className="table packs-table">
        <caption className="visually-hidden">Self-evaluation packs, newest first</caption>
        <thead>
          <tr>
            <th scope="col">Title</th>
            <th scope="col">Framework</th>
            <th scope="col">Period</th>
            <th scope="col">As at</th>
            <th scope="col">Status</th>
            <th scope="col">Approved</th>
            <th scope="col">
              <span className="visually-hidden">Changes</span>
            </th>
          </tr>
        </thead>
        <tbody>
          {packs.map((pack) => (
            <tr key={pack.id}>
              <td>
                <a
                  href="#"
                  className="packs-table__title"
                  onClick={(e) => {
                    e.preventDefault();
                    go({ name: 'overview', packId: pack.id });
                  }}
                >
                  <TitleText text={pack.title} />
                </a>
              </td>
              <td>
                <abbr className="packs-table__framework" title={pack.frameworkTitle}>
                  {shortTitle(pack.frameworkId, pack.frameworkTitle)}
                </abbr>
              </td>
              <td className="nowrap">{pack.period}</td>
              <td className="nowrap">{formatShortDate(pack.asAt)}</td>
              <td>
                <PackStatusTag status={pack.status} />
              </td>
              <td>
                {pack.approvedBy ? (
                  <span className="cell-lines">
                    <span>{pack.approvedBy}</span>
                    <span className="muted">{formatDateTime(pack.approvedAt)}</span>
                  </span>
                ) : (
                  <span className="muted">Not yet</span>
                )}
              </td>
              <td className="row-actions">
                {pack.status === 'approved' ? (
                  <span className="muted">Approved packs are read-only</span>
                ) : (
                  <>
                    <button
                      type="button"
                      className="btn btn--secondary btn--small"
                      aria-label={`Rename ${pack.title}`}
                      onClick={() => onRename(pack)}
                    >
                      Rename
                    </button>
                    <button
                      type="button"
                      className="btn btn--secondary btn--small btn--danger-text"
                      aria-label={`Delete ${pack.title}`}
                      onClick={() => onDelete(pack)}
                    >
                      Delete
                    </button>
                  </>
                )}
              </td>
            </tr>
          ))}
        </tbody>
      </table>
    </ScrollArea>
  );
}
