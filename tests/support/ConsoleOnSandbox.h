#pragma once

// The whole console on its embedded sandbox, as an admin starts it, for tests that drive the
// real window (header-only: the test links tessera_app).
#include "Waiting.h"

#include "app/ConsoleController.h"
#include "models/candidates/CandidateDirectory.h"
#include "models/secrets/SecretStore.h"
#include "models/session/BackendContext.h"
#include "models/settings/Settings.h"
#include "ui/shell/MainWindow.h"

namespace Tessera::Test {

struct ConsoleOnSandbox
{
    Settings settings;
    SecretStore secrets{&settings};
    ConsoleController console{&settings, &secrets};

    // Starts the console and waits until its first candidate sync has finished.
    bool startAndSync()
    {
        console.start({true, {}});
        return waitUntil([this] {
            return console.context()
                && console.context()->candidates()->state() == CandidateDirectory::State::Ready;
        }, 60'000);
    }
    MainWindow *window() const { return console.window(); }
    BackendContext *context() const { return console.context(); }
    template<typename View>
    View *view(MainWindow::View which) const
    {
        return qobject_cast<View *>(window()->viewWidget(which));
    }
};

} // namespace Tessera::Test
