import { useEffect, useState } from 'react';

/**
 * False on the first render, true once the browser has painted what that render committed (the frame
 * after it, then a task). Work that blocks the main thread (applying a stored Y.Doc, decoding a large
 * answer) waits for it, so the page shows something first. Without requestAnimationFrame (jsdom) it
 * flips after one task.
 */
export function usePainted(key?: unknown): boolean {
  const [painted, setPainted] = useState<{ key: unknown } | null>(null);
  useEffect(() => {
    let timer: ReturnType<typeof setTimeout> | undefined;
    let frame = 0;
    const done = () => {
      timer = setTimeout(() => setPainted({ key }), 0);
    };
    if (typeof requestAnimationFrame === 'function') frame = requestAnimationFrame(done);
    else done();
    return () => {
      if (frame) cancelAnimationFrame(frame);
      if (timer) clearTimeout(timer);
    };
  }, [key]);
  return painted !== null && painted.key === key;
}
