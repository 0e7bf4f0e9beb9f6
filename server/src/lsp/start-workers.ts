// Imported by the server's entry right after tiering, before the modules that take long to
// load: starts the analysis workers now, beside dist/server.js (see node/early-workers.ts).
import { bundledWorkerScript, startEarlyWorkers } from '../node/early-workers';

const script = bundledWorkerScript();
if (script) startEarlyWorkers(script);
