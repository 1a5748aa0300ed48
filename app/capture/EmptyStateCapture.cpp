#include "EmptyStateCapture.h"

#include "CaptureSession.h"

#include "ui/candidates/CandidatesView.h"

#include <QLineEdit>

using namespace Qt::Literals::StringLiterals;

namespace Tessera {

EmptyStateCapture::EmptyStateCapture(CaptureSession *session, QObject *parent)
    : CaptureScene(session, parent)
{
}

void EmptyStateCapture::start()
{
    auto *candidates = session()->view<CandidatesView>(MainWindow::View::Candidates);
    auto *search = candidates ? candidates->findChild<QLineEdit *>(u"candidateSearch"_s) : nullptr;
    if (search) {
        // Typing filters the list at once; no candidate has this in a name or an email.
        search->setText(u"zz-nobody-here"_s);
        const bool saved = session()->saveView(MainWindow::View::Candidates, u"state-empty"_s);
        search->clear();
        if (!saved)
            return;
    }
    Q_EMIT finished(Then::Next);
}

} // namespace Tessera
