// Settings → Language on the whole console and embedded sandbox: every view (shown or not),
// the sidebar, the status bar and an open dialog follow at once, with nothing lost. "Follows" is checked against the German translation file itself: after the switch no
// widget may still show an English text that translations/tessera_de.ts translates.
#include "tests/support/CatchQt.h"
#include "tests/support/ConsoleOnSandbox.h"
#include "tests/support/Waiting.h"

#include "app/Translations.h"
#include "models/api/ApiCall.h"
#include "models/api/ApiClient.h"
#include "models/candidates/ApplicationsModel.h"
#include "models/candidates/CandidateDetail.h"
#include "models/candidates/CandidateDirectory.h"
#include "models/candidates/CandidatesModel.h"
#include "models/candidates/OffersModel.h"
#include "models/core/DisplayText.h"
#include "models/integrations/IntegrationsModel.h"
#include "ui/candidates/CandidatesView.h"
#include "models/mapping/MappingDocument.h"
#include "ui/admin/ApiKeysView.h"
#include "ui/admin/CreateApiKeyDialog.h"
#include "ui/admin/WebhookDialog.h"
#include "ui/admin/WebhooksView.h"
#include "ui/candidates/MoveStageDialog.h"
#include "ui/common/Card.h"
#include "ui/connect/ConnectDialog.h"
#include "ui/mapping/ExternalWorkflowDialog.h"
#include "ui/mapping/ExternalWorkflowsPane.h"
#include "ui/wizards/AtsKeyPage.h"
#include "ui/wizards/FinishPage.h"
#include "ui/wizards/WizardFactory.h"
#include "ui/common/PageHeader.h"
#include "ui/mapping/FieldMappingsView.h"
#include "ui/marketplace/MarketplaceView.h"
#include "ui/settings/SettingsView.h"
#include "ui/wizards/EnableWizard.h"

#include <QAbstractButton>
#include <QAbstractItemView>
#include <QComboBox>
#include <QDir>
#include <QFile>
#include <QHeaderView>
#include <QLabel>
#include <QLineEdit>
#include <QListWidget>
#include <QNetworkAccessManager>
#include <QPointer>
#include <QPushButton>
#include <QSignalSpy>
#include <QTabWidget>
#include <QTableView>
#include <QUndoStack>
#include <QWizard>
#include <QWizardPage>
#include <QXmlStreamReader>

#include <memory>
#include <vector>

using namespace Qt::Literals::StringLiterals;
using namespace Tessera;
using namespace Tessera::Test;

