// The action plan: what the service is doing about its areas for development and the inspectors'
// recommendations, who owns each action, when it is due and how it is going.
import { Fragment, useEffect, useId, useMemo, useState } from 'react';
import { ACTION_STATUS_LABELS, RAG_SHORT_LABELS } from '../../../shared/domain';
import { formatLongDate } from '../../../shared/dates';
import type { Action } from '../../../shared/entities';
import { ActionDialog, AreaOptions, RecommendationOptions, recommendationLabel } from './ActionDialog';
import { ProgressNotes } from './ProgressNotes';
import { optionsOf } from '../../components/AutosaveField';
import { RagBadge } from '../../components/Badges';
import { EmptyState, ErrorMessage, Loading } from '../../components/Feedback';
import { PageHeader } from '../../components/PageHeader';
import { SheetButtons } from '../sheets/SheetButtons';
import { countOf } from '../../components/format';
import { TitleText } from '../../components/TitleText';
import { FilterSelect } from '../../components/FilterSelect';
import type { PackArea } from '../../../shared/entities';
import { usePackDetail, useToday } from '../packs/data';
import { useActions, useRecommendationChoices, type RecommendationChoice } from './data';
import { filterActions, useActionPlanView, type GroupBy } from './store';
import { ScrollArea } from '../../components/ScrollArea';
import { ActionDue } from './ActionDue';

const STATUS_OPTIONS = optionsOf(ACTION_STATUS_LABELS);
const RAG_OPTIONS = optionsOf(RAG_SHORT_LABELS);
const TIMING_OPTIONS = [
  { value: 'overdue', label: 'Overdue' },
  { value: 'due_soon', label: 'Due within 14 days' },
] as const;
const COLUMN_COUNT = 7;

const NO_ACTIONS: Action[] = [];

