import { describe, expect, it } from 'vitest';
import { acceptSender } from '../../../src/core/messages/accept-sender';

const OWN = 'abcdefghijklmnopabcdefghijklmnop';

describe('acceptSender: who may message the background', () => {
  it('accepts our own content script in the top frame of a tab, and gives its tab id', () => {
    expect(acceptSender({ id: OWN, tab: { id: 7 }, frameId: 0 }, OWN)).toBe(7);
    expect(acceptSender({ id: OWN, tab: { id: 0 }, frameId: 0 }, OWN)).toBe(0);
  });

  it('ignores another extension, a sub-frame, an extension page without a tab, and malformed senders', () => {
    for (const sender of [
      undefined,
      {},
      { id: 'another-extension', tab: { id: 7 }, frameId: 0 },
      { id: undefined, tab: { id: 7 }, frameId: 0 },
      { id: OWN, tab: { id: 7 }, frameId: 3 }, // an ad or embed inside the page
      { id: OWN, tab: { id: 7 } }, // no frame id
      { id: OWN, frameId: 0 }, // our own popup or options page: no tab, it has nothing to ask here
      { id: OWN, tab: {}, frameId: 0 },
      { id: OWN, tab: { id: -1 }, frameId: 0 }, // TAB_ID_NONE
      { id: OWN, tab: { id: 1.5 }, frameId: 0 },
      { id: OWN, tab: { id: '7' as unknown as number }, frameId: 0 },
      { id: OWN, tab: { id: 7 }, frameId: '0' as unknown as number },
    ])
      expect(acceptSender(sender, OWN), JSON.stringify(sender)).toBeNull();
  });

  it('never matches when our own id is unknown', () => {
    expect(acceptSender({ id: '', tab: { id: 7 }, frameId: 0 }, '')).toBeNull();
    expect(acceptSender({ id: undefined, tab: { id: 7 }, frameId: 0 }, undefined as unknown as string)).toBeNull();
  });
});
