import { runCli } from './run-cli';

// The entry point of the built CLI (dist/cli/article-cleaner.js). Kept apart
// from runCli so tests can import that without running a command.

// `article-cleaner page.html | head` closes the pipe early: that is not an error.
process.stdout.on('error', (error: NodeJS.ErrnoException) => {
  if (error.code === 'EPIPE') process.exit(0);
  throw error;
});

// exitCode rather than process.exit(), so pending stdout writes are flushed first.
process.exitCode = await runCli(process.argv.slice(2), {
  stdout: (text) => process.stdout.write(text),
  stderr: (text) => process.stderr.write(text),
  stdin: process.stdin,
});
