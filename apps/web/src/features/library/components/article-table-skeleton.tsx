import { Skeleton } from '../../../components/ui/skeleton';

/** Placeholder rows with the table's shape, so the page does not jump when articles arrive. */
export function ArticleTableSkeleton({ rows = 5 }: { rows?: number }) {
  return (
    <div role="status" aria-busy="true" aria-label="Loading articles" className="card">
      {Array.from({ length: rows }, (_, i) => (
        <div key={i} className="skeleton-row">
          <Skeleton width={18} height={18} />
          <Skeleton width={120} />
          <Skeleton width={`${50 - (i % 3) * 8}%`} />
          <Skeleton width={90} />
        </div>
      ))}
    </div>
  );
}
