// Everything the Word export needs from one pack, gathered through the contract (the same calls the
// interface makes), so the document builder is a pure function of this snapshot and the options.
import type { PackIndicators } from '../../shared/api/indicators';
import type { Action, AreaDetail, EvidenceRow, Inspection, PackDetail, Readiness, Settings } from '../../shared/entities';
import type { Indicator } from '../../shared/indicators/definition';
import type { IndicatorValue } from '../../shared/indicators/values';
import type { CoreContext } from '../context';
import { call } from '../dispatch';

export interface LogoImage {
  mediaType: string;
  data: Uint8Array;
}

export interface PackSnapshot {
  settings: Settings;
  logo: LogoImage | null;
  detail: PackDetail;
  /** Each area of the pack with its narratives, linked evidence (with notes) and actions, by area id. */
  areas: Record<string, AreaDetail>;
  /** The whole evidence library, with the areas of this pack each item supports. */
  evidence: EvidenceRow[];
  actions: Action[];
  inspections: Inspection[];
  readiness: Readiness;
  /**
   * Performance data as at the pack's date: each indicator's series and which areas show it, and every
   * figure by that date with the definitions, for citations of a period the trend no longer shows.
   * Absent in snapshots made by hand before indicators existed: the document then has no performance data.
   */
  indicators?: { pack: PackIndicators; definitions: Indicator[]; values: IndicatorValue[] };
  /** The moment the snapshot was taken, as an ISO timestamp. */
  takenAt: string;
}

/** The evidence library is read in pages this large; the contract allows up to 20,000 a call. */
const EVIDENCE_PAGE = 20_000;

export async function loadSnapshot(ctx: CoreContext, packId: string): Promise<PackSnapshot> {
  const detail = await call(ctx, 'packs.get', { packId });
  const [settings, logoValue, actions, inspections, readiness] = await Promise.all([
    call(ctx, 'settings.get', {}),
    call(ctx, 'settings.getLogo', {}),
    call(ctx, 'actions.list', { packId }),
    call(ctx, 'inspections.list', {}),
    call(ctx, 'readiness.get', { packId }),
  ]);
  const [indicatorsOfPack, definitions, values] = await Promise.all([
    call(ctx, 'indicators.forPack', { packId }),
    call(ctx, 'indicators.list', {}),
    call(ctx, 'indicators.values', { endingBy: detail.pack.asAt }),
  ]);
  const areas: Record<string, AreaDetail> = {};
  for (const area of detail.areas) areas[area.id] = await call(ctx, 'areas.get', { areaId: area.id });

  const evidence: EvidenceRow[] = [];
  for (let offset = 0; ; offset += EVIDENCE_PAGE) {
    const page = await call(ctx, 'evidence.list', { packId, sort: 'reference', offset, limit: EVIDENCE_PAGE });
    evidence.push(...page.items);
    if (page.items.length < EVIDENCE_PAGE || evidence.length >= page.total) break;
  }

  const logo = logoValue ? { mediaType: logoValue.mediaType, data: Buffer.from(logoValue.dataBase64, 'base64') } : null;
  const indicators = { pack: indicatorsOfPack, definitions: definitions.indicators, values };
  return { settings, logo, detail, areas, evidence, actions, inspections, readiness, indicators, takenAt: ctx.now().toISOString() };
}
