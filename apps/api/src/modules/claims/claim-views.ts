import type { ClaimView, CommentView, LinkView } from '@parallax/doc';
import type { Claim, ClaimLink } from './models/claim.model.js';
import type { Comment } from './models/comment.model.js';

/** Maps a link read from the doc to its GraphQL shape. */
export function linkFromView(l: LinkView): ClaimLink {
  return {
    claimId: l.claimId,
    segmentId: l.segmentId,
    articleId: l.articleId,
    relation: l.relation,
    flags: l.flags,
    origin: l.origin,
    confidence: l.confidence,
    linkedById: l.linkedBy,
  };
}

/** Maps a claim read from the doc (with its links) to its GraphQL shape. */
export function claimFromView(comparisonId: string, c: ClaimView): Claim {
  return {
    id: c.id,
    comparisonId,
    label: c.label,
    topic: c.topic,
    position: c.position,
    note: c.note,
    origin: c.origin,
    links: c.links.map(linkFromView),
  };
}

/** Maps a comment read from the doc to its GraphQL shape. */
export function commentFromView(c: CommentView): Comment {
  return {
    id: c.id,
    threadId: c.threadId,
    parentId: c.parentId,
    claimId: c.anchor.kind === 'claim' ? c.anchor.claimId : null,
    segmentId: c.anchor.kind === 'segment' ? c.anchor.segmentId : null,
    start: c.anchor.kind === 'segment' ? c.anchor.start : null,
    end: c.anchor.kind === 'segment' ? c.anchor.end : null,
    body: c.body,
    authorId: c.authorId,
    authorName: c.authorName,
    createdAt: new Date(c.createdAt),
    resolved: c.resolved,
    resolvedById: c.resolvedBy,
    detached: c.detached,
  };
}
