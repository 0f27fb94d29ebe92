// Errors a user can cause and fix (bad configuration, a taken port, an empty database, an unknown id): their
// message says everything, so the CLIs print it as one line and exit non-zero, with no stack trace. Anything
// else is a bug, reported with its stack under --verbose.

export class ExpectedError extends Error {}
