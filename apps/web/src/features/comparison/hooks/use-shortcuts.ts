import { useEffect, useRef } from 'react';

/** Handlers of the workspace's single-key shortcuts (see ShortcutsHelp for the list). */
export type ShortcutMap = Partial<
  Record<
    | 'next'
    | 'prev'
    | 'rename'
    | 'note'
    | 'moveUp'
    | 'moveDown'
    | 'newClaim'
    | 'movePicked'
    | 'check'
    | 'toggleView'
    | 'help'
    | 'escape'
    | 'undo'
    | 'redo',
    () => void
  >
>;

function typingIn(target: EventTarget | null): boolean {
  const el = target as HTMLElement | null;
  if (!el) return false;
  return el.isContentEditable || ['INPUT', 'TEXTAREA', 'SELECT'].includes(el.tagName);
}

/**
 * Binds the shortcuts on the window. Keys typed into a field are left alone (except Escape), and nothing
 * fires while a modal dialog is open, so shortcuts never steal a journalist's typing.
 */
export function useShortcuts(map: ShortcutMap): void {
  const ref = useRef(map);
  ref.current = map;
  useEffect(() => {
    const onKey = (e: KeyboardEvent) => {
      const m = ref.current;
      const typing = typingIn(e.target);
      if (e.key === 'Escape') {
        if (!document.querySelector('dialog[open]')) m.escape?.();
        return;
      }
      if (document.querySelector('dialog[open]')) return;
      const mod = e.ctrlKey || e.metaKey;
      if (mod && e.key.toLowerCase() === 'z' && !typing) {
        e.preventDefault();
        (e.shiftKey ? m.redo : m.undo)?.();
        return;
      }
      if (typing || mod) return;
      if (e.altKey && (e.key === 'ArrowUp' || e.key === 'ArrowDown')) {
        e.preventDefault();
        (e.key === 'ArrowUp' ? m.moveUp : m.moveDown)?.();
        return;
      }
      if (e.altKey) return;
      const action: Record<string, keyof ShortcutMap> = {
        j: 'next',
        k: 'prev',
        r: 'rename',
        Enter: 'rename',
        n: 'note',
        c: 'newClaim',
        m: 'movePicked',
        x: 'check',
        v: 'toggleView',
        '?': 'help',
      };
      const name = action[e.key];
      // Enter on a focused button or link keeps its own meaning.
      if (
        e.key === 'Enter' &&
        (e.target as HTMLElement | null)?.closest?.('button, a, summary') &&
        !(e.target as HTMLElement).dataset.claimId
      )
        return;
      const handler = name && m[name];
      if (handler) {
        e.preventDefault();
        handler();
      }
    };
    window.addEventListener('keydown', onKey);
    return () => window.removeEventListener('keydown', onKey);
  }, []);
}
