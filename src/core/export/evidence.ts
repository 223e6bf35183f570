// Which evidence a document shows, and how a citation reads. The pack's evidence is what is linked to
// one of its areas or cited in its text; with "withhold sensitive" on, items marked OFFICIAL-SENSITIVE
// or personal data are left out of every table and their citations say "[withheld]".
import type { EvidenceRow } from '../../shared/entities';
import type { Sensitivity } from '../../shared/domain';

export const WITHHELD_SENSITIVITIES: readonly Sensitivity[] = ['official_sensitive', 'personal_data'];

export type CitationView =
  | { kind: 'shown'; text: string; anchor: string | null }
  | { kind: 'withheld'; text: string }
  | { kind: 'missing'; text: string };

/** E9 before E10 before E100, as the library sorts references. */
export function compareReferences(a: string, b: string): number {
  return a.length - b.length || (a < b ? -1 : a > b ? 1 : 0);
}

export class EvidenceCatalogue {
  private readonly byId = new Map<string, EvidenceRow>();
  /** The pack's evidence that the document shows, in reference order. */
  readonly shown: EvidenceRow[];
  /** How many of the pack's evidence items were left out. */
  readonly withheldCount: number;
  private readonly anchors = new Map<string, string>();

  constructor(
    library: readonly EvidenceRow[],
    citedIds: Iterable<string>,
    private readonly withhold: boolean,
    /** Whether the document has an evidence index for citations to link to. */
    indexed: boolean,
  ) {
    for (const e of library) this.byId.set(e.id, e);
    const inPack = new Map<string, EvidenceRow>();
    for (const e of library) if (e.linkedAreas.length) inPack.set(e.id, e);
    for (const id of citedIds) {
      const e = this.byId.get(id);
      if (e) inPack.set(id, e);
    }
    const all = [...inPack.values()].sort((a, b) => compareReferences(a.reference, b.reference));
    this.shown = all.filter((e) => !this.isWithheld(e));
    this.withheldCount = all.length - this.shown.length;
    if (indexed) this.shown.forEach((e, i) => this.anchors.set(e.id, `evidence_${i + 1}`));
  }

  isWithheld(item: { sensitivity: Sensitivity }): boolean {
    return this.withhold && WITHHELD_SENSITIVITIES.includes(item.sensitivity);
  }

  /** The bookmark of an item's row in the evidence index, when there is one. */
  anchorOf(evidenceId: string): string | null {
    return this.anchors.get(evidenceId) ?? null;
  }

  citation(evidenceId: string): CitationView {
    const e = this.byId.get(evidenceId);
    if (!e) return { kind: 'missing', text: '[evidence no longer in the library]' };
    if (this.isWithheld(e)) return { kind: 'withheld', text: '[withheld]' };
    return { kind: 'shown', text: `[${e.reference}]`, anchor: this.anchorOf(e.id) };
  }
}
