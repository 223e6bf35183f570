// A small but complete database written with plain SQL: every table the interchange format covers has
// rows, including the awkward cases (a blob shared by two attachments, a logo blob no attachment uses,
// a pack that names its previous pack, nested areas, audit entries with and without before/after values).
// Used by the interchange and CLI tests so they do not depend on the services being finished.
import { createHash } from 'node:crypto';
import type { Queryable } from '../../src/core/db/connection';
import type { Framework } from '../../src/shared/framework';

export const sampleFramework: Framework = {
  schemaVersion: 1,
  id: 'sample-ilacs',
  title: 'Sample framework for tests',
  shortTitle: 'Sample',
  publisher: 'Test publisher',
  version: '1.0',
  validFrom: '2023-01-01',
  validTo: null,
  sector: 'children',
  source: { title: 'Written for tests', url: 'https://example.org/framework' },
  scale: {
    kind: 'ordinal',
    levels: [
      { id: 'outstanding', label: 'Outstanding', shortLabel: 'O', colour: '#1D5FA8', descriptor: 'Best' },
      { id: 'good', label: 'Good', shortLabel: 'G', colour: '#2E7D32', descriptor: 'Good' },
      {
        id: 'requires-improvement',
        label: 'Requires improvement to be good',
        shortLabel: 'RI',
        colour: '#F2A900',
        descriptor: 'RI',
      },
      { id: 'inadequate', label: 'Inadequate', shortLabel: 'I', colour: '#C62828', descriptor: 'Worst' },
    ],
  },
  sections: [
    { id: 'what-we-know', title: 'What do you know?' },
    { id: 'how-we-know', title: 'How do you know it?' },
  ],
  areas: [
    {
      id: 'leaders',
      title: 'The impact of leaders on social work practice with children and families',
      kind: 'judgement',
      graded: true,
      prompts: ['Knowing frontline practice'],
      promptsAreGuidance: true,
      children: [
        { id: 'workforce', title: 'Workforce', kind: 'theme', graded: false, prompts: [], promptsAreGuidance: true },
      ],
    },
    {
      id: 'care-leavers',
      title: 'The experiences and progress of care leavers',
      kind: 'judgement',
      graded: true,
      prompts: [],
      promptsAreGuidance: false,
    },
  ],
};

export const SAMPLE_IDS = {
  packOld: 'pack-2025',
  pack: 'pack-2026',
  inspection: 'insp-1',
  evidence: ['ev-1', 'ev-2', 'ev-3'],
};

const sha = (data: Buffer) => createHash('sha256').update(data).digest('hex');
const doc = (text: string) =>
  JSON.stringify({ type: 'doc', blocks: [{ type: 'paragraph', content: [{ type: 'text', text, marks: ['bold'] }] }] });

