// The pack overview: where the pack stands (areas table and readiness charts), its details, sign-off,
// and the Word export.
import { useEffect } from 'react';
import { formatLongDate } from '../../../shared/dates';
import type { Route } from '../../app/navigation';
import { lastLookWords } from '../../../shared/framework';
import { PackStatusTag } from '../../components/Badges';
import { EmptyState, ErrorMessage, Loading } from '../../components/Feedback';
import { PageHeader } from '../../components/PageHeader';
import { useExportDialog } from '../export/store';
import { usePackDetail, useReadiness } from '../packs/data';
import { ClaimFlags } from '../claims/ClaimFlags';
import { IndicatorSummary } from '../indicators/IndicatorSummary';
import { AreasTable } from './AreasTable';
import { RuleBreaches, RunningDeadlines } from './CyclePanels';
import { FrameworkNotices } from './FrameworkMove';
import { GradeHistoryView } from './GradeHistory';
import { PackDetailsForm } from './PackDetailsForm';
import { ReadinessCharts, ReadinessSummary } from './ReadinessCharts';
import { ApprovedBanner, SignOffButtons } from './SignOff';
import { useOverviewTab, type OverviewTab } from './store';
import { ReviewTab } from '../review/ReviewTab';
import { useRefusal } from '../team/data';
import { RoleNote } from '../team/RoleNote';
import { Tabs } from './Tabs';

const TABS: { key: OverviewTab; label: string }[] = [
  { key: 'areas', label: 'Areas' },
  { key: 'review', label: 'Review' },
  { key: 'readiness', label: 'Readiness' },
  { key: 'grades', label: 'Grades over time' },
  { key: 'indicators', label: 'Indicators' },
  { key: 'details', label: 'Pack details' },
];

/** `arriveAt`: the route that brought the person here; a tab it names is shown on arriving. */
export function OverviewScreen({ packId, arriveAt }: { packId: string; arriveAt?: Extract<Route, { name: 'overview' }> }) {
  const packQuery = usePackDetail(packId);
  const readinessQuery = useReadiness(packId);
  const openExport = useExportDialog((s) => s.open);
  const tab = useOverviewTab((s) => s.tab);
  const setTab = useOverviewTab((s) => s.setTab);
  // Each arrival is a new route object, so going back to a held draft twice shows its tab twice; a tab
  // chosen after arriving stays.
  useEffect(() => {
    if (arriveAt?.tab) setTab(arriveAt.tab);
  }, [arriveAt, setTab]);
  const detail = packQuery.data;
  const readiness = readinessQuery.data;
  const detailsRefusal = useRefusal('editPack');

  if (!detail || !readiness) {
    const error = packQuery.error ?? readinessQuery.error;
    if (error)
      return (
        <>
          <PageHeader title="Pack overview" />
          <ErrorMessage
            onRetry={() => {
              void packQuery.refetch();
              void readinessQuery.refetch();
            }}
          >
            {error.message}
          </ErrorMessage>
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
      <FrameworkNotices pack={pack} frameworkShortTitle={framework.shortTitle} readiness={readiness} />
      <RuleBreaches breaches={readiness.ruleBreaches} />
      <ReadinessSummary readiness={readiness} />
      <Tabs tabs={TABS} active={tab} onChange={setTab} label="Pack overview">
        {tab === 'areas' &&
          (readiness.areas.length ? (
            <AreasTable
              packId={pack.id}
              scale={framework.scale}
              areas={readiness.areas}
              baselineTitle={readiness.baselineInspection?.title ?? null}
              lastLook={lastLookWords(framework)}
            />
          ) : (
            <EmptyState title="This pack has no areas" />
          ))}
        {tab === 'review' && <ReviewTab packId={pack.id} />}
        {tab === 'readiness' && (
          <>
            <RunningDeadlines deadlines={readiness.deadlines} />
            <ReadinessCharts readiness={readiness} scale={framework.scale} lastLook={lastLookWords(framework)} />
            <section className="panel" aria-labelledby="claim-flags-title">
              <h2 className="panel__title" id="claim-flags-title">
                Things a reader may question ({readiness.flags.length})
              </h2>
              <ClaimFlags packId={pack.id} flags={readiness.flags} />
            </section>
          </>
        )}
        {tab === 'grades' && <GradeHistoryView packId={pack.id} readiness={readiness} scale={framework.scale} />}
        {tab === 'indicators' && <IndicatorSummary packId={pack.id} readOnly={readOnly} />}
        {tab === 'details' && (
          <>
            <RoleNote id={`${pack.id}-details-role`}>{readOnly ? null : detailsRefusal}</RoleNote>
            <PackDetailsForm key={pack.id} pack={pack} readOnly={readOnly || !!detailsRefusal} />
          </>
        )}
      </Tabs>
    </>
  );
}
