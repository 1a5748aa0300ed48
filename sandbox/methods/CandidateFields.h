#pragma once

#include <QJsonObject>

namespace Tessera::Sandbox {

class MethodCall;
class Store;

// Request-to-document rules of candidate.create, candidate.update and candidate.createNote.
namespace CandidateFields {

QJsonObject create(const MethodCall &call);
void update(const MethodCall &call, QJsonObject &candidate);
QJsonObject note(const MethodCall &call, Store &store);

// Keeps only b, i, u, a (href), ul, ol, li, code and pre, as Ashby does for text/html notes.
QString sanitizeNoteHtml(const QString &html);

} // namespace CandidateFields
} // namespace Tessera::Sandbox
