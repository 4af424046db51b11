import { describe, expect, it } from 'vitest';
import { parseMessage } from '../../../src/core/messages/protocol';

describe('parseMessage', () => {
  it('accepts our messages in their exact shape', () => {
    expect(
      parseMessage({
        type: 'auto:candidate',
        payload: { url: 'https://a.example/x', navigation: 'reload', paywalled: false, articleSignals: true },
      }),
    ).toEqual({
      type: 'auto:candidate',
      payload: { url: 'https://a.example/x', navigation: 'reload', paywalled: false, articleSignals: true },
    });
    expect(parseMessage({ type: 'reader:closed', payload: { url: 'http://127.0.0.1:8080/a' } })).toEqual({
      type: 'reader:closed',
      payload: { url: 'http://127.0.0.1:8080/a' },
    });
    expect(parseMessage({ type: 'reader:need-font', payload: { url: 'https://a.example/' } })).toEqual({
      type: 'reader:need-font',
      payload: { url: 'https://a.example/' },
    });
    expect(parseMessage({ type: 'reader:need-tools', payload: { url: 'https://a.example/' } })).toEqual({
      type: 'reader:need-tools',
      payload: { url: 'https://a.example/' },
    });
  });

  it('drops unknown names, missing or wrong fields, and non-web URLs', () => {
    for (const bad of [
      null,
      'auto:candidate',
      { type: 'auto:candidate' },
      { type: 'reader:open-everything', payload: { url: 'https://a.example/' } },
      { type: 'auto:candidate', payload: { url: 'https://a.example/', navigation: 'teleport', paywalled: false, articleSignals: false } },
      { type: 'auto:candidate', payload: { url: 'https://a.example/', navigation: 'navigate', paywalled: 'yes', articleSignals: false } },
      { type: 'reader:closed', payload: { url: 'javascript:alert(1)' } },
      { type: 'reader:closed', payload: { url: `https://a.example/${'x'.repeat(9000)}` } },
    ])
      expect(parseMessage(bad)).toBeNull();
  });
});
