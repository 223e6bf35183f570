// Issue 7, "the default place for the database": a file chosen on a network share is opened, with a
// warning that says why that is a risk (SQLite's locking is unsafe over SMB and NFS) and what to do.
import { mkdtemp, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { isNetworkFileSystemType, isUncPath, networkLocationWarning } from '../../src/core/db/location';

describe('a database on a network share is warned about', () => {
  it('knows a share by its UNC name, as a mapped drive resolves to', () => {
    for (const path of ['\\\\fileserver\\children\\sef.sqlite', '//fileserver/children/sef.sqlite']) expect(isUncPath(path), path).toBe(true);
    for (const path of ['C:\\Users\\sam\\sef.sqlite', '/home/sam/sef.sqlite', '\\\\?\\C:\\sef.sqlite', '\\\\.\\pipe\\x', 'relative\\sef.sqlite'])
      expect(isUncPath(path), path).toBe(false);
  });

  it('knows the network file systems Linux mounts: NFS, SMB and CIFS, and FUSE mounts', () => {
    for (const type of [0x6969, 0x517b, 0xff534d42, 0xfe534d42, 0x65735546]) expect(isNetworkFileSystemType(type)).toBe(true);
    for (const type of [0xef53 /* ext4 */, 0x01021994 /* tmpfs */, 0x9123683e /* btrfs */]) expect(isNetworkFileSystemType(type)).toBe(false);
  });

  it('says why and what to do for a share, and nothing for a local folder', async () => {
    expect(await networkLocationWarning('\\\\fileserver\\children\\sef.sqlite', 'win32')).toMatch(
      /^\\\\fileserver\\children\\sef\.sqlite is on a network drive \(fileserver\\children\)\. SQLite cannot lock a file safely over the network.*Keep the database on this computer’s own disk/,
    );
    const dir = await mkdtemp(join(tmpdir(), 'sef-location-'));
    try {
      expect(await networkLocationWarning(join(dir, 'sef.sqlite'))).toBeNull();
    } finally {
      await rm(dir, { recursive: true, force: true });
    }
  });
});
