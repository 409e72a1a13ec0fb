import type { Role } from '../../../gql/graphql';

/** What each role may do, in words a user can choose from. */
export const ROLE_LABELS: Record<Role, string> = {
  OWNER: 'Owner — manages members',
  EDITOR: 'Editor — imports and edits',
  VIEWER: 'Viewer — reads only',
};

/** A select of the three roles. */
export function RoleSelect({
  value,
  onChange,
  label,
  disabled,
}: {
  value: Role;
  onChange: (role: Role) => void;
  label: string;
  disabled?: boolean;
}) {
  return (
    <select aria-label={label} value={value} disabled={disabled} onChange={(e) => onChange(e.target.value as Role)}>
      {(Object.keys(ROLE_LABELS) as Role[]).map((r) => (
        <option key={r} value={r}>
          {ROLE_LABELS[r]}
        </option>
      ))}
    </select>
  );
}
