#include "Translations.h"

#include <QAbstractItemView>
#include <QAbstractProxyModel>
#include <QApplication>
#include <QComboBox>
#include <QDir>
#include <QLibraryInfo>
#include <QLocale>
#include <QPointer>
#include <QSet>
#include <QTranslator>

using namespace Qt::Literals::StringLiterals;

namespace Tessera::Translations {

namespace {

QPointer<QTranslator> s_own;
QPointer<QTranslator> s_qt;

void replace(QPointer<QTranslator> &slot, QTranslator *next)
{
    if (slot) {
        QCoreApplication::removeTranslator(slot);
        delete slot;
    }
    slot = next;
    if (next)
        QCoreApplication::installTranslator(next);
}

// Models compute their translated texts in data() and headerData(); after a switch every model
// a view shows says that all of it changed, so views repaint and resize with the new words.
void announceModels()
{
    QSet<QAbstractItemModel *> models;
    for (QWidget *widget : QApplication::allWidgets()) {
        QAbstractItemModel *model = nullptr;
        if (auto *view = qobject_cast<QAbstractItemView *>(widget))
            model = view->model();
        else if (auto *combo = qobject_cast<QComboBox *>(widget))
            model = combo->model();
        while (model && !models.contains(model)) {
            models.insert(model);
            auto *proxy = qobject_cast<QAbstractProxyModel *>(model);
            model = proxy ? proxy->sourceModel() : nullptr;
        }
    }
    const auto announce = [](QAbstractItemModel *model, const QModelIndex &parent,
                             const auto &self) -> void {
        const int rows = model->rowCount(parent);
        const int columns = model->columnCount(parent);
        if (rows == 0 || columns == 0)
            return;
        Q_EMIT model->dataChanged(model->index(0, 0, parent),
                                  model->index(rows - 1, columns - 1, parent));
        for (int row = 0; row < rows; ++row) {
            const QModelIndex child = model->index(row, 0, parent);
            if (model->hasChildren(child) && !model->canFetchMore(child))
                self(model, child, self);
        }
    };
    for (QAbstractItemModel *model : std::as_const(models)) {
        if (qobject_cast<QAbstractProxyModel *>(model))
            continue; // it passes on what its source announces
        if (const int columns = model->columnCount(); columns > 0)
            Q_EMIT model->headerDataChanged(Qt::Horizontal, 0, columns - 1);
        if (const int rows = model->rowCount(); rows > 0)
            Q_EMIT model->headerDataChanged(Qt::Vertical, 0, rows - 1);
        announce(model, {}, announce);
    }
}

} // namespace

QString use(QCoreApplication &app, const QString &language)
{
    const QLocale locale = language.isEmpty() ? QLocale::system() : QLocale(language);
    QLocale::setDefault(locale);
    auto *own = new QTranslator(&app);
    // A language we do not ship (or the C locale) gets English, with its plural forms.
    if (!own->load(locale, u"tessera"_s, u"_"_s, u":/i18n"_s)
        && !own->load(u"tessera_en"_s, u":/i18n"_s)) {
        delete own;
        own = nullptr;
    }
    auto *qt = new QTranslator(&app);
    if (!qt->load(locale, u"qtbase"_s, u"_"_s, QLibraryInfo::path(QLibraryInfo::TranslationsPath))) {
        delete qt;
        qt = nullptr;
    }
    replace(s_qt, qt);
    replace(s_own, own);
    if (qobject_cast<QApplication *>(&app))
        announceModels();
    return locale.name().section(u'_', 0, 0);
}

QStringList available()
{
    QStringList codes{u"en"_s};
    const QStringList files =
        QDir(u":/i18n"_s).entryList({u"tessera_*.qm"_s}, QDir::Files, QDir::Name);
    for (const QString &file : files) {
        const QString code = file.mid(8).chopped(3); // "tessera_" … ".qm"
        if (!codes.contains(code))
            codes.append(code);
    }
    return codes;
}

} // namespace Tessera::Translations
