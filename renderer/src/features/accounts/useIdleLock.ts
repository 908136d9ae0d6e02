import { useEffect, useRef } from 'react';
import { call } from '../../api/client';
import { msUntilLock } from './model/session';

/** What counts as someone being at the window. */
const ACTIVITY = ['keydown', 'pointerdown', 'pointermove', 'wheel', 'touchstart'] as const;

/**
 * Locks after `lockAfterMinutes` without a key or pointer. The host counts its own inactivity from
 * calls, and a person reading a long transcript makes none: while they are active, a small read
 * (archive.info) now and then tells the host they are there. If the host locked already, that
 * call answers 'unauthenticated' and the client's listener locks this window.
 */
export function useIdleLock(active: boolean, lockAfterMinutes: number, lock: () => void): void {
  const lockRef = useRef(lock);
  useEffect(() => {
    lockRef.current = lock;
  });

  useEffect(() => {
    if (!active) return;
    const lockAfterMs = lockAfterMinutes * 60_000;
    const keepAliveMs = Math.min(60_000, lockAfterMs / 3);
    let lastActivity = Date.now();
    let lastKeepAlive = lastActivity;
    let timer: ReturnType<typeof setTimeout>;

    const check = () => {
      const left = msUntilLock(lastActivity, Date.now(), lockAfterMs);
      if (left <= 0) lockRef.current();
      else timer = setTimeout(check, left);
    };
    const onActivity = () => {
      lastActivity = Date.now();
      if (lastActivity - lastKeepAlive < keepAliveMs) return;
      lastKeepAlive = lastActivity;
      void call('archive.info', {});
    };

    timer = setTimeout(check, lockAfterMs);
    for (const type of ACTIVITY) window.addEventListener(type, onActivity, { capture: true, passive: true });
    return () => {
      clearTimeout(timer);
      for (const type of ACTIVITY) window.removeEventListener(type, onActivity, { capture: true });
    };
  }, [active, lockAfterMinutes]);
}
