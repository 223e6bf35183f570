// Connection strings for a team database: TLS with the server's certificate verified for any host but
// this machine, a clear refusal of a setting that would not verify it, and a description without the
// password for every message and log.
import { chmod, readFile, writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { CERTIFICATE_AUTHORITY_LIMIT, readCertificateAuthority } from '../../src/core/db/certificate-authority';
import { compileSql, connectionSettings, describeAddress } from '../../src/core/db/postgres';
import { scramVerifier } from '../../src/core/team/password';
import { derCopy, findOpenssl, makePrivateCa, type PrivateCa } from '../support/private-ca';

describe('connecting to a team database', () => {
  it('verifies the certificate of any server but this machine, and uses no TLS on loopback unless asked', () => {
    const remote = connectionSettings('postgresql://pat@db.council.gov.uk/sef');
    // pg checks the certificate against the host it connects to (and sends it as SNI); nothing here skips that.
    expect(remote.config.ssl).toEqual({ rejectUnauthorized: true });
    expect(connectionSettings('postgresql://pat@localhost:5433/sef').config.ssl).toBeUndefined();
    expect(connectionSettings('postgresql://pat@127.0.0.1/sef?sslmode=verify-full').config.ssl).toMatchObject({ rejectUnauthorized: true });
  });

  it('refuses a setting that would not check a remote server’s certificate, saying what to do', () => {
    for (const mode of ['disable', 'allow', 'prefer', 'require'])
      expect(() => connectionSettings(`postgresql://pat@db.council.gov.uk/sef?sslmode=${mode}`)).toThrow(
        new RegExp(`sslmode=${mode} would not check it\\. Remove sslmode`),
      );
    // A misspelt sslmode is a mistake to point out, not a reason to connect without TLS.
    expect(() => connectionSettings('postgresql://pat@localhost/sef?sslmode=verify_full')).toThrow(/sslmode=verify_full is not one PostgreSQL knows/);
    expect(() => connectionSettings('mysql://pat@db/sef')).toThrow(/starts with postgresql:\/\//);
    expect(() => connectionSettings('not a url')).toThrow(/not a connection string/);
  });

  it('never shows the password when it names the database', () => {
    const { address, config } = connectionSettings('postgresql://pat:s3cret%21@db.council.gov.uk:6432/sef');
    expect(config.password).toBe('s3cret!');
    expect(describeAddress(address)).toBe('pat@db.council.gov.uk:6432/sef');
  });

  it('stores a new member’s password as a SCRAM verifier, never the password itself', () => {
    const verifier = scramVerifier('correct horse battery staple', Buffer.alloc(16, 1));
    expect(verifier).toMatch(/^SCRAM-SHA-256\$4096:AQEBAQEBAQEBAQEBAQEBAQ==\$[A-Za-z0-9+/=]+:[A-Za-z0-9+/=]+$/);
    expect(verifier).not.toContain('horse');
  });
});

describe('a council’s own certificate authority', () => {
  it('comes as caFile or as sslrootcert=FILE, and then this computer is verified too', () => {
    expect(connectionSettings('postgresql://pat@db.council.gov.uk/sef?sslrootcert=/etc/sef/ca.pem').caFile).toBe('/etc/sef/ca.pem');
    expect(connectionSettings('postgresql://pat@db.council.gov.uk/sef', { caFile: 'ca.pem' }).caFile).toBe('ca.pem');
    // psql's sslrootcert=system is the system's own CAs.
    expect(connectionSettings('postgresql://pat@db.council.gov.uk/sef?sslrootcert=system').caFile).toBeNull();
    expect(connectionSettings('postgresql://pat@localhost/sef', { caFile: 'ca.pem' }).config.ssl).toMatchObject({ rejectUnauthorized: true });
  });

  it('reads sslmode as libpq does: require with a CA checks the chain (verify-ca), verify-ca skips only the name', () => {
    const chainOnly = { rejectUnauthorized: true, checkServerIdentity: expect.any(Function) };
    for (const host of ['localhost', 'db.council.gov.uk']) {
      expect(connectionSettings(`postgresql://pat@${host}/sef?sslmode=require`, { caFile: 'ca.pem' }).config.ssl, host).toEqual(chainOnly);
      expect(connectionSettings(`postgresql://pat@${host}/sef?sslmode=verify-ca`, { caFile: 'ca.pem' }).config.ssl, host).toEqual(chainOnly);
      expect(connectionSettings(`postgresql://pat@${host}/sef?sslmode=verify-full`, { caFile: 'ca.pem' }).config.ssl, host).toEqual({ rejectUnauthorized: true });
    }
    // require without a CA only encrypts, and only this computer may be reached that way.
    expect(connectionSettings('postgresql://pat@localhost/sef?sslmode=require').config.ssl).toEqual({ rejectUnauthorized: false });
    // sslrootcert=system: TLS by default even here, and (as in libpq) verify-full only.
    expect(connectionSettings('postgresql://pat@localhost/sef?sslrootcert=system').config.ssl).toEqual({ rejectUnauthorized: true });
    for (const mode of ['require', 'verify-ca'])
      expect(() => connectionSettings(`postgresql://pat@db.council.gov.uk/sef?sslrootcert=system&sslmode=${mode}`)).toThrow(
        new RegExp(`sslrootcert=system trusts every authority .* sslmode=${mode} would not check it\\. Use sslmode=verify-full`),
      );
  });

  it('is refused where it would not be used, or given twice', () => {
    expect(() => connectionSettings('postgresql://pat@localhost/sef?sslmode=disable', { caFile: 'ca.pem' })).toThrow(
      /sslmode=disable may connect without TLS, and then the certificate authority ca\.pem would not be used/,
    );
    expect(() => connectionSettings('postgresql://pat@db.council.gov.uk/sef?sslrootcert=a.pem', { caFile: 'b.pem' })).toThrow(
      /Two certificate authorities were given .* Give it once: --ca FILE or sslrootcert=FILE/,
    );
  });
});

describe.skipIf('missing' in findOpenssl())('reading a certificate authority’s file', () => {
  let ca: PrivateCa;
  beforeAll(() => {
    ca = makePrivateCa(['DNS:sef.council.gov.uk']);
  });
  afterAll(() => ca?.cleanup());

  it('takes a PEM certificate (or several), as text, without what lies around them', async () => {
    const pem = await readFile(ca.caFile, 'utf8');
    expect(await readCertificateAuthority(ca.caFile)).toBe(pem.trim() + '\n');
    const bundle = join(ca.dir, 'bundle.crt');
    await writeFile(bundle, `subject=Northmoor\n${pem}\nissuer=Other\n${await readFile(ca.otherCaFile, 'utf8')}`);
    const read = await readCertificateAuthority(bundle);
    expect(read.match(/BEGIN CERTIFICATE/g)).toHaveLength(2);
    expect(read).not.toContain('subject=');
  });

  it('refuses, saying what to do, a file that is not a PEM certificate, cannot be read or is too big', async () => {
    const write = async (name: string, content: string | Buffer) => {
      const path = join(ca.dir, name);
      await writeFile(path, content);
      return path;
    };
    const pem = await readFile(ca.caFile, 'utf8');
    const cases: [string, string, RegExp][] = [
      ['a text file', await write('notes.txt', 'Ask Sam for the certificate'), /notes\.txt cannot be used as the certificate authority: it is not a certificate \(a PEM file starts -----BEGIN CERTIFICATE-----\)/],
      ['a DER certificate', derCopy(ca), /ca\.cer cannot be used .* binary \(DER\) form.*“Base-64 encoded X\.509 \(\.CER\)”/],
      ['a private key', ca.serverKey, /server\.key cannot be used .* holds a private key, which must stay on the server/],
      ['a damaged certificate', await write('broken.pem', pem.replace(/\n[A-Za-z0-9+/]{20}/, '\n!!!!')), /certificate 1 in it is damaged/],
      ['a file that is not there', join(ca.dir, 'gone.pem'), /gone\.pem cannot be used .* the file is not there any more\. Choose the certificate file again/],
      ['a folder', ca.dir, /it is a folder, not a file/],
      ['a huge file', await write('huge.pem', Buffer.alloc(CERTIFICATE_AUTHORITY_LIMIT + 1, 0x41)), /huge\.pem cannot be used .* it is 1\.0 MB, and a certificate authority’s file is a few kilobytes \(at most 1 MB\)/],
    ];
    if (process.getuid?.() !== 0) {
      const locked = await write('locked.pem', pem);
      await chmod(locked, 0o000);
      cases.push(['a file this user may not read', locked, /does not let SEF Studio read it/]);
    }
    for (const [name, path, message] of cases) await expect(readCertificateAuthority(path), name).rejects.toThrow(message);
  });
});

describe('portable SQL on PostgreSQL', () => {
  it('numbers ? in order and each $name once, leaving quoted text and comments alone', () => {
    expect(compileSql("SELECT ?, '?', \"a?\" -- ?\n, ? FROM t").text).toBe("SELECT $1, '?', \"a?\" -- ?\n, $2 FROM t");
    const named = compileSql("SELECT * FROM t WHERE (CAST($pack AS TEXT) IS NULL OR pack = $pack) AND x = $x AND y = 'it''s $pack'");
    expect(named.text).toBe("SELECT * FROM t WHERE (CAST($1 AS TEXT) IS NULL OR pack = $1) AND x = $2 AND y = 'it''s $pack'");
    expect(named.names).toEqual(['$pack', '$x']);
  });
});
