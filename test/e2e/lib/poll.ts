// Waiting for a condition instead of sleeping: poll until `probe` returns something
// truthy, or fail with the message and the last thing seen.
export interface PollOptions {
  timeoutMs?: number;
  intervalMs?: number;
}

export async function waitFor<T>(
  what: string,
  probe: () => Promise<T | undefined | null | false> | T | undefined | null | false,
  { timeoutMs = 20_000, intervalMs = 250 }: PollOptions = {},
  describeLast?: () => string | Promise<string>,
): Promise<T> {
  const deadline = Date.now() + timeoutMs;
  let lastError: unknown;
  for (;;) {
    try {
      const value = await probe();
      if (value) return value;
      lastError = undefined;
    } catch (err) {
      lastError = err;
    }
    if (Date.now() > deadline) {
      const last = describeLast ? `\nlast seen: ${await describeLast()}` : '';
      const err = lastError ? `\nlast error: ${lastError instanceof Error ? lastError.message : String(lastError)}` : '';
      throw new Error(`timed out after ${timeoutMs} ms waiting for ${what}${last}${err}`);
    }
    await new Promise((resolve) => setTimeout(resolve, intervalMs));
  }
}
