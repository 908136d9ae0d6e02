import { useEffect, useId, useRef, useState, type KeyboardEvent } from 'react';
import type { SignedInUser } from '../../../../shared/api/accounts';
import { useSession } from '../../app/SessionContext';
import { ChangePasswordDialog } from './ChangePasswordDialog';
import { ROLE_LABELS } from './model/session';

const ITEMS = ['password', 'signOut', 'lock'] as const;
type Item = (typeof ITEMS)[number];
const LABELS: Record<Item, string> = { password: 'Change password…', signOut: 'Sign out', lock: 'Lock now' };

/**
 * The signed-in person (name and role) in the top bar, as a menu button (WAI-ARIA menu pattern):
 * Enter, Space or ArrowDown opens it on the first item, ArrowUp on the last; arrows, Home and End
 * move; Escape closes it and returns to the button; Tab or a click elsewhere closes it.
 */
export function UserMenu({ user }: { user: SignedInUser }) {
  const { lockNow, signOut } = useSession();
  const [open, setOpen] = useState(false);
  const [passwordOpen, setPasswordOpen] = useState(false);
  const [focusIndex, setFocusIndex] = useState(0);
  const button = useRef<HTMLButtonElement>(null);
  const list = useRef<HTMLUListElement>(null);
  const menuId = useId();

  useEffect(() => {
    if (open) list.current?.querySelectorAll<HTMLButtonElement>('[role="menuitem"]')[focusIndex]?.focus();
  }, [open, focusIndex]);

  useEffect(() => {
    if (!open) return;
    const onPointer = (e: PointerEvent) => {
      if (!list.current?.contains(e.target as Node) && !button.current?.contains(e.target as Node)) setOpen(false);
    };
    document.addEventListener('pointerdown', onPointer);
    return () => document.removeEventListener('pointerdown', onPointer);
  }, [open]);

  const openAt = (i: number) => {
    setFocusIndex(i);
    setOpen(true);
  };
  const close = (refocus: boolean) => {
    setOpen(false);
    if (refocus) button.current?.focus();
  };

  const onButtonKey = (e: KeyboardEvent) => {
    if (e.key === 'ArrowDown') {
      e.preventDefault();
      openAt(0);
    } else if (e.key === 'ArrowUp') {
      e.preventDefault();
      openAt(ITEMS.length - 1);
    }
  };

  const onMenuKey = (e: KeyboardEvent) => {
    const last = ITEMS.length - 1;
    const moves: Partial<Record<string, number>> = { ArrowDown: focusIndex === last ? 0 : focusIndex + 1, ArrowUp: focusIndex === 0 ? last : focusIndex - 1, Home: 0, End: last };
    const move = moves[e.key];
    if (move !== undefined) {
      e.preventDefault();
      setFocusIndex(move);
    } else if (e.key === 'Escape') {
      e.preventDefault();
      e.stopPropagation();
      close(true);
    } else if (e.key === 'Tab') close(false);
  };

  const choose = (item: Item) => {
    close(item === 'password');
    if (item === 'password') setPasswordOpen(true);
    else if (item === 'signOut') void signOut();
    else lockNow();
  };

  return (
    <div className="user-menu">
      <button
        ref={button}
        type="button"
        className="button button--quiet user-menu-button"
        aria-haspopup="menu"
        aria-expanded={open}
        aria-controls={open ? menuId : undefined}
        onClick={() => (open ? close(false) : openAt(0))}
        onKeyDown={onButtonKey}
      >
        <span>{user.name}</span>
        <span className="user-menu-role">{ROLE_LABELS[user.role]} ▾</span>
      </button>
      {open ? (
        <ul ref={list} id={menuId} role="menu" aria-label={`${user.name}’s account`} className="user-menu-list" onKeyDown={onMenuKey}>
          {ITEMS.map((item, i) => (
            <li key={item} role="none">
              <button type="button" role="menuitem" tabIndex={i === focusIndex ? 0 : -1} className="user-menu-item" onClick={() => choose(item)}>
                {LABELS[item]}
              </button>
            </li>
          ))}
        </ul>
      ) : null}
      <ChangePasswordDialog open={passwordOpen} onClose={() => setPasswordOpen(false)} />
    </div>
  );
}
