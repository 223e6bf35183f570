// The area workspace: the self-grade with the framework's descriptors, a narrative editor for each
// section (by default the three self-evaluation questions) with the framework's prompts beside it,
// strengths and areas for development, linked evidence and actions, and the review status.
import { useId, useMemo, useState } from 'react';
import { AREA_STATUSES, AREA_STATUS_LABELS, type AreaStatus } from '../../../shared/domain';
import type { AreaDetail, EvidenceRow, Narrative } from '../../../shared/entities';
import { flattenAreas } from '../../../shared/framework';
import { messageOf } from '../../data/bridge';
import { ErrorMessage, Loading } from '../../components/Feedback';
import { PageHeader } from '../../components/PageHeader';
import { useNavigation, type ParagraphFocus } from '../../app/navigation';
import { TitleText } from '../../components/TitleText';
import { usePendingChoice } from '../../components/usePendingChoice';
import { useOpMutation } from '../../data/ops';
import { NarrativeEditor } from '../../editor/NarrativeEditor';
import { useDocSaver } from '../../editor/useDocSaver';
import { SECTION_ATTR, useParagraphFocus } from '../claims/useParagraphFocus';
import { AreaIndicators } from '../indicators/AreaIndicators';
import { ApprovedBanner } from '../overview/SignOff';
import { usePackDetail } from '../packs/data';
import { ReviewPanel } from '../review/ReviewPanel';
import { useAssignment, useRefusal } from '../team/data';
import { RoleNote } from '../team/RoleNote';
import { useAreaDetail, useUpdateArea } from './data';
import { EditableList } from './EditableList';
import { GradePanel } from './GradePanel';
import { LinkedActions } from './LinkedActions';
import { LinkedEvidence } from './LinkedEvidence';
import { SectionNav, sectionAnchor, type AreaSection } from './SectionNav';
import { carriesCaveat, withoutCaveat } from '../../components/wording';

const KIND_LABELS: Record<string, string> = {
  judgement: 'Judgement',
  sub_judgement: 'Sub-judgement',
  theme: 'Theme',
  quality_statement: 'Quality statement',
};

