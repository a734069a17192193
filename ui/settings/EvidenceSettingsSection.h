#pragma once

#include "ui/session/SessionPage.h"

class QPushButton;
class QSpinBox;

namespace custodian {

class MessageBanner;

// The evidence register's size limit on the Settings page (docs/incidents-evidence.md, "Adding"): the largest file a
// supervisor may attach to an incident, in MiB. It is this console's setting, kept in its store with the evidence it
// guards (EvidenceSettings), not an organisation-wide one, so any supervisor of the console changes it. Checked as
// typed — outside 1 … 256 MiB, Apply is off and the banner says why, the typed value stays for the supervisor to
// correct —, saved with its console-audit entry in one transaction (EvidenceSettings::setMaxBytes).
class EvidenceSettingsSection : public SessionPage
{
    Q_OBJECT
public:
    EvidenceSettingsSection(StoreSession* session, QString actor, QWidget* parent = nullptr);
    ~EvidenceSettingsSection() override;

    // Saves the field's value; false with the reason in the banner when refused (nothing is written then).
    bool apply();

Q_SIGNALS:
    void applied(qint64 maxBytes);

protected:
    void createUnlockedContent(QWidget* content) override;
    void releaseUnlockedContent() override;

private:
    void check();
    [[nodiscard]] qint64 fieldBytes() const;

    QString m_actor;
    qint64 m_shownBytes = 0;
    QSpinBox* m_maxMib = nullptr;
    QPushButton* m_apply = nullptr;
    MessageBanner* m_message = nullptr;
};

} // namespace custodian
