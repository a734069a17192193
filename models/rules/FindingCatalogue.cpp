#include "rules/FindingCatalogue.h"

#include <QCoreApplication>

namespace custodian {

const std::array<FindingCatalogue::Entry, 8>& FindingCatalogue::all()
{
    static const std::array<Entry, 8> entries { {
        { FindingKind::OffHours, "off_hours", QT_TRANSLATE_NOOP("FindingCatalogue", "Off-hours access"),
          "PCI DSS 10.2.1.1, 10.4.1.1; ISO 27001 A.8.16", Severity::Medium },
        { FindingKind::BulkAccess, "bulk_access", QT_TRANSLATE_NOOP("FindingCatalogue", "Bulk access"),
          "GDPR Art. 32(1)(b); PCI DSS 10.4.1.1; ISO 27001 A.8.16", Severity::High },
        { FindingKind::FailedLoginBurst, "failed_login_burst",
          QT_TRANSLATE_NOOP("FindingCatalogue", "Failed-login burst"), "PCI DSS 8.3.4, 10.2.1.4", Severity::Medium },
        { FindingKind::PaymentDataWithoutTraining, "payment_data_without_training",
          QT_TRANSLATE_NOOP("FindingCatalogue", "Payment card data without PCI DSS training"), "PCI DSS 12.6.1, 12.6.3",
          Severity::High },
        { FindingKind::InactiveAgentAccess, "inactive_agent_access",
          QT_TRANSLATE_NOOP("FindingCatalogue", "Access by inactive agent"), "PCI DSS 8.2.5; ISO 27001 A.5.18",
          Severity::Critical },
        { FindingKind::NewWorkstation, "new_workstation", QT_TRANSLATE_NOOP("FindingCatalogue", "New workstation"),
          "ISO 27001 A.8.1, A.8.16; PCI DSS 10.4.1.1", Severity::Low },
        { FindingKind::AccessBeyondRole, "access_beyond_role",
          QT_TRANSLATE_NOOP("FindingCatalogue", "Access beyond role"),
          "PCI DSS 7.2.1, 7.2.2; GDPR Art. 32; ISO 27001 A.5.15", Severity::High },
        { FindingKind::UntrainedRoleHolder, "untrained_role_holder",
          QT_TRANSLATE_NOOP("FindingCatalogue", "Role held without required training"),
          "PCI DSS 12.6.1, 12.6.3; GDPR Art. 39(1)(b); ISO 27001 A.6.3", Severity::High },
    } };
    return entries;
}

const FindingCatalogue::Entry& FindingCatalogue::entry(FindingKind kind)
{
    for (const Entry& e : all()) {
        if (e.kind == kind)
            return e;
    }
    return all().front();
}

QString FindingCatalogue::title(FindingKind kind)
{
    return QCoreApplication::translate("FindingCatalogue", entry(kind).title);
}

QString FindingCatalogue::severityName(Severity severity)
{
    switch (severity) {
    case Severity::Low:
        return QCoreApplication::translate("FindingCatalogue", "Low");
    case Severity::Medium:
        return QCoreApplication::translate("FindingCatalogue", "Medium");
    case Severity::High:
        return QCoreApplication::translate("FindingCatalogue", "High");
    case Severity::Critical:
        return QCoreApplication::translate("FindingCatalogue", "Critical");
    }
    return {};
}

QString FindingCatalogue::statusName(FindingStatus status)
{
    switch (status) {
    case FindingStatus::Open:
        return QCoreApplication::translate("FindingCatalogue", "Open");
    case FindingStatus::Acknowledged:
        return QCoreApplication::translate("FindingCatalogue", "Acknowledged");
    case FindingStatus::Dismissed:
        return QCoreApplication::translate("FindingCatalogue", "Dismissed");
    case FindingStatus::Escalated:
        return QCoreApplication::translate("FindingCatalogue", "Escalated");
    }
    return {};
}

} // namespace custodian
