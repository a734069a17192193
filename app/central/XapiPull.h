#pragma once

#include "central/XapiSettings.h"
#include "domain/Result.h"
#include "store/central/XapiStatement.h"

#include <QCoreApplication>
#include <QJsonArray>
#include <QNetworkAccessManager>
#include <QSet>

#include <vector>

namespace custodian {

// One pull of statements from an xAPI 1.0.3 learning record store (docs/xapi.md): GET {endpoint}statements with
// `since` = the cursor, `limit` and ascending order, then every `more` link (resolved against the endpoint's
// authority, as the xAPI spec says) to the end, X-Experience-API-Version: 1.0.3 on every request. The whole pull is
// read before anything is written, so any failure — a refused key, a 5xx, a page without the version header,
// malformed JSON or statements, a page over the size limit, a `more` that repeats, goes on for more than the page
// limit or points to another host, a TLS error, a redirect — ends it with the reason and leaves the store as it was.
// Blocks in a local event loop: for the command line, never the GUI.
class XapiPull
{
    Q_DECLARE_TR_FUNCTIONS(XapiPull)

public:
    struct Batch
    {
        std::vector<XapiStatement> statements;
        QString consistentThrough; // of the first page: the next pull's `since`
        int pages = 0;
    };

    static constexpr qint64 MaxPageBytes = 16LL * 1024 * 1024;
    static constexpr int DefaultMaxPages = 1000;

    explicit XapiPull(const XapiSettings& settings, int maxPages = DefaultMaxPages);

    [[nodiscard]] Result<Batch> run(const QString& since);

    // One statement of a page; an error names what is missing or wrong.
    [[nodiscard]] static Result<XapiStatement> parseStatement(const QJsonObject& object);
    // The statements of a list (a page's `statements`, or a file `xapi-import` reads) appended to `into`, each id
    // once: a statement whose id is already in `ids` (a page boundary the LRS moved) is skipped. The first statement
    // that is not an object or does not parse stops it, named by its place in the list.
    [[nodiscard]] static Status appendStatements(const QJsonArray& list, QSet<QString>& ids,
                                                 std::vector<XapiStatement>& into);

private:
    struct Page
    {
        QByteArray body;
        QString consistentThrough;
    };
    [[nodiscard]] Result<Page> get(const QUrl& url);

    const XapiSettings& m_settings;
    int m_maxPages;
    QNetworkAccessManager m_network;
};

} // namespace custodian
