// A large pack for benchmarks: one ILACS 2023 pack with as many evidence items, links, actions and
// narrative words as asked for. Content is generated deterministically (a seeded generator), so two runs
// with the same sizes make the same pack apart from ids and timestamps.
//
// The pack, actions, notes, grades and narratives go through the contract. Evidence items and their
// links do too when asked (evidenceThroughContract), but by default they are written in ONE transaction
// that does exactly what evidence.create and evidence.link do, with the core's own helpers: the input
// parsed by the contract's schema, the next E-reference, the same columns, the same audit entries. Through
// the contract each item costs two or three transactions (about 5 ms each here), which makes 5,000 items
// take over a minute; in one transaction it takes seconds.
import type { z } from 'zod';
import { api } from '../../shared/api';
import { ACTION_STATUSES, EVIDENCE_TYPES, RAGS, SENSITIVITIES } from '../../shared/domain';
import { addDays } from '../../shared/dates';
import type { PackArea } from '../../shared/entities';
import type { Block, Inline, RichDoc } from '../../shared/richtext';
import { change, columnsOf, updatedStamp } from '../change';
import type { CoreContext } from '../context';
import { newId, today } from '../context';
import { call } from '../dispatch';
import { insertingEvidenceInBulk } from '../evidence/bulk-insert';
import { EVIDENCE_FIELDS, EVIDENCE_REFERENCES } from '../evidence/changes';
import type { SqlValue } from '../db/port';
import { insertRows, nextReference } from '../records';

export interface LargePackSizes {
  evidence: number;
  actions: number;
  /** Words of narrative in total, spread across every section of every area. */
  narrativeWords: number;
}

export interface LargePackOptions {
  /** Create evidence and links with one contract call each, instead of in one transaction. */
  evidenceThroughContract?: boolean;
}

export interface LargePack {
  packId: string;
  evidenceIds: string[];
  actionIds: string[];
  links: number;
}

