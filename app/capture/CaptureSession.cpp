#include "CaptureSession.h"

#include "app/ConsoleController.h"

#include "models/activities/OfferActivities.h"
#include "models/api/ApiCall.h"
#include "models/api/ApiClient.h"
#include "models/core/LoadStatus.h"
#include "models/session/BackendContext.h"

#include <QAbstractItemModel>
#include <QApplication>
#include <QFileInfo>
#include <QTimer>

using namespace Qt::Literals::StringLiterals;

namespace Tessera {

namespace {
constexpr int readyTimeoutMs = 30'000;
} // namespace

CaptureSession::CaptureSession(ConsoleController *console, const QString &directory, QObject *parent)
    : QObject(parent)
    , m_console(console)
    , m_directory(directory)
{
}

MainWindow *CaptureSession::window() const
{
    return m_console->window();
}

BackendContext *CaptureSession::context() const
{
    return m_console->context();
}

bool CaptureSession::save(QWidget *widget, const QString &name)
{
    if (!m_directory.mkpath(u"."_s)) {
        fail(u"cannot create "_s + m_directory.absolutePath());
        return false;
    }
    const QString file = m_directory.filePath(name + u".png"_s);
    if (!widget->grab().save(file)) {
        fail(u"cannot write "_s + file);
        return false;
    }
    m_saved.insert(name + u".png"_s);
    return true;
}

bool CaptureSession::saveSettled(QWidget *widget, const QString &name)
{
    QApplication::processEvents();
    return save(widget, name);
}

bool CaptureSession::saveView(MainWindow::View view, const QString &name)
{
    window()->showView(view);
    return saveSettled(window(), name);
}

void CaptureSession::countSaved(const QStringList &files)
{
    for (const QString &file : files)
        m_saved.insert(QFileInfo(file).fileName());
}

void CaptureSession::whenReady(const std::function<bool()> &ready, const QString &what,
                               const std::function<void()> &next, const QList<QObject *> &watched)
{
    if (ready()) {
        next();
        return;
    }
    // One waiter per wait: it goes (and so do its connections) once it has answered.
    auto *waiter = new QObject(this);
    const auto check = [waiter, ready, next] {
        if (waiter->property("answered").toBool() || !ready())
            return;
        waiter->setProperty("answered", true);
        waiter->deleteLater();
        next();
    };
    for (QObject *source : watched) {
        if (auto *status = qobject_cast<LoadStatus *>(source))
            connect(status, &LoadStatus::stateChanged, waiter, check);
        else if (auto *offer = qobject_cast<OfferActivities *>(source))
            connect(offer, &OfferActivities::changed, waiter, check);
        else if (auto *model = qobject_cast<QAbstractItemModel *>(source)) {
            connect(model, &QAbstractItemModel::rowsInserted, waiter, check);
            connect(model, &QAbstractItemModel::modelReset, waiter, check);
            connect(model, &QAbstractItemModel::dataChanged, waiter, check);
        }
    }
    QTimer::singleShot(readyTimeoutMs, waiter, [this, waiter, what] {
        if (!waiter->property("answered").toBool())
            fail(what);
    });
}

void CaptureSession::call(const QString &method, const QJsonObject &body,
                          const std::function<void(ApiCall *)> &next)
{
    ApiCall *apiCall = context()->client()->call(method, body, this);
    connect(apiCall, &ApiCall::finished, this, [apiCall, next] {
        next(apiCall);
        apiCall->deleteLater();
    });
}

bool CaptureSession::failed(ApiCall *call, const QString &what)
{
    if (!call->error().isError())
        return false;
    fail(what + u": "_s + call->error().details());
    return true;
}

void CaptureSession::fail(const QString &message)
{
    Q_EMIT failure(message);
}

} // namespace Tessera
