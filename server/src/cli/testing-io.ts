// Test support: a CliIO that records what a command writes.
export function capture(cwd: string) {
  const out = { stdout: '', stderr: '' };
  const io = {
    cwd,
    stdout: { write: (s: string) => ((out.stdout += s), true) },
    stderr: { isTTY: false, write: (s: string) => ((out.stderr += s), true) },
    readStdin: async () => '',
  };
  return { out, io };
}