/** Fills an empty, migrated database. Run it inside a transaction. */
export async function insertSampleData(q: Queryable): Promise<void> {
  const t = '2026-11-20T09:00:00.000Z';
  await q.run(
    "INSERT INTO settings (key, value) VALUES ('displayName', ?), ('organisationName', ?), ('logoSha256', ?)",
    [JSON.stringify('Sam Quality-Lead'), JSON.stringify('Exampleshire County Council'), JSON.stringify(null)],
  );
  await q.run('INSERT INTO frameworks (id, json, imported_at) VALUES (?, ?, ?)', [
    sampleFramework.id,
    JSON.stringify(sampleFramework),
    t,
  ]);

  const pdf = Buffer.from('%PDF-1.4 pretend audit report\n');
  const logo = Buffer.from([0x89, 0x50, 0x4e, 0x47, 0, 1, 2, 3]);
  await q.run('INSERT INTO blobs (sha256, size, data) VALUES (?, ?, ?), (?, ?, ?)', [
    sha(pdf),
    pdf.length,
    pdf,
    sha(logo),
    logo.length,
    logo,
  ]);

  await q.run(
    `INSERT INTO inspections (id, type, title, start_date, end_date, published_date, framework_id, report_reference, summary, created_at, updated_at)
     VALUES ('insp-1', 'standard_inspection', 'ILACS standard inspection', '2024-03-04', '2024-03-15', '2024-04-20', 'sample-ilacs', '50123456', 'Requires improvement overall.', ?, ?)`,
    [t, t],
  );
  await q.run(
    `INSERT INTO inspection_grades (inspection_id, area_key, area_title, grade) VALUES
     ('insp-1', 'leaders', 'Leaders', 'requires-improvement'), ('insp-1', 'care-leavers', 'Care leavers', 'good')`,
  );
  await q.run(
    `INSERT INTO recommendations (id, inspection_id, reference, kind, text, area_key, status, progress, sort_order, updated_at) VALUES
     ('rec-1', 'insp-1', 'R1', 'recommendation', 'Improve the quality of supervision.', 'leaders', 'in_progress', 'Audit in place.', 1, ?),
     ('rec-2', 'insp-1', 'R2', 'area_for_improvement', 'Pathway plans for care leavers.', NULL, 'open', '', 2, ?)`,
    [t, t],
  );

  const evidence = [
    [
      'ev-1',
      'E001',
      'Monthly case-file audit, October 2026',
      'case_file_audit',
      'official',
      '2026-10-31',
      '2027-01-31',
    ],
    ['ev-2', 'E002', 'Care leavers\u2019 survey — “Our Voice”', 'feedback', 'official_sensitive', null, '2026-11-01'],
    ['ev-3', 'E003', 'Workforce scorecard', 'performance_data', 'official', '2026-09-30', null],
  ] as const;
  for (const [id, ref, title, type, sens, eff, due] of evidence)
    await q.run(
      `INSERT INTO evidence (id, reference, title, type, description, owner, effective_date, review_due, source, sensitivity, created_at, updated_at, updated_by)
       VALUES (?, ?, ?, ?, 'Line one\nLine two', 'Head of QA', ?, ?, 'QA team', ?, ?, ?, 'Sam Quality-Lead')`,
      [id, ref, title, type, eff, due, sens, t, t],
    );
  await q.run(
    `INSERT INTO attachments (id, evidence_id, file_name, media_type, size, sha256, added_at) VALUES
     ('att-1', 'ev-1', 'audit.pdf', 'application/pdf', ?, ?, ?), ('att-2', 'ev-3', 'same audit.pdf', 'application/pdf', ?, ?, ?)`,
    [pdf.length, sha(pdf), t, pdf.length, sha(pdf), t],
  );

  const fw = JSON.stringify(sampleFramework);
  for (const [id, title, prev, status, created] of [
    [SAMPLE_IDS.packOld, 'Self-evaluation 2025–26', null, 'approved', '2025-11-01T09:00:00.000Z'],
    [SAMPLE_IDS.pack, 'Self-evaluation 2026–27', SAMPLE_IDS.packOld, 'draft', t],
  ] as const)
    await q.run(
      `INSERT INTO packs (id, title, framework_id, framework_json, period, as_at, status, approved_by, approved_at, previous_pack_id,
         baseline_inspection_id, context_json, board_asks_json, version, created_at, updated_at, updated_by)
       VALUES (?, ?, 'sample-ilacs', ?, '2026–27', '2026-11-23', ?, ?, ?, ?, 'insp-1', ?, ?, 3, ?, ?, 'Sam Quality-Lead')`,
      [
        id,
        title,
        fw,
        status,
        status === 'approved' ? 'Director of Children’s Services' : null,
        status === 'approved' ? t : null,
        prev,
        doc('Exampleshire has 110,000 children.'),
        JSON.stringify({ type: 'doc', blocks: [] }),
        created,
        t,
      ],
    );
  for (const packId of [SAMPLE_IDS.packOld, SAMPLE_IDS.pack]) {
    const p = packId === SAMPLE_IDS.pack ? 'a' : 'o';
    await q.run(
      `INSERT INTO pack_areas (id, pack_id, area_key, parent_id, title, kind, depth, sort_order, graded, grade, position, strengths_json, development_json, status, updated_at, updated_by) VALUES
       (?, ?, 'leaders', NULL, 'Leaders', 'judgement', 0, 0, 1, 'good', 'low', ?, '[]', 'in_review', ?, 'Sam'),
       (?, ?, 'workforce', ?, 'Workforce', 'theme', 1, 1, 0, NULL, NULL, '[]', ?, 'to_review', ?, 'Sam'),
       (?, ?, 'care-leavers', NULL, 'Care leavers', 'judgement', 0, 2, 1, NULL, NULL, '[]', '[]', 'agreed', ?, 'Sam')`,
      [
        `${p}-leaders`,
        packId,
        JSON.stringify(['Stable workforce']),
        t,
        `${p}-workforce`,
        packId,
        `${p}-leaders`,
        JSON.stringify(['Caseloads in the east team']),
        t,
        `${p}-care-leavers`,
        packId,
        t,
      ],
    );
    await q.run(
      `INSERT INTO narratives (area_id, section_id, doc_json, updated_at, updated_by) VALUES (?, 'what-we-know', ?, ?, 'Sam'), (?, 'how-we-know', ?, ?, 'Sam')`,
      [
        `${p}-leaders`,
        doc('We know our practice well.'),
        t,
        `${p}-leaders`,
        JSON.stringify({
          type: 'doc',
          blocks: [{ type: 'paragraph', content: [{ type: 'citation', evidenceId: 'ev-1' }] }],
        }),
        t,
      ],
    );
    await q.run(
      `INSERT INTO evidence_links (evidence_id, area_id, note, created_at) VALUES ('ev-1', ?, 'Shows audit grades improving', ?), ('ev-2', ?, '', ?)`,
      [`${p}-leaders`, t, `${p}-care-leavers`, t],
    );
    await q.run(
      `INSERT INTO actions (id, pack_id, reference, title, owner, due_date, status, rag, area_id, recommendation_id, created_at, updated_at, updated_by) VALUES
       (?, ?, 'A1', 'Raise supervision quality', 'Principal social worker', '2026-12-31', 'in_progress', 'amber', ?, 'rec-1', ?, ?, 'Sam'),
       (?, ?, 'A2', 'Refresh pathway plans', '', NULL, 'not_started', 'red', NULL, NULL, ?, ?, 'Sam')`,
      [`${p}-act-1`, packId, `${p}-leaders`, t, t, `${p}-act-2`, packId, t, t],
    );
    await q.run(
      `INSERT INTO action_notes (id, action_id, date, text, author, created_at) VALUES (?, ?, '2026-11-01', 'Audit tool agreed.', 'Sam', ?)`,
      [`${p}-note-1`, `${p}-act-1`, t],
    );
  }
  // An indicator of the organisation's own, its own wording of a library one, and figures for both, the
  // council's and comparators' (one named), over two kinds of period.
  await q.run(
    `INSERT INTO indicators (id, origin, title, short_title, definition, definition_guidance, unit, polarity, decimals, areas_json, source_json, created_at, updated_at, updated_by) VALUES
     ('own-return-interviews', 'own', 'Return interviews within 72 hours', 'Return interviews', 'Children missing from home offered a return interview within 72 hours.', 0, 'percentage', 'higher_is_better', 1, '["leaders"]', NULL, ?, ?, 'Sam'),
     ('agency-social-workers', 'library', 'Agency social worker rate', 'Agency', 'Our definition: agency workers as a share of all case-holding staff.', 0, 'percentage', 'lower_is_better', 1, '["leaders","workforce"]', ?, ?, ?, 'Sam')`,
    [t, t, JSON.stringify({ title: "Children's social work workforce", publisher: 'Department for Education' }), t, t],
  );
  const figures: [string, string, string, string, string, string, number][] = [
    ['own-return-interviews', 'council', '', 'quarter', '2026-07-01', '2026-09-30', 81.5],
    ['own-return-interviews', 'named', 'Northshire', 'quarter', '2026-07-01', '2026-09-30', 77],
    ['agency-social-workers', 'council', '', 'quarter', '2026-07-01', '2026-09-30', 17.2],
    ['agency-social-workers', 'england', '', 'financial_year', '2025-04-01', '2026-03-31', 15.5],
  ];
  for (const [i, [indicator, comparator, name, kind, start, end, value]] of figures.entries())
    await q.run(
      `INSERT INTO indicator_values (id, indicator_id, comparator, comparator_name, comparator_key, period_kind, period_start, period_end, value, source, extracted_on, note, created_at, updated_at, updated_by)
       VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, 'Local performance report', '2026-10-15', '', ?, ?, 'Sam')`,
      [`fig-${i + 1}`, indicator, comparator, name, name.toLowerCase(), kind, start, end, value, t, t],
    );

  const auditRows: [string, string | null, string | null][] = [
    ['Created pack', null, JSON.stringify({ title: 'Self-evaluation 2026–27' })],
    ['Changed grade', JSON.stringify({ grade: null }), JSON.stringify({ grade: 'good' })],
    ['Cleared owner', JSON.stringify('x'), 'null'],
  ];
  for (const [action, before, after] of auditRows)
    await q.run(
      `INSERT INTO audit_log (at, actor, entity, entity_id, action, pack_id, before_json, after_json) VALUES (?, 'Sam Quality-Lead', 'pack', ?, ?, ?, ?, ?)`,
      [t, SAMPLE_IDS.pack, action, SAMPLE_IDS.pack, before, after],
    );
}
