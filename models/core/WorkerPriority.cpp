#include "WorkerPriority.h"

#include <QtGlobal>

#ifdef Q_OS_LINUX
#include <sys/resource.h>
#include <sys/syscall.h>
#include <unistd.h>
#endif

namespace WorkerPriority {

void yieldToInteractiveWork()
{
    thread_local bool lowered = false;
    if (lowered)
        return;
    lowered = true;
#ifdef Q_OS_LINUX
    // On Linux a nice value set for a thread id applies to that thread alone. Nice 5 weighs a
    // thread about a third of the GUI thread; failure (e.g. a sandboxed process) changes nothing.
    constexpr int workerNice = 5;
    const auto threadId = static_cast<id_t>(::syscall(SYS_gettid));
    ::setpriority(PRIO_PROCESS, threadId, workerNice);
#endif
}

} // namespace WorkerPriority
