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

  it('takes the classroom addresses to offer, and refuses what is not an IPv4 address', () => {
    expect(parseCliArgs(['--classroom-address', '127.0.0.2', '--classroom-address', '127.0.0.3']).classroomAddresses).toEqual(['127.0.0.2', '127.0.0.3']);
    expect(parseCliArgs([]).classroomAddresses).toBeUndefined();
    expect(() => parseCliArgs(['--classroom-address', 'evil.example'])).toThrow(/IPv4/);
  });

  it('refuses a bad port and unknown flags (no flag makes the host listen beyond 127.0.0.1 by itself)', () => {
    expect(() => parseCliArgs(['--port', 'abc'])).toThrow(/--port must be a whole number/);
    expect(() => parseCliArgs(['--port', '70000'])).toThrow(/--port/);
    expect(() => parseCliArgs(['--host', '0.0.0.0'])).toThrow();
  });
});
