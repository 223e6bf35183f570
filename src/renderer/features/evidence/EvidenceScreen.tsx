// The evidence library: everything the service knows about its practice, searchable and filterable,
// with each item's files and the areas of the current pack it supports.
import { memo, useEffect, useId, useMemo, useState } from 'react';
import {
  EVIDENCE_TYPE_LABELS,
  FRESHNESS_LABELS,
  SENSITIVITY_LABELS,
} from '../../../shared/domain';
import { optionsOf } from '../../components/AutosaveField';
import { EmptyState, ErrorMessage } from '../../components/Feedback';
import { PageHeader } from '../../components/PageHeader';
import { SheetButtons } from '../sheets/SheetButtons';
import { EvidencePanel } from './EvidencePanel';
import { EvidenceTable } from './EvidenceTable';
import { countOf } from '../../components/format';
import { useNavigation } from '../../app/navigation';
import { TitleText } from '../../components/TitleText';
import { FilterSelect } from '../../components/FilterSelect';
import { useOp } from '../../data/ops';
import { usePackDetail } from '../packs/data';
import { useLibraryTotal, useOwnersSeen } from './data';
import { activeFilterCount, libraryQuery, useEvidenceLibraryView } from './libraryStore';
import { useEvidencePanel } from './panelStore';

const SEARCH_DELAY_MS = 200;

export function EvidenceScreen({ packId }: { packId?: string }) {
  const open = useEvidenceLibraryView((s) => s.open);
  const openNew = useEvidencePanel((s) => s.openNew);
  const openExisting = useEvidencePanel((s) => s.openExisting);
  const filters = useEvidenceLibraryView((s) => s.filters);
  const sort = useEvidenceLibraryView((s) => s.sort);
  const direction = useEvidenceLibraryView((s) => s.direction);
  // Asked with this screen's pack: the view may still be another pack's for the first render.
  const query = useMemo(() => libraryQuery({ packId, filters, sort, direction }), [packId, filters, sort, direction]);
  const answer = useLibraryTotal(query);
  const packQuery = usePackDetail(packId);
  const pack = packQuery.data ?? null;
  const total = answer.data?.total ?? null;
  const busy = answer.isPlaceholderData || (answer.isFetching && total === null);
  const error = answer.error?.message ?? null;
  const hintId = useId();

  useEffect(() => {
    open(packId);
  }, [packId, open]);

  const filtering = activeFilterCount(filters) > 0 || filters.text.trim() !== '';
  const status =
    total === null
      ? 'Loading the evidence library…'
      : filtering
        ? `${countOf(total, 'item')} match`
        : `${countOf(total, 'item')} in the library`;

  return (
    <div className="evidence-screen">
      <PageHeader
        title="Evidence library"
        subtitle={
          pack ? (
            <>
              Showing links to the areas of <TitleText text={pack.pack.title} />
            </>
          ) : (
            'Audits, performance data, feedback and other evidence of practice'
          )
        }
      >
        <SheetButtons kind="evidence" packId={packId ?? null} canImport />
        <button type="button" className="btn" onClick={() => openNew(packId)}>
          Add evidence
        </button>
      </PageHeader>
      <ErrorMessage>{packQuery.error?.message}</ErrorMessage>
      <EvidenceToolbar packId={packId} />
      <div className="evidence-screen__status">
        <p role="status" aria-live="polite" className="evidence-screen__count">
          {busy && total !== null ? 'Searching…' : status}
        </p>
        <p id={hintId} className="muted evidence-screen__hint">
          Use the arrow keys to move between items and Enter to open one.
        </p>
      </div>
      <ErrorMessage onRetry={() => void answer.refetch()}>{error}</ErrorMessage>
      {total === 0 && !filtering ? (
        <EmptyState title="No evidence yet">
          <p>
            Add audits, performance reports, feedback and other evidence, then link each item to the areas it supports.
          </p>
          <button type="button" className="btn" onClick={() => openNew(packId)}>
            Add evidence
          </button>
        </EmptyState>
      ) : total === 0 ? (
        <EvidenceNoMatch />
      ) : (
        <EvidenceTable
          query={query}
          total={total ?? 0}
          withAreas={Boolean(packId)}
          describedBy={hintId}
          onOpen={(row) => openExisting(row.id, packId)}
        />
      )}
      <EvidencePanel />
    </div>
  );
}

function EvidenceNoMatch() {
  const clearFilters = useEvidenceLibraryView((s) => s.clearFilters);
  const setFilter = useEvidenceLibraryView((s) => s.setFilter);
  return (
    <EmptyState title="No evidence matches">
      <p>Try fewer words or clear the filters.</p>
      <button
        type="button"
        className="btn btn--secondary"
        onClick={() => {
          setFilter('text', '');
          clearFilters();
        }}
      >
        Clear search and filters
      </button>
    </EmptyState>
  );
}

