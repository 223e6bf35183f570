/**
 * References ("FV2 6-1", "A-12") are read as one token: in a narrow Ref column Word would otherwise break
 * them at the space or after the hyphen, leaving half a reference on each line. A no-break space and a
 * non-breaking hyphen keep each reference on one line while it reads the same. The hyphen is written as
 * Word's w:noBreakHyphen (see runs() in word.ts), so Word's Find still matches "FV26-1" typed plainly.
 */
export const NO_BREAK_SPACE = '\u00a0';
export const NON_BREAKING_HYPHEN = '\u2011';

export function unbreakableReference(reference: string): string {
  return reference.replace(/ /g, NO_BREAK_SPACE).replace(/-/g, NON_BREAKING_HYPHEN);
}
