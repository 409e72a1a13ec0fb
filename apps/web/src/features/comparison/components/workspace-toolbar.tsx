import type { ReactNode } from 'react';

/** The workspace's title row: title, view switch and the action buttons given as children. */
export function WorkspaceToolbar({
  title,
  subtitle,
  view,
  onView,
  children,
}: {
  title: string;
  subtitle: string;
  view: 'side-by-side' | 'coverage';
  onView: (v: 'side-by-side' | 'coverage') => void;
  children: ReactNode;
}) {
  return (
    <div className="ws-toolbar">
      <div className="ws-title">
        <h1 title={title}>{title}</h1>
        <span className="muted small">{subtitle}</span>
      </div>
      <div role="tablist" aria-label="View" className="tabs tabs-compact">
        <button type="button" role="tab" aria-selected={view === 'side-by-side'} onClick={() => onView('side-by-side')}>
          Side by side
        </button>
        <button type="button" role="tab" aria-selected={view === 'coverage'} onClick={() => onView('coverage')}>
          Coverage
        </button>
      </div>
      <div className="ws-actions">{children}</div>
    </div>
  );
}
