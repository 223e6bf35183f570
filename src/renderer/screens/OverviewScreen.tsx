// The pack overview: where the pack stands (areas table and readiness charts), its details, sign-off,
// and the Word export.
import { useEffect } from 'react';
import { formatLongDate } from '../../shared/dates';
import { EmptyState, ErrorMessage, Loading } from '../components/Feedback';
import { PageHeader } from '../components/PageHeader';
import { AreasTable } from '../overview/AreasTable';
import { PackDetailsForm } from '../overview/PackDetailsForm';
import { ReadinessCharts, ReadinessSummary } from '../overview/ReadinessCharts';
import { ApprovedBanner, SignOffButtons } from '../overview/SignOff';
import { Tabs } from '../overview/Tabs';
import { useExportDialog } from '../stores/exportDialog';
import { useOverviewTab, type OverviewTab } from '../stores/overviewTab';
import { usePack } from '../stores/pack';
import { PackStatusTag } from './PacksScreen';

const TABS: { key: OverviewTab; label: string }[] = [
  { key: 'areas', label: 'Areas' },
  { key: 'readiness', label: 'Readiness' },
  { key: 'details', label: 'Pack details' },
];

export function OverviewScreen({ packId }: { packId: string }) {
  const detail = usePack((s) => (s.packId === packId ? s.detail : null));
  const readiness = usePack((s) => (s.packId === packId ? s.readiness : null));
  const status = usePack((s) => s.status);
  const error = usePack((s) => s.error);
  const load = usePack((s) => s.load);
  const openExport = useExportDialog((s) => s.open);
  const tab = useOverviewTab((s) => s.tab);
  const setTab = useOverviewTab((s) => s.setTab);

  useEffect(() => {
    void load(packId, { force: true });
  }, [load, packId]);

  if (!detail || !readiness) {
    if (status === 'error')
      return (
        <>
          <PageHeader title="Pack overview" />
          <ErrorMessage onRetry={() => void load(packId, { force: true })}>{error}</ErrorMessage>
        </>
      );
    return <Loading what="the pack" />;
  }

  const { pack, framework } = detail;
  const readOnly = pack.status === 'approved';

  return (
    <>
      <PageHeader
        title={pack.title}
        subtitle={
          <>
            {framework.shortTitle} · {pack.period} · as at {formatLongDate(pack.asAt)} ·{' '}
            <PackStatusTag status={pack.status} />
          </>
        }
      >
        <button type="button" className="btn btn--secondary" onClick={() => openExport(pack.id)}>
          Export Word pack
        </button>
        <SignOffButtons pack={pack} />
      </PageHeader>
      <ApprovedBanner pack={pack} />
      <ReadinessSummary readiness={readiness} />
      <Tabs tabs={TABS} active={tab} onChange={setTab} label="Pack overview">
        {tab === 'areas' &&
          (readiness.areas.length ? (
            <AreasTable
              packId={pack.id}
              scale={framework.scale}
              areas={readiness.areas}
              baselineTitle={readiness.baselineInspection?.title ?? null}
            />
          ) : (
            <EmptyState title="This pack has no areas" />
          ))}
        {tab === 'readiness' && <ReadinessCharts readiness={readiness} scale={framework.scale} />}
        {tab === 'details' && <PackDetailsForm key={pack.id} pack={pack} readOnly={readOnly} />}
      </Tabs>
    </>
  );
}
