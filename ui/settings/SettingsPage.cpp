#include "ui/settings/SettingsPage.h"

#include "ui/session/ConsoleLanguage.h"
#include "ui/widgets/PageLayout.h"
#include "ui/widgets/Theme.h"

#include <QComboBox>
#include <QFormLayout>
#include <QGroupBox>
#include <QLabel>
#include <QScrollArea>
#include <QSettings>
#include <QSignalBlocker>
#include <QSpinBox>
#include <QVBoxLayout>

#include <algorithm>

namespace custodian {

namespace {
int storedValue(const char* key, int defaultValue, int minimum, int maximum)
{
    bool ok = false;
    const int value = QSettings().value(QLatin1String(key), defaultValue).toInt(&ok);
    return ok ? std::clamp(value, minimum, maximum) : defaultValue;
}

QLabel* errorLabel(const QString& objectName, QWidget* parent)
{
    auto* label = new QLabel(parent);
    label->setObjectName(objectName);
    label->setWordWrap(true);
    Theme::setTone(label, Theme::Tone::Error);
    Theme::setEmphasised(label);
    label->hide();
    return label;
}

QLabel* note(const QString& text, QWidget* parent)
{
    auto* label = new QLabel(text, parent);
    label->setWordWrap(true);
    Theme::setTone(label, Theme::Tone::Secondary);
    return label;
}

// Wide enough that an impossible value can be typed and then refused with a message, rather than silently
// swallowed by the spin box's own range.
QSpinBox* permissiveSpinBox(const QString& objectName, const QString& suffix, QWidget* parent)
{
    auto* spin = new QSpinBox(parent);
    spin->setObjectName(objectName);
    spin->setRange(0, 99'999);
    spin->setSuffix(suffix);
    spin->setKeyboardTracking(false); // apply on Enter, focus change or arrows — not at every keystroke
    spin->setFixedWidth(130);
    return spin;
}

// "System default", then each language in its own name, so that a supervisor finds theirs whatever the console
// speaks now.
QComboBox* languageChoice(QWidget* parent)
{
    auto* combo = new QComboBox(parent);
    combo->setObjectName(QStringLiteral("languageCombo"));
    combo->addItem(SettingsPage::tr("System default"), QString());
    for (const QString& language : ConsoleLanguage::available()) {
        // QLocale("en") is American English; the sources are plain English.
        QString name = language == QLatin1String(ConsoleLanguage::SourceLanguage)
            ? QStringLiteral("English")
            : QLocale(language).nativeLanguageName();
        if (!name.isEmpty())
            name[0] = name[0].toUpper();
        combo->addItem(name.isEmpty() ? language : name, language);
    }
    return combo;
}
} // namespace

int SettingsPage::autoLockMinutes()
{
    return storedValue(AutoLockKey, DefaultAutoLockMinutes, MinAutoLockMinutes, MaxAutoLockMinutes);
}

int SettingsPage::revealSeconds()
{
    return storedValue(RevealKey, DefaultRevealSeconds, MinRevealSeconds, MaxRevealSeconds);
}

SettingsPage::SettingsPage(QWidget* parent)
    : QWidget(parent)
    , m_autoLock(permissiveSpinBox(QStringLiteral("autoLockMinutesSpin"), tr(" min"), this))
    , m_autoLockError(errorLabel(QStringLiteral("autoLockError"), this))
    , m_reveal(permissiveSpinBox(QStringLiteral("revealSecondsSpin"), tr(" s"), this))
    , m_revealError(errorLabel(QStringLiteral("revealError"), this))
    , m_language(languageChoice(this))
    , m_sections(new QVBoxLayout)
{
    setObjectName(QStringLiteral("settingsPage"));

    auto* session = new QGroupBox(tr("Session"), this);
    session->setObjectName(QStringLiteral("sessionSettings"));
    auto* sessionForm = new QFormLayout(session);
    sessionForm->setFieldGrowthPolicy(QFormLayout::FieldsStayAtSizeHint);
    sessionForm->addRow(tr("&Lock after inactivity:"), m_autoLock);
    sessionForm->addRow(QString(), m_autoLockError);
    sessionForm->addRow(QString(),
                        note(tr("From %1 to %2 minutes. Locking wipes the keys from memory and hides every page; "
                                "Ctrl+L locks at once.")
                                 .arg(MinAutoLockMinutes)
                                 .arg(MaxAutoLockMinutes),
                             session));

    auto* privacy = new QGroupBox(tr("Privacy"), this);
    privacy->setObjectName(QStringLiteral("privacySettings"));
    auto* privacyForm = new QFormLayout(privacy);
    privacyForm->setFieldGrowthPolicy(QFormLayout::FieldsStayAtSizeHint);
    privacyForm->addRow(tr("&Mask a revealed identifier again after:"), m_reveal);
    privacyForm->addRow(QString(), m_revealError);
    privacyForm->addRow(QString(),
                        note(tr("From %1 to %2 seconds. Every reveal needs a reason and is written to "
                                "the console audit.")
                                 .arg(MinRevealSeconds)
                                 .arg(MaxRevealSeconds),
                             privacy));
    auto* clipboard
        = new QLabel(tr("%n seconds (fixed by the security policy)", nullptr, ClipboardClearSeconds), privacy);
    clipboard->setObjectName(QStringLiteral("clipboardClearInfo"));
    privacyForm->addRow(tr("Clear a copied identifier from the clipboard after:"), clipboard);

    auto* language = new QGroupBox(tr("Language"), this);
    language->setObjectName(QStringLiteral("languageSettings"));
    auto* languageForm = new QFormLayout(language);
    languageForm->setFieldGrowthPolicy(QFormLayout::FieldsStayAtSizeHint);
    languageForm->addRow(tr("Console &language:"), m_language);
    languageForm->addRow(QString(), note(tr("Applies when Custodian is started again."), language));

    auto* content = new QWidget(this);
    QVBoxLayout* column = PageLayout::open(content, tr("Settings"));
    column->addWidget(session);
    column->addWidget(privacy);
    column->addWidget(language);
    column->addLayout(m_sections);
    column->addStretch(1);
    content->setMaximumWidth(760);
    auto* scroll = new QScrollArea(this);
    scroll->setAccessibleName(tr("Settings"));
    scroll->setWidgetResizable(true);
    scroll->setFrameShape(QFrame::NoFrame);
    scroll->setWidget(content);
    auto* layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->addWidget(scroll);

    connect(m_autoLock, &QSpinBox::valueChanged, this, [this](int minutes) {
        const Status status = setAutoLockMinutes(minutes);
        m_autoLockError->setText(status ? QString() : status.error().message());
        m_autoLockError->setVisible(!status);
    });
    connect(m_reveal, &QSpinBox::valueChanged, this, [this](int seconds) {
        const Status status = setRevealSeconds(seconds);
        m_revealError->setText(status ? QString() : status.error().message());
        m_revealError->setVisible(!status);
    });
    connect(m_language, &QComboBox::currentIndexChanged, this, [this](int index) {
        QSettings settings;
        ConsoleLanguage::store(settings, m_language->itemData(index).toString());
    });
    reload();
}

void SettingsPage::addSection(QWidget* section)
{
    section->setParent(this);
    m_sections->addWidget(section);
}

Status SettingsPage::setAutoLockMinutes(int minutes)
{
    if (minutes < MinAutoLockMinutes || minutes > MaxAutoLockMinutes)
        return Error(Error::Code::InvalidArgument,
                     tr("The console must lock after %1 to %2 minutes without activity; %3 is not possible. The "
                        "setting stays at %4 minutes.")
                         .arg(MinAutoLockMinutes)
                         .arg(MaxAutoLockMinutes)
                         .arg(minutes)
                         .arg(autoLockMinutes()));
    if (minutes != autoLockMinutes() || !QSettings().contains(QLatin1String(AutoLockKey))) {
        QSettings().setValue(QLatin1String(AutoLockKey), minutes);
        Q_EMIT autoLockMinutesChanged(minutes);
    }
    return {};
}

Status SettingsPage::setRevealSeconds(int seconds)
{
    if (seconds < MinRevealSeconds || seconds > MaxRevealSeconds)
        return Error(Error::Code::InvalidArgument,
                     tr("A revealed identifier must be masked again after %1 to %2 seconds; %3 is not possible. "
                        "The setting stays at %4 seconds.")
                         .arg(MinRevealSeconds)
                         .arg(MaxRevealSeconds)
                         .arg(seconds)
                         .arg(revealSeconds()));
    if (seconds != revealSeconds() || !QSettings().contains(QLatin1String(RevealKey))) {
        QSettings().setValue(QLatin1String(RevealKey), seconds);
        Q_EMIT revealSecondsChanged(seconds);
    }
    return {};
}

void SettingsPage::showEvent(QShowEvent* event)
{
    // A refused value left in a field is not what is in force: show the settings as they are.
    reload();
    QWidget::showEvent(event);
}

void SettingsPage::reload()
{
    const QSignalBlocker autoLockBlocker(m_autoLock);
    const QSignalBlocker revealBlocker(m_reveal);
    const QSignalBlocker languageBlocker(m_language);
    m_autoLock->setValue(autoLockMinutes());
    m_reveal->setValue(revealSeconds());
    m_language->setCurrentIndex(std::max(0, m_language->findData(ConsoleLanguage::stored(QSettings()))));
    m_autoLockError->hide();
    m_revealError->hide();
}

} // namespace custodian
