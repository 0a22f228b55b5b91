// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "core/indicator/IndicatorField.h"

#include <QAbstractTableModel>
#include <QStringList>

#include <optional>
#include <vector>

namespace im {

// The first records of a file for the column-mapping dialog. The header row shows each column's name
// and the field it feeds; columns that feed nothing are greyed out.
class CsvPreviewModel : public QAbstractTableModel
{
    Q_OBJECT

public:
    explicit CsvPreviewModel(QObject *parent = nullptr);

    void setRecords(const QList<QStringList> &records, bool hasHeader);
    void setRoles(const std::vector<std::optional<Field>> &roles);
    [[nodiscard]] int sourceColumnCount() const { return m_columns; }
    [[nodiscard]] QString columnName(int column) const;

    [[nodiscard]] int rowCount(const QModelIndex &parent = {}) const override;
    [[nodiscard]] int columnCount(const QModelIndex &parent = {}) const override;
    [[nodiscard]] QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    [[nodiscard]] QVariant headerData(int section, Qt::Orientation orientation,
                                      int role = Qt::DisplayRole) const override;

private:
    QList<QStringList> m_records;
    bool m_hasHeader = true;
    int m_columns = 0;
    std::vector<std::optional<Field>> m_roles;
};

} // namespace im
