// The one place that decides which characters may go into a Word file. XML 1.0 cannot hold C0 control
// characters (other than tab, line feed and carriage return), U+FFFE, U+FFFF or unpaired surrogates, and a
// .docx containing one will not open. Everything else (accents, emoji, right-to-left scripts) is kept.
// Carriage returns are folded into line feeds so a line break typed on Windows survives as a line break.

// eslint-disable-next-line no-control-regex
const FORBIDDEN = /[\u0000-\u0008\u000B\u000C\u000E-\u001F\uFFFE\uFFFF]|[\uD800-\uDBFF](?![\uDC00-\uDFFF])|(?<![\uD800-\uDBFF])[\uDC00-\uDFFF]/g;

/** The text with every character Word cannot store removed; tabs and line breaks are kept. */
export function sanitiseText(text: string): string {
  return text.replace(/\r\n?/g, '\n').replace(FORBIDDEN, '');
}

/** True when the text holds nothing sanitiseText would remove (used by tests and assertions). */
export function isStorable(text: string): boolean {
  FORBIDDEN.lastIndex = 0;
  const bad = FORBIDDEN.test(text);
  FORBIDDEN.lastIndex = 0;
  return !bad;
}