export function AreaScreen({ packId, areaId, focus }: { packId: string; areaId: string; focus?: ParagraphFocus }) {
  const packQuery = usePackDetail(packId);
  const areaQuery = useAreaDetail(areaId);
  const { update } = useUpdateArea(areaId, areaQuery.data?.area);
  const go = useNavigation((s) => s.go);
  const pack = packQuery.data?.pack;
  const framework = packQuery.data?.framework;
  const detail = areaQuery.data;
  // What the signed-in person's role lets them do here (the database enforces it whatever the screen shows).
  const assignment = useAssignment(packId, areaId);
  const writeRefusal = useRefusal('writeArea', assignment?.author);
  const gradeRefusal = useRefusal('grade');
  const statusRefusal = useRefusal('agreeArea');
  const noteId = useId();
  // A readiness flag followed here shows its paragraph once the editors are on screen.
  useParagraphFocus(focus, !!detail && !!pack);

  const frameworkArea = useMemo(
    () =>
      framework && detail
        ? flattenAreas(framework.areas).find((f) => f.area.id === detail.area.areaKey)?.area
        : undefined,
    [framework, detail],
  );

  const error = areaQuery.error ?? packQuery.error;
  if (error && (!detail || !pack))
    return (
      <>
        <PageHeader title="Area" />
        <ErrorMessage
          onRetry={() => {
            void areaQuery.refetch();
            void packQuery.refetch();
          }}
        >
          {error.message}
        </ErrorMessage>
      </>
    );
  if (!detail || !pack || !framework) return <Loading what="the area" />;

  const { area } = detail;
  const approved = pack.status === 'approved';
  const readOnly = approved || !!writeRefusal;
  const description = detail.description ? withoutCaveat(detail.description) : null;
  // One notice says it for the grade summaries, the prompts and the description alike.
  const notOfsted =
    detail.promptsAreGuidance || carriesCaveat(detail.description) || (area.graded && framework.scale.levels.some((l) => carriesCaveat(l.descriptor)));
  const sections: AreaSection[] = [
    ...(area.graded ? [{ id: sectionAnchor('grade'), label: 'Self-grade' }] : []),
    ...detail.narratives.map((n) => ({ id: sectionAnchor(`narrative-${n.sectionId}`), label: n.title })),
    { id: sectionAnchor('strengths'), label: 'Strengths and areas for development' },
    { id: sectionAnchor('evidence'), label: 'Evidence' },
    { id: sectionAnchor('actions'), label: 'Actions' },
    { id: sectionAnchor('review'), label: 'Review and comments' },
  ];

  return (
    <>
      <nav aria-label="Breadcrumb" className="breadcrumb">
        <ol>
          <li>
            <a
              href="#"
              onClick={(e) => {
                e.preventDefault();
                go({ name: 'overview', packId });
              }}
            >
              <TitleText text={pack.title} />
            </a>
          </li>
          <li aria-current="page">{area.title}</li>
        </ol>
      </nav>
      <PageHeader title={area.title} subtitle={KIND_LABELS[area.kind] ?? area.kind}>
        <StatusControl status={area.status} readOnly={approved || !!statusRefusal} update={update} />
      </PageHeader>
      <ApprovedBanner pack={pack} />
      {!approved && (
        <RoleNote id={`${noteId}-role`}>{writeRefusal ?? statusRefusal}</RoleNote>
      )}
      {description && <p className="area-description">{description}</p>}
      {notOfsted && (
        <p className="notice wording-notice">
          The grade summaries and prompts here are SEF Studio’s own, not Ofsted’s wording: edit the prompts to suit.
        </p>
      )}

      <div className="area-layout">
        <div className="area-layout__main">
          {area.graded ? (
            <div id={sectionAnchor('grade')} tabIndex={-1} className="area-anchor">
            <GradePanel
              area={area}
              scale={framework.scale}
              readOnly={readOnly || !!gradeRefusal}
              readOnlyReason={approved ? null : gradeRefusal}
              limitingNote={frameworkArea?.limitingNote}
              rules={detail.rules}
            />
            </div>
          ) : (
            <p className="notice">
              This area is not graded separately: it is part of the judgement above it. Write about it below.
            </p>
          )}
          <NarrativeSections detail={detail} packId={packId} readOnly={readOnly} />
          <AreaIndicators packId={packId} areaId={area.id} readOnly={readOnly} />
          <div className="area-lists area-anchor" id={sectionAnchor('strengths')} tabIndex={-1}>
            <EditableList
              key={`${area.id}-strengths`}
              title="Strengths"
              itemName="strength"
              items={area.strengths}
              readOnly={readOnly}
              emptyText="No strengths recorded yet."
              save={(strengths) => update({ strengths })}
            />
            <EditableList
              key={`${area.id}-afd`}
              title="Areas for development"
              itemName="area for development"
              items={area.areasForDevelopment}
              readOnly={readOnly}
              emptyText="No areas for development recorded yet."
              save={(areasForDevelopment) => update({ areasForDevelopment })}
            />
          </div>
          <div id={sectionAnchor('evidence')} tabIndex={-1} className="area-anchor">
            <LinkedEvidence packId={packId} areaId={area.id} evidence={detail.evidence} readOnly={readOnly} />
          </div>
          <div id={sectionAnchor('actions')} tabIndex={-1} className="area-anchor">
            <LinkedActions packId={packId} areaId={area.id} actions={detail.actions} readOnly={readOnly} />
          </div>
          <div id={sectionAnchor('review')} tabIndex={-1} className="area-anchor">
            <ReviewPanel packId={packId} area={area} sections={detail.narratives} assignment={assignment} readOnly={approved} />
          </div>
        </div>
        <div className="area-layout__side">
          <SectionNav sections={sections} />
          <Guidance prompts={detail.prompts} guidance={detail.promptsAreGuidance} publisher={framework.publisher} />
        </div>
      </div>
    </>
  );
}

