#include "central/XapiPull.h"

#include <QDateTime>
#include <QEventLoop>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QNetworkReply>
#include <QNetworkRequest>
#include <QSet>
#include <QSslError>
#include <QUrlQuery>

namespace custodian {

namespace {
const QString AdlVerbs = QStringLiteral("http://adlnet.gov/expapi/verbs/");

Error protocol(const QString& message)
{
    return Error(Error::Code::Protocol, message);
}

std::optional<qint64> parseTime(const QJsonValue& value)
{
    if (!value.isString())
        return std::nullopt;
    const QDateTime time = QDateTime::fromString(value.toString(), Qt::ISODateWithMs);
    if (!time.isValid())
        return std::nullopt;
    return time.toMSecsSinceEpoch();
}

bool sameAuthority(const QUrl& a, const QUrl& b)
{
    return a.scheme().compare(b.scheme(), Qt::CaseInsensitive) == 0
        && a.host().compare(b.host(), Qt::CaseInsensitive) == 0
        && a.port(a.scheme() == QLatin1String("https") ? 443 : 80)
        == b.port(b.scheme() == QLatin1String("https") ? 443 : 80);
}
} // namespace

XapiPull::XapiPull(const XapiSettings& settings, int maxPages)
    : m_settings(settings)
    , m_maxPages(maxPages)
{
    m_network.setRedirectPolicy(QNetworkRequest::ManualRedirectPolicy);
}

Result<XapiStatement> XapiPull::parseStatement(const QJsonObject& object)
{
    XapiStatement statement;
    statement.id = object.value(QLatin1String("id")).toString();
    if (statement.id.isEmpty() || statement.id.size() > 64)
        return protocol(tr("A statement has no id."));
    auto bad = [&](const QString& what) { return protocol(tr("Statement %1: %2.").arg(statement.id, what)); };
    statement.verbId = object.value(QLatin1String("verb")).toObject().value(QLatin1String("id")).toString();
    if (statement.verbId.isEmpty())
        return bad(tr("no verb id"));
    if (statement.verbId == AdlVerbs + QLatin1String("completed"))
        statement.verb = XapiStatement::Verb::Completed;
    else if (statement.verbId == AdlVerbs + QLatin1String("passed"))
        statement.verb = XapiStatement::Verb::Passed;
    else if (statement.verbId == AdlVerbs + QLatin1String("failed"))
        statement.verb = XapiStatement::Verb::Failed;
    else if (statement.verbId == AdlVerbs + QLatin1String("voided"))
        statement.verb = XapiStatement::Verb::Voided;
    const auto stored = parseTime(object.value(QLatin1String("stored")));
    if (!stored)
        return bad(tr("no valid 'stored' time"));
    statement.stored = *stored;
    // An LRS sets `timestamp` to `stored` when the statement came without one; accept that too.
    statement.timestamp = parseTime(object.value(QLatin1String("timestamp"))).value_or(*stored);

    const QJsonObject target = object.value(QLatin1String("object")).toObject();
    if (statement.verb == XapiStatement::Verb::Voided) {
        if (target.value(QLatin1String("objectType")).toString() != QLatin1String("StatementRef")
            || target.value(QLatin1String("id")).toString().isEmpty())
            return bad(tr("a voiding statement whose object is not a StatementRef"));
        statement.voidedStatementId = target.value(QLatin1String("id")).toString().left(64);
        return statement;
    }
    if (statement.verb == XapiStatement::Verb::Other)
        return statement;

    const QJsonObject actor = object.value(QLatin1String("actor")).toObject();
    statement.mbox = actor.value(QLatin1String("mbox")).toString().left(320);
    const QJsonObject account = actor.value(QLatin1String("account")).toObject();
    statement.accountHomePage = account.value(QLatin1String("homePage")).toString().left(500);
    statement.accountName = account.value(QLatin1String("name")).toString().left(200);
    if (statement.mbox.isEmpty() && statement.accountName.isEmpty()) {
        // mbox_sha1sum, openid or a group: forms the service cannot match, reported as unmatched.
        statement.accountHomePage = QStringLiteral("(an actor without mbox or account)");
    }
    statement.activityId = target.value(QLatin1String("id")).toString().left(2000);
    if (statement.activityId.isEmpty())
        return bad(tr("no object id"));
    const QJsonObject result = object.value(QLatin1String("result")).toObject();
    const QJsonValue scaled = result.value(QLatin1String("score")).toObject().value(QLatin1String("scaled"));
    if (!scaled.isUndefined()) {
        if (!scaled.isDouble() || scaled.toDouble() < -1.0 || scaled.toDouble() > 1.0)
            return bad(tr("result.score.scaled is not a number from -1 to 1"));
        statement.scaledScore = scaled.toDouble();
    }
    const QJsonValue success = result.value(QLatin1String("success"));
    if (!success.isUndefined()) {
        if (!success.isBool())
            return bad(tr("result.success is not true or false"));
        statement.success = success.toBool();
    }
    return statement;
}

Status XapiPull::appendStatements(const QJsonArray& list, QSet<QString>& ids, std::vector<XapiStatement>& into)
{
    for (qsizetype i = 0; i < list.size(); ++i) {
        const QJsonValue value = list.at(i);
        if (!value.isObject())
            return protocol(tr("Statement %1 of the list is not an object.").arg(i + 1));
        auto statement = parseStatement(value.toObject());
        if (!statement)
            return statement.error().prefixed(tr("Statement %1 of the list").arg(i + 1));
        if (ids.contains(statement->id))
            continue;
        ids.insert(statement->id);
        into.push_back(std::move(statement).value());
    }
    return {};
}

Result<XapiPull::Page> XapiPull::get(const QUrl& url)
{
    QNetworkRequest request(url);
    request.setRawHeader("X-Experience-API-Version", "1.0.3");
    request.setRawHeader("Authorization", m_settings.authorization());
    request.setRawHeader("Accept", "application/json");
    request.setSslConfiguration(m_settings.tls());
    request.setTransferTimeout(60'000);
    request.setAttribute(QNetworkRequest::RedirectPolicyAttribute, QNetworkRequest::ManualRedirectPolicy);
    QNetworkReply* reply = m_network.get(request);
    QEventLoop loop;
    bool tooLarge = false;
    QString tlsErrors;
    QObject::connect(reply, &QNetworkReply::sslErrors, reply, [&](const QList<QSslError>& errors) {
        // Never ignored: the reply fails, and the reason names the certificate problem.
        for (const QSslError& error : errors)
            tlsErrors += (tlsErrors.isEmpty() ? QString() : QStringLiteral("; ")) + error.errorString();
    });
    QObject::connect(reply, &QNetworkReply::downloadProgress, reply, [&](qint64 received, qint64 total) {
        if (received > MaxPageBytes || total > MaxPageBytes) {
            tooLarge = true;
            reply->abort();
        }
    });
    QObject::connect(reply, &QNetworkReply::finished, &loop, &QEventLoop::quit);
    loop.exec();
    reply->deleteLater();
    if (tooLarge)
        return protocol(tr("The LRS sent a page larger than %1 MiB; the pull stops.").arg(MaxPageBytes >> 20));
    const int status = reply->attribute(QNetworkRequest::HttpStatusCodeAttribute).toInt();
    if (reply->error() != QNetworkReply::NoError && status == 0) {
        if (!tlsErrors.isEmpty())
            return Error(Error::Code::Tls, tr("TLS with the LRS failed: %1").arg(tlsErrors));
        return Error(Error::Code::Offline, tr("Cannot reach the LRS: %1").arg(reply->errorString()));
    }
    if (status == 401 || status == 403)
        return Error(Error::Code::Unauthorized,
                     tr("The LRS refused the key and secret (HTTP %1); check the credentials file.").arg(status));
    if (status >= 500)
        return Error(Error::Code::ServerFailed, tr("The LRS failed to answer (HTTP %1).").arg(status));
    if (status != 200)
        return protocol(tr("The LRS answered HTTP %1 where 200 was expected.").arg(status));
    const QByteArray version = reply->rawHeader("X-Experience-API-Version");
    if (version.isEmpty())
        return protocol(tr("The LRS's answer has no X-Experience-API-Version header: it is not an xAPI LRS."));
    if (!version.startsWith("1.0."))
        return protocol(tr("The LRS speaks xAPI %1; this service reads 1.0.x.").arg(QString::fromLatin1(version)));
    Page page;
    page.body = reply->readAll();
    if (page.body.size() > MaxPageBytes)
        return protocol(tr("The LRS sent a page larger than %1 MiB; the pull stops.").arg(MaxPageBytes >> 20));
    page.consistentThrough = QString::fromLatin1(reply->rawHeader("X-Experience-API-Consistent-Through"));
    return page;
}

Result<XapiPull::Batch> XapiPull::run(const QString& since)
{
    Batch batch;
    QUrl url = m_settings.endpoint().resolved(QUrl(QStringLiteral("statements")));
    QUrlQuery query;
    if (!since.isEmpty())
        query.addQueryItem(QStringLiteral("since"), since);
    query.addQueryItem(QStringLiteral("limit"), QString::number(m_settings.limit()));
    query.addQueryItem(QStringLiteral("ascending"), QStringLiteral("true"));
    url.setQuery(query);
    QSet<QString> visited;
    QSet<QString> statementIds;
    while (true) {
        auto page = get(url);
        if (!page)
            return page.error().prefixed(tr("Page %1").arg(batch.pages + 1));
        ++batch.pages;
        if (batch.pages == 1) {
            if (!parseTime(QJsonValue(page->consistentThrough)))
                return protocol(tr("The LRS's first page has no valid X-Experience-API-Consistent-Through header."));
            batch.consistentThrough = page->consistentThrough;
        }
        QJsonParseError parseError;
        const QJsonDocument document = QJsonDocument::fromJson(page->body, &parseError);
        if (parseError.error != QJsonParseError::NoError)
            return protocol(tr("Page %1 is not valid JSON (%2 at byte %3).")
                                .arg(batch.pages)
                                .arg(parseError.errorString())
                                .arg(parseError.offset));
        const QJsonObject result = document.object();
        if (!document.isObject() || !result.value(QLatin1String("statements")).isArray())
            return protocol(tr("Page %1 is not a StatementResult (no 'statements' list).").arg(batch.pages));
        if (auto status
            = appendStatements(result.value(QLatin1String("statements")).toArray(), statementIds, batch.statements);
            !status)
            return status.error().prefixed(tr("Page %1").arg(batch.pages));
        const QJsonValue more = result.value(QLatin1String("more"));
        if (!more.isUndefined() && !more.isNull() && !more.isString())
            return protocol(tr("Page %1's 'more' is not a URL.").arg(batch.pages));
        const QString moreText = more.toString();
        if (moreText.isEmpty())
            return batch;
        // Relative to the endpoint's authority (xAPI 1.0.3, 2.1.3): "/xAPI/statements?…".
        const QUrl next = m_settings.endpoint().resolved(QUrl(moreText));
        if (!next.isValid() || !sameAuthority(next, m_settings.endpoint()))
            return protocol(tr("Page %1's 'more' link points to another host (%2); the pull stops.")
                                .arg(batch.pages)
                                .arg(next.host().left(200)));
        if (visited.contains(next.toString()) || next == url)
            return protocol(tr("Page %1's 'more' link repeats an earlier page: the LRS is looping; the pull stops.")
                                .arg(batch.pages));
        if (batch.pages >= m_maxPages)
            return protocol(tr("The LRS still had more after %1 pages; the pull stops (--max-pages).").arg(m_maxPages));
        visited.insert(url.toString());
        url = next;
    }
}

} // namespace custodian
