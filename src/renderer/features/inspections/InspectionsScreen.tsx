// Past inspections and visits, newest first, with their grades and what has been done about each
// recommendation.
import { useState } from 'react';
import type { Inspection } from '../../../shared/entities';
import { EmptyState, ErrorMessage, Loading } from '../../components/Feedback';
import { PageHeader } from '../../components/PageHeader';
import { InspectionCard } from './InspectionCard';
import { InspectionDialog } from './InspectionDialog';
import { useInspections } from './data';

export function InspectionsScreen() {
  const { data, isPending, error, refetch } = useInspections();
  const inspections = data ?? [];
  const loaded = data !== undefined;
  const [editing, setEditing] = useState<Inspection | 'new' | null>(null);

  const recs = inspections.flatMap((i) => i.recommendations);
  const met = recs.filter((r) => r.status === 'met').length;
  const subtitle = loaded
    ? `${inspections.length} recorded · ${met} of ${recs.length} recommendations met`
    : 'Inspections, visits and peer challenges, with their grades and recommendations';

  return (
    <div className="inspections-screen">
      <PageHeader title="Inspections and visits" subtitle={subtitle}>
        <button type="button" className="btn" onClick={() => setEditing('new')}>
          Record an inspection or visit
        </button>
      </PageHeader>
      <ErrorMessage onRetry={() => void refetch()}>{error?.message}</ErrorMessage>
      {isPending ? (
        <Loading what="inspections" />
      ) : loaded && inspections.length === 0 ? (
        <EmptyState title="No inspections recorded">
          <p>Record your last inspection and any visits since, with their grades and recommendations, to track progress against them.</p>
          <button type="button" className="btn" onClick={() => setEditing('new')}>
            Record an inspection or visit
          </button>
        </EmptyState>
      ) : (
        inspections.map((i) => <InspectionCard key={i.id} inspection={i} onEdit={() => setEditing(i)} />)
      )}
      <InspectionDialog inspection={editing === 'new' ? null : editing} open={editing !== null} onClose={() => setEditing(null)} />
    </div>
  );
}
