#pragma once

#include <QList>
#include <QString>
#include <QStringList>

namespace Tessera::Bench {

class CandidateList;

struct Keystroke
{
    QString text;      // the filter text after the keystroke
    int rows = 0;      // rows the proxy shows
    double proxyMs = 0; // CandidateFilterModel::setFilterText alone
    double totalMs = 0; // plus the view's relayout and repaint
    double cpuMs = 0;   // GUI-thread CPU time of the whole keystroke (not inflated by waiting)
    int paints = 0;    // paint events the viewport received
};

// The texts a person produces typing `word` one character at a time.
QStringList typed(const QString &prefix, const QString &word);
// ... and deleting the last `count` characters of `text` one at a time.
QStringList backspaced(const QString &text, int count);

// Applies each text through CandidateFilterModel::setFilterText and times it together with
// the events it posts (delayed item layout, update requests, painting), as one keystroke.
QList<Keystroke> typeFilter(CandidateList &list, const QStringList &texts);

} // namespace Tessera::Bench
