// A readiness flag at paragraph level: what a reader would question, and which paragraph it is about. Kept
// apart from the rules (./rules.ts) so the readiness contract can carry flags without importing them.
import { z } from 'zod';

export const CLAIM_FLAG_KINDS = ['uncited', 'evidence_out_of_date', 'figure_contradicts', 'figure_missing'] as const;
export type ClaimFlagKind = (typeof CLAIM_FLAG_KINDS)[number];
export const CLAIM_FLAG_LABELS: Record<ClaimFlagKind, string> = {
  uncited: 'No evidence cited',
  evidence_out_of_date: 'Cited evidence out of date',
  figure_contradicts: 'Figure differs from the indicator',
  figure_missing: 'Indicator has no figure',
};

/** The section whose claims must each rest on something: the first of the three self-evaluation questions. */
export const WHAT_WE_KNOW = 'what-we-know';

export const ClaimFlagSchema = z.object({
  kind: z.enum(CLAIM_FLAG_KINDS),
  areaId: z.string().min(1).max(64),
  areaTitle: z.string(),
  sectionId: z.string(),
  sectionTitle: z.string(),
  /** Where the paragraph is in the section's document: its block, and its item when the block is a list. */
  blockIndex: z.number().int(),
  itemIndex: z.number().int().nullable(),
  /** The paragraph's first words, to recognise it by. */
  excerpt: z.string(),
  /** What is wrong and what to do, in a sentence. */
  message: z.string(),
});
export type ClaimFlag = z.infer<typeof ClaimFlagSchema>;

