import { Alert } from '../components/ui/alert';
import { PageHeader } from '../components/ui/page-header';
import { SkeletonLines } from '../components/ui/skeleton';
import { useMe } from '../features/auth/hooks/use-me';
import { InviteMemberForm } from '../features/workspaces/components/invite-member-form';
import { MembersTable } from '../features/workspaces/components/members-table';
import { SentInvitations } from '../features/workspaces/components/sent-invitations';
import { WorkspaceSettings } from '../features/workspaces/components/workspace-settings';
import { useMembers } from '../features/workspaces/hooks/use-members';
import { useCurrentWorkspace } from '../features/workspaces/hooks/use-workspaces';
import { errorMessage } from '../lib/errors';

/** The workspace's members and roles; owners invite people, change roles, and rename or delete the workspace. */
export function MembersPage() {
  const { workspaceId, isOwner } = useCurrentWorkspace();
  const { me } = useMe();
  const members = useMembers(workspaceId);
  const ws = members.workspace;
  return (
    <main className="page stack" id="main">
      <PageHeader
        title="Members"
        subtitle={
          isOwner
            ? 'Owners manage members; editors import and edit comparisons; viewers read.'
            : 'Only owners can invite people or change roles.'
        }
      />
      {isOwner && workspaceId && <InviteMemberForm members={members} />}
      {isOwner && workspaceId && <SentInvitations workspaceId={workspaceId} />}
      {members.error && <Alert>{errorMessage(members.error)}</Alert>}
      {members.loading ? (
        <SkeletonLines lines={4} label="Loading members" />
      ) : (
        ws && <MembersTable members={ws.members} actions={members} isOwner={isOwner} meId={me?.id ?? null} />
      )}
      {isOwner && ws && <WorkspaceSettings workspace={ws} memberCount={ws.members.length} />}
    </main>
  );
}
