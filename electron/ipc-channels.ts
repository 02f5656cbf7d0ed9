/** The only IPC channels between the page and the shell; preload.ts and main.ts both use these names. */
export const IPC = {
  saveFile: 'satisfy:save-file',
  toggleFullscreen: 'satisfy:toggle-fullscreen',
} as const;
