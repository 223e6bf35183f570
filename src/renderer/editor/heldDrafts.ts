// Held drafts: text that was not saved when its editor left the screen (the person moved to another area
// or out of the pack): a narrative's, or one of the pack's details texts. Without this the text went with
// the editor. A draft is held per text (DocSaver.key: "narrative:<area>/<section>", "pack:<id>/context")
// with the version it was based on, and is in one of two hands at a time: here while its editor is away,
// or in its editor, which takes it back when it is on screen again (NarrativeEditor) with the same notice
// as before. Held here, a draft not refused as stale is sent at once, and sent again by itself each time
// the team database answers again; it is let go once saved.
//
// Held in memory only, on purpose. sessionStorage would outlive only a reload of the page, and a reload
// with unsaved text is asked about first (Stay / Leave without saving, electron/main/unload-guard.ts):
// kept there, a draft would come back after the person chose to leave it, or after another database was
// opened, and be sent to that one. Surviving a crash or a forced quit is keptDrafts.ts's job: the host
// keeps these (and the unsaved text of editors on screen) in a file for each database.
import { create } from 'zustand';
import type { UnsavedText } from '../../shared/bridge';
import type { RichDoc } from '../../shared/richtext';
import type { Route } from '../app/navigation';
import { ApiError, messageOf } from '../data/bridge';
import { isNarrativeKey, sendKept, type KeptSave } from '../data/saveAgainst';

/** Where a draft was written, to list it and go back to it. */
export interface DraftPlace {
  /**
   * The screen its editor is on, down to the tab (the overview's Pack details): plain data, so a draft
   * kept on disk and restored after a crash goes back to the same place.
   */
  route: Route;
  /** The area's title, or "Pack details". */
  where: string;
  /** The narrative's question, or the text's title. */
  label: string;
}

export type HeldState =
  /** On its way now. */
  | { kind: 'sending' }
  /** Refused for another reason than someone else's save; `offline` when the team database could not be reached. */
  | { kind: 'failed'; message: string; offline: boolean }
  /** Someone else saved first: it waits for the person to compare and merge (kept.stale says whose). */
  | { kind: 'stale' };

export interface HeldDraft {
  key: string;
  place: DraftPlace;
  /** The person's text. */
  doc: RichDoc;
  /** The text of the version it was based on, so its editor can tell others' saves from nobody's. */
  knownText: string;
  kept: KeptSave;
  state: HeldState;
}

interface HeldDraftsState {
  drafts: Record<string, HeldDraft>;
  /** Editors on screen with text not saved yet, by text (DocSaver.key): closing the window would lose it too. */
  unsavedOnScreen: Record<string, true>;
  /** The window was asked to close (or reload) with unsaved text, and stayed open. */
  closeRefused: boolean;
}

export const useHeldDrafts = create<HeldDraftsState>(() => ({ drafts: {}, unsavedOnScreen: {}, closeRefused: false }));

function put(draft: HeldDraft): void {
  useHeldDrafts.setState((s) => ({ drafts: { ...s.drafts, [draft.key]: draft } }));
}

/** Whether `draft` is still the one held (not taken back by its editor, nor replaced) after a wait. */
function stillHeld(draft: HeldDraft): boolean {
  return useHeldDrafts.getState().drafts[draft.key] === draft;
}

/** Keeps an editor's unsaved text as it leaves the screen; sends it now unless it waits for a merge. */
export function holdDraft(draft: Omit<HeldDraft, 'state'>): void {
  if (draft.kept.stale) put({ ...draft, state: { kind: 'stale' } });
  else void sendHeld({ ...draft, state: { kind: 'sending' } });
}

/** The draft held for a record, without taking it. */
export function peekDraft(key: string): HeldDraft | undefined {
  return useHeldDrafts.getState().drafts[key];
}

/** Takes a draft back into its editor: from now the editor saves it (or sends it again, if it was on its way). */
export function takeDraft(key: string): HeldDraft | undefined {
  const draft = peekDraft(key);
  if (draft)
    useHeldDrafts.setState((s) => {
      const { [key]: _taken, ...rest } = s.drafts;
      return { drafts: rest };
    });
  return draft;
}

async function sendHeld(draft: HeldDraft): Promise<void> {
  put(draft);
  try {
    const result = await sendKept(draft.kept);
    if (!stillHeld(draft)) return;
    if (result.saved) takeDraft(draft.key);
    else put({ ...draft, kept: { ...draft.kept, stale: result.stale } as KeptSave, state: { kind: 'stale' } });
  } catch (err) {
    if (!stillHeld(draft)) return;
    put({ ...draft, state: { kind: 'failed', message: messageOf(err), offline: err instanceof ApiError && err.code === 'offline' } });
  }
}

/** Sends again every held draft refused because the team database could not be reached. */
export function retryOfflineDrafts(): void {
  for (const draft of Object.values(useHeldDrafts.getState().drafts))
    if (draft.state.kind === 'failed' && draft.state.offline) void sendHeld({ ...draft, state: { kind: 'sending' } });
}

/** An editor on screen says whether it has text not saved yet. */
export function noteUnsavedOnScreen(key: string, unsaved: boolean): void {
  useHeldDrafts.setState((s) => {
    if (!!s.unsavedOnScreen[key] === unsaved) return s;
    const { [key]: _was, ...rest } = s.unsavedOnScreen;
    return { unsavedOnScreen: unsaved ? { ...rest, [key]: true } : rest };
  });
}

/** How much text closing the window now would lose, held here or unsaved in an editor on screen, by kind. */
export function unsavedText({ drafts, unsavedOnScreen }: Pick<HeldDraftsState, 'drafts' | 'unsavedOnScreen'> = useHeldDrafts.getState()): UnsavedText {
  const keys = new Set([...Object.keys(drafts), ...Object.keys(unsavedOnScreen)]);
  const narratives = [...keys].filter(isNarrativeKey).length;
  return { narratives, fields: keys.size - narratives };
}

/** Whether closing the window now would lose text. */
export function hasUnsavedText(): boolean {
  const { narratives, fields } = unsavedText();
  return narratives + fields > 0;
}
