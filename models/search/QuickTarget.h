#pragma once

#include <QString>

namespace Tessera {

// One place the quick switcher (Ctrl+K) can jump to.
struct QuickTarget
{
    enum class Kind { View, Integration, Candidate, Job };
    Kind kind = Kind::View;
    QString id;     // the view's stable name, or the record's id (a job: its interview plan)
    QString title;  // what the admin typed against: "Candidates", "Juro", "Ada Lovelace"
    QString detail; // a second line: the kind, an email, a department
    int score = 0;  // higher ranks first
};

} // namespace Tessera
