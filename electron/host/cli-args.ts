import { parseArgs } from 'node:util';

export interface CliOptions {
  dataDir?: string;
  port: number;
  hostname: string;
  /** Where the built renderer is; the desktop shell passes its own. */
  staticDir?: string;
}

/** `--data DIR --port N --host ADDR --static DIR`; throws a readable error for anything else. */
export function parseCliArgs(argv: string[]): CliOptions {
  const { values } = parseArgs({
    args: argv,
    options: {
      data: { type: 'string' },
      port: { type: 'string' },
      host: { type: 'string' },
      static: { type: 'string' },
    },
    strict: true,
  });
  const port = values.port === undefined ? 0 : Number(values.port);
  if (!Number.isInteger(port) || port < 0 || port > 65535) throw new Error(`--port must be a whole number from 0 to 65535, not "${values.port}"`);
  return { dataDir: values.data, port, hostname: values.host ?? '127.0.0.1', staticDir: values.static };
}
