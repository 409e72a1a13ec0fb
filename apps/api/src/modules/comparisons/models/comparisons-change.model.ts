import { Field, ID, ObjectType, registerEnumType } from '@nestjs/graphql';

/** What happened to a comparison of a workspace. */
export enum ComparisonChangeKind {
  CREATED = 'CREATED',
  RENAMED = 'RENAMED',
  DELETED = 'DELETED',
}
registerEnumType(ComparisonChangeKind, { name: 'ComparisonChangeKind', description: 'What happened to a comparison of a workspace.' });

@ObjectType({ description: "A change to a workspace's list of comparisons: sent live so an open library needs no reload." })
export class WorkspaceComparisonsChange {
  @Field(() => ID) workspaceId: string;
  @Field(() => ID) comparisonId: string;
  @Field(() => ComparisonChangeKind) kind: ComparisonChangeKind;
  @Field({ description: 'The title after the change (the last title for a delete).' }) title: string;
  @Field(() => ID, { nullable: true, description: 'Who made the change.' }) actorId: string | null;
}
