#include "ui/settings/EvidenceSettingsSection.h"

#include "store/EvidenceSettings.h"
#include "store/Store.h"
#include "ui/session/StoreSession.h"
#include "ui/widgets/MessageBanner.h"

#include <QFormLayout>
#include <QGroupBox>
#include <QHBoxLayout>
#include <QLabel>
#include <QPushButton>
#include <QSpinBox>
#include <QVBoxLayout>

namespace custodian {

namespace {
constexpr qint64 MiB = qint64(1024) * 1024;
}

EvidenceSettingsSection::EvidenceSettingsSection(StoreSession* session, QString actor, QWidget* parent)
    : SessionPage(session, parent)
    , m_actor(std::move(actor))
{
    setObjectName(QStringLiteral("evidenceSettings"));
    followSession();
}

EvidenceSettingsSection::~EvidenceSettingsSection()
{
    destroyUnlockedContent();
}

void EvidenceSettingsSection::releaseUnlockedContent()
{
    m_maxMib = nullptr;
    m_apply = nullptr;
    m_message = nullptr;
}

void EvidenceSettingsSection::createUnlockedContent(QWidget* content)
{
    Store* store = m_session->store();
    if (!store)
        return;
    auto* box = new QGroupBox(tr("Incident evidence"), content);
    auto* boxLayout = new QVBoxLayout(content);
    boxLayout->setContentsMargins(0, 0, 0, 0);
    boxLayout->addWidget(box);
    auto* outer = new QVBoxLayout(box);
    auto* note = new QLabel(tr("Files attached to an incident are kept encrypted in this store. A file over the limit "
                               "is refused with nothing added. At most %1 MiB: a larger add would hold the store "
                               "longer than other work waits for it.")
                                .arg(EvidenceSettings::HighestMaxBytes / MiB),
                            box);
    note->setWordWrap(true);
    outer->addWidget(note);
    auto* form = new QFormLayout;
    outer->addLayout(form);

    m_maxMib = new QSpinBox(box);
    m_maxMib->setObjectName(QStringLiteral("evidence_max_mib"));
    // Wider than the rule allows, so that a value above the maximum can be typed and is explained, not clamped.
    m_maxMib->setRange(0, 1024 * 1024);
    m_maxMib->setSuffix(tr(" MiB"));
    m_maxMib->setAccessibleName(tr("Largest evidence file, in MiB"));
    form->addRow(tr("Largest evidence &file:"), m_maxMib);
    m_apply = new QPushButton(tr("Apply evidence limit"), box);
    m_apply->setObjectName(QStringLiteral("applyEvidenceSettings"));
    m_message = new MessageBanner(box);
    m_message->setObjectName(QStringLiteral("evidenceSettingsMessage"));
    auto* buttons = new QHBoxLayout;
    buttons->addWidget(m_message, 1);
    // Aligned, so that it keeps its size while the banner is hidden rather than filling the row.
    buttons->addWidget(m_apply, 0, Qt::AlignRight);
    outer->addLayout(buttons);

    // One row of the setting table: read here, as the page's other sections read theirs.
    auto current = EvidenceSettings::maxBytes(store->database());
    // A damaged stored value: the field offers the default, and applying it writes it (-1 never equals a field's).
    m_shownBytes = current ? *current : -1;
    m_maxMib->setValue(int((current ? *current : EvidenceSettings::DefaultMaxBytes) / MiB));
    if (!current)
        m_message->showMessage(current.error().message(), MessageBanner::Level::Error);
    connect(m_maxMib, &QSpinBox::valueChanged, this, [this] { check(); });
    connect(m_apply, &QPushButton::clicked, this, [this] { (void)apply(); });
}

qint64 EvidenceSettingsSection::fieldBytes() const
{
    return m_maxMib ? qint64(m_maxMib->value()) * MiB : 0;
}

void EvidenceSettingsSection::check()
{
    if (!m_apply || !m_message)
        return;
    const Status valid = EvidenceSettings::validate(fieldBytes());
    m_apply->setEnabled(valid.ok());
    if (!valid)
        m_message->showMessage(valid.error().message(), MessageBanner::Level::Error);
    else
        m_message->clearMessage();
}

bool EvidenceSettingsSection::apply()
{
    Store* store = m_session->store();
    if (!store || !m_message || !m_maxMib)
        return false;
    const qint64 bytes = fieldBytes();
    if (bytes == m_shownBytes) {
        m_message->showMessage(tr("Nothing changed."), MessageBanner::Level::Information);
        return true;
    }
    // Validated again by setMaxBytes, which writes the value and its audit entry in one transaction or neither.
    if (auto saved = EvidenceSettings::setMaxBytes(store->database(), bytes, m_actor); !saved) {
        m_message->showMessage(saved.error().message(), MessageBanner::Level::Error);
        return false;
    }
    m_shownBytes = bytes;
    m_message->showMessage(
        tr("Saved the evidence limit, %1; recorded in the console audit.").arg(EvidenceSettings::describeSize(bytes)),
        MessageBanner::Level::Success);
    Q_EMIT applied(bytes);
    return true;
}

} // namespace custodian
