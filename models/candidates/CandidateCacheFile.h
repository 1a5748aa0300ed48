#pragma once

#include "CandidateSummary.h"

#include <QByteArray>
#include <QDateTime>
#include <QHash>
#include <QString>

#include <vector>

namespace Tessera {

// What a candidate cache file holds: the list's rows and the sync tokens that describe them.
struct CandidateCacheSnapshot
{
    std::vector<CandidateSummary> rows;
    QHash<QString, QString> tokens; // stream -> sync token
    QDateTime syncedAt;
};

// What Settings shows about a cache file without its key.
struct CandidateCacheFileInfo
{
    bool exists = false;
    qint64 bytes = 0;
    qint64 rows = 0;
    QDateTime syncedAt;
};

// One backend's candidate cache on disk: an SQLite file (mode 0600) with a clear `meta` table
// (format, row count, last sync: nothing personal) and a `sealed` table whose parts are
// encrypted with CacheCipher — part 0 the sync tokens and part count, then the rows in chunks.
// Every function does blocking file I/O: call them on a worker thread.
class CandidateCacheFile final
{
public:
    CandidateCacheFile() = delete;

    enum class Status { Missing, Loaded, Unreadable };
    struct Contents
    {
        Status status = Status::Missing;
        QString problem; // why an existing file could not be used
        QHash<QString, QString> tokens;
        QDateTime syncedAt;
        std::vector<QByteArray> chunks; // decrypted, for decodeChunk()
    };

    static constexpr int rowsPerChunk = 10'000;

    // <AppDataLocation>/candidate-cache
    static QString defaultDirectory();
    static QString path(const QString &directory, const QString &backendId);

    static Contents read(const QString &path, const QByteArray &key, const QString &backendId);
    static CandidatePage decodeChunk(const QByteArray &plain, QHash<QString, QString> &strings);
    static qint64 rowsIn(const QByteArray &plainChunk);
    // Writes a new file beside the old one and renames it over; an error text on failure.
    static QString write(const QString &path, const QByteArray &key, const QString &backendId,
                         const CandidateCacheSnapshot &snapshot);
    static bool remove(const QString &path);
    static CandidateCacheFileInfo info(const QString &path);
};

} // namespace Tessera
