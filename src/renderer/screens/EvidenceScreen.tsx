// The evidence library: everything the service knows about its practice, searchable and filterable,
// with each item's files and the areas of the current pack it supports.
import { useEffect, useId, useState } from 'react';
import { useShallow } from 'zustand/react/shallow';
import {
  EVIDENCE_TYPE_LABELS,
  FRESHNESS_LABELS,
  SENSITIVITY_LABELS,
} from '../../shared/domain';
import type { Pack } from '../../shared/entities';
import { call } from '../api';
import { optionsOf } from '../components/AutosaveField';
import { EmptyState, ErrorMessage } from '../components/Feedback';
import { PageHeader } from '../components/PageHeader';
import { EvidencePanel } from '../evidence/EvidencePanel';
import { EvidenceTable } from '../evidence/EvidenceTable';
import { countOf } from '../evidence/format';
import { useEvidenceItem } from '../stores/evidenceItem';
import { activeFilterCount, useEvidenceLibrary } from '../stores/evidenceLibrary';
import { useNavigation } from '../stores/navigation';
import { TitleText } from '../components/TitleText';
import { FilterSelect } from '../components/FilterSelect';

const SEARCH_DELAY_MS = 200;

export function EvidenceScreen({ packId }: { packId?: string }) {
  const open = useEvidenceLibrary((s) => s.open);
  const openNew = useEvidenceItem((s) => s.openNew);
  const openExisting = useEvidenceItem((s) => s.openExisting);
  const { total, busy, error, filters, pack, packError } = useEvidenceLibrary(
    useShallow((s) => ({
      total: s.total,
      busy: s.busy,
      error: s.error,
      filters: s.filters,
      pack: s.pack,
      packError: s.packError,
    })),
  );
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
        <button type="button" className="btn" onClick={() => openNew(packId)}>
          Add evidence
        </button>
      </PageHeader>
      <ErrorMessage>{packError}</ErrorMessage>
      <EvidenceToolbar packId={packId} />
      <div className="evidence-screen__status">
        <p role="status" aria-live="polite" className="evidence-screen__count">
          {busy && total !== null ? 'Searching…' : status}
        </p>
        <p id={hintId} className="muted evidence-screen__hint">
          Use the arrow keys to move between items and Enter to open one.
        </p>
      </div>
      <ErrorMessage onRetry={() => open(packId)}>{error}</ErrorMessage>
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
  const clearFilters = useEvidenceLibrary((s) => s.clearFilters);
  const setFilter = useEvidenceLibrary((s) => s.setFilter);
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

function EvidenceToolbar({ packId }: { packId?: string }) {
  const { filters, pack, owners } = useEvidenceLibrary(
    useShallow((s) => ({ filters: s.filters, pack: s.pack, owners: s.owners })),
  );
  const setFilter = useEvidenceLibrary((s) => s.setFilter);
  const clearFilters = useEvidenceLibrary((s) => s.clearFilters);
  const go = useNavigation((s) => s.go);
  const [text, setText] = useState(filters.text);
  const [owner, setOwner] = useState(filters.owner);
  const [packs, setPacks] = useState<Pack[] | null>(null);
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

  useEffect(() => {
    call('packs.list', {})
      .then(setPacks)
      .catch(() => setPacks([]));
  }, []);

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
}
