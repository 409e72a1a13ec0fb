import { Module } from '@nestjs/common';
import { CollabModule } from '../../collab/collab.module.js';
import { ClaimEditsResolver } from './claim-edits.resolver.js';
import { ClaimEditsService } from './claim-edits.service.js';
import { ClaimLinkResolver, ClaimResolver } from './claim.resolver.js';
import { ComparisonClaimsResolver } from './comparison-claims.resolver.js';

/**
 * Claims, their links and comments in GraphQL: reads from the projection (through the request loaders),
 * edits as transactions on the comparison's live doc, and the `comparisonChanged` subscription.
 */
@Module({
  imports: [CollabModule],
  providers: [ClaimEditsService, ClaimEditsResolver, ClaimResolver, ClaimLinkResolver, ComparisonClaimsResolver],
})
export class ClaimsModule {}
