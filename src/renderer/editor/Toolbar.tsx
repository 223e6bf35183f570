// The editor's toolbar and its Formatting menu, both made from the list of actions (actions.ts). The
// toolbar follows the WAI-ARIA toolbar pattern: one tab stop, Left/Right/Home/End between buttons. The
// menu (a menu button) lists every action with its keys, for finding a shortcut or when the toolbar wraps.
import { useEffect, useId, useRef, useState, type KeyboardEvent } from 'react';
import { ariaKeys, shownKeys, type EditorAction } from './actions';

type ActionState = Record<string, { on: boolean | null; can: boolean }>;

interface ToolbarProps {
  label: string;
  /** The id of the editable region the toolbar formats. */
  controls: string;
  actions: readonly EditorAction[];
  state: ActionState;
  run(action: EditorAction): void;
}

/** "Bold (Ctrl+B)": the tooltip. */
function withKeys(action: EditorAction): string {
  return action.keys.length ? `${action.label} (${shownKeys(action.keys[0]!)})` : action.label;
}

export function Toolbar({ label, controls, actions, state, run }: ToolbarProps) {
  const [active, setActive] = useState(0);
  const buttons = useRef<(HTMLButtonElement | null)[]>([]);
  const count = actions.length + 1; // and the menu button
  const current = Math.min(active, count - 1);

  function move(e: KeyboardEvent<HTMLDivElement>) {
    if ((e.target as HTMLElement).closest('[role="menu"]')) return;
    let next = current;
    if (e.key === 'ArrowRight') next = (current + 1) % count;
    else if (e.key === 'ArrowLeft') next = (current - 1 + count) % count;
    else if (e.key === 'Home') next = 0;
    else if (e.key === 'End') next = count - 1;
    else return;
    e.preventDefault();
    setActive(next);
    buttons.current[next]?.focus();
  }

  return (
    <div className="rt__toolbar" role="toolbar" aria-label={`Formatting for ${label}`} aria-controls={controls} onKeyDown={move}>
      {actions.map((action, i) => {
        const s = state[action.id];
        return (
          <button
            key={action.id}
            ref={(el) => {
              buttons.current[i] = el;
            }}
            type="button"
            className={`rt__tool rt__tool--${action.id}${i > 0 && actions[i - 1]!.group !== action.group ? ' rt__tool--group' : ''}`}
            tabIndex={i === current ? 0 : -1}
            aria-label={action.text ? action.label : undefined}
            aria-pressed={s?.on === null || s?.on === undefined ? undefined : s.on}
            aria-disabled={s && !s.can ? true : undefined}
            aria-keyshortcuts={action.keys.map(ariaKeys).join(' ') || undefined}
            title={withKeys(action)}
            // Keep the caret in the text when a button is clicked with the mouse.
            onMouseDown={(e) => e.preventDefault()}
            onFocus={() => setActive(i)}
            onClick={() => {
              if (!s || s.can) run(action);
            }}
          >
            {action.text ?? action.label}
          </button>
        );
      })}
      <FormattingMenu
        buttonRef={(el) => {
          buttons.current[actions.length] = el;
        }}
        tabbable={current === actions.length}
        onFocus={() => setActive(actions.length)}
        actions={actions}
        state={state}
        run={run}
      />
    </div>
  );
}

interface FormattingMenuProps {
  buttonRef(el: HTMLButtonElement | null): void;
  tabbable: boolean;
  onFocus(): void;
  actions: readonly EditorAction[];
  state: ActionState;
  run(action: EditorAction): void;
}

function FormattingMenu({ buttonRef, tabbable, onFocus, actions, state, run }: FormattingMenuProps) {
  const id = useId();
  const [open, setOpen] = useState(false);
  const [focused, setFocused] = useState(0);
  const items = useRef<(HTMLButtonElement | null)[]>([]);
  const button = useRef<HTMLButtonElement | null>(null);

  useEffect(() => {
    if (open) items.current[focused]?.focus();
  }, [open, focused]);

  const close = (returnFocus: boolean) => {
    setOpen(false);
    if (returnFocus) button.current?.focus();
  };

  function onMenuKey(e: KeyboardEvent<HTMLDivElement>) {
    const moves: Record<string, number> = {
      ArrowDown: (focused + 1) % actions.length,
      ArrowUp: (focused - 1 + actions.length) % actions.length,
      Home: 0,
      End: actions.length - 1,
    };
    if (e.key in moves) {
      e.preventDefault();
      e.stopPropagation();
      setFocused(moves[e.key]!);
    } else if (e.key === 'Escape') {
      e.preventDefault();
      e.stopPropagation();
      close(true);
    } else if (e.key === 'Tab') close(false);
  }

  return (
    <span className="rt__menu">
      <button
        ref={(el) => {
          button.current = el;
          buttonRef(el);
        }}
        type="button"
        id={`${id}-button`}
        className="rt__tool rt__tool--group rt__tool--menu"
        tabIndex={tabbable ? 0 : -1}
        aria-haspopup="menu"
        aria-expanded={open}
        aria-controls={open ? `${id}-menu` : undefined}
        onFocus={onFocus}
        onMouseDown={(e) => e.preventDefault()}
        onClick={() => {
          setFocused(0);
          setOpen((o) => !o);
        }}
        onKeyDown={(e) => {
          if (e.key === 'ArrowDown' || e.key === 'ArrowUp') {
            e.preventDefault();
            e.stopPropagation();
            setFocused(e.key === 'ArrowDown' ? 0 : actions.length - 1);
            setOpen(true);
          }
        }}
      >
        Formatting menu
      </button>
      {open && (
        <div
          className="rt__menu-list"
          role="menu"
          id={`${id}-menu`}
          aria-labelledby={`${id}-button`}
          onKeyDown={onMenuKey}
          onBlur={(e) => {
            if (!e.currentTarget.contains(e.relatedTarget as Node | null) && e.relatedTarget !== button.current) setOpen(false);
          }}
        >
          {actions.map((action, i) => {
            const s = state[action.id];
            const toggle = s?.on !== null && s?.on !== undefined;
            return (
              <button
                key={action.id}
                ref={(el) => {
                  items.current[i] = el;
                }}
                type="button"
                role={toggle ? 'menuitemcheckbox' : 'menuitem'}
                aria-checked={toggle ? Boolean(s.on) : undefined}
                aria-disabled={s && !s.can ? true : undefined}
                aria-keyshortcuts={action.keys.map(ariaKeys).join(' ') || undefined}
                tabIndex={i === focused ? 0 : -1}
                className="rt__menu-item"
                onMouseDown={(e) => e.preventDefault()}
                onClick={() => {
                  if (s && !s.can) return;
                  close(false);
                  run(action);
                }}
              >
                <span>{action.label}</span>
                {action.keys.length > 0 && <kbd className="rt__menu-keys">{shownKeys(action.keys[0]!)}</kbd>}
              </button>
            );
          })}
        </div>
      )}
    </span>
  );
}
