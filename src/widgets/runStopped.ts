/**
 * Stop pressed: the run was ended before it finished. Thrown by the worker's run (runOffThread) and by the session's
 * slices on the page (simSession), which this small module lets share it without the session loading the worker.
 */
export class RunStopped extends Error {
  constructor() {
    super('The run was stopped.');
    this.name = 'RunStopped';
  }
}
