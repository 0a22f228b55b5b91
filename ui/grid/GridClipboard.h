// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QObject>
#include <QString>

namespace im {

class GridEditor;
class IndicatorTableView;

// Copy, cut and paste between the grid and spreadsheets (tab-separated text, as Excel and LibreOffice
// use), and pasting a raw IOC list (or any table the readers understand) as new rows.
class GridClipboard : public QObject
{
    Q_OBJECT

public:
    GridClipboard(IndicatorTableView *view, GridEditor *editor, QObject *parent = nullptr);

    // The selected cells as TSV: the rows and columns that have a selected cell, in view order.
    [[nodiscard]] QString selectionText() const;
    void copy() const;
    void cut();
    // One value fills every selected cell; a block lands with its top-left at the selection's.
    bool paste(const QString &text);
    bool paste();
    // Reads the text as an indicator file (an IOC list, CSV/TSV with a header, JSON) and inserts its
    // rows below the current one. Returns a translated error, or empty.
    QString pasteAsRows(const QString &text);
    QString pasteAsRows();

private:
    IndicatorTableView *m_view;
    GridEditor *m_editor;
};

} // namespace im
