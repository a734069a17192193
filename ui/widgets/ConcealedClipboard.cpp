#include "ui/widgets/ConcealedClipboard.h"

#include <QClipboard>
#include <QCoreApplication>
#include <QCryptographicHash>
#include <QGuiApplication>
#include <QMimeData>

namespace custodian {

namespace {
QByteArray digestOf(const QString& text)
{
    return QCryptographicHash::hash(text.toUtf8(), QCryptographicHash::Sha256);
}

QClipboard* systemClipboard()
{
    return qobject_cast<QGuiApplication*>(QCoreApplication::instance()) ? QGuiApplication::clipboard() : nullptr;
}
} // namespace

ConcealedClipboard::ConcealedClipboard(QObject* parent)
    : QObject(parent)
{
    m_timer.setSingleShot(true);
    m_timer.setInterval(DefaultClearMs);
    connect(&m_timer, &QTimer::timeout, this, &ConcealedClipboard::clear);
    if (auto* app = QCoreApplication::instance())
        connect(app, &QCoreApplication::aboutToQuit, this, &ConcealedClipboard::clear);
    if (QClipboard* clipboard = systemClipboard())
        connect(clipboard, &QClipboard::dataChanged, this, &ConcealedClipboard::forgetIfReplaced);
}

ConcealedClipboard::~ConcealedClipboard()
{
    clear();
}

void ConcealedClipboard::setClearInterval(int milliseconds)
{
    m_timer.setInterval(std::max(1, milliseconds));
}

void ConcealedClipboard::copy(const QString& text)
{
    QClipboard* clipboard = systemClipboard();
    if (!clipboard || text.isEmpty())
        return;
    auto* data = new QMimeData;
    data->setText(text);
    // KDE's convention (honoured by Klipper and other clipboard managers): do not keep this in the history.
    data->setData(QLatin1String(concealedHintFormat()), QByteArrayLiteral("secret"));
    m_digest = digestOf(text); // before setMimeData: its dataChanged must recognise our own text
    clipboard->setMimeData(data, QClipboard::Clipboard); // takes ownership
    m_timer.start();
    Q_EMIT copied();
}

bool ConcealedClipboard::holdsCopiedText() const
{
    QClipboard* clipboard = systemClipboard();
    if (!clipboard || m_digest.isEmpty())
        return false;
    const QMimeData* data = clipboard->mimeData(QClipboard::Clipboard);
    return data && data->hasText() && digestOf(data->text()) == m_digest;
}

void ConcealedClipboard::clear()
{
    m_timer.stop();
    if (m_digest.isEmpty())
        return;
    const bool ours = holdsCopiedText();
    m_digest.clear();
    if (!ours)
        return; // the supervisor copied something else since: leave it
    if (QClipboard* clipboard = systemClipboard())
        clipboard->clear(QClipboard::Clipboard);
    Q_EMIT cleared();
}

void ConcealedClipboard::forgetIfReplaced()
{
    if (!m_digest.isEmpty() && !holdsCopiedText()) {
        m_digest.clear();
        m_timer.stop();
    }
}

} // namespace custodian
