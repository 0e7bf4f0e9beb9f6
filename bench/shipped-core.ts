// The analysis code as it ships: bench/throughput.ts bundles this entry with esbuild, with the
// options scripts/build.mjs gives the server and the CLI, and measures the bundle. (Run through
// tsx, every call between modules goes through the loader's wrappers, which the shipped bundles
// do not have.)
export { NEVER_CANCELLED } from '../server/src/core/api';
export { loadRecognizer } from '../server/src/core/ner/load';
export { analyzeDocument } from '../server/src/core/pipeline';
export { splitSentences } from '../server/src/core/text/sentences';
export { tokenize } from '../server/src/core/text/tokenize';
