import { EventEmitter } from 'node:events';
import { Injectable } from '@nestjs/common';

/** A member's role changed or the member was removed; listeners re-check what that user may still do. */
export interface MembershipChanged {
  workspaceId: string;
  userId: string;
}

/** A session was ended or an API token revoked: every connection opened with it must close. */
export interface CredentialRevoked {
  userId: string;
  /** The hash of the token (Viewer.credential). */
  credential: string;
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

  /** Announces that a session or API token (by its hash) was revoked (after it is committed). */
  revoked(change: CredentialRevoked): void {
    this.emitter.emit('revoked', change);
  }

  /** Calls `listener` for every revoked credential; returns a function that stops listening. */
  onRevoked(listener: (change: CredentialRevoked) => void): () => void {
    this.emitter.on('revoked', listener);
    return () => this.emitter.off('revoked', listener);
  }

  /** Calls `listener` for every change; returns a function that stops listening. */
  on(listener: (change: MembershipChanged) => void): () => void {
    this.emitter.on('changed', listener);
    return () => this.emitter.off('changed', listener);
  }
}
