#include "SecretMemory.h"

#include <cstring>

namespace Tessera::SecretMemory {

namespace {

// volatile, so the compiler cannot drop stores to memory that is about to be freed.
void overwrite(void *data, std::size_t bytes)
{
    auto *byte = static_cast<volatile unsigned char *>(data);
    for (std::size_t i = 0; i < bytes; ++i)
        byte[i] = 0;
}

} // namespace

void wipe(QString &secret)
{
    // Not through data(): that would detach, and wipe only a fresh copy. Static data (a
    // literal) has no heap buffer and is left alone.
    if (!secret.isEmpty() && secret.data_ptr().isMutable())
        overwrite(const_cast<QChar *>(secret.constData()),
                  std::size_t(secret.size()) * sizeof(QChar));
    secret.clear();
}

void wipe(QByteArray &secret)
{
    if (!secret.isEmpty() && secret.data_ptr().isMutable())
        overwrite(const_cast<char *>(secret.constData()), std::size_t(secret.size()));
    secret.clear();
}

QString ownCopy(const QString &secret)
{
    return secret.isEmpty() ? QString() : QString(secret.constData(), secret.size());
}

} // namespace Tessera::SecretMemory
