// The question on closing (or reloading) the window with text not saved yet. The page stops its own
// unload then (a `beforeunload` handler, HeldDrafts.tsx), but Electron shows nothing for that: the window
// just stays open and the person is not told why. It emits `will-prevent-unload` instead, and here the
// person is asked. In that event preventDefault() lets the unload go ahead, so it is called only for
// "Leave without saving"; "Stay" (the default, and Esc) keeps the window and the text. Opening another
// database from the menu asks the same question before anything changes (confirmLeave), since the page
// is then replaced under the text.
import type { MessageBoxSyncOptions } from 'electron';
import { z } from 'zod';
import type { UnsavedText } from '../../src/shared/bridge';

/** As the page tells it (tellUnsavedText); anything else is refused. */
export const UnsavedTextSchema = z
  .object({ narratives: z.number().int().min(0).max(100_000), fields: z.number().int().min(0).max(100_000) })
  .strict();

export const STAY = 0;
export const LEAVE = 1;

/** What connecting answers when the person chose to stay with their unsaved text: nothing changed. */
export const STAYED_WITH_UNSAVED_TEXT = {
  ok: false,
  error: {
    code: 'cancelled',
    message: 'Not connected: you chose to stay with text not saved yet. Save it, or leave it, then connect again.',
  },
} as const;

function counted(n: number, one: string, many: string): string {
  return `${n} ${n === 1 ? one : many}`;
}

/** "You have text that is not saved yet in 2 narratives and 1 pack details field." */
export function unsavedTextQuestion(unsaved: UnsavedText): MessageBoxSyncOptions {
  const where = [
    unsaved.narratives > 0 ? counted(unsaved.narratives, 'narrative', 'narratives') : null,
    unsaved.fields > 0 ? counted(unsaved.fields, 'pack details field', 'pack details fields') : null,
  ].filter((part): part is string => part !== null);
  // The page stopped the unload before its last count arrived: still text, just not counted yet.
  const message = where.length ? `You have text that is not saved yet in ${where.join(' and ')}.` : 'You have text that is not saved yet.';
  return {
    type: 'warning',
    title: 'Text not saved yet',
    message,
    detail:
      'Stay to keep it: each screen lists where it was written, and it is saved by itself when the database answers again. ' +
      'If you leave now, it is lost.',
    buttons: ['Stay', 'Leave without saving'],
    defaultId: STAY,
    cancelId: STAY,
    noLink: true,
  };
}

/** What the guard needs of the window's web contents: the event, with Electron's "let it unload". */
export interface UnloadEvents {
  on(event: 'will-prevent-unload', listener: (event: { preventDefault(): void }) => void): unknown;
  on(event: 'did-finish-load', listener: () => void): unknown;
}

/**
 * Keeps the page's latest count of unsaved text and asks, when the page stops an unload, whether to stay.
 * `ask` shows the native question and answers with the button chosen (dialog.showMessageBoxSync: the
 * event's answer is needed before it returns).
 */
export class UnloadGuard {
  private unsaved: UnsavedText = { narratives: 0, fields: 0 };
  /** The page is being replaced on the person's word (confirmLeave): its stop is let through, not asked again. */
  private replacing = false;
  /** What the person already chose to leave their unsaved text for, still to come (see leaveAgreedFor). */
  private agreedFor: string | null = null;

  /**
   * `onLeave`: the person chose "Leave without saving", so the copy of the unsaved text the main process
   * keeps against a crash (drafts-store.ts) may go too.
   */
  constructor(
    private readonly ask: (question: MessageBoxSyncOptions) => number,
    private readonly onLeave: () => void = () => undefined,
  ) {}

  /** Asks the question; true when the person chose to leave their unsaved text. */
  private askToLeave(): boolean {
    const leave = this.ask(unsavedTextQuestion(this.unsaved)) === LEAVE;
    if (leave) this.onLeave();
    return leave;
  }

  /** The page's count, checked (the IPC handler passes it on as it came). */
  tell(payload: unknown): void {
    const unsaved = UnsavedTextSchema.parse(payload);
    // Other unsaved text than the person was asked about: what they chose then no longer holds.
    if (unsaved.narratives !== this.unsaved.narratives || unsaved.fields !== this.unsaved.fields) this.agreedFor = null;
    this.unsaved = unsaved;
  }

  watch(contents: UnloadEvents): void {
    contents.on('will-prevent-unload', (event) => {
      if (this.replacing || this.askToLeave()) event.preventDefault();
    });
    // The new page is there: from now its closes are asked about again.
    contents.on('did-finish-load', () => {
      this.replacing = false;
    });
  }

  /**
   * Before the main process replaces the page itself (another database opened from the menu, then a
   * reload): asks first, so that "Stay" leaves both the page and the database as they are. True when
   * there is nothing to lose or the person chose to leave.
   */
  confirmLeave(purpose?: string): boolean {
    const agreed = purpose !== undefined && this.agreedFor === purpose;
    this.agreedFor = null;
    if (this.unsaved.narratives + this.unsaved.fields === 0) return true;
    // Agreed before the password was asked for: the leave is given again for this, the switch itself.
    if (agreed) this.onLeave();
    return agreed || this.askToLeave();
  }

  /**
   * After confirmLeave() answered "leave" for a switch the page finishes later (a recent team database
   * whose password the page asks for next, then connects): the next confirmLeave(purpose) for the same
   * purpose answers yes without asking again, once. Without this the person was asked twice, before the
   * password and after it. Any other question, or a change in the unsaved text, ends it.
   */
  leaveAgreedFor(purpose: string): void {
    this.agreedFor = purpose;
  }

  /**
   * The page is about to be replaced after confirmLeave() (the database in use has changed under it, so
   * staying is no choice any more): its stop is let through until the new page has loaded.
   */
  replacingPage(): void {
    this.replacing = true;
  }
}
