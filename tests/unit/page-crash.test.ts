// A page whose process dies is loaded again, so the kept unsaved texts are offered back (page-crash.ts);
// one that keeps dying is not reloaded for ever.
import { EventEmitter } from 'node:events';
import { describe, expect, it } from 'vitest';
import { MAX_RELOADS, reloadPageWhenItDies } from '../../electron/main/page-crash';

function watchedPage() {
  const contents = new EventEmitter();
  const seen = { reloads: 0, gaveUp: 0, logged: [] as string[] };
  let clock = 0;
  reloadPageWhenItDies(contents as never, {
    reload: () => seen.reloads++,
    gaveUp: () => seen.gaveUp++,
    log: (m) => seen.logged.push(m),
    now: () => clock,
  });
  const dies = (reason: string, afterMs = 1000) => {
    clock += afterMs;
    contents.emit('render-process-gone', {}, { reason, exitCode: 9 });
  };
  return { seen, dies };
}

describe('a page whose process dies', () => {
  it('is loaded again, with what happened logged', () => {
    const { seen, dies } = watchedPage();
    dies('crashed');
    expect(seen.reloads).toBe(1);
    expect(seen.logged).toEqual(["The window's page stopped (crashed, exit code 9)"]);
  });

  it('is left alone when it closed normally', () => {
    const { seen, dies } = watchedPage();
    dies('clean-exit');
    expect(seen).toMatchObject({ reloads: 0, gaveUp: 0, logged: [] });
  });

  it('is not reloaded for ever: after repeated deaths within a minute the person is told instead', () => {
    const { seen, dies } = watchedPage();
    for (let i = 0; i < MAX_RELOADS; i++) dies('oom');
    expect(seen.reloads).toBe(MAX_RELOADS);
    dies('oom');
    expect(seen).toMatchObject({ reloads: MAX_RELOADS, gaveUp: 1 });
    // A death long after the others is a fresh start.
    dies('crashed', 120_000);
    expect(seen.reloads).toBe(MAX_RELOADS + 1);
  });
});