namespace {

// Every English text that tessera_de.ts translates into different German words.
QSet<QString> englishWithGerman()
{
    QFile file(QStringLiteral(TESSERA_TRANSLATIONS_DIR "/tessera_de.ts"));
    REQUIRE(file.open(QIODevice::ReadOnly));
    QSet<QString> english;
    QXmlStreamReader xml(&file);
    QString source;
    while (xml.readNext() != QXmlStreamReader::Invalid && !xml.atEnd()) {
        if (!xml.isStartElement())
            continue;
        if (xml.name() == u"source"_s) {
            source = xml.readElementText();
        } else if (xml.name() == u"translation"_s) {
            const bool finished = xml.attributes().value(u"type"_s).isEmpty();
            const QString german = xml.readElementText(QXmlStreamReader::IncludeChildElements);
            if (finished && !german.isEmpty() && german != source && !source.contains(u'%'))
                english.insert(source);
        }
    }
    INFO(xml.errorString().toStdString());
    REQUIRE_FALSE(xml.hasError());
    REQUIRE(english.size() > 500);
    return english;
}

// The texts a widget shows or tells a screen reader, with where they are.
QStringList textsOf(QWidget *widget)
{
    QStringList texts{widget->accessibleName(), widget->accessibleDescription(),
                      widget->toolTip(), widget->windowTitle()};
    if (auto *label = qobject_cast<QLabel *>(widget))
        texts << label->text();
    if (auto *button = qobject_cast<QAbstractButton *>(widget))
        texts << button->text();
    if (auto *edit = qobject_cast<QLineEdit *>(widget))
        texts << edit->placeholderText();
    if (auto *combo = qobject_cast<QComboBox *>(widget))
        for (int i = 0; i < combo->count(); ++i)
            texts << combo->itemText(i);
    if (auto *tabs = qobject_cast<QTabWidget *>(widget))
        for (int i = 0; i < tabs->count(); ++i)
            texts << tabs->tabText(i);
    if (auto *page = qobject_cast<QWizardPage *>(widget))
        texts << page->title() << page->subTitle();
    if (auto *list = qobject_cast<QListWidget *>(widget))
        for (int i = 0; i < list->count(); ++i)
            texts << list->item(i)->text() << list->item(i)->toolTip();
    if (auto *view = qobject_cast<QAbstractItemView *>(widget); view && view->model())
        for (int column = 0; column < view->model()->columnCount(); ++column)
            texts << view->model()->headerData(column, Qt::Horizontal).toString();
    for (const QAction *action : widget->actions())
        texts << action->text() << action->toolTip();
    return texts;
}

// The main window's page or the wizard's page that `widget` is on (each counts as shown: a
// wizard page not current yet keeps its words too), else its window.
QWidget *pageOf(QWidget *widget)
{
    for (QWidget *page = widget; page; page = page->parentWidget())
        if ((page->parentWidget() && page->parentWidget()->objectName() == u"pages"_s)
            || qobject_cast<QWizardPage *>(page))
            return page;
    return widget->window();
}

// What under `root` still speaks English: in every view, the one shown and the hidden ones, as
// it would show when opened (a state page not on show, e.g. "Loading…", is set when shown).
QStringList staleEnglish(QWidget *root, const QSet<QString> &english)
{
    QStringList stale;
    QList<QWidget *> widgets = root->findChildren<QWidget *>();
    widgets.prepend(root);
    for (QWidget *widget : std::as_const(widgets)) {
        if (widget->window() != root->window())
            continue; // another window (an open dialog or wizard): checked on its own
        if (!widget->isVisibleTo(pageOf(widget)) && widget != pageOf(widget))
            continue;
        static const QStringList dataShown{u"candidateStage"_s, u"stageCombo"_s,
                                           u"workflowTemplate"_s};
        if (dataShown.contains(widget->objectName()))
            continue; // a stage's or a Juro template's title is the backend's data ("Hired")
        for (const QString &text : textsOf(widget))
            if (english.contains(text))
                stale << u"%1 %2: %3"_s.arg(QString::fromLatin1(widget->metaObject()->className()),
                                            widget->objectName(), text);
    }
    stale.removeDuplicates();
    return stale;
}

QString headerTitle(QWidget *view)
{
    auto *header = view->findChild<PageHeader *>();
    return header ? header->title() : QString();
}

// The window as it looks now, in TESSERA_SCREENSHOT_DIR (else the working directory).
void saveScreenshot(QWidget *widget, const QString &name)
{
    const QString directory = qEnvironmentVariableIsEmpty("TESSERA_SCREENSHOT_DIR")
        ? QDir::currentPath()
        : qEnvironmentVariable("TESSERA_SCREENSHOT_DIR");
    QDir().mkpath(directory);
    CHECK(widget->grab().save(QDir(directory).filePath(name)));
}

void chooseLanguage(MainWindow *window, const QString &code)
{
    auto *settings = qobject_cast<SettingsView *>(window->viewWidget(MainWindow::View::Settings));
    REQUIRE(settings);
    QComboBox *combo = nullptr;
    for (auto *each : settings->findChildren<QComboBox *>())
        if (each->findData(code) >= 0 && each->findData(QString()) == 0)
            combo = each;
    REQUIRE(combo);
    combo->setCurrentIndex(combo->findData(code));
    // The translators post QEvent::LanguageChange to every window.
    QCoreApplication::sendPostedEvents(nullptr, QEvent::LanguageChange);
}

// The console on its sandbox, in English, shown and synced.
MainWindow *startInEnglish(ConsoleOnSandbox &app)
{
    Translations::use(*QCoreApplication::instance(), u"en"_s);
    REQUIRE(app.startAndSync());
    app.window()->show();
    return app.window();
}

// Shows `dialog` and types `text` into its line edit `objectName`, as one not saved yet.
QLineEdit *showAndType(QWidget &dialog, const QString &objectName, const QString &text)
{
    dialog.show();
    auto *edit = dialog.findChild<QLineEdit *>(objectName);
    REQUIRE(edit);
    edit->setText(text);
    return edit;
}

// The candidate of an offer, asked from the backend the console uses.
QString candidateWithOffer(ApiClient *client, QObject *context)
{
    QString applicationId;
    QString candidateId;
    ApiCall *offers = client->call(u"offer.list"_s, {{u"limit"_s, 1}}, context);
    QObject::connect(offers, &ApiCall::finished, context, [&applicationId, offers] {
        applicationId = offers->results().toArray().at(0)[u"applicationId"_s].toString();
    });
    REQUIRE(waitUntil([&applicationId] { return !applicationId.isEmpty(); }));
    ApiCall *info = client->call(u"application.info"_s, {{u"applicationId"_s, applicationId}},
                                 context);
    QObject::connect(info, &ApiCall::finished, context, [&candidateId, info] {
        candidateId = info->results()[u"candidate"_s][u"id"_s].toString();
    });
    REQUIRE(waitUntil([&candidateId] { return !candidateId.isEmpty(); }));
    return candidateId;
}

} // namespace