const TYPE_OPTIONS = optionsOf(EVIDENCE_TYPE_LABELS);
const FRESHNESS_OPTIONS = optionsOf(FRESHNESS_LABELS);
const SENSITIVITY_OPTIONS = optionsOf(SENSITIVITY_LABELS);

const EvidenceToolbar = memo(function EvidenceToolbar({ packId }: { packId?: string }) {
  const filters = useEvidenceLibraryView((s) => s.filters);
  const setFilter = useEvidenceLibraryView((s) => s.setFilter);
  const clearFilters = useEvidenceLibraryView((s) => s.clearFilters);
  const pack = usePackDetail(packId).data ?? null;
  const owners = useOwnersSeen();
  const packs = useOp('packs.list', {}).data ?? null;
  const go = useNavigation((s) => s.go);
  const [text, setText] = useState(filters.text);
  const [owner, setOwner] = useState(filters.owner);
  const ids = useId();

  // Search as the person types, once they pause.
  useEffect(() => {
    const timer = setTimeout(() => setFilter('text', text), SEARCH_DELAY_MS);
    return () => clearTimeout(timer);
  }, [text, setFilter]);
  useEffect(() => {
    const timer = setTimeout(() => setFilter('owner', owner), SEARCH_DELAY_MS);
    return () => clearTimeout(timer);
  }, [owner, setFilter]);
  // Filters cleared elsewhere (the "no match" button) clear the boxes too.
  useEffect(() => setText(filters.text), [filters.text]);
  useEffect(() => setOwner(filters.owner), [filters.owner]);

  const count = activeFilterCount(filters);
  return (
    <div className="evidence-toolbar" role="search" aria-label="Search and filter evidence">
      <div className="evidence-toolbar__row">
        <div className="field evidence-toolbar__search">
          <label htmlFor={`${ids}-text`}>Search</label>
          <input
            id={`${ids}-text`}
            type="search"
            value={text}
            placeholder="Words in the title, description, owner or source"
            onChange={(e) => setText(e.target.value)}
            onKeyDown={(e) => {
              if (e.key === 'Enter') setFilter('text', text);
            }}
          />
        </div>
        <div className="field evidence-toolbar__pack">
          <label htmlFor={`${ids}-pack`}>Areas from pack</label>
          <select
            id={`${ids}-pack`}
            value={packId ?? ''}
            onChange={(e) => go({ name: 'evidence', packId: e.target.value || undefined })}
          >
            <option value="">No pack</option>
            {(packs ?? []).map((p) => (
              <option key={p.id} value={p.id}>
                {p.title}
              </option>
            ))}
            {packId && packs && !packs.some((p) => p.id === packId) && (
              <option value={packId}>{pack?.pack.title ?? 'This pack'}</option>
            )}
          </select>
        </div>
      </div>
      <div className="evidence-toolbar__row evidence-toolbar__filters">
        <FilterSelect
          id={`${ids}-type`}
          label="Type"
          value={filters.type}
          anyLabel="Any type"
          options={TYPE_OPTIONS}
          onChange={(v) => setFilter('type', v)}
        />
        <div className="field">
          <label htmlFor={`${ids}-owner`}>Owner</label>
          <input
            id={`${ids}-owner`}
            value={owner}
            list={`${ids}-owners`}
            placeholder="Anyone"
            onChange={(e) => setOwner(e.target.value)}
          />
          <datalist id={`${ids}-owners`}>
            {owners.map((o) => (
              <option key={o} value={o} />
            ))}
          </datalist>
        </div>
        {packId && (
          <div className="field">
            <label htmlFor={`${ids}-area`}>Area</label>
            <select
              id={`${ids}-area`}
              value={filters.areaId}
              onChange={(e) => setFilter('areaId', e.target.value)}
              disabled={!pack}
            >
              <option value="">Any area</option>
              {(pack?.areas ?? []).map((a) => (
                <option key={a.id} value={a.id}>
                  {'\u2003'.repeat(a.depth)}
                  {a.title}
                </option>
              ))}
            </select>
          </div>
        )}
        <FilterSelect
          id={`${ids}-freshness`}
          label="Freshness"
          value={filters.freshness}
          anyLabel="Any"
          options={FRESHNESS_OPTIONS}
          onChange={(v) => setFilter('freshness', v)}
        />
        <FilterSelect
          id={`${ids}-sensitivity`}
          label="Sensitivity"
          value={filters.sensitivity}
          anyLabel="Any"
          options={SENSITIVITY_OPTIONS}
          onChange={(v) => setFilter('sensitivity', v)}
        />
        <div className="evidence-toolbar__clear">
          <button type="button" className="btn btn--secondary" onClick={clearFilters} disabled={count === 0}>
            Clear filters{count ? ` (${count})` : ''}
          </button>
        </div>
      </div>
    </div>
  );
});
