// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QMainWindow>

#include <memory>

class QLabel;
class QTableView;

namespace im {

class IndicatorTableModel;
struct LoadResult;

// The main window: the indicator grid with its invalid cells marked, and the file actions.
// It only wires things together; the grid's behaviour lives in the model, delegates and views.
class MainWindow : public QMainWindow
{
    Q_OBJECT

public:
    explicit MainWindow(QWidget *parent = nullptr);
    ~MainWindow() override;

    [[nodiscard]] IndicatorTableModel *model() const { return m_model; }
    [[nodiscard]] QTableView *view() const { return m_view; }

public Q_SLOTS:
    // Loads the file on a worker thread; the current table stays until the new one is ready.
    void openFile(const QString &path);

Q_SIGNALS:
    // After every load attempt; ok is false when the file could not be read.
    void fileLoaded(bool ok, const QString &message);

private:
    void createActions();
    void chooseFile();
    void finishLoad(const QString &path, LoadResult &result);
    void updateStatus();
    void showAbout();

    IndicatorTableModel *m_model;
    QTableView *m_view;
    QLabel *m_summaryLabel;
    QString m_currentPath;
};

} // namespace im
