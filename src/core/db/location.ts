// Whether a database file is on a network share. SQLite's locking is not safe over SMB or NFS: two people
// (or one dropped connection) can damage the file. Councils often redirect folders to a share, so a file
// chosen there is not refused, but the person is told plainly why it is a risk and what to do instead.
import { realpath } from 'node:fs';
import { statfs } from 'node:fs/promises';
import { dirname } from 'node:path';
import { promisify } from 'node:util';

// The operating system's own real path (GetFinalPathNameByHandle on Windows), which names a mapped drive's share.
const nativeRealpath = promisify(realpath.native);

/** `\\server\share\…` or `//server/share/…`, as Windows names a share (and as a mapped drive resolves). */
export function isUncPath(path: string): boolean {
  return /^(\\\\|\/\/)(?![?.][\\/])[^\\/]+[\\/][^\\/]+/.test(path);
}

/**
 * Linux statfs f_type values of network file systems: NFS, SMB, CIFS, SMB2, Coda, AFS, Ceph, 9P, and FUSE
 * (sshfs and most cloud mounts).
 */
const NETWORK_FILE_SYSTEMS = new Set([0x6969, 0x517b, 0xff534d42, 0xfe534d42, 0x73757245, 0x5346414f, 0x00c36400, 0x01021997, 0x65735546]);

export function isNetworkFileSystemType(type: number): boolean {
  return NETWORK_FILE_SYSTEMS.has(type >>> 0);
}

/** The warning for a database on a network share, in words that say why and what to do. */
export function networkWarning(path: string, where: string): string {
  return (
    `${path} is on a network drive (${where}). SQLite cannot lock a file safely over the network, so two people ` +
    'using it at once, or a dropped connection, can damage it. Keep the database on this computer’s own disk ' +
    '(the default place is), share finished packs as Word documents, and use a team database for working together.'
  );
}

/**
 * A warning when the database at `path` is on a network share, else null. A mapped drive (Z:) is seen
 * through: Windows resolves its real path to the share's UNC name. On Linux the file system's type says.
 */
export async function networkLocationWarning(path: string, platform: NodeJS.Platform = process.platform): Promise<string | null> {
  if (isUncPath(path)) return networkWarning(path, path.split(/[\\/]+/).slice(1, 3).join('\\'));
  const folder = dirname(path);
  if (platform === 'win32') {
    const real = await nativeRealpath(folder).catch(() => null);
    return real && isUncPath(real) ? networkWarning(path, real) : null;
  }
  if (platform === 'linux') {
    const info = await statfs(folder).catch(() => null);
    return info && isNetworkFileSystemType(info.type) ? networkWarning(path, 'a network file system') : null;
  }
  return null;
}
