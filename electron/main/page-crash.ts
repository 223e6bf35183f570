// When the page's process dies (a crash, running out of memory, killed by the system), the window would
// stay blank with no way on but quitting. Instead the page is loaded again: the person is back where they
// can work, and the texts kept against a crash (drafts-store.ts) are offered back by the new page. A page
// that dies again and again is not reloaded for ever: the person is told, and the kept texts stay on disk
// for the next start. No 'electron' import, so it is tested in plain Node (tests/unit/page-crash.test.ts).

/** What Electron says in 'render-process-gone' (RenderProcessGoneDetails), as far as this needs it. */
export interface PageGone {
  reason: string;
  exitCode: number;
}

/** The part of webContents this listens to. */
export interface PageProcessEvents {
  on(event: 'render-process-gone', listener: (event: unknown, details: PageGone) => void): unknown;
}

export interface PageCrashOptions {
  /** Loads the page again. */
  reload(): void;
  /** The page died `MAX_RELOADS` times within `WINDOW_MS`: tell the person rather than reload once more. */
  gaveUp(): void;
  log(message: string): void;
  now?: () => number;
}

/** Reloads allowed within WINDOW_MS before giving up. */
export const MAX_RELOADS = 3;
const WINDOW_MS = 60_000;

export function reloadPageWhenItDies(contents: PageProcessEvents, options: PageCrashOptions): void {
  const now = options.now ?? Date.now;
  let deaths: number[] = [];
  contents.on('render-process-gone', (_event, details) => {
    // The page closed normally (the window closing, the app quitting): nothing to recover.
    if (details.reason === 'clean-exit') return;
    options.log(`The window's page stopped (${details.reason}, exit code ${details.exitCode})`);
    const at = now();
    deaths = [...deaths.filter((t) => at - t < WINDOW_MS), at];
    if (deaths.length > MAX_RELOADS) options.gaveUp();
    else options.reload();
  });
}