TEST_CASE("Settings offers every embedded language by its own name", "[app][language]")
{
    const QStringList codes = Translations::available();
    CHECK(codes.first() == u"en"_s);
    CHECK(codes.contains(u"de"_s));
    CHECK(SettingsView::languageName(u"de"_s) == u"Deutsch"_s);
    CHECK(SettingsView::languageName(u"fr"_s) == u"Français"_s);
    CHECK(SettingsView::languageName(u"es"_s) == u"Español"_s);
    CHECK(SettingsView::languageName(u"en"_s) == u"English"_s);
}

TEST_CASE("English says one delivery and two deliveries, not delivery(s)", "[app][language]")
{
    const auto resend = [](int count) {
        return QCoreApplication::translate("Tessera::RedeliverBar",
                                           "This will resend %n delivery(s). Each goes to its "
                                           "webhook's current address as a new attempt.",
                                           nullptr, count);
    };
    Translations::use(*QCoreApplication::instance(), u"en"_s);
    CHECK(resend(1).startsWith(u"This will resend 1 delivery. It goes"_s));
    CHECK(resend(2).startsWith(u"This will resend 2 deliveries. Each goes"_s));
    CHECK(QCoreApplication::translate("Tessera::DataAgeLabel", "Updated %n day(s) ago", nullptr, 1)
          == u"Updated 1 day ago"_s);
}

