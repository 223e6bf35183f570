// File names that come in with attachments and go out with exports and copies. A pack made on Linux or a
// Mac must open cleanly on Windows, so every name is made safe for every platform at once.
import { extname } from 'node:path';

/** Bytes, not characters: most file systems limit a name to 255 bytes of UTF-8. */
const MAX_NAME_BYTES = 200;
const FALLBACK = 'attachment';

// Characters Windows forbids in names (and the two slashes), control characters, and the bidirectional
// marks, overrides and isolates that can make "report‮fdp.exe" look like a PDF. Letters of right-to-left
// scripts themselves are kept.
const FORBIDDEN = /[<>:"/\\|?*\p{Cc}\u061C\u200E\u200F\u202A-\u202E\u2066-\u2069]/gu;
// A lone half of a surrogate pair cannot be written to a Windows or macOS file name.
const LONE_SURROGATE = /[\uD800-\uDBFF](?![\uDC00-\uDFFF])|(?<![\uD800-\uDBFF])[\uDC00-\uDFFF]/g;
// CON, PRN, AUX, NUL, COM0–9 and LPT0–9 (with superscript digits too) are devices on Windows, with or
// without an extension: "nul.txt" cannot be created there.
const RESERVED = /^(con|prn|aux|nul|com[0-9¹²³]|lpt[0-9¹²³]|conin\$|conout\$)(\..*)?$/i;

function utf8Length(text: string): number {
  return Buffer.byteLength(text, 'utf8');
}

/** Shortens to the byte limit at a character boundary, keeping a short extension. */
function shorten(name: string): string {
  if (utf8Length(name) <= MAX_NAME_BYTES) return name;
  const extension = extname(name);
  const keep = extension.length <= 16 ? extension : '';
  const chars = Array.from(name.slice(0, name.length - keep.length));
  while (chars.length && utf8Length(chars.join('') + keep) > MAX_NAME_BYTES) chars.pop();
  return chars.join('').replace(/[ .]+$/, '') + keep;
}

/**
 * The name the person knows the file by, without any folders (from either kind of slash) and safe on
 * every platform: forbidden characters become "_", disguising marks and lone surrogates are removed,
 * trailing dots and spaces (which Windows drops) are removed, reserved device names get a "_" in front.
 * Accents, emoji and other scripts are kept, in NFC form.
 */
export function safeFileName(pathOrName: string): string {
  const last = pathOrName.split(/[\\/]/).pop() ?? '';
  let name = last
    .replace(LONE_SURROGATE, '')
    .normalize('NFC')
    .replace(/[\p{Cc}\u061C\u200E\u200F\u202A-\u202E\u2066-\u2069]/gu, '')
    .replace(FORBIDDEN, '_')
    .trim()
    .replace(/[ .]+$/, '');
  if (!name || /^[._ ]+$/.test(name)) return FALLBACK;
  if (RESERVED.test(name)) name = `_${name}`;
  return shorten(name);
}
