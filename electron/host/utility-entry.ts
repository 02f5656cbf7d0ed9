import { launchFromArgs } from './launch.ts';

/**
 * Entry of the host when the desktop shell runs it in an Electron utilityProcess (a plain Node process, so
 * database work and Word exports never block the window). Reports its link, or why it could not start.
 */
interface ParentPort {
  postMessage(message: { url: string } | { error: string }): void;
}
const parentPort = (process as unknown as { parentPort?: ParentPort }).parentPort;

try {
  const host = await launchFromArgs(process.argv.slice(2));
  parentPort?.postMessage({ url: host.url });
  process.on('SIGTERM', () => void host.close().then(() => process.exit(0)));
} catch (error) {
  parentPort?.postMessage({ error: error instanceof Error ? error.message : String(error) });
  process.exit(1);
}
