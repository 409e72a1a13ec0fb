import { Field, GraphQLISODateTime, ID, ObjectType } from '@nestjs/graphql';

@ObjectType({ description: 'One change of a thread, from its append-only history: who did what, when.' })
export class ThreadHistoryEntry {
  @Field(() => ID) id: string;
  @Field({ description: 'SUGGEST | ACCEPT | REJECT | RENAME | MERGE | SPLIT | ADD_CLAIM | REMOVE_CLAIM | IMPORT' }) kind: string;
  @Field(() => ID, { nullable: true, description: 'Who made the change; null for the seed or a script without a user.' })
  actorId: string | null;
  @Field(() => String, { nullable: true, description: 'The display name of the actor.' }) actorName: string | null;
  @Field(() => GraphQLISODateTime) at: Date;
  @Field(() => [ID], { description: 'Every thread the change touched (a merge or split touches several).' }) threadIds: string[];
  @Field({ description: 'The change in one plain sentence, e.g. "renamed from “CPEC” to “CPEC security”".' }) summary: string;
}
