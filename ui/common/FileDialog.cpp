// SPDX-License-Identifier: GPL-3.0-or-later
#include "ui/common/FileDialog.h"

#include <QFileDialog>

namespace im {

FileDialog &FileDialog::instance()
{
    static FileDialog dialog;
    return dialog;
}

std::optional<QString> FileDialog::takeAnswer(const QString &path, const QString &filter)
{
    m_offeredPath = path;
    m_offeredFilter = filter;
    std::optional<QString> answer;
    answer.swap(m_nextAnswer);
    return answer;
}

QString FileDialog::openFileName(QWidget *parent, const QString &caption, const QString &directory,
                                 const QString &filter)
{
    if (const auto answer = takeAnswer(directory, filter))
        return *answer;
    return QFileDialog::getOpenFileName(parent, caption, directory, filter);
}

QString FileDialog::saveFileName(QWidget *parent, const QString &caption, const QString &suggestedPath,
                                 const QString &filter, QString *selectedFilter)
{
    if (const auto answer = takeAnswer(suggestedPath, filter))
        return *answer;
    return QFileDialog::getSaveFileName(parent, caption, suggestedPath, filter, selectedFilter);
}

void FileDialog::setNextFileName(const QString &path)
{
    m_nextAnswer = path;
}

} // namespace im
