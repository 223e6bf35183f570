// Cleaning up after work (closing a file or a connection, removing a temporary file) must never hide
// why the work failed: when the work throws, a failing cleanup is ignored and the work's error is the one
// reported; when the work succeeded, a failing cleanup is reported, since it may mean the work is not
// really done (a file that cannot be closed may not be on the disk).
export async function withCleanup<T>(work: () => Promise<T>, cleanup: () => Promise<unknown>): Promise<T> {
  let result: T;
  try {
    result = await work();
  } catch (err) {
    await Promise.resolve()
      .then(cleanup)
      .catch(() => undefined);
    throw err;
  }
  await cleanup();
  return result;
}
