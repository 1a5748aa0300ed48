#pragma once

#include "models/api/ApiClient.h"

#include <QHash>
#include <QObject>

namespace Tessera::Test {

// Counts, by method, the requests a console-side client sends. A request the console decides to
// send leaves synchronously from the action that wanted it, so "nothing was sent" is checked
// right after the action instead of after a fixed wait.
class RequestLog final
{
public:
    explicit RequestLog(ApiClient *client)
    {
        QObject::connect(client, &ApiClient::requestSent, &m_context,
                         [this](const QString &method) { ++m_sent[method]; });
    }
    int sent(const QString &method) const { return m_sent.value(method); }

private:
    QObject m_context;
    QHash<QString, int> m_sent;
};

} // namespace Tessera::Test
