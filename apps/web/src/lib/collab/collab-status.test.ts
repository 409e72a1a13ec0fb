import { collabStatus, type ProviderState } from './collab-status';

const base: ProviderState = { socket: 'connecting', synced: false, localLoaded: false, refusal: null };

describe('collabStatus', () => {
  it('is connecting until there is something to show', () => {
    expect(collabStatus(base, false, false)).toEqual({ status: 'connecting' });
    expect(collabStatus({ ...base, localLoaded: true }, false, false)).toEqual({ status: 'connecting' });
  });

  it('shows a synced-before offline copy at once, and an empty one after the grace period', () => {
    expect(collabStatus({ ...base, localLoaded: true }, true, false)).toEqual({ status: 'local', connection: 'connecting' });
    expect(collabStatus({ ...base, localLoaded: true }, false, true)).toEqual({ status: 'local', connection: 'connecting' });
    expect(collabStatus({ ...base, localLoaded: true, socket: 'disconnected' }, false, false)).toEqual({
      status: 'local',
      connection: 'offline',
    });
  });

  it('is synced only while connected and in sync, and refused wins over everything', () => {
    expect(collabStatus({ ...base, localLoaded: true, socket: 'connected', synced: true }, true, true)).toEqual({ status: 'synced' });
    expect(collabStatus({ ...base, localLoaded: true, socket: 'connected', synced: false }, true, true)).toEqual({
      status: 'local',
      connection: 'connecting',
    });
    expect(collabStatus({ ...base, socket: 'connected', synced: true, refusal: 'gone' }, true, true)).toEqual({
      status: 'refused',
      reason: 'gone',
    });
  });
});
