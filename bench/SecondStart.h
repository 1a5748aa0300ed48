#pragma once

#include <QList>
#include <QString>

namespace Tessera::Bench {

class BenchSandbox;

struct SecondStartRun
{
    double ms = 0;        // directory + model + shown view created, to every cached row painted
    double loadedMs = 0;  // ... to CandidateDirectory::cacheLoaded() (the rows in the model)
    double stallMs = 0;   // the longest event-loop stall meanwhile
    double stallCpuMs = 0; // the most GUI-thread CPU time between two heartbeats
    int rows = 0;
};

struct SecondStartReport
{
    double firstSyncMs = 0; // the first start: a full sync of candidates and applications
    double saveMs = 0;      // Ready to CandidateCache::saved() (copy, encrypt, write)
    qint64 fileBytes = 0;
    QList<SecondStartRun> runs;
};

// A restart with every candidate cached: the first CandidateDirectory (with a CandidateCache in a
// temporary folder, key in the Secret Service) syncs in full and writes the cache; then `runs`
// times a new directory, model and shown view fill from it (the network sync that follows is
// cancelled). Throws std::runtime_error on failure.
SecondStartReport measureSecondStart(const BenchSandbox &sandbox, int candidates, int runs);

} // namespace Tessera::Bench
