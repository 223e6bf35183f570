// Connection strings for a team database: TLS with the server's certificate verified for any host but
// this machine, a clear refusal of a setting that would not verify it, and a description without the
// password for every message and log.
import { describe, expect, it } from 'vitest';
import { compileSql, connectionSettings, describeAddress } from '../../src/core/db/postgres';
import { scramVerifier } from '../../src/core/team/password';

describe('connecting to a team database', () => {
  it('verifies the certificate of any server but this machine, and uses no TLS on loopback unless asked', () => {
    const remote = connectionSettings('postgresql://pat@db.council.gov.uk/sef');
    expect(remote.config.ssl).toMatchObject({ rejectUnauthorized: true, servername: 'db.council.gov.uk' });
    expect(connectionSettings('postgresql://pat@localhost:5433/sef').config.ssl).toBeUndefined();
    expect(connectionSettings('postgresql://pat@127.0.0.1/sef?sslmode=verify-full').config.ssl).toMatchObject({ rejectUnauthorized: true });
  });

  it('refuses a setting that would not check a remote server’s certificate, saying what to do', () => {
    for (const mode of ['disable', 'allow', 'prefer', 'require'])
      expect(() => connectionSettings(`postgresql://pat@db.council.gov.uk/sef?sslmode=${mode}`)).toThrow(
        new RegExp(`sslmode=${mode} would not check it\\. Remove sslmode`),
      );
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

describe('portable SQL on PostgreSQL', () => {
  it('numbers ? in order and each $name once, leaving quoted text and comments alone', () => {
    expect(compileSql("SELECT ?, '?', \"a?\" -- ?\n, ? FROM t").text).toBe("SELECT $1, '?', \"a?\" -- ?\n, $2 FROM t");
    const named = compileSql("SELECT * FROM t WHERE (CAST($pack AS TEXT) IS NULL OR pack = $pack) AND x = $x AND y = 'it''s $pack'");
    expect(named.text).toBe("SELECT * FROM t WHERE (CAST($1 AS TEXT) IS NULL OR pack = $1) AND x = $2 AND y = 'it''s $pack'");
    expect(named.names).toEqual(['$pack', '$x']);
  });
});
