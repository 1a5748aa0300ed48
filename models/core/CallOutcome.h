#pragma once

#include "models/api/ApiCall.h"
#include "models/api/ApiClient.h"
#include "Outcome.h"

#include <QJsonObject>

namespace Tessera {

// Runs one call owned by `context` and hands `done` the decoded results or the error. No call
// (and no callback) when the context is destroyed first; a missing client answers at once with
// a transport error. `options` carries the caller's timeout (0: the client's default).
template<typename T, typename Decode>
void callWithOutcome(ApiClient *client, const QString &method, const QJsonObject &body,
                     QObject *context, Decode decode, Done<T> done, CallOptions options = {})
{
    if (!client) {
        Outcome<T> outcome;
        outcome.error = ApiError(ApiError::Kind::Transport, method);
        done(outcome);
        return;
    }
    ApiCall *call = client->call(method, body, context, options);
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
