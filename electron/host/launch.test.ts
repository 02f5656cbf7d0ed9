import { join } from 'node:path';
import { describe, expect, it, vi } from 'vitest';

vi.mock('./host.ts', () => ({ startHost: vi.fn(async (options: unknown) => ({ options })) }));
const { startHost } = await import('./host.ts');
const { launchFromArgs } = await import('./launch.ts');

describe('launchFromArgs (npm run serve, npm start in a browser, the desktop host process)', () => {
  it('hands --demo to the host, and only when given', async () => {
    await launchFromArgs(['--data', join('/tmp', 'lib'), '--demo']);
    await launchFromArgs(['--data', join('/tmp', 'lib')]);
    const calls = vi.mocked(startHost).mock.calls.map(([options]) => options.demo);
    expect(calls).toEqual([true, false]);
  });
});
