// The question on closing the window with text not saved yet (electron/main/unload-guard.ts). There is no
// Electron here: the window's web contents is an EventEmitter and the native dialog a function answering
// with the button the person chose, as dialog.showMessageBoxSync does.
import { EventEmitter } from 'node:events';
import type { MessageBoxSyncOptions } from 'electron';
import { describe, expect, it } from 'vitest';
import { addressKey } from '../../electron/main/credentials';
import { LEAVE, STAY, UnloadGuard, unsavedTextQuestion } from '../../electron/main/unload-guard';

/** A window whose page stopped its unload; `unloads` says whether Electron would let it go ahead. */
function pageAskingToStay(answer: number | ((question: MessageBoxSyncOptions) => number)) {
  const asked: MessageBoxSyncOptions[] = [];
  /** How many times the person chose to leave their unsaved text (the kept copy is forgotten each time). */
  const left = { count: 0 };
  const guard = new UnloadGuard(
    (question) => {
      asked.push(question);
      return typeof answer === 'number' ? answer : answer(question);
    },
    () => left.count++,
  );
  const contents = new EventEmitter();
  guard.watch(contents as never);
  const close = (): boolean => {
    let unloads = false;
    contents.emit('will-prevent-unload', { preventDefault: () => (unloads = true) });
    return unloads;
  };
  const loaded = () => contents.emit('did-finish-load');
  return { guard, asked, close, loaded, left };
}

describe('closing the window with text not saved yet', () => {
  it('asks, with Stay the default and the answer to Esc, and Leave without saving as the other way', () => {
    const question = unsavedTextQuestion({ narratives: 3, fields: 0 });
    expect(question.message).toBe('You have text that is not saved yet in 3 narratives.');
    expect(question.buttons).toEqual(['Stay', 'Leave without saving']);
    expect(question.buttons?.[STAY]).toBe('Stay');
    expect(question.buttons?.[LEAVE]).toBe('Leave without saving');
    expect(question.defaultId).toBe(STAY);
    expect(question.cancelId).toBe(STAY);
  });

  it('says how much, by where it was written', () => {
    expect(unsavedTextQuestion({ narratives: 1, fields: 0 }).message).toBe('You have text that is not saved yet in 1 narrative.');
    expect(unsavedTextQuestion({ narratives: 1, fields: 2 }).message).toBe(
      'You have text that is not saved yet in 1 narrative and 2 pack details fields.',
    );
    expect(unsavedTextQuestion({ narratives: 0, fields: 1 }).message).toBe('You have text that is not saved yet in 1 pack details field.');
    // The page stopped the unload before its count arrived: still asked, without a number.
    expect(unsavedTextQuestion({ narratives: 0, fields: 0 }).message).toBe('You have text that is not saved yet.');
  });

  it('keeps the window when the person stays: the unload is not let through', () => {
    const { guard, asked, close, left } = pageAskingToStay(STAY);
    guard.tell({ narratives: 2, fields: 0 });
    expect(close()).toBe(false);
    expect(asked.map((q) => q.message)).toEqual(['You have text that is not saved yet in 2 narratives.']);
    // Asked every time, not only the first: staying once does not make the next close silent.
    expect(close()).toBe(false);
    expect(asked).toHaveLength(2);
    // Stayed: the copy kept against a crash stays too.
    expect(left.count).toBe(0);
  });

  it('lets the window close when the person chooses to leave without saving, and the kept copy of the text goes', () => {
    const { guard, close, left } = pageAskingToStay(LEAVE);
    guard.tell({ narratives: 1, fields: 1 });
    expect(close()).toBe(true);
    expect(left.count).toBe(1);
  });

  it('forgets the kept copy when the person leaves their text to open another database, not when they stay', () => {
    const stayed = pageAskingToStay(STAY);
    stayed.guard.tell({ narratives: 1, fields: 0 });
    expect(stayed.guard.confirmLeave()).toBe(false);
    expect(stayed.left.count).toBe(0);
    const leaving = pageAskingToStay(LEAVE);
    leaving.guard.tell({ narratives: 1, fields: 0 });
    expect(leaving.guard.confirmLeave()).toBe(true);
    expect(leaving.left.count).toBe(1);
  });

  it('asks with the page’s latest count', () => {
    const { guard, asked, close } = pageAskingToStay(STAY);
    guard.tell({ narratives: 4, fields: 1 });
    guard.tell({ narratives: 1, fields: 0 });
    close();
    expect(asked.at(-1)?.message).toBe('You have text that is not saved yet in 1 narrative.');
  });

  it('refuses a count that is not one, keeping the last good one', () => {
    const { guard, asked, close } = pageAskingToStay(STAY);
    guard.tell({ narratives: 2, fields: 0 });
    for (const payload of [null, { narratives: 'two', fields: 0 }, { narratives: 1 }, { narratives: 1, fields: 0, extra: true }, { narratives: 1e9, fields: 0 }])
      expect(() => guard.tell(payload), JSON.stringify(payload)).toThrow();
    close();
    expect(asked[0]?.message).toBe('You have text that is not saved yet in 2 narratives.');
  });
});

