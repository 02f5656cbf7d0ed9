import { describe, expect, it } from 'vitest';
import { externalUrlToOpen, isAllowedNavigation, isPresenterWindow, isAllowedPermission, safeSuggestedName, WEB_PREFERENCES } from './security-policy.ts';

describe('Electron security policy', () => {
  it('isolates the page: context isolation, sandbox, no Node', () => {
    expect(WEB_PREFERENCES).toMatchObject({ contextIsolation: true, sandbox: true, nodeIntegration: false, webSecurity: true, webviewTag: false });
  });

  it('allows navigation only within the host’s origin', () => {
    const host = 'http://127.0.0.1:4123';
    expect(isAllowedNavigation('http://127.0.0.1:4123/#/w/abc', host)).toBe(true);
    expect(isAllowedNavigation('http://127.0.0.1:4124/', host)).toBe(false);
    expect(isAllowedNavigation('https://example.com/', host)).toBe(false);
    expect(isAllowedNavigation('file:///etc/passwd', host)).toBe(false);
    expect(isAllowedNavigation('not a url', host)).toBe(false);
  });

  it('opens a second window only for a workshop’s presenter view on the host', () => {
    const host = 'http://127.0.0.1:4123';
    expect(isPresenterWindow('http://127.0.0.1:4123/#/w/abcdefgh12/presenter', host)).toBe(true);
    expect(isPresenterWindow('http://127.0.0.1:4123/#/w/abcdefgh12/standard', host)).toBe(false);
    expect(isPresenterWindow('http://127.0.0.1:4124/#/w/abcdefgh12/presenter', host)).toBe(false);
    expect(isPresenterWindow('https://example.com/#/w/abcdefgh12/presenter', host)).toBe(false);
    expect(isPresenterWindow('http://127.0.0.1:4123/#/w/abcdefgh12/presenter/../x', host)).toBe(false);
  });

  it('hands web links to the browser and drops other schemes', () => {
    expect(externalUrlToOpen('https://example.com/a')).toBe('https://example.com/a');
    expect(externalUrlToOpen('file:///C:/Windows/system32/calc.exe')).toBeNull();
    expect(externalUrlToOpen('javascript:alert(1)')).toBeNull();
  });

  it('grants only fullscreen and clipboard writes', () => {
    expect(isAllowedPermission('fullscreen')).toBe(true);
    for (const p of ['media', 'geolocation', 'notifications', 'openExternal', 'midi']) expect(isAllowedPermission(p)).toBe(false);
  });

  it('reduces a suggested file name to a plain name', () => {
    expect(safeSuggestedName('成果1_考核标准.docx')).toBe('成果1_考核标准.docx');
    expect(safeSuggestedName('../../evil.docx')).toBe('.._.._evil.docx');
    expect(safeSuggestedName('..')).toBeNull();
    expect(safeSuggestedName(42)).toBeNull();
  });
});
