#pragma once

#include <QElapsedTimer>
#include <QObject>
#include <QString>
#include <QUrl>

class QNetworkAccessManager;
class QNetworkReply;

namespace Tessera::Bench {

// The baseline of ARCHITECTURE.md §7: a bare sequential QNetworkAccessManager loop over
// candidate.list {limit: 100[, cursor]}. Each body is parsed with QJsonDocument only to read
// moreDataAvailable and nextCursor (and count the results); then the next page is requested.
class BaselineLoop final : public QObject
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(BaselineLoop)
public:
    BaselineLoop(QNetworkAccessManager *network, QUrl baseUrl, QByteArray authorization,
                 QObject *parent = nullptr);

    void start();

    double elapsedMs() const { return double(m_elapsedNs) / 1e6; }
    int pages() const { return m_pages; }
    qint64 records() const { return m_records; }
    qint64 bytes() const { return m_bytes; }
    QString errorString() const { return m_error; }

Q_SIGNALS:
    void finished();

private:
    void request(const QString &cursor);
    void onReply(QNetworkReply *reply);
    void finish(const QString &error = {});

    QNetworkAccessManager *m_network;
    QUrl m_url;
    QByteArray m_authorization;
    QElapsedTimer m_clock;
    qint64 m_elapsedNs = 0;
    int m_pages = 0;
    qint64 m_records = 0;
    qint64 m_bytes = 0;
    QString m_error;
};

} // namespace Tessera::Bench
