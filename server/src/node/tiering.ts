// V8 tiering for a process that analyses a folder once from cold (the server's and the CLI's
// first import, before any analysis code runs; worker threads share the process's flags).
// By default V8 optimises a function after little feedback, then throws the code away when a
// later article takes another path (a longer name, a missing field) and compiles it again:
// across 700 articles a fresh isolate spent ~2.5 CPU-s compiling, against ~1.6 s of warm work.
// Waiting for 8x the default feedback before optimising, and inlining half as much into each
// compilation, compiles far less for the same warm speed (bench/README.md, "Tiering").
import { setFlagsFromString } from 'node:v8';

export const TIERING_FLAGS = ['--interrupt-budget=540672', '--max-inlined-bytecode-size-cumulative=460'];

for (const flag of TIERING_FLAGS) setFlagsFromString(flag);
