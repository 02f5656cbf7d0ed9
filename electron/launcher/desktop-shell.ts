import { spawn } from 'node:child_process';

/**
 * Runs the desktop app as `electron .` would, without loading the electron package: the window's own process
 * reports its exit code; Ctrl+C and a polite kill reach it instead of orphaning it.
 */
export function runDesktop(binary: string, projectDir: string, argv: string[]): Promise<number> {
  const child = spawn(binary, ['.', ...argv], { cwd: projectDir, stdio: 'inherit', windowsHide: false });
  const forward = (signal: NodeJS.Signals) => () => child.kill(signal);
  const signals = (['SIGINT', 'SIGTERM'] as const).map((signal) => [signal, forward(signal)] as const);
  for (const [signal, handler] of signals) process.on(signal, handler);
  return new Promise((resolve, reject) => {
    child.once('error', reject);
    child.once('close', (code) => {
      for (const [signal, handler] of signals) process.off(signal, handler);
      resolve(code ?? 1);
    });
  });
}