export function ActionsScreen({ packId }: { packId: string }) {
  const packQuery = usePackDetail(packId);
  const actionsQuery = useActions(packId);
  const recommendations = useRecommendationChoices();
  const today = useToday();
  const filters = useActionPlanView((s) => s.filters);
  const groupBy = useActionPlanView((s) => s.groupBy);
  const openView = useActionPlanView((s) => s.open);
  const [editing, setEditing] = useState<Action | 'new' | null>(null);
  const [expanded, setExpanded] = useState<Set<string>>(new Set());
  const readOnlyId = useId();
  const pack = packQuery.data;
  const actions = actionsQuery.data ?? NO_ACTIONS;

  useEffect(() => openView(packId), [packId, openView]);

  const visible = useMemo(() => filterActions(actions, filters), [actions, filters]);
  const groups = useMemo(
    () => groupActions(visible, groupBy, pack?.areas ?? [], recommendations),
    [visible, groupBy, pack, recommendations],
  );

  const error = packQuery.error ?? actionsQuery.error;
  const retry = () => {
    void packQuery.refetch();
    void actionsQuery.refetch();
  };
  if (error && (!pack || !actionsQuery.data)) return <ErrorMessage onRetry={retry}>{error.message}</ErrorMessage>;
  if (!pack || !actionsQuery.data || !today) return <Loading what="the action plan" />;

  const readOnly = pack.pack.status === 'approved';
  const areaTitle = (id: string | null) =>
    id ? (pack.areas.find((a) => a.id === id)?.title ?? 'Area not in this pack') : null;
  const recommendation = (id: string | null) => (id ? recommendations.find((r) => r.id === id) : undefined);
  const overdue = actions.filter((a) => a.overdue).length;
  const dueSoon = actions.filter((a) => a.dueSoon).length;
  const open = actions.filter((a) => a.status !== 'complete').length;

  const toggle = (id: string) =>
    setExpanded((s) => {
      const next = new Set(s);
      if (next.has(id)) next.delete(id);
      else next.add(id);
      return next;
    });

  return (
    <div className="actions-screen">
      <PageHeader title="Action plan" subtitle={<TitleText text={pack.pack.title} />}>
        <SheetButtons kind="actions" packId={packId} canImport={!readOnly} />
        <button
          type="button"
          className="btn"
          onClick={() => setEditing('new')}
          disabled={readOnly}
          aria-describedby={readOnly ? readOnlyId : undefined}
        >
          Add action
        </button>
      </PageHeader>
      {readOnly && (
        <div className="notice notice--warn" id={readOnlyId}>
          <p>
            This pack was approved{pack.pack.approvedBy ? ` by ${pack.pack.approvedBy}` : ''}
            {pack.pack.approvedAt ? ` on ${formatLongDate(pack.pack.approvedAt)}` : ''}, so its action plan is
            read-only. Reopen the pack from its overview to change actions or add progress notes.
          </p>
        </div>
      )}
      <ErrorMessage onRetry={retry}>{error?.message}</ErrorMessage>

      <ul className="summary-strip" aria-label="Action plan summary">
        <li>
          <strong>{actions.length}</strong> {actions.length === 1 ? 'action' : 'actions'}
        </li>
        <li>
          <strong>{open}</strong> open
        </li>
        <li className={overdue ? 'summary-strip__bad' : undefined}>
          <strong>{overdue}</strong> overdue
        </li>
        <li className={dueSoon ? 'summary-strip__warn' : undefined}>
          <strong>{dueSoon}</strong> due within 14 days
        </li>
      </ul>

      {actions.length === 0 ? (
        <EmptyState title="No actions yet">
          <p>Add the actions that answer the inspectors’ recommendations and your own areas for development.</p>
          <button
            type="button"
            className="btn"
            onClick={() => setEditing('new')}
            disabled={readOnly}
            aria-describedby={readOnly ? readOnlyId : undefined}
          >
            Add action
          </button>
        </EmptyState>
      ) : (
        <>
          <ActionFiltersBar areas={pack.areas} actions={actions} recommendations={recommendations} />
          <p role="status" aria-live="polite" className="muted">
            {visible.length === actions.length
              ? `Showing all ${countOf(actions.length, 'action')}`
              : `Showing ${visible.length} of ${countOf(actions.length, 'action')}`}
          </p>
          {visible.length === 0 ? (
            <EmptyState title="No actions match these filters">
              <ClearActionFilters />
            </EmptyState>
          ) : (
            <ScrollArea label="Action plan">
              <table className="table actions-table">
                <caption className="visually-hidden">Actions in {pack.pack.title}</caption>
                <colgroup>
                  <col style={{ width: 56 }} />
                  <col />
                  <col style={{ width: 130 }} />
                  <col style={{ width: 110 }} />
                  <col style={{ width: 104 }} />
                  <col style={{ width: 84 }} />
                  <col style={{ width: 110 }} />
                </colgroup>
                <thead>
                  <tr>
                    <th scope="col">Ref</th>
                    <th scope="col">Action</th>
                    <th scope="col">Owner</th>
                    <th scope="col">Due</th>
                    <th scope="col">Status</th>
                    <th scope="col">RAG</th>
                    <th scope="col">
                      <span className="visually-hidden">Notes and changes</span>
                    </th>
                  </tr>
                </thead>
                {groups.map((group) => (
                  <tbody key={group.key}>
                    {groupBy !== 'none' && (
                      <tr className="actions-table__group">
                        <th scope="colgroup" colSpan={COLUMN_COUNT}>
                          {group.label} <span className="muted">({countOf(group.actions.length, 'action')})</span>
                        </th>
                      </tr>
                    )}
                    {group.actions.map((a) => {
                      const rec = recommendation(a.recommendationId);
                      const area = areaTitle(a.areaId);
                      const isOpen = expanded.has(a.id);
                      const notesId = `notes-${a.id}`;
                      return (
                        <Fragment key={a.id}>
                          <tr data-action-id={a.id}>
                            <td>{a.reference}</td>
                            <td>
                              <span className="actions-table__title">{a.title}</span>
                              {(area || rec) && (
                                <span className="actions-table__context">
                                  {[
                                    groupBy === 'area' || !area ? null : area,
                                    groupBy === 'recommendation' || !rec
                                      ? null
                                      : `Answers ${rec.reference || recommendationLabel(rec, 50)}`,
                                  ]
                                    .filter(Boolean)
                                    .join(' · ')}
                                </span>
                              )}
                            </td>
                            <td>{a.owner || <span className="muted">No owner</span>}</td>
                            <td>
                              <ActionDue action={a} />
                            </td>
                            <td>{ACTION_STATUS_LABELS[a.status]}</td>
                            <td>
                              <RagBadge rag={a.rag} />
                            </td>
                            <td className="actions-table__buttons">
                              <button
                                type="button"
                                className="btn btn--secondary btn--small"
                                aria-expanded={isOpen}
                                aria-controls={notesId}
                                onClick={() => toggle(a.id)}
                                aria-label={`Progress notes for ${a.reference} (${a.notes.length})`}
                              >
                                Notes ({a.notes.length})
                              </button>
                              <button
                                type="button"
                                className="btn btn--secondary btn--small"
                                onClick={() => setEditing(a)}
                                disabled={readOnly}
                                aria-describedby={readOnly ? readOnlyId : undefined}
                                aria-label={`Edit ${a.reference}`}
                              >
                                Edit
                              </button>
                            </td>
                          </tr>
                          {isOpen && (
                            <tr className="actions-table__notes" id={notesId}>
                              <td colSpan={COLUMN_COUNT}>
                                <ProgressNotes action={a} today={today} readOnly={readOnly} readOnlyId={readOnlyId} />
                              </td>
                            </tr>
                          )}
                        </Fragment>
                      );
                    })}
                  </tbody>
                ))}
              </table>
            </ScrollArea>
          )}
        </>
      )}
      <ActionDialog
        packId={packId}
        areas={pack.areas}
        recommendations={recommendations}
        action={editing === 'new' ? null : editing}
        open={editing !== null}
        onClose={() => setEditing(null)}
      />
    </div>
  );
}

