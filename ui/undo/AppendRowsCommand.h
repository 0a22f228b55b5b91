// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "ui/undo/InsertRowsCommand.h"

#include <memory>

namespace im {

class IndicatorDocument;

// Appends the rows of another file to the table (File > Append) as one step. Unlike a plain insert,
// each row keeps where it came from: the file, its line and page there, and what its reader noted.
class AppendRowsCommand : public InsertRowsCommand
{
public:
    AppendRowsCommand(IndicatorTableModel *model, std::unique_ptr<IndicatorDocument> from, const QString &file,
                      const QString &text);
    ~AppendRowsCommand() override;

    void redo() override;

private:
    std::unique_ptr<IndicatorDocument> m_from; // until the rows are in the table
    QString m_file;
};

} // namespace im
