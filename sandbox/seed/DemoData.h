#pragma once

#include <QList>
#include <QString>
#include <QStringList>

// Static material for the demo organisation: names, places, departments and job titles.
namespace Tessera::Sandbox::DemoData {

struct Place
{
    QString city;
    QString region; // two-letter US state code
    QString timezone;
};

struct JobTemplate
{
    QString title;
    QString department;
    QString employmentType;
    QString plan; // "Engineering", "Go-to-market" or "General"
    int baseSalary;
};

const QStringList &firstNames();
const QStringList &lastNames();
const QList<Place> &places();
const QStringList &departments();
const QList<JobTemplate> &jobs();

} // namespace Tessera::Sandbox::DemoData
