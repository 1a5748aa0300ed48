#pragma once

// Decoding and cache work runs on worker threads beside the GUI thread. On a machine with few
// cores they compete with it (and with a local sandbox) for a core, and a GUI thread that waits
// for its slice stalls the window although it has little to do. Workers therefore run with a
// lower scheduling weight: the GUI thread wins a contended core, workers still use an idle one.
namespace WorkerPriority {
// Lowers the calling thread's priority once (later calls on the same thread do nothing).
void yieldToInteractiveWork();
} // namespace WorkerPriority