/** A small deterministic generator (mulberry32), so generated packs are the same every run. */
export function seededRandom(seed: number): () => number {
  let a = seed >>> 0;
  return () => {
    a = (a + 0x6d2b79f5) >>> 0;
    let t = a;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

const WORDS = (
  'children families practice social workers managers audit evidence plan review supervision oversight quality ' +
  'impact timely assessment support safety risk protection care leavers homes stability education health ' +
  'wellbeing voice direct work partners schools police early help front door threshold consent strategy ' +
  'conference pathway permanence fostering adoption sufficiency workforce caseloads training learning ' +
  'improvement outcomes experience progress feedback carers young people independent reviewing officers ' +
  'tells us shows that most some better than last year where still needs consistent good'
).split(' ');

const OWNERS = [
  'Head of Quality Assurance', 'Principal Social Worker', 'Head of Performance', 'Head of Service, Front Door',
  'Head of Service, Safeguarding', 'Head of Service, Children in Care', 'Service Manager, Care Leavers',
  'Virtual School Headteacher', 'IRO Service Manager', 'Workforce Lead', 'Participation Lead', 'Designated Nurse',
];

function sentence(next: () => number, words: number): string {
  const out: string[] = [];
  for (let n = 0; n < words; n++) out.push(WORDS[Math.floor(next() * WORDS.length)]!);
  const text = out.join(' ');
  return `${text.charAt(0).toUpperCase()}${text.slice(1)}.`;
}

/** A section of about `words` words: a heading, paragraphs of about 80 words with citations, and a list. */
function narrative(next: () => number, words: number, cite: () => string | null): RichDoc {
  const blocks: Block[] = [{ type: 'heading', level: 2, content: [{ type: 'text', text: sentence(next, 4) }] }];
  let left = Math.max(0, words - 4);
  while (left > 0) {
    const size = Math.min(left, 80);
    const content: Inline[] = [];
    let inPara = size;
    while (inPara > 0) {
      const chunk = Math.min(inPara, 12 + Math.floor(next() * 10));
      content.push({ type: 'text', text: `${sentence(next, chunk)} `, ...(next() < 0.1 ? { marks: ['bold' as const] } : {}) });
      const evidenceId = cite();
      if (evidenceId && next() < 0.5) content.push({ type: 'citation', evidenceId });
      inPara -= chunk;
    }
    blocks.push({ type: 'paragraph', content });
    left -= size;
    if (left > 30 && next() < 0.25) {
      const items = [0, 1, 2].map(() => [{ type: 'text' as const, text: sentence(next, 8) }]);
      blocks.push({ type: next() < 0.5 ? 'bullet_list' : 'numbered_list', items });
      left -= 24;
    }
  }
  return { type: 'doc', blocks };
}

interface PlannedEvidence {
  fields: z.input<(typeof api)['evidence.create']['input']>;
  links: { area: PackArea; note: string }[];
}

/**
 * What evidence.create and evidence.link write, for many items in one transaction (see the note at the
 * top): the same columns and audit entries, written as multi-row inserts.
 */
async function insertEvidenceInOneTransaction(
  ctx: CoreContext,
  packId: string,
  planned: PlannedEvidence[],
): Promise<{ ids: string[]; links: number }> {
  return change(ctx, async (c) => {
    const ids: string[] = [];
    const evidenceRows: SqlValue[][] = [];
    const linkRows: SqlValue[][] = [];
    let columns: string[] = [];
    let number = Number((await nextReference(c.tx, EVIDENCE_REFERENCES)).slice(EVIDENCE_REFERENCES.prefix.length));
    for (const item of planned) {
      const fields = api['evidence.create'].input.parse(item.fields);
      const id = newId();
      const reference = `${EVIDENCE_REFERENCES.prefix}${String(number++).padStart(EVIDENCE_REFERENCES.width, '0')}`;
      const row = { id, reference, ...columnsOf(EVIDENCE_FIELDS, fields), created_at: c.at, ...updatedStamp(c) };
      columns = Object.keys(row);
      evidenceRows.push(Object.values(row));
      await c.record({ entity: 'evidence', entityId: id, action: 'Added evidence', after: { reference, ...fields } });
      for (const { area, note } of item.links) {
        linkRows.push([id, area.id, note, c.at]);
        await c.record({
          entity: 'evidence',
          entityId: id,
          action: 'Linked evidence to area',
          packId,
          before: null,
          after: { reference, areaId: area.id, area: area.title, note },
        });
      }
      ids.push(id);
    }
    await insertingEvidenceInBulk(c.tx, async () => {
      await insertRows(c.tx, 'evidence', columns, evidenceRows);
      await insertRows(c.tx, 'evidence_links', ['evidence_id', 'area_id', 'note', 'created_at'], linkRows);
    });
    return { ids, links: linkRows.length };
  });
}

/**
 * Creates one ILACS 2023 pack of the given size. Each evidence item is linked to one or two areas; every
 * third action has a progress note; every section of every area gets its share of the narrative words.
 */
export async function populateLargePack(
  ctx: CoreContext,
  sizes: LargePackSizes,
  options: LargePackOptions = {},
): Promise<LargePack> {
  const next = seededRandom(20261123);
  const now = today(ctx);
  const settings = await call(ctx, 'settings.get', {});
  if (!settings.displayName) await call(ctx, 'settings.update', { displayName: 'Benchmark user' });
  if (!settings.organisationName) await call(ctx, 'settings.update', { organisationName: 'Benchmark Borough Council (generated)' });

  const pack = await call(ctx, 'packs.create', {
    title: `Generated pack: ${sizes.evidence} evidence items, ${sizes.actions} actions`,
    frameworkId: 'ilacs-2023',
    period: '2025–26',
    asAt: now,
  });
  const { areas } = await call(ctx, 'packs.get', { packId: pack.id });

  const planned = Array.from({ length: sizes.evidence }, (_, n) => {
    const effective = addDays(now, -Math.floor(next() * 720));
    const fields = {
      title: `${sentence(next, 5).slice(0, -1)} (${n + 1})`,
      type: EVIDENCE_TYPES[n % EVIDENCE_TYPES.length]!,
      description: sentence(next, 25),
      owner: OWNERS[n % OWNERS.length]!,
      effectiveDate: effective,
      reviewDue: next() < 0.1 ? null : addDays(effective, 180 + Math.floor(next() * 540)),
      source: 'Generated for benchmarks',
      sensitivity: SENSITIVITIES[n % 7 === 0 ? 1 : n % 11 === 0 ? 2 : 0]!,
    };
    const first = n % areas.length;
    const targets = next() < 0.5 ? [first] : [first, (first + 1 + Math.floor(next() * (areas.length - 1))) % areas.length];
    return { fields, links: targets.map((t) => ({ area: areas[t]!, note: sentence(next, 12) })) };
  });
  const evidenceIds: string[] = [];
  let links = 0;
  if (options.evidenceThroughContract) {
    for (const item of planned) {
      const created = await call(ctx, 'evidence.create', item.fields);
      evidenceIds.push(created.id);
      for (const link of item.links) {
        await call(ctx, 'evidence.link', { evidenceId: created.id, areaId: link.area.id, note: link.note });
        links++;
      }
    }
  } else {
    const written = await insertEvidenceInOneTransaction(ctx, pack.id, planned);
    evidenceIds.push(...written.ids);
    links = written.links;
  }

  const actionIds: string[] = [];
  for (let n = 0; n < sizes.actions; n++) {
    const action = await call(ctx, 'actions.create', {
      packId: pack.id,
      title: `${sentence(next, 8).slice(0, -1)} (${n + 1})`,
      owner: OWNERS[n % OWNERS.length],
      dueDate: addDays(now, Math.floor(next() * 400) - 100),
      status: ACTION_STATUSES[n % ACTION_STATUSES.length],
      rag: RAGS[Math.floor(n / ACTION_STATUSES.length) % RAGS.length],
      areaId: areas[n % areas.length]!.id,
    });
    actionIds.push(action.id);
    if (n % 3 === 0) await call(ctx, 'actions.addNote', { actionId: action.id, date: now, text: sentence(next, 20) });
  }

  const sections = areas.length * 3;
  const perSection = Math.floor(sizes.narrativeWords / sections);
  const cite = () => (evidenceIds.length ? evidenceIds[Math.floor(next() * evidenceIds.length)]! : null);
  for (const [index, area] of areas.entries()) {
    const detail = await call(ctx, 'areas.get', { areaId: area.id });
    await call(ctx, 'areas.update', { areaId: area.id, grade: 'good', position: 'secure' });
    for (const [s, section] of detail.narratives.entries()) {
      const extra = index === 0 && s === 0 ? sizes.narrativeWords - perSection * sections : 0;
      if (perSection + extra > 0)
        await call(ctx, 'narratives.save', { areaId: area.id, sectionId: section.sectionId, doc: narrative(next, perSection + extra, cite) });
    }
  }
  return { packId: pack.id, evidenceIds, actionIds, links };
}
