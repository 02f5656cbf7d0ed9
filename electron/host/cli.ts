import { launchFromArgs } from './launch.ts';

/** `npm run serve`: the whole app without Electron, for a browser. Prints the trainer's link on one line. */
try {
  const host = await launchFromArgs(process.argv.slice(2));
  console.log(host.url);
  const stop = () => void host.close().then(() => process.exit(0));
  process.on('SIGINT', stop);
  process.on('SIGTERM', stop);
} catch (error) {
  console.error(error instanceof Error ? error.message : error);
  process.exit(1);
}
