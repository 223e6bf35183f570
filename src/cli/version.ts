// The version in package.json, shown by `sef --version` and recorded as the app version. Found by looking
// up from this module, which sits at one depth in the sources and another in the bundle (dist/cli/…).
import { readFileSync } from 'node:fs';

let version: string | undefined;

export function appVersion(): string {
  if (version === undefined) {
    version = '0.0.0';
    for (const up of ['../../', '../../../', '../../../../']) {
      try {
        const pkg = JSON.parse(readFileSync(new URL(`${up}package.json`, import.meta.url), 'utf8')) as { name?: string; version?: string };
        if (pkg.name === 'sef-studio') {
          version = pkg.version ?? version;
          break;
        }
      } catch {
        // Not at this depth; look one folder further up.
      }
    }
  }
  return version;
}
