import { Field, GraphQLISODateTime, ID, Int, ObjectType } from '@nestjs/graphql';
import { Claim, ClaimLink } from '../../claims/models/claim.model.js';

@ObjectType({ description: 'A named version of a comparison doc, to compare with or restore.' })
export class ComparisonVersion {
  @Field(() => ID) id: string;
  @Field(() => ID) comparisonId: string;
  @Field() name: string;
  @Field(() => ID, { nullable: true }) createdById: string | null;
  @Field(() => GraphQLISODateTime) createdAt: Date;
}

@ObjectType({ description: 'A claim whose label changed.' })
export class ClaimRename {
  @Field(() => ID) claimId: string;
  @Field() from: string;
  @Field() to: string;
}

@ObjectType({ description: 'A claim whose topic, note or position changed.' })
export class ClaimFieldChange {
  @Field(() => ID) claimId: string;
  @Field(() => [String]) fields: string[];
}

@ObjectType({ description: 'A link present on both sides whose relation, flags, origin or confidence changed.' })
export class LinkChange {
  @Field(() => ClaimLink) before: ClaimLink;
  @Field(() => ClaimLink) after: ClaimLink;
  @Field(() => [String]) fields: string[];
}

@ObjectType({ description: 'What changed from one state of a comparison doc to another.' })
export class VersionDiff {
  @Field(() => [Claim]) claimsAdded: Claim[];
  @Field(() => [Claim]) claimsRemoved: Claim[];
  @Field(() => [ClaimRename]) claimsRenamed: ClaimRename[];
  @Field(() => [ClaimFieldChange]) claimsChanged: ClaimFieldChange[];
  @Field(() => [ClaimLink]) linksAdded: ClaimLink[];
  @Field(() => [ClaimLink]) linksRemoved: ClaimLink[];
  @Field(() => [LinkChange]) linksChanged: LinkChange[];
  @Field(() => Int) commentsAdded: number;
  @Field(() => Int) commentsRemoved: number;
}

@ObjectType({ description: 'The result of restoreVersion: the version restored and what the restore changed.' })
export class RestoreVersionResult {
  @Field(() => ComparisonVersion) version: ComparisonVersion;
  @Field(() => VersionDiff) changes: VersionDiff;
}
