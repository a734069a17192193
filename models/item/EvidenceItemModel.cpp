#include "item/EvidenceItemModel.h"

#include "item/ItemRoles.h"

#include <QDateTime>
#include <QLocale>

namespace custodian {

namespace {
QString timeText(qint64 ms)
{
    return QLocale().toString(QDateTime::fromMSecsSinceEpoch(ms), QStringLiteral("yyyy-MM-dd HH:mm"));
}
} // namespace

EvidenceItemModel::EvidenceItemModel(QObject* parent)
    : RowTableModel(parent)
{
}

const EvidenceRegister::Item* EvidenceItemModel::item(int row) const
{
    return row >= 0 && row < int(rows().size()) ? &rows()[std::size_t(row)] : nullptr;
}

int EvidenceItemModel::rowOf(qint64 itemId) const
{
    for (std::size_t row = 0; row < rows().size(); ++row) {
        if (rows()[row].id == itemId)
            return int(row);
    }
    return -1;
}

void EvidenceItemModel::setChecks(const std::vector<EvidenceRegister::Check>& checks)
{
    m_checks.clear();
    for (const EvidenceRegister::Check& check : checks)
        m_checks.insert(check.itemId, check);
    if (!rows().empty())
        Q_EMIT dataChanged(index(0, 0), index(int(rows().size()) - 1, ColumnCount - 1));
}

const EvidenceRegister::Check* EvidenceItemModel::check(qint64 itemId) const
{
    auto found = m_checks.constFind(itemId);
    return found == m_checks.constEnd() ? nullptr : &*found;
}

void EvidenceItemModel::setUploads(const std::vector<EvidenceUploadQueue::Upload>& uploads)
{
    m_uploads.clear();
    for (const EvidenceUploadQueue::Upload& each : uploads)
        m_uploads.insert(each.itemId, each);
    if (!rows().empty())
        Q_EMIT dataChanged(index(0, UploadColumn), index(int(rows().size()) - 1, UploadColumn));
}

const EvidenceUploadQueue::Upload* EvidenceItemModel::upload(qint64 itemId) const
{
    auto found = m_uploads.constFind(itemId);
    return found == m_uploads.constEnd() ? nullptr : &*found;
}

QString EvidenceItemModel::uploadText(const EvidenceUploadQueue::Upload& upload)
{
    using State = EvidenceUploadQueue::State;
    switch (upload.state) {
    case State::Queued:
        return tr("Queued for upload");
    case State::Uploading:
        return tr("Uploading: %1 of %2 chunks").arg(upload.chunksHeld).arg(upload.chunkCount);
    case State::Waiting:
        return tr("Waiting (%1 of %2 chunks, tries again at %3): %4")
            .arg(upload.chunksHeld)
            .arg(upload.chunkCount)
            .arg(QLocale().toString(QDateTime::fromMSecsSinceEpoch(upload.nextAttemptAt), QStringLiteral("HH:mm")),
                 upload.message);
    case State::Verified:
        return tr("Uploaded, verified by the central service");
    case State::Refused:
        return tr("Refused: %1").arg(upload.message);
    }
    return {};
}

QString EvidenceItemModel::shortSha256(const QByteArray& digest)
{
    const QString hex = QString::fromLatin1(digest.toHex());
    return hex.size() > 12 ? hex.left(12) + QChar(0x2026) : hex;
}

int EvidenceItemModel::columnCount(const QModelIndex& parent) const
{
    return parent.isValid() ? 0 : ColumnCount;
}

QVariant EvidenceItemModel::data(const QModelIndex& index, int role) const
{
    const EvidenceRegister::Item* found = item(index.row());
    if (!found || index.column() < 0 || index.column() >= ColumnCount)
        return {};
    const EvidenceRegister::Item& row = *found;
    const EvidenceRegister::Check* checked = check(row.id);
    const EvidenceUploadQueue::Upload* uploaded = upload(row.id);
    if (role == IdRole)
        return row.id;
    if (role == ToneRole) {
        if (checked && !checked->intact())
            return QVariant::fromValue(CellTone::Error);
        if (index.column() == UploadColumn && uploaded && uploaded->state == EvidenceUploadQueue::State::Refused)
            return QVariant::fromValue(CellTone::Error);
        if (index.column() == UploadColumn && uploaded && uploaded->state == EvidenceUploadQueue::State::Waiting)
            return QVariant::fromValue(CellTone::Warning);
        return QVariant::fromValue(CellTone::Normal);
    }
    const QString sha256 = QString::fromLatin1(row.sha256.toHex());
    if (role == Qt::ToolTipRole || role == Qt::AccessibleTextRole) {
        switch (Column(index.column())) {
        case FileColumn:
            return row.description.isEmpty() ? row.fileName : tr("%1: %2").arg(row.fileName, row.description);
        case SizeColumn:
            return tr("%1 bytes").arg(QLocale().toString(row.size));
        case Sha256Column:
            return tr("SHA-256 %1").arg(sha256);
        case VerifiedColumn:
            if (checked && !checked->intact())
                return checked->problems.join(QStringLiteral("; "));
            break;
        case UploadColumn:
            if (uploaded)
                return uploadText(*uploaded);
            break;
        default:
            break;
        }
        if (role == Qt::ToolTipRole)
            return {};
        // The accessible text of the other cells is what they show.
    } else if (role != Qt::DisplayRole) {
        return {};
    }
    switch (Column(index.column())) {
    case FileColumn:
        return row.fileName;
    case MediaTypeColumn:
        return row.mediaType;
    case SizeColumn:
        return QLocale().formattedDataSize(row.size);
    case Sha256Column:
        return shortSha256(row.sha256);
    case AddedByColumn:
        return row.addedBy;
    case AddedAtColumn:
        return timeText(row.addedAt);
    case VerifiedColumn:
        if (!checked)
            return QString();
        return checked->intact() ? tr("Intact") : tr("Tampered: %1").arg(checked->problems.join(QStringLiteral("; ")));
    case UploadColumn:
        return uploaded ? uploadText(*uploaded) : QString();
    case ColumnCount:
        break;
    }
    return {};
}

QVariant EvidenceItemModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal || role != Qt::DisplayRole)
        return {};
    switch (Column(section)) {
    case FileColumn:
        return tr("File");
    case MediaTypeColumn:
        return tr("Media type");
    case SizeColumn:
        return tr("Size");
    case Sha256Column:
        return tr("SHA-256");
    case AddedByColumn:
        return tr("Added by");
    case AddedAtColumn:
        return tr("Added");
    case VerifiedColumn:
        return tr("Verification");
    case UploadColumn:
        return tr("Central service");
    case ColumnCount:
        break;
    }
    return {};
}

} // namespace custodian
