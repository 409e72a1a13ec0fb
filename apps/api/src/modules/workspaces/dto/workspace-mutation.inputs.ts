import { Field, ID, InputType } from '@nestjs/graphql';

@InputType({ description: 'A new name for a workspace.' })
export class RenameWorkspaceInput {
  @Field(() => ID) id: string;
  @Field() name: string;
}

@InputType({ description: 'Deletes a workspace with everything in it; the name must be typed again to confirm.' })
export class DeleteWorkspaceInput {
  @Field(() => ID) id: string;
  @Field({ description: "The workspace's current name, typed by the owner as a confirmation." }) confirmName: string;
}
