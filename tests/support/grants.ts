// Tests call the core as a host would: a path is granted for one purpose, and the operation gets the grant.
import { resolve } from 'node:path';
import type { CoreContext } from '../../src/core/context';
import type { FilePurpose } from '../../src/shared/files';

export function grant(ctx: CoreContext, path: string, purpose: FilePurpose): string {
  return ctx.files.grant(resolve(path), purpose);
}
