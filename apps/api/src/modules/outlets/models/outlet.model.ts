import { Field, ID, ObjectType } from '@nestjs/graphql';

@ObjectType({ description: 'A news organisation (or an official source) that published articles.' })
export class Outlet {
  @Field(() => ID) id: string;
  @Field() name: string;
  @Field(() => String, { nullable: true }) domain: string | null;
  @Field(() => String, { nullable: true }) country: string | null;
}