function StatusControl({
  status,
  readOnly,
  update,
}: {
  status: AreaStatus;
  readOnly: boolean;
  update: ReturnType<typeof useUpdateArea>['update'];
}) {
  const id = useId();
  const [error, setError] = useState<string | null>(null);
  const chosen = usePendingChoice(status);
  return (
    <div className="status-control">
      <fieldset className="segmented" disabled={readOnly}>
        <legend className="segmented__legend">Review status</legend>
        {AREA_STATUSES.map((s) => (
          <label key={s} className={`segmented__option${chosen.shown === s ? ' segmented__option--chosen' : ''}`}>
            <input
              type="radio"
              name={`${id}-status`}
              value={s}
              checked={chosen.shown === s}
              onChange={() => {
                setError(null);
                chosen.choose(s);
                update({ status: s }).catch((err) => {
                  chosen.cancel();
                  setError(`Status not saved: ${messageOf(err)}`);
                });
              }}
            />
            {AREA_STATUS_LABELS[s]}
          </label>
        ))}
      </fieldset>
      <ErrorMessage>{error}</ErrorMessage>
    </div>
  );
}

function NarrativeSections({ detail, packId, readOnly }: { detail: AreaDetail; packId: string; readOnly: boolean }) {
  const linkedIds = useMemo(() => new Set(detail.evidence.map((e) => e.id)), [detail.evidence]);
  return (
    <section className="narratives" aria-label="Narrative">
      {detail.narratives.map((n) => (
        <NarrativeSection
          key={`${detail.area.id}-${n.sectionId}`}
          narrative={n}
          areaTitle={detail.area.title}
          packId={packId}
          readOnly={readOnly}
          linkedIds={linkedIds}
        />
      ))}
    </section>
  );
}

function NarrativeSection({
  narrative,
  areaTitle,
  packId,
  readOnly,
  linkedIds,
}: {
  narrative: Narrative;
  areaTitle: string;
  packId: string;
  readOnly: boolean;
  linkedIds: ReadonlySet<string>;
}) {
  const id = useId();
  const saver = useDocSaver('narratives.save', narrative, {
    toInput: (doc) => ({ areaId: narrative.areaId, sectionId: narrative.sectionId, doc }),
    of: (n) => n.doc,
  });
  const link = useOpMutation('evidence.link').mutateAsync;
  const [linkError, setLinkError] = useState<string | null>(null);

  const onCited = (row: EvidenceRow) => {
    // Citing evidence links it to the area, so the evidence list and the index agree with the text.
    if (linkedIds.has(row.id)) return;
    link({ evidenceId: row.id, areaId: narrative.areaId, note: '' }).catch((err) =>
      setLinkError(`${row.reference} is cited but was not linked to this area: ${messageOf(err)}`),
    );
  };

  return (
    <section
      className="panel narrative area-anchor"
      aria-labelledby={`${id}-title`}
      id={sectionAnchor(`narrative-${narrative.sectionId}`)}
      tabIndex={-1}
      {...{ [SECTION_ATTR]: narrative.sectionId }}
    >
      <h2 className="narrative__title" id={`${id}-title`}>
        {narrative.title}
      </h2>
      {narrative.prompt && (
        <p className="field__hint narrative__prompt" id={`${id}-prompt`}>
          {narrative.prompt}
        </p>
      )}
      <ErrorMessage>{linkError}</ErrorMessage>
      <NarrativeEditor
        labelledBy={`${id}-title`}
        describedBy={narrative.prompt ? `${id}-prompt` : undefined}
        label={narrative.title}
        initialDoc={narrative.doc}
        readOnly={readOnly}
        packId={packId}
        linkedEvidenceIds={linkedIds}
        onCited={onCited}
        saver={saver}
        held={{ route: { name: 'area', packId, areaId: narrative.areaId }, where: areaTitle, label: narrative.title }}
      />
    </section>
  );
}

function Guidance({ prompts, guidance, publisher }: { prompts: string[]; guidance: boolean; publisher: string }) {
  const id = useId();
  if (!prompts.length) return null;
  return (
    <aside className="guidance" aria-labelledby={`${id}-title`}>
      <h2 className="guidance__title" id={`${id}-title`}>
        {guidance ? 'Guidance (editable prompts)' : `Prompts from ${publisher}`}
      </h2>
      <ul className="guidance__list">
        {prompts.map((p, i) => (
          <li key={i}>{p}</li>
        ))}
      </ul>
    </aside>
  );
}
