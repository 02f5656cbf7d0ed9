import { parseArgs } from 'node:util';

export interface CliOptions {
  dataDir?: string;
  /** Absent: the port this library used last time (or a free one). */
  port?: number;
  /** Where the built renderer is; the desktop shell passes its own. */
  staticDir?: string;
  /** `--demo`: start with the sample workshop (templates/demo-workshop.ts) so a newcomer sees a finished class. */
  demo: boolean;
}

/**
 * `--data DIR --port N --static DIR --demo`; throws a readable error for anything else. There is deliberately no way to
 * listen beyond 127.0.0.1 yet: that waits for participant tokens and roles, so a LAN link never grants the trainer's role.
 */
export function parseCliArgs(argv: string[]): CliOptions {
  const { values } = parseArgs({
    args: argv,
    options: {
      data: { type: 'string' },
      port: { type: 'string' },
      static: { type: 'string' },
      demo: { type: 'boolean', default: false },
    },
    strict: true,
  });
  const port = values.port === undefined ? undefined : Number(values.port);
  if (port !== undefined && (!Number.isInteger(port) || port < 0 || port > 65535)) throw new Error(`--port must be a whole number from 0 to 65535, not "${values.port}"`);
  return { dataDir: values.data, port, staticDir: values.static, demo: values.demo };
}
