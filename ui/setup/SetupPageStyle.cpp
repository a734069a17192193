#include "ui/setup/SetupPageStyle.h"

#include "ui/widgets/Theme.h"

#include <QDir>
#include <QLabel>

namespace custodian::setup {

QLabel* errorLabel(const QString& objectName, QWidget* parent)
{
    auto* label = new QLabel(parent);
    label->setObjectName(objectName);
    label->setWordWrap(true);
    label->setTextInteractionFlags(Qt::TextSelectableByMouse);
    Theme::setTone(label, Theme::Tone::Error);
    Theme::setEmphasised(label);
    label->hide();
    return label;
}

void showError(QLabel* label, const QString& message)
{
    label->setText(message);
    label->setVisible(!message.isEmpty());
}

void mute(QLabel* label)
{
    Theme::setTone(label, Theme::Tone::Secondary);
}

QLabel* explanation(const QString& text, QWidget* parent)
{
    auto* label = new QLabel(text, parent);
    label->setWordWrap(true);
    return label;
}

QString heading(const QString& title)
{
    return QStringLiteral("<span style=\"font-size: large; font-weight: 600;\">%1</span>").arg(title.toHtmlEscaped());
}

QString expandHome(const QString& path)
{
    const QString trimmed = path.trimmed();
    if (trimmed == QLatin1String("~") || trimmed.startsWith(QLatin1String("~/")))
        return QDir::homePath() + trimmed.mid(1);
    return trimmed;
}

} // namespace custodian::setup
