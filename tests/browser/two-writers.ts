// Shared steps for the specs where a second person writes as the page works: plain narratives, and
// saving as someone else through the real core (as their window, or a team member's app, would).
import type { RichDoc } from '../../src/shared/richtext';
import type { BrowserHost } from './fixtures';
import { setDisplayName } from './pack-helpers';

export const para = (text: string): RichDoc['blocks'][number] => ({ type: 'paragraph', content: [{ type: 'text', text }] });
export const doc = (...texts: string[]): RichDoc => ({ type: 'doc', blocks: texts.map(para) });

/** Saves as someone else, through the core, as their window would: against the version they read. */
export async function asSomeoneElse<T>(host: BrowserHost, name: string, work: () => Promise<T>): Promise<T> {
  await setDisplayName(host, name);
  try {
    return await work();
  } finally {
    await setDisplayName(host, 'Alex Morgan');
  }
}

/** Sam Patel saves `text` as the area's first narrative, against the version stored now. */
export async function samSaves(host: BrowserHost, areaId: string, text: RichDoc, sectionId = 'what-we-know') {
  const now = (await host.call('areas.get', { areaId })).narratives.find((n) => n.sectionId === sectionId)!;
  return asSomeoneElse(host, 'Sam Patel', () => host.call('narratives.save', { areaId, sectionId, doc: text, baseVersion: now.version }));
}
