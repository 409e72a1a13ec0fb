import { Field, ID, InputType, ObjectType } from '@nestjs/graphql';

@InputType({ description: 'A new title for a comparison.' })
export class RenameComparisonInput {
  @Field(() => ID) id: string;
  @Field() title: string;
}

@InputType({ description: 'The comparison to delete, with its claims, notes, comments and history.' })
export class DeleteComparisonInput {
  @Field(() => ID) id: string;
}

@ObjectType({ description: 'What a delete removed.' })
export class DeletedComparison {
  @Field(() => ID) id: string;
  @Field() title: string;
  @Field(() => ID) workspaceId: string;
}
