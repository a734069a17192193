#pragma once

#include "ui/settings/OrganisationSettingsSection.h"

#include <map>
#include <string>

class QCheckBox;
class QSpinBox;

namespace custodian {

// The detections' thresholds on the Settings page: one field per threshold, within the bounds the rules accept, and
// the organisation's review rule (a reviewer other than the creator) that travels with them, applied (and audited)
// with one button. Shown while the store is unlocked; the values live in the store. They are organisation-wide and
// only a security officer may change them: when the central service said this console's supervisor is not one, the
// fields are read-only and a note says why. Apply and refresh: OrganisationSettingsSection.
class DetectionSettingsSection : public OrganisationSettingsSection
{
    Q_OBJECT
public:
    DetectionSettingsSection(StoreSession* session, QString actor, QWidget* parent = nullptr);
    ~DetectionSettingsSection() override;

protected:
    void createUnlockedContent(QWidget* content) override;
    void releaseUnlockedContent() override;
    [[nodiscard]] DetectionSettings withFields(DetectionSettings settings) const override;
    [[nodiscard]] QString savedMessage(int changed) const override;

private:
    std::map<std::string, QSpinBox*> m_fields;
    std::map<std::string, QCheckBox*> m_switches; // settings that are 0 or 1
};

} // namespace custodian