describe('opening another database from the menu with text not saved yet', () => {
  it('goes ahead without a question when nothing is unsaved', () => {
    const { guard, asked } = pageAskingToStay(STAY);
    guard.tell({ narratives: 0, fields: 0 });
    expect(guard.confirmLeave()).toBe(true);
    expect(asked).toEqual([]);
  });

  it('asks first; Stay changes nothing, and the next close is still asked about', () => {
    const { guard, asked, close } = pageAskingToStay(STAY);
    guard.tell({ narratives: 1, fields: 0 });
    expect(guard.confirmLeave()).toBe(false);
    expect(asked.map((q) => q.message)).toEqual(['You have text that is not saved yet in 1 narrative.']);
    expect(close()).toBe(false);
    expect(asked).toHaveLength(2);
  });

  it('asks once: having chosen to leave, the reload that puts the new database on screen is not stopped or asked again', () => {
    const answers = [LEAVE, STAY];
    const { guard, asked, close, loaded } = pageAskingToStay(() => answers.shift()!);
    guard.tell({ narratives: 2, fields: 0 });
    expect(guard.confirmLeave()).toBe(true);
    guard.replacingPage();
    expect(close()).toBe(true);
    expect(asked).toHaveLength(1);
    // The new page has loaded and has its own text not saved: its close is asked about again.
    loaded();
    guard.tell({ narratives: 1, fields: 0 });
    expect(close()).toBe(false);
    expect(asked).toHaveLength(2);
  });

  it('asks once for a recent team database whose password is asked next: connecting to it is not asked about again', () => {
    const { guard, asked, left } = pageAskingToStay(LEAVE);
    guard.tell({ narratives: 1, fields: 0 });
    const dana = addressKey({ login: 'dana', host: 'db.council.example', port: 5432, database: 'sef' });
    // From the menu: asked, the person leaves, and the page asks for the password.
    expect(guard.confirmLeave()).toBe(true);
    guard.leaveAgreedFor(dana);
    // The page connects to that database with the password (the host's case aside): no second question,
    // and the leave is given again for the switch itself (the menu's switch let the page stay meanwhile).
    expect(guard.confirmLeave(addressKey({ login: 'dana', host: 'DB.council.example', port: 5432, database: 'sef' }))).toBe(true);
    expect(asked).toHaveLength(1);
    expect(left.count).toBe(2);
    // Only once: connecting again is asked about again.
    expect(guard.confirmLeave(dana)).toBe(true);
    expect(asked).toHaveLength(2);
  });

  it('asks again for another database, or once the unsaved text has changed since the question', () => {
    const { guard, asked } = pageAskingToStay(STAY);
    guard.tell({ narratives: 1, fields: 0 });
    const dana = addressKey({ login: 'dana', host: 'db', port: 5432, database: 'sef' });
    guard.leaveAgreedFor(dana);
    expect(guard.confirmLeave(addressKey({ login: 'dana', host: 'db', port: 5432, database: 'other' }))).toBe(false);
    expect(asked).toHaveLength(1);
    guard.leaveAgreedFor(dana);
    guard.tell({ narratives: 2, fields: 0 });
    expect(guard.confirmLeave(dana)).toBe(false);
    expect(asked).toHaveLength(2);
  });
});
