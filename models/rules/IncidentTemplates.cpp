#include "rules/IncidentTemplates.h"

#include <algorithm>

namespace custodian {

namespace {
using P = IncidentPhase;
} // namespace

std::vector<IncidentTemplates::Category> IncidentTemplates::categories()
{
    return {
        { QStringLiteral("social_engineering"), tr("Vishing or social engineering"), true },
        { QStringLiteral("card_data_exposure"), tr("Card number exposed (PCI DSS 12.10.7)"), true },
        { QStringLiteral("account_takeover"), tr("Account takeover"), true },
        { QStringLiteral("insider_misuse"), tr("Misuse of customer records by an agent"), true },
        { QStringLiteral("lost_device"), tr("Lost workstation or device"), true },
        { QStringLiteral("phishing"), tr("Phishing"), false },
        { QStringLiteral("misdirected_email"), tr("Misdirected e-mail"), false },
        { QStringLiteral("other"), tr("Other"), false },
    };
}

bool IncidentTemplates::isKnownCategory(const QString& code)
{
    const auto all = categories();
    return std::any_of(all.begin(), all.end(), [&code](const Category& c) { return c.code == code; });
}

std::vector<IncidentTemplates::Task> IncidentTemplates::tasksFor(const QString& category)
{
    if (category == QLatin1String("social_engineering"))
        return {
            { QStringLiteral("se.call_details"), tr("Record the call or contact"),
              tr("When, on which line or channel, the number or address it came from, and what was asked for."), true,
              P::Analysing },
            { QStringLiteral("se.what_disclosed"), tr("Establish what was disclosed or changed"),
              tr("Which customer data the caller learned and which account changes were made on their request."), true,
              P::Analysing },
            { QStringLiteral("se.protect_accounts"), tr("Protect the targeted customer accounts"),
              tr("Flag them for step-up verification and undo changes made on the impostor's request."), true,
              P::Containing },
            { QStringLiteral("se.block_source"), tr("Block or report the source"),
              tr("Report the number to the telecom provider or block the address; warn the other teams."), false,
              P::Containing },
            { QStringLiteral("se.agent_debrief"), tr("Debrief the agent"),
              tr("Go through the call with the agent: what gave it away, what would have stopped it earlier."), true,
              P::Recovering },
            { QStringLiteral("se.awareness"), tr("Share the pretext with all agents"),
              tr("A short note or briefing so that the same script fails on the next agent."), false, P::Recovering },
        };
    if (category == QLatin1String("card_data_exposure"))
        // PCI DSS v4.0 requirement 12.10.7: incident response procedures are initiated upon detection of stored PAN
        // anywhere it is not expected, and include its four steps, in this order.
        return {
            { QStringLiteral("pan.locate"), tr("Locate every copy of the card numbers"),
              tr("Where the PAN was found (notes, e-mail, recording, export, screenshot) and every copy made of it."),
              true, P::Analysing },
            { QStringLiteral("pan.decide"), tr("Determine what to do with the stored PAN"),
              tr("PCI DSS 12.10.7: decide, with the security officer, whether to delete it or move it into the CDE."),
              true, P::Analysing },
            { QStringLiteral("pan.remove"), tr("Retrieve, securely delete or migrate the PAN into the CDE"),
              tr("PCI DSS 12.10.7: remove it from where it was found; record how and who checked it is gone."), true,
              P::Containing },
            { QStringLiteral("pan.origin"), tr("Identify where the data came from"),
              tr("PCI DSS 12.10.7: the agent, process, tool or integration that put the PAN there, and since when."),
              true, P::Eradicating },
            { QStringLiteral("pan.fix_gaps"), tr("Fix the gaps that let it be stored"),
              tr("PCI DSS 12.10.7: change the process, masking, DLP rule or tool so that it cannot happen again."),
              true, P::Eradicating },
            { QStringLiteral("pan.notify_acquirer"), tr("Decide whether the acquirer must be told"),
              tr("If cardholder data may have left the organisation, follow the card brands' notification rules."),
              false, P::Recovering },
        };
    if (category == QLatin1String("account_takeover"))
        return {
            { QStringLiteral("ato.lock"), tr("Lock the affected account"),
              tr("Suspend the customer's or agent's account and end its sessions before anything else."), true,
              P::Containing },
            { QStringLiteral("ato.reset"), tr("Reset credentials and second factors"),
              tr("New password, re-enrolled second factor, revoked tokens; confirm the owner through a known channel."),
              true, P::Containing },
            { QStringLiteral("ato.activity"), tr("Review the account's activity during the takeover"),
              tr("Logins, record views, changes and payments from the first suspicious access to the lock."), true,
              P::Analysing },
            { QStringLiteral("ato.entry"), tr("Find how access was gained"),
              tr("Phished password, SIM swap, social engineering of an agent, reused credentials."), true,
              P::Eradicating },
            { QStringLiteral("ato.restore"), tr("Restore the account to its owner"),
              tr("Undo the intruder's changes and give the account back once the owner is verified."), true,
              P::Recovering },
        };
    if (category == QLatin1String("insider_misuse"))
        return {
            { QStringLiteral("misuse.scope"), tr("Establish which records were accessed without a reason"),
              tr("Compare the agent's record views with the contacts they handled; keep the access log extract."), true,
              P::Analysing },
            { QStringLiteral("misuse.restrict"), tr("Restrict the agent's access"),
              tr("Suspend the roles that give access to the records while the case is open."), true, P::Containing },
            { QStringLiteral("misuse.hr"), tr("Involve HR and the agent's manager"),
              tr("Hand over the facts for the disciplinary process; the console records decisions, not sanctions."),
              true, P::Containing },
            { QStringLiteral("misuse.personal_data"), tr("Decide whether personal data was breached"),
              tr("With the data protection officer: whether the views amount to a personal data breach (GDPR)."), true,
              P::Analysing },
            { QStringLiteral("misuse.controls"), tr("Review the controls that let it happen"),
              tr("Role scope, detections and sampling: why it was not caught sooner."), false, P::Recovering },
        };
    if (category == QLatin1String("lost_device"))
        return {
            { QStringLiteral("device.identify"), tr("Identify the device and what it held"),
              tr("Workstation or token, its last user, whether it was encrypted, what data and sessions it had."), true,
              P::Analysing },
            { QStringLiteral("device.revoke"), tr("Revoke the device's access"),
              tr("Certificates, VPN profile, tokens and saved sessions of the device and its last user."), true,
              P::Containing },
            { QStringLiteral("device.wipe"), tr("Wipe the device remotely"),
              tr("Issue the remote wipe and record whether the device confirmed it."), false, P::Containing },
            { QStringLiteral("device.police"), tr("Report the loss or theft"),
              tr("A police report for a theft; the reference goes in a note."), false, P::Containing },
            { QStringLiteral("device.replace"), tr("Replace the device"),
              tr("A new device for the agent, enrolled and checked before use."), false, P::Recovering },
        };
    return {};
}

} // namespace custodian
