// Preload (NODE_OPTIONS="--require bench/cpu-prof-preload.cjs", where --cpu-prof is not allowed)
// that profiles the whole process and writes CROSSCHECK_CPU_PROFILE_DIR/<pid>.cpuprofile on exit.
const { Session } = require('node:inspector');
const { writeFileSync } = require('node:fs');
const path = require('node:path');
const dir = process.env.CROSSCHECK_CPU_PROFILE_DIR;
if (dir) {
  const session = new Session();
  session.connect();
  session.post('Profiler.enable');
  session.post('Profiler.setSamplingInterval', { interval: 500 });
  session.post('Profiler.start');
  process.on('exit', () => {
    session.post('Profiler.stop', (err, result) => {
      if (!err) writeFileSync(path.join(dir, `${process.pid}-${require('node:worker_threads').threadId}.cpuprofile`), JSON.stringify(result.profile));
    });
  });
}
