#include "item/EvidenceCustodyModel.h"

#include "item/ItemRoles.h"

#include <QDateTime>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QLocale>

namespace custodian {

namespace {
QString timeText(qint64 ms)
{
    return QLocale().toString(QDateTime::fromMSecsSinceEpoch(ms), QStringLiteral("yyyy-MM-dd HH:mm:ss"));
}
} // namespace

EvidenceCustodyModel::EvidenceCustodyModel(QObject* parent)
    : RowTableModel(parent)
{
}

const EvidenceRegister::CustodyEntry* EvidenceCustodyModel::entry(int row) const
{
    return row >= 0 && row < int(rows().size()) ? &rows()[std::size_t(row)] : nullptr;
}

QString EvidenceCustodyModel::actionText(EvidenceRegister::Action action)
{
    switch (action) {
    case EvidenceRegister::Action::Added:
        return tr("Added");
    case EvidenceRegister::Action::Viewed:
        return tr("Viewed");
    case EvidenceRegister::Action::Exported:
        return tr("Exported");
    case EvidenceRegister::Action::Verified:
        return tr("Verified intact");
    case EvidenceRegister::Action::TamperDetected:
        return tr("Tampering detected");
    case EvidenceRegister::Action::Uploaded:
        return tr("Uploaded, verified by the central service");
    case EvidenceRegister::Action::Received:
        return tr("Received");
    }
    return {};
}

QString EvidenceCustodyModel::detailText(const EvidenceRegister::CustodyEntry& entry)
{
    const QJsonObject detail = QJsonDocument::fromJson(entry.detail.toUtf8()).object();
    const QLocale locale;
    switch (entry.action) {
    case EvidenceRegister::Action::Added:
        return tr("%1 in %2 chunks, SHA-256 %3")
            .arg(locale.formattedDataSize(qint64(detail.value(QStringLiteral("size")).toDouble())))
            .arg(detail.value(QStringLiteral("chunks")).toInteger())
            .arg(detail.value(QStringLiteral("sha256")).toString());
    case EvidenceRegister::Action::Exported:
        return tr("To %1, SHA-256 %2")
            .arg(detail.value(QStringLiteral("file")).toString(), detail.value(QStringLiteral("sha256")).toString());
    case EvidenceRegister::Action::Viewed:
    case EvidenceRegister::Action::Verified:
        return tr("SHA-256 %1").arg(detail.value(QStringLiteral("sha256")).toString());
    case EvidenceRegister::Action::Uploaded:
        return tr("Evidence %1 on the central service, SHA-256 %2")
            .arg(detail.value(QStringLiteral("central_id")).toInteger())
            .arg(detail.value(QStringLiteral("sha256")).toString());
    case EvidenceRegister::Action::Received:
        return tr("From %1 (console %2), SHA-256 %3")
            .arg(detail.value(QStringLiteral("supervisor")).toString(),
                 detail.value(QStringLiteral("console")).toString().left(12),
                 detail.value(QStringLiteral("sha256")).toString());
    case EvidenceRegister::Action::TamperDetected: {
        QStringList problems;
        for (const QJsonValue& problem : detail.value(QStringLiteral("problems")).toArray())
            problems << problem.toString();
        const QString during = detail.value(QStringLiteral("during")).toString();
        const QString joined = problems.join(QStringLiteral("; "));
        if (during == QLatin1String("view"))
            return tr("While viewing: %1").arg(joined);
        if (during == QLatin1String("verify"))
            return tr("While verifying: %1").arg(joined);
        if (during == QLatin1String("export"))
            return tr("While exporting: %1").arg(joined);
        return joined;
    }
    }
    return {};
}

int EvidenceCustodyModel::columnCount(const QModelIndex& parent) const
{
    return parent.isValid() ? 0 : ColumnCount;
}

QVariant EvidenceCustodyModel::data(const QModelIndex& index, int role) const
{
    const EvidenceRegister::CustodyEntry* found = entry(index.row());
    if (!found || index.column() < 0 || index.column() >= ColumnCount)
        return {};
    const EvidenceRegister::CustodyEntry& row = *found;
    if (role == IdRole)
        return row.id;
    if (role == ToneRole)
        return QVariant::fromValue(row.action == EvidenceRegister::Action::TamperDetected ? CellTone::Error
                                                                                          : CellTone::Normal);
    if (role == Qt::ToolTipRole)
        return index.column() == DetailColumn ? detailText(row) : QVariant();
    if (role != Qt::DisplayRole)
        return {};
    switch (Column(index.column())) {
    case AtColumn:
        return timeText(row.at);
    case ActorColumn:
        return row.actor;
    case ActionColumn:
        return actionText(row.action);
    case DetailColumn:
        return detailText(row);
    case ColumnCount:
        break;
    }
    return {};
}

QVariant EvidenceCustodyModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal || role != Qt::DisplayRole)
        return {};
    switch (Column(section)) {
    case AtColumn:
        return tr("When");
    case ActorColumn:
        return tr("Who");
    case ActionColumn:
        return tr("Action");
    case DetailColumn:
        return tr("Detail");
    case ColumnCount:
        break;
    }
    return {};
}

} // namespace custodian
