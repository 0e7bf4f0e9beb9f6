// Test helper: the shipped model, loaded once per test process.
import { readFileSync } from 'node:fs';
import path from 'node:path';

let bytes: Uint8Array | undefined;

export function shippedModelBytes(): Uint8Array {
  bytes ??= new Uint8Array(readFileSync(path.join(__dirname, '..', '..', '..', '..', 'models', 'ner.bin')));
  return bytes;
}
