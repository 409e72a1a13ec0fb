import type { CSSProperties } from 'react';

/** A grey placeholder of fixed size shown while data loads, so the layout does not jump when it arrives. */
export function Skeleton({
  width = '100%',
  height = '1em',
  style,
}: {
  width?: CSSProperties['width'];
  height?: CSSProperties['height'];
  style?: CSSProperties;
}) {
  return <span className="skeleton" aria-hidden="true" style={{ width, height, ...style }} />;
}

/** A stack of skeleton lines inside a region announced as busy. */
export function SkeletonLines({ lines = 3, label = 'Loading' }: { lines?: number; label?: string }) {
  return (
    <div role="status" aria-busy="true" aria-label={label} className="skeleton-lines">
      {Array.from({ length: lines }, (_, i) => (
        <Skeleton key={i} width={`${90 - ((i * 17) % 35)}%`} height="1.1em" />
      ))}
    </div>
  );
}