function ClearActionFilters() {
  const clearFilters = useActionPlanView((s) => s.clearFilters);
  return (
    <button type="button" className="btn btn--secondary" onClick={clearFilters}>
      Clear filters
    </button>
  );
}

function ActionFiltersBar({
  areas,
  actions,
  recommendations,
}: {
  areas: PackArea[];
  actions: Action[];
  recommendations: RecommendationChoice[];
}) {
  const filters = useActionPlanView((s) => s.filters);
  const groupBy = useActionPlanView((s) => s.groupBy);
  const setFilter = useActionPlanView((s) => s.setFilter);
  const setGroupBy = useActionPlanView((s) => s.setGroupBy);
  const clearFilters = useActionPlanView((s) => s.clearFilters);
  const ids = useId();
  const owners = useMemo(
    () => [...new Set(actions.map((a) => a.owner).filter(Boolean))].sort((a, b) => a.localeCompare(b)),
    [actions],
  );
  const active = Object.values(filters).filter(Boolean).length;

  return (
    <div className="filter-bar" role="group" aria-label="Filter and group actions">
      <div className="field">
        <label htmlFor={`${ids}-group`}>Group by</label>
        <select id={`${ids}-group`} value={groupBy} onChange={(e) => setGroupBy(e.target.value as GroupBy)}>
          <option value="none">No grouping</option>
          <option value="area">Area</option>
          <option value="recommendation">Recommendation</option>
        </select>
      </div>
      <div className="field">
        <label htmlFor={`${ids}-area`}>Area</label>
        <select id={`${ids}-area`} value={filters.areaId} onChange={(e) => setFilter('areaId', e.target.value)}>
          <option value="">Any area</option>
          <AreaOptions areas={areas} />
        </select>
      </div>
      <div className="field filter-bar__wide">
        <label htmlFor={`${ids}-rec`}>Recommendation</label>
        <select
          id={`${ids}-rec`}
          value={filters.recommendationId}
          onChange={(e) => setFilter('recommendationId', e.target.value)}
        >
          <option value="">Any</option>
          <option value="none">Not linked to a recommendation</option>
          <RecommendationOptions recommendations={recommendations} />
        </select>
      </div>
      <FilterSelect
        id={`${ids}-owner`}
        label="Owner"
        value={filters.owner}
        anyLabel="Anyone"
        options={owners.map((o) => ({ value: o, label: o }))}
        onChange={(v) => setFilter('owner', v)}
      />
      <FilterSelect
        id={`${ids}-status`}
        label="Status"
        value={filters.status}
        anyLabel="Any status"
        options={STATUS_OPTIONS}
        onChange={(v) => setFilter('status', v)}
      />
      <FilterSelect
        id={`${ids}-rag`}
        label="RAG"
        value={filters.rag}
        anyLabel="Any RAG"
        options={RAG_OPTIONS}
        onChange={(v) => setFilter('rag', v)}
      />
      <FilterSelect
        id={`${ids}-flag`}
        label="Timing"
        value={filters.flag}
        anyLabel="Any"
        options={TIMING_OPTIONS}
        onChange={(v) => setFilter('flag', v)}
      />
      <div className="filter-bar__clear">
        <button type="button" className="btn btn--secondary" onClick={clearFilters} disabled={!active}>
          Clear filters{active ? ` (${active})` : ''}
        </button>
      </div>
    </div>
  );
}

interface ActionGroup {
  key: string;
  label: string;
  actions: Action[];
}

function groupActions(
  actions: Action[],
  groupBy: GroupBy,
  areas: { id: string; title: string }[],
  recommendations: RecommendationChoice[],
): ActionGroup[] {
  if (groupBy === 'none') return [{ key: 'all', label: 'All actions', actions }];
  const order: ActionGroup[] = [];
  const byKey = new Map<string, ActionGroup>();
  const keys =
    groupBy === 'area'
      ? [...areas.map((a) => ({ key: a.id, label: a.title })), { key: '', label: 'No particular area' }]
      : [
          ...recommendations.map((r) => ({ key: r.id, label: recommendationLabel(r, 140) })),
          { key: '', label: 'Not linked to a recommendation' },
        ];
  for (const k of keys) {
    const group = { key: k.key || 'none', label: k.label, actions: [] as Action[] };
    byKey.set(k.key, group);
    order.push(group);
  }
  for (const a of actions) {
    const key = (groupBy === 'area' ? a.areaId : a.recommendationId) ?? '';
    (byKey.get(key) ?? byKey.get(''))!.actions.push(a);
  }
  return order.filter((g) => g.actions.length);
}
