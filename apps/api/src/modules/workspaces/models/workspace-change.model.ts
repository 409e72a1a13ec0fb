import { Field, ID, ObjectType, registerEnumType } from '@nestjs/graphql';

/** Why the viewer's list of workspaces (or their role in one) changed. */
export enum WorkspaceChangeKind {
  /** Invited to a workspace (not yet a member); re-query `invitations`. Also sent when the invitation is withdrawn. */
  INVITED = 'INVITED',
  ADDED = 'ADDED',
  /** Sent to the owners: an invitation was accepted or declined; re-query the members and invitations. */
  MEMBERS_CHANGED = 'MEMBERS_CHANGED',
  ROLE_CHANGED = 'ROLE_CHANGED',
  REMOVED = 'REMOVED',
  RENAMED = 'RENAMED',
  DELETED = 'DELETED',
}
registerEnumType(WorkspaceChangeKind, { name: 'WorkspaceChangeKind', description: "Why the viewer's workspaces changed." });

@ObjectType({ description: "A change to the viewer's workspaces: sent live so an open app needs no reload." })
export class WorkspaceChange {
  @Field(() => ID) workspaceId: string;
  @Field(() => WorkspaceChangeKind) kind: WorkspaceChangeKind;
}

@ObjectType({ description: 'What a delete removed.' })
export class DeletedWorkspace {
  @Field(() => ID) id: string;
  @Field() name: string;
}
