/**
 * A reader that stops early ("extract … | head") closes the pipe: the CLI then stops quietly, as
 * Unix tools do, instead of dying on EPIPE with a stack trace. Imported for that effect alone.
 */
process.stdout.on("error", (error: NodeJS.ErrnoException) => {
  if (error.code !== "EPIPE") throw error;
  process.exit(0);
});
