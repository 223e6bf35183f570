// A council's own certificate authority for a team database: the PEM file of the CA certificate(s) IT
// gives out, read and checked before a connection trusts it, and the names Node gives a server
// certificate that could not be verified (so hosts can word that refusal as their users meet it: the
// desktop app says "choose its certificate file", the command line says "--ca FILE").
import { X509Certificate } from 'node:crypto';
import { open } from 'node:fs/promises';
import { basename } from 'node:path';
import { AppError } from '../errors';

/** A whole bundle of public CAs is about 250 kB; a council's own is a few kilobytes. */
export const CERTIFICATE_AUTHORITY_LIMIT = 1024 * 1024;

const PEM_BLOCK = /-----BEGIN CERTIFICATE-----[\s\S]*?-----END CERTIFICATE-----/g;

function refused(path: string, why: string): AppError {
  return new AppError('invalid_input', `${basename(path)} cannot be used as the certificate authority: ${why}`);
}

/** The file's bytes, or why it cannot be read; never more than the limit (a huge file is not read at all). */
async function readLimited(path: string): Promise<Buffer> {
  let handle;
  try {
    handle = await open(path, 'r');
  } catch (err) {
    const code = (err as NodeJS.ErrnoException).code;
    const why =
      code === 'ENOENT'
        ? 'the file is not there any more. Choose the certificate file again, where it is now.'
        : code === 'EACCES' || code === 'EPERM'
          ? 'this computer does not let SEF Studio read it. Copy it somewhere of your own (your Documents folder), then choose that copy.'
          : `it could not be read (${code ?? String(err)}). Choose the certificate file again.`;
    throw refused(path, why);
  }
  try {
    const info = await handle.stat();
    if (!info.isFile()) throw refused(path, 'it is a folder, not a file. Choose the certificate file inside it.');
    if (info.size > CERTIFICATE_AUTHORITY_LIMIT)
      throw refused(
        path,
        `it is ${(info.size / 1024 / 1024).toFixed(1)} MB, and a certificate authority’s file is a few kilobytes (at most 1 MB). Choose the CA certificate IT gave you.`,
      );
    return await handle.readFile();
  } finally {
    await handle.close();
  }
}

/**
 * The PEM text of the certificate authority in `path`, after checking that every certificate in it reads
 * as one. A file that is unreadable, too big, binary (DER), holds a private key or is not a certificate
 * at all is refused in words that say what to do instead.
 */
export async function readCertificateAuthority(path: string): Promise<string> {
  const bytes = await readLimited(path);
  const text = bytes.toString('utf8');
  if (/-----BEGIN [A-Z ]*PRIVATE KEY-----/.test(text))
    throw refused(
      path,
      'it holds a private key, which must stay on the server. Ask IT for the certificate authority’s certificate only (it starts -----BEGIN CERTIFICATE-----).',
    );
  const blocks = text.match(PEM_BLOCK) ?? [];
  if (blocks.length === 0) {
    let binary = false;
    try {
      binary = !!new X509Certificate(bytes);
    } catch {
      binary = false;
    }
    throw refused(
      path,
      binary
        ? 'it is a certificate in binary (DER) form, and SEF Studio needs it as text (PEM, starting -----BEGIN CERTIFICATE-----). ' +
            'Ask IT for the PEM file, or on Windows export the certificate again choosing “Base-64 encoded X.509 (.CER)”.'
        : 'it is not a certificate (a PEM file starts -----BEGIN CERTIFICATE-----). Ask IT for the certificate authority’s certificate file.',
    );
  }
  for (const [index, block] of blocks.entries()) {
    try {
      new X509Certificate(block);
    } catch {
      throw refused(
        path,
        `certificate ${index + 1} in it is damaged (it does not read as a certificate). Ask IT for the file again; copying it by email or chat can break it.`,
      );
    }
  }
  return blocks.join('\n') + '\n';
}

/** Node's names for a server certificate that could not be verified. */
const UNVERIFIED = new Set([
  'SELF_SIGNED_CERT_IN_CHAIN',
  'DEPTH_ZERO_SELF_SIGNED_CERT',
  'UNABLE_TO_VERIFY_LEAF_SIGNATURE',
  'UNABLE_TO_GET_ISSUER_CERT',
  'UNABLE_TO_GET_ISSUER_CERT_LOCALLY',
  'CERT_HAS_EXPIRED',
  'CERT_NOT_YET_VALID',
  'CERT_SIGNATURE_FAILURE',
  'CERT_UNTRUSTED',
]);

export type CertificateProblem =
  | { kind: 'unverified'; code: string }
  /** `host` is the name connected to; `names` are those on the certificate, when Node said them. */
  | { kind: 'other-name'; code: string; host: string | null; names: string[] };

/**
 * Why the server's certificate was refused, as Node names it: 'unverified' (not signed by a CA trusted
 * here, expired, not yet valid), 'other-name' (made out to another name than the one connected to), or
 * null when the failure was something else.
 */
export function certificateProblem(err: unknown): CertificateProblem | null {
  const code = typeof err === 'object' && err && 'code' in err ? String((err as { code: unknown }).code) : '';
  if (code === 'ERR_TLS_CERT_ALTNAME_INVALID') {
    // tls.checkServerIdentity's error carries the host and the certificate it compared.
    const { host, cert } = err as { host?: unknown; cert?: { subjectaltname?: unknown; subject?: { CN?: unknown } } };
    const altNames = typeof cert?.subjectaltname === 'string' ? cert.subjectaltname.split(/,\s*/).map((name) => name.replace(/^(DNS|IP Address):/, '')) : [];
    const names = altNames.length > 0 ? altNames : typeof cert?.subject?.CN === 'string' ? [cert.subject.CN] : [];
    return { kind: 'other-name', code, host: typeof host === 'string' ? host : null, names };
  }
  return UNVERIFIED.has(code) ? { kind: 'unverified', code } : null;
}

/** "made out to A, B, not to C": the mismatch in words, or null when Node did not say the names. */
export function otherNameInWords(problem: Extract<CertificateProblem, { kind: 'other-name' }>): string | null {
  if (!problem.host || problem.names.length === 0) return null;
  return `made out to ${problem.names.join(', ')}, not to ${problem.host}`;
}
