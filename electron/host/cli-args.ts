import { parseArgs } from 'node:util';

export interface CliOptions {
  dataDir?: string;
  /** Absent: the port this library used last time (or a free one). */
  port?: number;
  /** Where the built renderer is; the desktop shell passes its own. */
  staticDir?: string;
  /** `--demo`: start with the sample workshop (templates/demo-workshop.ts) so a newcomer sees a finished class. */
  demo: boolean;
  /**
   * `--classroom-address IP` (repeatable): the addresses the classroom may open on, instead of those this computer's
   * adapters list. The end-to-end tests use loopback aliases (127.0.0.2) as the classroom network this way.
   */
  classroomAddresses?: string[];
}

/**
 * `--data DIR --port N --static DIR --demo --classroom-address IP`; throws a readable error for anything else. The host
 * listens on 127.0.0.1 only; beyond it only when the trainer opens the classroom (on one address, for participants).
 */
export function parseCliArgs(argv: string[]): CliOptions {
  const { values } = parseArgs({
    args: argv,
    options: {
      data: { type: 'string' },
      port: { type: 'string' },
      static: { type: 'string' },
      demo: { type: 'boolean', default: false },
      'classroom-address': { type: 'string', multiple: true },
    },
    strict: true,
  });
  const port = values.port === undefined ? undefined : Number(values.port);
  if (port !== undefined && (!Number.isInteger(port) || port < 0 || port > 65535)) throw new Error(`--port must be a whole number from 0 to 65535, not "${values.port}"`);
  const classroomAddresses = values['classroom-address'];
  for (const address of classroomAddresses ?? []) {
    if (!/^\d{1,3}(\.\d{1,3}){3}$/.test(address)) throw new Error(`--classroom-address must be an IPv4 address, not "${address}"`);
  }
  return { dataDir: values.data, port, staticDir: values.static, demo: values.demo, ...(classroomAddresses ? { classroomAddresses } : {}) };
}
