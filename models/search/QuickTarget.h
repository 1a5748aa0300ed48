#pragma once

#include <QString>

namespace Tessera {

// One place the quick switcher (Ctrl+K) can jump to.
struct QuickTarget
{
    enum class Kind { View, Integration, Candidate, Job, Webhook, ApiKey };
    Kind kind = Kind::View;
    QString id;     // the view's stable name, or the record's id (a job: its interview plan)
    QString title;  // "Candidates", "Juro", "Ada Lovelace", a webhook's URL, a key's title
    QString detail; // a second line: the kind, an email, a webhook's event, a key's partner
    int score = 0;  // higher ranks first
};

} // namespace Tessera