TEST_CASE("switching the language retranslates every view, an open dialog and a wizard, and "
          "keeps unsaved work",
          "[app][language]")
{
    const QSet<QString> english = englishWithGerman();
    ConsoleOnSandbox app;
    MainWindow *window = startInEnglish(app);
    window->showView(MainWindow::View::Candidates);

    // A candidate's offer: its salary in the locale's currency format.
    auto *candidates = app.view<CandidatesView>(MainWindow::View::Candidates);
    REQUIRE(candidates);
    REQUIRE(candidates->selectCandidate(candidateWithOffer(app.context()->client(), window)));
    QTableView *offersTable = nullptr;
    for (auto *table : candidates->findChildren<QTableView *>())
        if (table->objectName() == u"offersTable"_s)
            offersTable = table;
    REQUIRE(offersTable);
    auto *offers = qobject_cast<OffersModel *>(offersTable->model());
    REQUIRE(offers);
    REQUIRE(waitUntil([offers] { return offers->rowCount() > 0; }));
    REQUIRE(offers->offers().constFirst().salary.has_value());
    const Offer offer = offers->offers().constFirst();
    const QModelIndex salary = offers->index(0, OffersModel::SalaryColumn);
    const QString englishSalary = salary.data().toString();
    CHECK(englishSalary == DisplayText::money(*offer.salary, offer.currency, QLocale(u"en"_s)));

    // Unsaved work in the mapping editor.
    auto *mappings = app.view<FieldMappingsView>(MainWindow::View::FieldMappings);
    REQUIRE(mappings);
    MappingDocument *document = mappings->document();
    mappings->open(u"sora"_s, u"employee"_s);
    REQUIRE(waitUntil([document] {
        return document->status()->state() == LoadState::Ready && !document->rows().isEmpty();
    }, 60'000));
    const QString edited = document->rows().constFirst().targetField;
    REQUIRE(document->unmap(edited));
    const QList<MappingRow> unsaved = document->rows();
    const int undoSteps = document->undoStack()->count();
    REQUIRE(document->isDirty());

    // An open dialog and an open wizard.
    auto *keys = app.view<ApiKeysView>(MainWindow::View::ApiKeys);
    REQUIRE(keys);
    keys->newKey();
    auto *dialog = keys->findChild<CreateApiKeyDialog *>();
    REQUIRE(dialog);
    auto *marketplace = app.view<MarketplaceView>(MainWindow::View::Marketplace);
    REQUIRE(waitUntil([marketplace] { return marketplace->currentContext().partnerConsole; }));
    EnableWizard *wizard = marketplace->openWizard(u"juro"_s);
    REQUIRE(wizard);
    const int wizardPage = wizard->currentId();
    const QString wizardTitle = wizard->windowTitle();

    CHECK(headerTitle(window->viewWidget(MainWindow::View::Marketplace)) == u"Marketplace"_s);
    QSignalSpy headers(app.view<QWidget>(MainWindow::View::Candidates)
                           ->findChild<QAbstractItemView *>()->model(),
                       &QAbstractItemModel::headerDataChanged);

    chooseLanguage(window, u"de"_s);

    CHECK(QLocale().language() == QLocale::German);
    for (int index = 0; index < MainWindow::ViewCount; ++index) {
        const auto view = MainWindow::View(index);
        INFO(MainWindow::viewName(view).toStdString());
        // tr() now answers in German ("Dashboard" and "Webhooks" stay as they are).
        CHECK(headerTitle(window->viewWidget(view)) == MainWindow::viewTitle(view));
    }
    CHECK(headerTitle(window->viewWidget(MainWindow::View::Candidates)) == u"Kandidaten"_s);
    CHECK(headerTitle(window->viewWidget(MainWindow::View::Settings)) == u"Einstellungen"_s);
    CHECK(headers.count() > 0);
    CHECK(salary.data().toString()
          == DisplayText::money(*offer.salary, offer.currency, QLocale(u"de"_s)));
    CHECK(salary.data().toString() != englishSalary);
    const QStringList stale = staleEnglish(window, english) + staleEnglish(dialog, english);
    INFO(stale.join(u'\n').toStdString());
    CHECK(stale.isEmpty());

    // The wizard's frame; its pages: the test below.
    CHECK(wizard->windowTitle() == EnableWizard::tr("Enable %1").arg(wizard->integration().name));
    CHECK(wizard->windowTitle() != wizardTitle);

    // Nothing is lost: the same dialog and wizard page are open, the edit is still unsaved.
    CHECK(dialog->isVisible());
    CHECK(wizard->isVisible());
    CHECK(wizard->currentId() == wizardPage);
    CHECK(app.view<FieldMappingsView>(MainWindow::View::FieldMappings) == mappings);
    CHECK(mappings->document() == document);
    CHECK(document->rows() == unsaved);
    CHECK(document->undoStack()->count() == undoSteps);
    CHECK(document->isDirty());
    CHECK(window->currentView() == MainWindow::View::Candidates);

    QCoreApplication::processEvents(); // the layouts take the new words' sizes
    QCoreApplication::processEvents();
    saveScreenshot(window, u"language-switch-candidates-de.png"_s);
    window->showView(MainWindow::View::Settings);
    QCoreApplication::processEvents();
    saveScreenshot(window, u"language-switch-settings-de.png"_s);

    // And back.
    chooseLanguage(window, u"en"_s);
    CHECK(headerTitle(window->viewWidget(MainWindow::View::Candidates)) == u"Candidates"_s);
    CHECK(app.settings.language() == u"en"_s);
    wizard->close();
    dialog->close();
}

TEST_CASE("open dialogs and every page of every enable wizard follow a switch while open, "
          "with what was typed kept",
          "[app][language]")
{
    const QSet<QString> english = englishWithGerman();
    ConsoleOnSandbox app;
    MainWindow *window = startInEnglish(app);

    // The dialogs, open, each with something typed or chosen.
    QNetworkAccessManager network;
    ConnectDialog connecting(&network, window);
    connecting.show();
    QLineEdit *backendName = nullptr;
    for (auto *edit : connecting.findChildren<QLineEdit *>())
        if (edit->accessibleName() == u"Backend name"_s)
            backendName = edit;
    REQUIRE(backendName);
    backendName->setText(u"Staging ATS"_s);
    const QString connectTitle = connecting.windowTitle();

    auto *webhooks = app.view<WebhooksView>(MainWindow::View::Webhooks);
    REQUIRE(webhooks);
    WebhookDialog webhook(webhooks->model(), nullptr, window);
    QLineEdit *webhookUrl = showAndType(webhook, u"url"_s, u"https://partner.example.com/typed"_s);
    const QString webhookTitle = webhook.windowTitle();

    auto *candidates = app.view<CandidatesView>(MainWindow::View::Candidates);
    REQUIRE(candidates);
    CandidatesModel *list = app.context()->candidates()->model();
    REQUIRE(list->rowCount() > 0);
    REQUIRE(candidates->selectCandidate(
        list->index(0, 0).data(CandidatesModel::IdRole).toString()));
    REQUIRE(waitUntil([candidates] { return candidates->detail()->state() == LoadState::Ready; }));
    const QList<Application> &applications =
        candidates->detail()->applications()->applications();
    REQUIRE_FALSE(applications.isEmpty());
    MoveStageDialog move(app.context()->reference(), applications, applications.first().id,
                         window);
    move.show();
    auto *stage = move.findChild<QComboBox *>(u"stageCombo"_s);
    REQUIRE(waitUntil([stage] { return stage->isEnabled() && stage->count() > 1; }));
    // A stage to move to (not the current one, not an archived one): the hint names it.
    auto *hint = move.findChild<QLabel *>(u"moveStageHint"_s);
    for (int index = 0; index < stage->count() && !move.isValid(); ++index) {
        stage->setCurrentIndex(index);
        if (move.needsArchiveReason())
            stage->setCurrentIndex(-1);
    }
    REQUIRE(move.isValid());
    const QString moveStage = move.stageId();
    const QString moveHint = hint->text();
    REQUIRE(moveHint.contains(applications.first().jobTitle));

    auto *workflows = window->findChild<ExternalWorkflowsPane *>();
    REQUIRE(workflows);
    ExternalWorkflowDialog workflow(workflows->model(), nullptr, window);
    QLineEdit *workflowTitle = showAndType(workflow, u"workflowTitle"_s, u"Contract (typed)"_s);
    const QString workflowWindowTitle = workflow.windowTitle();

    // Every enable wizard, open on its first page with the key's name changed.
    auto *marketplace = app.view<MarketplaceView>(MainWindow::View::Marketplace);
    REQUIRE(waitUntil([marketplace] { return marketplace->currentContext().partnerConsole; }));
    // Made as the marketplace makes them, all five at once (it keeps only one open).
    std::vector<std::unique_ptr<EnableWizard>> wizards;
    QHash<QWizardPage *, QString> englishTitles;
    QHash<EnableWizard *, QString> englishPermissions;
    for (const QString &id : {u"juro"_s, u"willo"_s, u"humaans"_s, u"sora"_s, u"justifacts"_s}) {
        const Integration *integration = marketplace->model()->find(id);
        REQUIRE(integration);
        auto *wizard = WizardFactory::create(*integration, marketplace->currentContext(), window);
        REQUIRE(wizard);
        wizards.emplace_back(wizard);
        wizard->setConfirmCancel(false);
        wizard->show();
        auto *keyTitle = wizard->findChild<QLineEdit *>(u"keyTitle"_s);
        REQUIRE(keyTitle);
        keyTitle->setText(id + u" typed key"_s);
        for (const int pageId : wizard->pageIds())
            englishTitles.insert(wizard->page(pageId), wizard->page(pageId)->title());
        auto *permissions = wizard->findChild<Card *>(u"permissionsCard"_s);
        REQUIRE(permissions);
        englishPermissions.insert(wizard, permissions->title());
    }
    REQUIRE(englishTitles.size() >= 20);
    const QString cancelText = wizards.front()->button(QWizard::CancelButton)->text();

    chooseLanguage(window, u"de"_s);
    REQUIRE(QLocale().language() == QLocale::German);

    // Nothing in any of them speaks English any more.
    QStringList stale = staleEnglish(&connecting, english) + staleEnglish(&webhook, english)
        + staleEnglish(&move, english) + staleEnglish(&workflow, english);
    for (const auto &wizard : wizards)
        stale << staleEnglish(wizard.get(), english);
    INFO(stale.join(u'\n').toStdString());
    CHECK(stale.isEmpty());

    // The dialogs: new titles, labels and buttons; the input is still there.
    CHECK(connecting.windowTitle() == ConnectDialog::tr("Connect Tessera"));
    CHECK(connecting.windowTitle() != connectTitle);
    CHECK(backendName->text() == u"Staging ATS"_s);
    CHECK(webhook.windowTitle() == WebhookDialog::tr("New webhook"));
    CHECK(webhook.windowTitle() != webhookTitle);
    CHECK(webhook.findChild<QPushButton *>(u"save"_s)->text()
          == WebhookDialog::tr("C&reate webhook"));
    CHECK(webhookUrl->text() == u"https://partner.example.com/typed"_s);
    CHECK(move.windowTitle() == MoveStageDialog::tr("Move to stage"));
    CHECK(move.stageId() == moveStage);
    CHECK(hint->text() != moveHint); // built again from the same choice, in German
    CHECK(hint->text().contains(applications.first().jobTitle));
    CHECK(workflow.windowTitle() == ExternalWorkflowDialog::tr("New Juro workflow"));
    CHECK(workflow.windowTitle() != workflowWindowTitle);
    CHECK(workflowTitle->text() == u"Contract (typed)"_s);
    for (QWidget *dialog :
         std::initializer_list<QWidget *>{&connecting, &webhook, &move, &workflow})
        CHECK(dialog->isVisible());

    // The wizards: every page's title (with its partner's name where it has one), the steps,
    // the buttons; the key's name as typed, the same page.
    for (const auto &wizard : wizards) {
        INFO(wizard->integrationId().toStdString());
        CHECK(wizard->isVisible());
        for (const int pageId : wizard->pageIds()) {
            QWizardPage *page = wizard->page(pageId);
            INFO(page->objectName().toStdString());
            CHECK_FALSE(page->title().isEmpty());
            CHECK(page->title() != englishTitles.value(page));
        }
        CHECK(wizard->page(wizard->pageIds().constLast())->title()
              == FinishPage::tr("Enable %1").arg(wizard->integration().name));
        CHECK(wizard->findChild<Card *>(u"permissionsCard"_s)->title()
              == AtsKeyPage::tr("What %1 may do with this key").arg(wizard->integration().name));
        CHECK(wizard->findChild<Card *>(u"permissionsCard"_s)->title()
              != englishPermissions.value(wizard.get()));
        CHECK(wizard->findChild<QLabel *>(u"step1"_s)->text().contains(AtsKeyPage::stepTitle()));
        CHECK(wizard->findChild<QLineEdit *>(u"keyTitle"_s)->text()
              == wizard->integrationId() + u" typed key"_s);
        CHECK(wizard->currentId() == wizard->startId());
        CHECK(wizard->button(QWizard::CancelButton)->text() != cancelText);
        CHECK(englishPermissions.contains(wizard.get()));
    }

    chooseLanguage(window, u"en"_s);
    CHECK(connecting.windowTitle() == connectTitle);
    QWizardPage *first = wizards.front()->page(wizards.front()->pageIds().constFirst());
    CHECK(first->title() == englishTitles.value(first));
}

TEST_CASE("a language Tessera does not ship reads English with English plurals",
          "[app][i18n]")
{
    // Italian (not shipped) and the C locale: the English file answers, so counts read
    // "2 deliveries", never "delivery(s)".
    for (const QString &language : {u"it"_s, u"C"_s}) {
        Translations::use(*QCoreApplication::instance(), language);
        CAPTURE(language);
        CHECK(QCoreApplication::translate("Tessera::FailuresPanel",
                                          "%n failed delivery(s) shown; scroll down for more.",
                                          nullptr, 2)
              == u"2 failed deliveries shown; scroll down for more."_s);
    }
    Translations::use(*QCoreApplication::instance(), u"en"_s);
}
