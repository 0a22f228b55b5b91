// SPDX-License-Identifier: GPL-3.0-or-later
#include "ui/i18n/LanguageMenu.h"

#include "core/i18n/Translations.h"

#include <QActionGroup>
#include <QEvent>

namespace im {

LanguageMenu::LanguageMenu(QWidget *parent)
    : QMenu(parent)
    , m_group(new QActionGroup(this))
    , m_system(addAction(QString()))
{
    setObjectName(QStringLiteral("languageMenu"));
    m_system->setObjectName(QStringLiteral("languageSystemAction"));
    m_system->setData(QString());
    addSeparator();
    // Each language is named in itself, so that whoever cannot read the current one still finds theirs.
    const struct
    {
        const char *code;
        QString name;
    } languages[] = {{"en", QStringLiteral("English")},
                     {"zh_CN", QStringLiteral("简体中文")},
                     {"zh_TW", QStringLiteral("繁體中文")}};
    for (const auto &language : languages) {
        QAction *action = addAction(language.name);
        action->setObjectName(QStringLiteral("language_%1_Action").arg(QLatin1String(language.code)));
        action->setData(QString::fromLatin1(language.code));
    }
    for (QAction *action : actions()) {
        if (action->isSeparator())
            continue;
        action->setCheckable(true);
        m_group->addAction(action);
        connect(action, &QAction::triggered, this, [this, action]() { choose(action->data().toString()); });
    }
    showChoice(Translations::savedChoice());
    retranslateUi();
}

void LanguageMenu::showChoice(const QString &choice)
{
    for (QAction *action : m_group->actions())
        action->setChecked(action->data().toString() == choice);
}

void LanguageMenu::choose(const QString &choice)
{
    Translations::saveChoice(choice);
    Translations::apply(choice); // QApplication sends LanguageChange to every widget
}

void LanguageMenu::changeEvent(QEvent *event)
{
    if (event->type() == QEvent::LanguageChange)
        retranslateUi();
    QMenu::changeEvent(event);
}

void LanguageMenu::retranslateUi()
{
    setTitle(tr("&Language"));
    //: Language menu entry: use the language of the operating system
    m_system->setText(tr("&System"));
}

} // namespace im
