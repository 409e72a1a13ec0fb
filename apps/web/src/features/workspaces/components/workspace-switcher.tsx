import { useNavigate } from 'react-router';
import { lastWorkspace, useCurrentWorkspace, useWorkspaces } from '../hooks/use-workspaces';

const NEW = '__new__';

/** A select of the viewer's workspaces; choosing one opens its library, "New workspace…" opens the form. */
export function WorkspaceSwitcher({ onCreate }: { onCreate: () => void }) {
  const { workspaces, loading } = useWorkspaces();
  const current = useCurrentWorkspace().workspaceId ?? lastWorkspace();
  const workspaceId = workspaces.some((w) => w.id === current) ? current : null;
  const navigate = useNavigate();
  if (loading) return <span className="skeleton" style={{ width: 160, height: 30 }} aria-hidden="true" />;
  return (
    <label className="workspace-switcher">
      <span className="visually-hidden">Workspace</span>
      <select
        value={workspaceId ?? ''}
        onChange={(e) => {
          if (e.target.value === NEW) onCreate();
          else navigate(`/w/${e.target.value}`);
        }}
      >
        {!workspaceId && <option value="">Choose a workspace</option>}
        {workspaces.map((w) => (
          <option key={w.id} value={w.id}>
            {w.name}
          </option>
        ))}
        <option value={NEW}>New workspace…</option>
      </select>
    </label>
  );
}
