// Links from a backend or a partner (a check's result URL, a link in a partner's note) open in
// the browser only when they are http(s) web addresses.
#include "UrlCatcher.h"
#include "tests/support/CatchQt.h"

#include "ui/common/WebLink.h"

using namespace Qt::Literals::StringLiterals;
using namespace Tessera;
using namespace Tessera::Test;

TEST_CASE("A partner's link opens only as an http(s) web address", "[ui][links]")
{
    UrlCatcher browser;
    CHECK(WebLink::open(u"https://partners.example/reports/42"_s));
    CHECK(WebLink::open(u"http://127.0.0.1:8787/partners/justifacts/reports/42"_s));
    REQUIRE(browser.opened.size() == 2);
    CHECK(browser.opened.first() == QUrl(u"https://partners.example/reports/42"_s));

    for (const QString &refused : {u"file:///etc/passwd"_s, u"smb://host/share"_s,
                                   u"javascript:alert(1)"_s, u"tessera-handler://x"_s,
                                   u"https://"_s, u"not a url"_s, QString()})
        CHECK_FALSE(WebLink::open(refused));
    CHECK(browser.opened.size() == 2);
}
