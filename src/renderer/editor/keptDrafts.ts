// Unsaved text kept by the host on disk, so that it survives a crash, a forced quit or a power cut (the
// held drafts, heldDrafts.ts, are in memory only). The whole set of texts not saved yet (held drafts, and
// the text of editors on screen that is not saved yet) is sent to the host each time it changes, a little
// after the last change; the host keeps it for the database in use (electron/main/drafts-store.ts) and
// picks the file itself. A text saved, or left by "Leave without saving" (the host forgets them then),
// goes from the set.
//
// On opening a database, the texts the host still has are offered back (RecoveredDrafts). Restored, each
// becomes a held draft based on the version it was written against, and is sent as a held draft is: when
// someone else saved meanwhile it is refused as stale and waits to be compared and merged.
import { create } from 'zustand';
import type { KeptDraftText } from '../../shared/bridge';
import { RichDocSchema } from '../../shared/richtext';
import type { Route } from '../app/navigation';
import { bridgeIfAny } from '../data/bridge';
import type { KeptSave } from '../data/saveAgainst';
import { holdDraft, useHeldDrafts, type HeldDraft } from './heldDrafts';

/** A text as it would be held: what an editor on screen with unsaved text gives when asked. */
export type KeepableText = Omit<HeldDraft, 'state'>;

/** What the host keeps beside the text, to put it back: the save it was, and where it was written. */
interface Resume {
  route: Route;
  where: string;
  label: string;
  knownText: string;
  kept: Omit<KeptSave, 'stale'>;
}

/** Editors on screen, by text: each says what it would keep now (null when all is saved). */
const onScreen = new Map<string, () => KeepableText | null>();

/** An editor on screen registers its text; the returned function takes it off. */
export function keepOnScreen(key: string, current: () => KeepableText | null): () => void {
  onScreen.set(key, current);
  return () => {
    if (onScreen.get(key) === current) onScreen.delete(key);
    keptTextsChanged();
  };
}

function toKept(text: KeepableText): KeptDraftText {
  const { stale: _stale, ...kept } = text.kept;
  const resume: Resume = { route: text.place.route, where: text.place.where, label: text.place.label, knownText: text.knownText, kept: kept as Resume['kept'] };
  return { key: text.key, doc: text.doc, baseVersion: text.kept.baseVersion, place: `${text.place.where} – ${text.place.label}`, resume };
}

/**
 * Every text not saved now: held drafts, editors on screen with unsaved text, and texts recovered at
 * start-up that the person has not restored or discarded yet (so typing meanwhile does not drop them).
 */
export function textsToKeep(): KeptDraftText[] {
  const { drafts, unsavedOnScreen } = useHeldDrafts.getState();
  const texts = Object.values(drafts).map(toKept);
  const { texts: recoveredTexts, unreadable } = useRecoveredDrafts.getState();
  for (const recovered of recoveredTexts ?? []) if (!drafts[recovered.key]) texts.push(toKept(recovered.restore));
  // Kept exactly as they came until the person has chosen: this version cannot put them back, but they
  // are still someone's words (written by a newer version, perhaps).
  texts.push(...unreadable);
  for (const [key, current] of onScreen) {
    if (drafts[key] || !unsavedOnScreen[key]) continue;
    const text = current();
    if (text) texts.push(toKept(text));
  }
  return texts;
}

/** The set is sent this long after the last change... */
const SEND_AFTER_QUIET_MS = 300;
/** ...and, while typing goes on without a pause, at least this often, so a crash loses about a second at most. */
const SEND_AT_LEAST_EVERY_MS = 1000;

let timer: ReturnType<typeof setTimeout> | null = null;
/** When the first change not yet sent was made. */
let changedSince = 0;
let sent = '[]';

function sendKeptTexts(): void {
  timer = null;
  const texts = textsToKeep();
  const json = JSON.stringify(texts);
  if (json === sent) return;
  sent = json;
  // Not kept, the text is still in the window; only a crash would then lose it.
  void bridgeIfAny()?.keepDrafts(texts).catch(() => undefined);
}

/** The set may have changed (typing, a save, a draft held or let go): it is sent a little later. */
export function keptTextsChanged(): void {
  const now = Date.now();
  if (timer) clearTimeout(timer);
  else changedSince = now;
  timer = setTimeout(sendKeptTexts, Math.min(SEND_AFTER_QUIET_MS, Math.max(0, changedSince + SEND_AT_LEAST_EVERY_MS - now)));
}

/** A recovered text, checked, ready to restore. */
export interface RecoveredText {
  key: string;
  place: string;
  restore: KeepableText;
}

interface RecoveredState {
  /** Null until the host has answered. */
  texts: RecoveredText[] | null;
  /** Kept texts this version cannot put back, as the host kept them: named in the notice, never dropped unsaid. */
  unreadable: KeptDraftText[];
}

export const useRecoveredDrafts = create<RecoveredState>(() => ({ texts: null, unreadable: [] }));

/**
 * Whether a kept text (DocSaver.key) is one the kept save writes: a narrative's save is its own text's
 * ("narrative:<area>/<section>"); the pack's details share one save ("pack:<id>") for their texts
 * ("pack:<id>/context", …).
 */
function textOfSave(textKey: string, saveKey: string): boolean {
  return textKey === saveKey || textKey.startsWith(`${saveKey}/`);
}

/** A kept text back as it was held, or null when it is not in a form this version can put back. */
function fromKept(kept: KeptDraftText): RecoveredText | null {
  const doc = RichDocSchema.safeParse(kept.doc);
  const resume = kept.resume as Partial<Resume> | undefined;
  if (!doc.success || !resume || typeof resume !== 'object') return null;
  const { route, where, label, knownText, kept: save } = resume;
  if (!route || typeof route.name !== 'string' || typeof where !== 'string' || typeof label !== 'string' || typeof knownText !== 'string') return null;
  if (!save || typeof save.key !== 'string' || !textOfSave(kept.key, save.key) || typeof save.op !== 'string' || typeof kept.baseVersion !== 'number') return null;
  // Sent as it was kept (its input carries the text), against the version it was written on: the core
  // refuses it as stale if that moved on.
  const restored = { ...save, baseVersion: kept.baseVersion, stale: null } as KeptSave;
  return { key: kept.key, place: kept.place, restore: { key: kept.key, doc: doc.data, knownText, kept: restored, place: { route, where, label } } };
}

/** Asks the host for the texts kept for this database when SEF Studio last closed without saving them. */
export async function loadRecoveredDrafts(): Promise<void> {
  const bridge = bridgeIfAny();
  if (!bridge) return useRecoveredDrafts.setState({ texts: [], unreadable: [] });
  const kept = await bridge.recoveredDrafts().catch(() => []);
  const texts: RecoveredText[] = [];
  const unreadable: KeptDraftText[] = [];
  for (const k of kept) {
    const text = fromKept(k);
    if (text) texts.push(text);
    else unreadable.push(k);
  }
  useRecoveredDrafts.setState({ texts, unreadable });
}

/** Restore: each text becomes a held draft, sent against its version (refused as stale if someone saved since). */
export function restoreRecoveredDrafts(): void {
  const texts = useRecoveredDrafts.getState().texts ?? [];
  // Those this version cannot put back go too: the notice said so before the choice was made.
  useRecoveredDrafts.setState({ texts: [], unreadable: [] });
  for (const text of texts) holdDraft(text.restore);
  keptTextsChanged();
}

/** Discard: the texts go, from the notice and from the host's file. */
export function discardRecoveredDrafts(): void {
  useRecoveredDrafts.setState({ texts: [], unreadable: [] });
  sent = '';
  keptTextsChanged();
}
