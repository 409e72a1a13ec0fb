import { EventEmitter } from 'node:events';
import { Injectable } from '@nestjs/common';

/** A member's role changed or the member was removed; listeners re-check what that user may still do. */
export interface MembershipChanged {
  workspaceId: string;
  userId: string;
}

/**
 * In-process notifications of membership changes. The collab engine listens to close or downgrade the
 * sockets of a removed or demoted member (and forwards the event to other instances).
 */
@Injectable()
export class MembershipEvents {
  private readonly emitter = new EventEmitter();

  /** Announces a change (after it is committed). */
  emit(change: MembershipChanged): void {
    this.emitter.emit('changed', change);
  }

  /** Calls `listener` for every change; returns a function that stops listening. */
  on(listener: (change: MembershipChanged) => void): () => void {
    this.emitter.on('changed', listener);
    return () => this.emitter.off('changed', listener);
  }
}
