// Reading what VS Code wrote about the extension: the extension host log (activation,
// activation failures, uncaught errors) and the extension's own output channel, both of
// which the server side of code-server keeps as files under the user-data folder.
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { findFiles } from './code-server';

function readAll(files: string[]): { file: string; line: string }[] {
  return files.flatMap((file) => {
    let text = '';
    try {
      text = readFileSync(file, 'utf8');
    } catch {
      return [];
    }
    return text.split('\n').map((line) => ({ file, line }));
  });
}

export function extensionHostLogs(userDataDir: string): string[] {
  return findFiles(join(userDataDir, 'logs'), /exthost[^/]*\.log$/i);
}

/** Files of an output channel (plain channels: `N-Name.log`; log channels: `<ext id>/Name.log`). */
export function outputChannelLogs(userDataDir: string, channel: string): string[] {
  const name = channel.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
  return findFiles(join(userDataDir, 'logs'), new RegExp(`/(\\d+-)?${name}\\.log$`));
}

/** The extension host's line saying the extension was activated, and by which event. */
export function activationLine(userDataDir: string, extensionId: string): string | undefined {
  const needle = `_doActivateExtension ${extensionId},`;
  return readAll(extensionHostLogs(userDataDir)).find((l) => l.line.includes(needle))?.line;
}

/** Error lines about the extension in the host log, and any error in its output channel. */
export function extensionErrors(userDataDir: string, extensionId: string, channel: string): string[] {
  const id = extensionId.toLowerCase();
  // Requests still in flight when a window reloads fail with "Channel has been closed" once the
  // host has been told to terminate: shutdown noise, not the extension's failure.
  const terminated = new Set<string>();
  const host = readAll(extensionHostLogs(userDataDir)).filter(({ file, line }) => {
    if (line.includes('Extension host terminating')) terminated.add(file);
    if (terminated.has(file)) return false;
    const l = line.toLowerCase();
    if (/activating extension .* failed/.test(l) && l.includes(id)) return true;
    return /\[error\]/.test(l) && (l.includes(id) || l.includes(channel.toLowerCase()));
  });
  const own = readAll(outputChannelLogs(userDataDir, channel)).filter(({ line }) =>
    /\[error\]|\[Error - |\bUncaught\b|^\s*at .*\(.*\.js:\d+:\d+\)|\b(Type|Reference|Range|Syntax)Error\b/.test(line),
  );
  return [...host, ...own].map(({ file, line }) => `${file.split('/logs/')[1] ?? file}: ${line}`);
}
