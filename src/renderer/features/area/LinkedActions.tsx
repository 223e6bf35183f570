// The actions of the pack's plan that belong to this area, with their RAG rating and due date, and a
// quick way to add one. The full plan (notes, editing) is on the Action plan screen.
import { useId, useState } from 'react';
import { ACTION_STATUS_LABELS } from '../../../shared/domain';
import type { Action } from '../../../shared/entities';
import { useNavigation } from '../../app/navigation';
import { RagBadge } from '../../components/Badges';
import { ActionDialog } from '../actions/ActionDialog';
import { useRecommendationChoices } from '../actions/data';
import { ScrollArea } from '../../components/ScrollArea';
import { ActionDue } from '../actions/ActionDue';

export function LinkedActions({ packId, areaId, actions, readOnly }: { packId: string; areaId: string; actions: Action[]; readOnly: boolean }) {
  const id = useId();
  const go = useNavigation((s) => s.go);
  const [adding, setAdding] = useState(false);
  const recommendations = useRecommendationChoices();
  return (
    <section className="panel" aria-labelledby={`${id}-title`}>
      <div className="panel__head">
        <h2 className="panel__title" id={`${id}-title`}>
          Actions for this area
        </h2>
        <div className="panel__head-actions">
          <button type="button" className="btn btn--link" onClick={() => go({ name: 'actions', packId })}>
            Open the action plan
          </button>
          {!readOnly && (
            <button type="button" className="btn btn--secondary" onClick={() => setAdding(true)}>
              Add an action
            </button>
          )}
        </div>
      </div>
      {actions.length === 0 ? (
        <p className="muted">No actions for this area yet.</p>
      ) : (
        <ScrollArea label="Actions for this area">
          <table className="table table--compact">
            <caption className="visually-hidden">Actions for this area</caption>
            <thead>
              <tr>
                <th scope="col">Ref</th>
                <th scope="col">Action</th>
                <th scope="col">Owner</th>
                <th scope="col">Due</th>
                <th scope="col">Status</th>
                <th scope="col">RAG</th>
              </tr>
            </thead>
            <tbody>
              {actions.map((a) => (
                <tr key={a.id}>
                  <td className="nowrap">{a.reference}</td>
                  <td>{a.title}</td>
                  <td>{a.owner || <span className="muted">No owner</span>}</td>
                  <td className="nowrap">
                    <ActionDue action={a} />
                  </td>
                  <td>{ACTION_STATUS_LABELS[a.status]}</td>
                  <td>
                    <RagBadge rag={a.rag} />
                  </td>
                </tr>
              ))}
            </tbody>
          </table>
        </ScrollArea>
      )}
      {!readOnly && (
        <ActionDialog
          packId={packId}
          areaId={areaId}
          recommendations={recommendations}
          action={null}
          open={adding}
          onClose={() => setAdding(false)}
        />
      )}
    </section>
  );
}
