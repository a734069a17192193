#pragma once

#include "rules/DetectionSettings.h"
#include "ui/SessionPage.h"

#include <QPointer>
#include <map>
#include <string>

class QLabel;
class QSpinBox;

namespace custodian {

// The detections' thresholds on the Settings page: one field per threshold, within the bounds the rules accept,
// applied (and audited) with one button. Shown while the store is unlocked; the thresholds live in the store.
class DetectionSettingsSection : public SessionPage
{
    Q_OBJECT
public:
    DetectionSettingsSection(StoreSession* session, QString actor, QWidget* parent = nullptr);
    ~DetectionSettingsSection() override;

    // Writes the fields' values; false with the message shown when refused.
    bool apply();

Q_SIGNALS:
    void applied(int changedValues);

protected:
    void buildContent() override;
    void destroyContent() override;

private:
    QString m_actor;
    QPointer<QWidget> m_content;
    std::map<std::string, QSpinBox*> m_fields;
    QLabel* m_message = nullptr;
};

} // namespace custodian
