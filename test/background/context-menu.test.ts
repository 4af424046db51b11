import { beforeEach, describe, expect, it, vi } from 'vitest';

const api = vi.hoisted(() => ({
  createMenuItem: vi.fn(),
  onMenuClicked: vi.fn(),
  openExtensionTab: vi.fn(async () => undefined),
  message: vi.fn((key: string) => `«${key}»`),
}));
vi.mock('../../src/platform/browser-api', () => api);

const { READER_MENU_ID, SELECTION_MENU_ID, listenForContextMenu, onContextMenuClicked, registerContextMenu } =
  await import('../../src/background/context-menu');

describe('the "Open in reader" menu entry', () => {
  beforeEach(() => vi.clearAllMocks());

  it('is created for pages, with its title from _locales', () => {
    registerContextMenu();
    expect(api.createMenuItem).toHaveBeenCalledWith({ id: READER_MENU_ID, title: '«openInReader»', contexts: ['page'] });
  });

  it('opens the full-tab reader for the tab that was clicked', async () => {
    await onContextMenuClicked({ menuItemId: READER_MENU_ID }, { id: 42 });
    expect(api.openExtensionTab).toHaveBeenCalledWith('popup/popup.html?tab=42&view=tab');
  });

  it('reads a selection in the full-tab reader from an entry of its own, on selected text only', async () => {
    registerContextMenu();
    expect(api.createMenuItem).toHaveBeenCalledWith({ id: SELECTION_MENU_ID, title: '«readSelectionMenu»', contexts: ['selection'] });
    await onContextMenuClicked({ menuItemId: SELECTION_MENU_ID }, { id: 9 });
    expect(api.openExtensionTab).toHaveBeenCalledWith('popup/popup.html?tab=9&view=tab');
  });

  it('ignores other entries and clicks without a tab (devtools, a closed tab)', async () => {
    await onContextMenuClicked({ menuItemId: 'something-else' }, { id: 42 });
    await onContextMenuClicked({ menuItemId: READER_MENU_ID }, undefined);
    await onContextMenuClicked({ menuItemId: READER_MENU_ID }, { id: -1 });
    expect(api.openExtensionTab).not.toHaveBeenCalled();
  });

  it('listens through the platform layer', async () => {
    listenForContextMenu();
    const listener = api.onMenuClicked.mock.calls[0]?.[0] as (info: { menuItemId: string }, tab: { id: number }) => void;
    listener({ menuItemId: READER_MENU_ID }, { id: 7 });
    await Promise.resolve();
    expect(api.openExtensionTab).toHaveBeenCalledWith('popup/popup.html?tab=7&view=tab');
  });
});
