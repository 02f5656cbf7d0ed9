import { describe, expect, it } from 'vitest';
import { parseCliArgs } from './cli-args.ts';

describe('npm run serve arguments', () => {
  it('takes a data folder and a port; without one, the port the library used last', () => {
    expect(parseCliArgs(['--data', '/tmp/x', '--port', '4610'])).toEqual({ dataDir: '/tmp/x', port: 4610, staticDir: undefined, demo: false });
    expect(parseCliArgs([]).port).toBeUndefined();
  });

  it('takes --demo as a switch, off unless given', () => {
    expect(parseCliArgs(['--demo']).demo).toBe(true);
    expect(parseCliArgs(['--data', '/tmp/x']).demo).toBe(false);
    expect(() => parseCliArgs(['--demo=yes'])).toThrow();
  });

  it('refuses a bad port and unknown flags (there is no way to listen beyond 127.0.0.1 yet)', () => {
    expect(() => parseCliArgs(['--port', 'abc'])).toThrow(/--port must be a whole number/);
    expect(() => parseCliArgs(['--port', '70000'])).toThrow(/--port/);
    expect(() => parseCliArgs(['--host', '0.0.0.0'])).toThrow();
  });
});
