import { useEffect, useState } from 'react';

/** Returns the value once it has stopped changing for `ms` milliseconds (for search-as-you-type). */
export function useDebouncedValue<T>(value: T, ms = 250): T {
  const [settled, setSettled] = useState(value);
  useEffect(() => {
    const t = window.setTimeout(() => setSettled(value), ms);
    return () => window.clearTimeout(t);
  }, [value, ms]);
  return settled;
}
