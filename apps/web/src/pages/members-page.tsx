import { useQuery } from '@apollo/client/react';
import { Alert } from '../components/ui/alert';
import { PageHeader } from '../components/ui/page-header';
import { SkeletonLines } from '../components/ui/skeleton';
import { useMe } from '../features/auth/hooks/use-me';
import { InviteMemberForm } from '../features/workspaces/components/invite-member-form';
import { MembersTable } from '../features/workspaces/components/members-table';
import { useCurrentWorkspace } from '../features/workspaces/hooks/use-workspaces';
import { WorkspaceMembersDocument } from '../gql/graphql';
import { errorMessage } from '../lib/errors';

/** The workspace's members and roles; owners invite people and change roles. */
export function MembersPage() {
  const { workspaceId, isOwner } = useCurrentWorkspace();
  const { me } = useMe();
  const { data, loading, error } = useQuery(WorkspaceMembersDocument, { variables: { id: workspaceId! }, skip: !workspaceId });
  return (
    <main className="page stack" id="main">
      <PageHeader
        title="Members"
        subtitle={isOwner ? 'Owners manage members; editors import and edit comparisons; viewers read.' : 'Only owners can invite people or change roles.'}
      />
      {isOwner && workspaceId && <InviteMemberForm workspaceId={workspaceId} />}
      {error && <Alert>{errorMessage(error)}</Alert>}
      {loading && !data ? (
        <SkeletonLines lines={4} label="Loading members" />
      ) : (
        data?.workspace && <MembersTable workspaceId={data.workspace.id} members={data.workspace.members} isOwner={isOwner} meId={me?.id ?? null} />
      )}
    </main>
  );
}
