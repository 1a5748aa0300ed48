#pragma once

#include "models/api/ApiCall.h"
#include "models/api/ApiClient.h"
#include "models/integrations/SetupTypes.h"

#include <QJsonObject>
#include <QPointer>

namespace Tessera {

// Runs one call owned by `context` and hands `done` the decoded results or the error. No call
// (and no callback) when the client is gone or the context is destroyed first.
template<typename T, typename Decode>
void callWithOutcome(ApiClient *client, const QString &method, const QJsonObject &body,
                     QObject *context, Decode decode, Done<T> done)
{
    if (!client) {
        Outcome<T> outcome;
        outcome.error = ApiError(ApiError::Kind::Transport, method);
        done(outcome);
        return;
    }
    ApiCall *call = client->call(method, body, context, CallOptions{CallOptions::Idempotency::Infer,
                                                                    60'000});
    QObject::connect(call, &ApiCall::finished, context,
                     [call, decode = std::move(decode), done = std::move(done)] {
                         Outcome<T> outcome;
                         if (call->error().isError())
                             outcome.error = call->error();
                         else
                             outcome.value = decode(call->results());
                         done(outcome);
                     });
}

} // namespace Tessera
