#include "central/XapiSettings.h"

#include <QFile>
#include <QSslCertificate>

#include <sys/stat.h>

namespace custodian {

namespace {
Error invalid(const QString& message)
{
    return Error(Error::Code::InvalidArgument, message);
}

bool isLoopbackHost(const QString& host)
{
    return host == QLatin1String("127.0.0.1") || host == QLatin1String("::1")
        || host.compare(QLatin1String("localhost"), Qt::CaseInsensitive) == 0;
}
} // namespace

Result<XapiSettings> XapiSettings::load(const Input& input)
{
    XapiSettings settings;
    const QUrl url(input.endpoint, QUrl::StrictMode);
    if (input.endpoint.isEmpty() || !url.isValid() || url.host().isEmpty())
        return invalid(tr("The LRS endpoint '%1' is not a URL with a host (e.g. https://lrs.example.com/xAPI/).")
                           .arg(input.endpoint.left(200)));
    if (!url.userName().isEmpty() || !url.password().isEmpty() || url.hasQuery() || url.hasFragment())
        return invalid(tr("The LRS endpoint must not carry a user name, password, query or fragment; the key and "
                          "secret go in the credentials file."));
    const QString scheme = url.scheme().toLower();
    if (scheme == QLatin1String("http")) {
        if (!isLoopbackHost(url.host()))
            return invalid(tr("The LRS endpoint must use https; http:// is allowed for 127.0.0.1 and localhost "
                              "only, for tests."));
    } else if (scheme != QLatin1String("https")) {
        return invalid(tr("The LRS endpoint must be an https:// URL (got '%1').").arg(scheme.left(20)));
    }
    QUrl endpoint = url;
    if (!endpoint.path().endsWith(QLatin1Char('/')))
        endpoint.setPath(endpoint.path() + QLatin1Char('/'));
    settings.m_endpoint = endpoint;

    if (input.credentialsFile.isEmpty())
        return invalid(tr("--credentials FILE is required: a file holding KEY:SECRET, mode 0600."));
    struct stat info
    {
    };
    const QByteArray path = QFile::encodeName(input.credentialsFile);
    if (::lstat(path.constData(), &info) != 0)
        return Error(Error::Code::NotFound, tr("Cannot read the credentials file %1.").arg(input.credentialsFile));
    if (!S_ISREG(info.st_mode))
        return invalid(tr("The credentials file %1 is not a regular file.").arg(input.credentialsFile));
    if ((info.st_mode & 0077) != 0)
        return invalid(tr("The credentials file %1 can be read by others (mode %2); it must be 0600 "
                          "(chmod 600 %1).")
                           .arg(input.credentialsFile)
                           .arg(info.st_mode & 0777, 4, 8, QLatin1Char('0')));
    if (info.st_uid != ::geteuid())
        return invalid(tr("The credentials file %1 belongs to another user.").arg(input.credentialsFile));
    QFile file(input.credentialsFile);
    if (!file.open(QIODevice::ReadOnly))
        return Error(Error::Code::Io, tr("Cannot read the credentials file %1.").arg(input.credentialsFile));
    const QByteArray line = file.read(4096).split('\n').value(0).trimmed();
    const qsizetype colon = line.indexOf(':');
    if (colon <= 0 || colon == line.size() - 1)
        return invalid(
            tr("The credentials file %1 must hold one line KEY:SECRET (neither empty).").arg(input.credentialsFile));
    settings.m_authorization = "Basic " + line.toBase64();

    QSslConfiguration tls = QSslConfiguration::defaultConfiguration();
    tls.setProtocol(QSsl::TlsV1_2OrLater);
    tls.setPeerVerifyMode(QSslSocket::VerifyPeer);
    if (!input.caFile.isEmpty()) {
        QFile ca(input.caFile);
        if (!ca.open(QIODevice::ReadOnly))
            return Error(Error::Code::NotFound, tr("Cannot read the CA file %1.").arg(input.caFile));
        const QList<QSslCertificate> authorities = QSslCertificate::fromData(ca.read(1 << 20), QSsl::Pem);
        if (authorities.isEmpty())
            return invalid(tr("The CA file %1 holds no PEM certificate.").arg(input.caFile));
        tls.setCaCertificates(authorities);
    }
    settings.m_tls = tls;

    if (input.limit < 1 || input.limit > MaxLimit)
        return invalid(tr("--limit must be 1 to %1 (got %2).").arg(MaxLimit).arg(input.limit));
    settings.m_limit = input.limit;
    if (auto status = checkMatching(input.matching); !status)
        return status.error();
    settings.m_matching = input.matching;
    return settings;
}

Status XapiSettings::checkMatching(const XapiMatching& matching)
{
    if (matching.activityPrefix.isEmpty())
        return invalid(tr("--activity-prefix is required: activity ids are this prefix followed by a training "
                          "module's code."));
    if (matching.mailDomain.isEmpty() && matching.accountHomePage.isEmpty())
        return invalid(tr("Give --mail-domain, --account-home-page or both: without them no actor can match an "
                          "agent."));
    return {};
}

Result<XapiSettings::Input> XapiSettings::readConfig(const QString& path)
{
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly))
        return Error(Error::Code::NotFound, tr("Cannot read the xAPI configuration %1.").arg(path));
    Input input;
    const QList<QByteArray> lines = file.read(1 << 16).split('\n');
    for (qsizetype i = 0; i < lines.size(); ++i) {
        const QString line = QString::fromUtf8(lines[i]).trimmed();
        if (line.isEmpty() || line.startsWith(QLatin1Char('#')))
            continue;
        const qsizetype equals = line.indexOf(QLatin1Char('='));
        if (equals <= 0)
            return invalid(tr("%1, line %2: expected key = value.").arg(path).arg(i + 1));
        const QString key = line.left(equals).trimmed();
        const QString value = line.mid(equals + 1).trimmed();
        if (key == QLatin1String("endpoint")) {
            input.endpoint = value;
        } else if (key == QLatin1String("credentials")) {
            input.credentialsFile = value;
        } else if (key == QLatin1String("ca")) {
            input.caFile = value;
        } else if (key == QLatin1String("activity-prefix")) {
            input.matching.activityPrefix = value;
        } else if (key == QLatin1String("mail-domain")) {
            input.matching.mailDomain = value;
        } else if (key == QLatin1String("account-home-page")) {
            input.matching.accountHomePage = value;
        } else if (key == QLatin1String("limit")) {
            bool ok = false;
            input.limit = value.toInt(&ok);
            if (!ok)
                return invalid(tr("%1, line %2: limit must be a whole number.").arg(path).arg(i + 1));
        } else {
            return invalid(tr("%1, line %2: unknown key '%3'.").arg(path).arg(i + 1).arg(key.left(60)));
        }
    }
    return input;
}

} // namespace custodian
