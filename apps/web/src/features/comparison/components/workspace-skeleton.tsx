import { Skeleton } from '../../../components/ui/skeleton';

/** The workspace's shape while the comparison and its doc load, so nothing jumps when they arrive. */
export function WorkspaceSkeleton() {
  return (
    <div className="workspace" role="status" aria-busy="true" aria-label="Loading the comparison">
      <div className="ws-toolbar">
        <div className="ws-title">
          <Skeleton width={320} height={26} />
          <Skeleton width={140} height={14} />
        </div>
      </div>
      <div className="ws-body">
        <div className="ws-main skeleton-grid">
          {Array.from({ length: 6 }, (_, r) => (
            <div key={r} className="skeleton-row">
              <Skeleton width={200} height={48} />
              {Array.from({ length: 4 }, (_, c) => (
                <Skeleton key={c} width={260} height={48} />
              ))}
            </div>
          ))}
        </div>
      </div>
    </div>
  );
}
