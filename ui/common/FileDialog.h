// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QString>

#include <optional>

class QWidget;

namespace im {

// The one way the app asks the analyst for a file name. A test cannot reach into a file dialog's own loop
// (a native one has no widgets at all), so it answers the next question in advance: setNextFileName(),
// after which no dialog is shown, and offeredFilter() tells what the dialog would have offered.
class FileDialog
{
public:
    static FileDialog &instance();

    // An empty string when the analyst cancels.
    QString openFileName(QWidget *parent, const QString &caption, const QString &directory, const QString &filter);
    // `selectedFilter` names the filter shown first and, on return, the one the analyst picked.
    QString saveFileName(QWidget *parent, const QString &caption, const QString &suggestedPath, const QString &filter,
                         QString *selectedFilter = nullptr);

    // Answers the next openFileName/saveFileName with `path` (empty: as if cancelled), showing nothing.
    void setNextFileName(const QString &path);
    // What the last question offered: the proposed path and the filters.
    [[nodiscard]] QString offeredPath() const { return m_offeredPath; }
    [[nodiscard]] QString offeredFilter() const { return m_offeredFilter; }

private:
    FileDialog() = default;
    std::optional<QString> takeAnswer(const QString &path, const QString &filter);

    std::optional<QString> m_nextAnswer;
    QString m_offeredPath;
    QString m_offeredFilter;
};

} // namespace im
