// SEF Studio's own summaries of the grades and its suggested prompts each say, in the framework files,
// that they are not Ofsted's wording. A screen says that once, in one notice (NotOfstedNotice), and
// shows the texts without the repeated caveat.
const CAVEAT = /not Ofsted['’]s wording/i;
const LEADING_CAVEAT = /^SEF Studio summary, not Ofsted['’]s wording:\s*/i;
/** A text that is nothing but the caveat ("The prompts are SEF Studio's suggested headings, not Ofsted's wording: edit them to suit."). */
const WHOLE_CAVEAT = /^The prompts are SEF Studio['’]s suggested headings, not Ofsted['’]s wording[^.]*\.?$/i;

/** Whether a framework text carries the caveat, so the screen needs its notice. */
export function carriesCaveat(text: string | null | undefined): boolean {
  return Boolean(text && CAVEAT.test(text));
}

/** The text as the screen shows it beside its notice: without the caveat; null when nothing else is left. */
export function withoutCaveat(text: string): string | null {
  if (WHOLE_CAVEAT.test(text.trim())) return null;
  const rest = text.replace(LEADING_CAVEAT, '');
  if (rest === text) return text;
  return rest.charAt(0).toUpperCase() + rest.slice(1);
}
