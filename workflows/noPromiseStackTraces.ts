/**
 * Preloaded into the workflow sandbox before the SDK freezes its globals (workers/workflowBundle.ts). The SDK's promise
 * hook captures a stack trace, mapped through the bundle's source map, for every promise a workflow creates (for the
 * `__stack_trace` query behind the Web UI's "Stack Trace" tab): about a fifth of the CPU of replaying a routing.
 * Without frames that capture costs next to nothing. What is lost: the UI's stack of a running routing, and the frames
 * of an error thrown by workflow code (its type and message stay; activity failures keep their stacks, they are
 * raised outside the sandbox). The router's workflows wait in one place per stage, which their search attributes and
 * current details already name.
 */
Error.stackTraceLimit = 0;

export {};
