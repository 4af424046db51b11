/** The polyfill's one importer: the message listener that answers later. */
import { afterEach, describe, expect, it } from 'vitest';
import { dropFakeBrowser, useFakeBrowser } from '../support/fake-browser';

afterEach(dropFakeBrowser);
const load = () => useFakeBrowser(() => import('../../src/platform/browser-global'));

describe('onMessage', () => {
  it('answers with what the handler resolves to, after returning true to keep the channel open', async () => {
    const { fake, module } = await load();
    module.onMessage(async (message) => ({ echo: message }));
    expect(fake.api.runtime.onMessage.fire('hi', {}, () => undefined)).toEqual([true]);
    expect(await fake.send({ n: 1 }, { id: 'test-extension' })).toEqual({ echo: { n: 1 } });
  });

  it('leaves a message alone when the handler returns nothing, so another listener may answer', async () => {
    const { fake, module } = await load();
    module.onMessage(() => undefined);
    expect(fake.api.runtime.onMessage.fire('hi', {}, () => undefined)).toEqual([undefined]);
    expect(await fake.send('hi', {})).toBeUndefined();
  });

  it('answers undefined, never leaves the sender waiting, when the handler fails', async () => {
    const { fake, module } = await load();
    module.onMessage(async () => {
      throw new Error('broken');
    });
    expect(await fake.send('hi', {})).toBeUndefined();
  });

  it('passes the sender as the browser gave it', async () => {
    const { fake, module } = await load();
    const seen: unknown[] = [];
    module.onMessage(async (_m, sender) => void seen.push(sender));
    await fake.send('hi', { id: 'test-extension', tab: { id: 3 }, frameId: 0 });
    expect(seen).toEqual([{ id: 'test-extension', tab: { id: 3 }, frameId: 0 }]);
  });
});
