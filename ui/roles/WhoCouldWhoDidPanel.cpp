#include "ui/roles/WhoCouldWhoDidPanel.h"

#include "domain/Clock.h"
#include "item/WhoCouldModel.h"
#include "item/WhoDidModel.h"
#include "store/Database.h"
#include "store/RecordLookup.h"
#include "store/Store.h"
#include "ui/widgets/CardNumberLookup.h"
#include "ui/widgets/ReadOnlyTable.h"
#include "ui/widgets/Theme.h"

#include <QDateEdit>
#include <QDateTime>
#include <QHBoxLayout>
#include <QLabel>
#include <QLineEdit>
#include <QLocale>
#include <QPushButton>
#include <QSplitter>
#include <QTableView>
#include <QVBoxLayout>

namespace custodian {

namespace {

QString className(DataClass dataClass)
{
    return WhoDidModel::dataClassName(dataClass);
}

} // namespace

WhoCouldWhoDidPanel::WhoCouldWhoDidPanel(Store* store, QWidget* parent)
    : QWidget(parent)
    , m_store(store)
    , m_identifier(new QLineEdit(this))
    , m_from(new QDateEdit(Clock::today().addDays(-30), this))
    , m_to(new QDateEdit(Clock::today(), this))
    , m_show(new QPushButton(tr("Show"), this))
    , m_summary(new QLabel(this))
    , m_couldModel(new WhoCouldModel(this))
    , m_didModel(new WhoDidModel(this))
{
    setObjectName(QStringLiteral("whoCouldWhoDidPanel"));
    auto* layout = new QVBoxLayout(this);
    auto* intro = new QLabel(tr("For one customer record: the agents who held a role opening its data, and the agents "
                                "who actually opened it."),
                             this);
    intro->setWordWrap(true);
    layout->addWidget(intro);
    auto* form = new QHBoxLayout;
    m_identifier->setObjectName(QStringLiteral("recordIdentifier"));
    m_identifier->setPlaceholderText(tr("Card, account or ID number as the customer gave it"));
    m_identifier->setClearButtonEnabled(true);
    for (QDateEdit* edit : { m_from, m_to }) {
        edit->setCalendarPopup(true);
        edit->setDisplayFormat(QStringLiteral("yyyy-MM-dd"));
    }
    // Each label names its field (buddy): that is what a screen reader announces on the field.
    const std::pair<QString, QWidget*> fields[]
        = { { tr("Record:"), m_identifier }, { tr("From:"), m_from }, { tr("to:"), m_to } };
    for (const auto& [text, field] : fields) {
        auto* label = new QLabel(text, this);
        label->setBuddy(field);
        form->addWidget(label);
        form->addWidget(field, field == m_identifier ? 2 : 0);
    }
    form->addWidget(m_show);
    form->addStretch(1);
    layout->addLayout(form);
    m_summary->setObjectName(QStringLiteral("whoCouldWhoDidSummary"));
    m_summary->setWordWrap(true);
    layout->addWidget(m_summary);
    auto* splitter = new QSplitter(Qt::Horizontal, this);
    auto* couldBox = new QWidget(splitter);
    auto* couldLayout = new QVBoxLayout(couldBox);
    couldLayout->setContentsMargins(0, 0, 0, 0);
    couldLayout->addWidget(new QLabel(tr("<b>Who could</b>: held a role opening the record's data"), couldBox));
    m_could = ReadOnlyTable::view(tr("Who could"), m_couldModel, couldBox);
    m_could->setObjectName(QStringLiteral("couldTable"));
    couldLayout->addWidget(m_could);
    auto* didBox = new QWidget(splitter);
    auto* didLayout = new QVBoxLayout(didBox);
    didLayout->setContentsMargins(0, 0, 0, 0);
    didLayout->addWidget(new QLabel(tr("<b>Who did</b>: accessed the record"), didBox));
    m_did = ReadOnlyTable::view(tr("Who did"), m_didModel, didBox);
    m_did->setObjectName(QStringLiteral("didTable"));
    didLayout->addWidget(m_did);
    layout->addWidget(splitter, 1);

    m_cardLookup = new CardNumberLookup(this);
    connect(m_cardLookup, &CardNumberLookup::found, this, [this](qint64 recordId, const QString& masked) {
        m_show->setEnabled(true);
        if (!read(recordId, masked, m_pendingStart, m_pendingEnd))
            Q_EMIT answered();
    });
    connect(m_cardLookup, &CardNumberLookup::failed, this, [this](const QString& message) {
        m_show->setEnabled(true);
        m_summary->setText(message);
        Theme::setTone(m_summary, Theme::Tone::Error);
        Q_EMIT answered();
    });

    auto run = [this]() { show(m_identifier->text(), m_from->date(), m_to->date()); };
    connect(m_show, &QPushButton::clicked, this, run);
    connect(m_identifier, &QLineEdit::returnPressed, this, run);
}

WhoCouldWhoDidPanel::~WhoCouldWhoDidPanel()
{
    m_cardLookup->stop();
}

QString WhoCouldWhoDidPanel::summary() const
{
    return m_summary->text();
}

bool WhoCouldWhoDidPanel::show(const QString& identifier, const QDate& from, const QDate& to)
{
    Theme::setTone(m_summary, Theme::Tone::Normal);
    auto refuse = [this](const QString& text) {
        m_summary->setText(text);
        Theme::setTone(m_summary, Theme::Tone::Error);
        return false;
    };
    if (!m_store || !m_store->isOpen())
        return refuse(tr("The store is locked."));
    if (m_reader.isRunning())
        return refuse(tr("Still reading the previous answer."));
    if (identifier.trimmed().isEmpty())
        return refuse(tr("Type the record's identifier: a card, account or ID number."));
    if (!from.isValid() || !to.isValid() || to < from)
        return refuse(tr("The range ends before it starts."));
    if (m_cardLookup->isRunning())
        return refuse(tr("Still asking the central service about the previous card number."));
    const qint64 start = from.startOfDay().toMSecsSinceEpoch();
    const qint64 end = to.addDays(1).startOfDay().toMSecsSinceEpoch();
    // A point look-up by the keyed token's unique index: the identifier in clear goes no further than this.
    auto match = RecordLookup::find(*m_store, identifier);
    m_identifier->clear();
    if (!match && match.error().code() == Error::Code::NotFound && RecordLookup::needsCentral(identifier)) {
        if (auto started = m_cardLookup->start(*m_store, identifier); !started)
            return refuse(started.error().message());
        m_pendingStart = start;
        m_pendingEnd = end;
        m_show->setEnabled(false);
        m_summary->setText(tr("Asking the central service which record this card number belongs to…"));
        return true;
    }
    if (!match)
        return refuse(match.error().code() == Error::Code::NotFound
                          ? tr("No customer record has this identifier in this store.")
                          : match.error().message());
    return read(match->recordId, match->masked, start, end);
}

bool WhoCouldWhoDidPanel::read(qint64 recordId, const QString& masked, qint64 start, qint64 end)
{
    auto refuse = [this](const QString& text) {
        m_summary->setText(text);
        Theme::setTone(m_summary, Theme::Tone::Error);
        return false;
    };
    if (!m_store || !m_store->isOpen())
        return refuse(tr("The store is locked."));
    m_summary->setText(tr("Reading who could and who did open %1…").arg(masked));
    m_show->setEnabled(false);
    m_reader.runOnStore(
        *m_store, Database::Mode::ReadOnly,
        [recordId, start, end](Database& database, const LatestResultRunner::Job&) {
            return RecordAccessReader(database).whoCouldWhoDid(recordId, start, end);
        },
        [this](const Result<RecordAccessReader::Answer>& answer) {
            m_show->setEnabled(true);
            finish(answer);
        });
    return true;
}

void WhoCouldWhoDidPanel::finish(const Result<RecordAccessReader::Answer>& answer)
{
    if (!answer) {
        m_summary->setText(answer.error().message());
        Theme::setTone(m_summary, Theme::Tone::Error);
        Q_EMIT answered();
        return;
    }
    const RecordAccessReader::Answer& a = *answer;
    m_couldModel->setAgents(a.could);
    ReadOnlyTable::fit(m_could);
    int withoutRole = 0;
    for (const auto& d : a.did)
        withoutRole += d.heldRole ? 0 : 1;
    m_didModel->setAgents(a.did, a.dataClass);
    ReadOnlyTable::fit(m_did);
    QString text = tr("Record %1 (%2): %n agent(s) could open it in the range", nullptr, int(a.could.size()))
                       .arg(a.masked, className(a.dataClass));
    text += tr("; %n did.", nullptr, int(a.did.size()));
    if (withoutRole > 0) {
        text += QLatin1Char(' ') + tr("%n of them held no role opening its data.", nullptr, withoutRole);
        Theme::setTone(m_summary, Theme::Tone::Error);
    }
    m_summary->setText(text);
    Q_EMIT answered();
}

} // namespace custodian
