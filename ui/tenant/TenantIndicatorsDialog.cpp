// SPDX-License-Identifier: GPL-3.0-or-later
#include "ui/tenant/TenantIndicatorsDialog.h"

#include "core/indicator/IndicatorField.h"
#include "core/io/CsvWriter.h"
#include "core/tenant/Ownership.h"
#include "core/tenant/TenantIndicators.h"
#include "core/validation/IssueMessages.h"
#include "ui/common/FileDialog.h"
#include "ui/common/MessageBox.h"
#include "ui/common/ScreenFit.h"

#include <QComboBox>
#include <QDialogButtonBox>
#include <QDir>
#include <QEvent>
#include <QFileInfo>
#include <QFont>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QJsonObject>
#include <QLabel>
#include <QLineEdit>
#include <QLocale>
#include <QPushButton>
#include <QSaveFile>
#include <QSortFilterProxyModel>
#include <QStandardItemModel>
#include <QTableView>
#include <QVBoxLayout>

namespace im {
namespace {

// The List fields shown, as the API names them (also the CSV header).
const char *const kColumns[] = {
    "id",        "indicatorType",          "indicatorValue", "action", "title", "severity", "expirationTime",
    "createdBy", "creationTimeDateTimeUtc"};
constexpr int kColumnCount = static_cast<int>(std::size(kColumns));
constexpr int kSortRole = Qt::UserRole + 1;
constexpr int kOursRole = Qt::UserRole + 2;
constexpr int kCreatorColumn = kColumnCount; // who made it, in words: shown, not exported
// The ownership combo's entries: -1 all, else an Ownership::Kind.
constexpr int kAllCreators = -1;

} // namespace

TenantIndicatorsDialog::TenantIndicatorsDialog(ApiClient *client, QWidget *parent)
    : QDialog(parent)
    , m_client(client)
    , m_indicators(new TenantIndicators(client, this))
    , m_model(new QStandardItemModel(0, kColumnCount + 1, this))
    , m_proxy(new QSortFilterProxyModel(this))
    , m_filter(new QLineEdit(this))
    , m_ownership(new QComboBox(this))
    , m_view(new QTableView(this))
    , m_status(new QLabel(this))
    , m_refreshButton(new QPushButton(this))
    , m_exportButton(new QPushButton(QIcon(QStringLiteral(":/icons/document-save-as.svg")), QString(), this))
    , m_deleteButton(new QPushButton(QIcon(QStringLiteral(":/icons/row-delete.svg")), QString(), this))
    , m_closeButton(new QPushButton(this))
{
    setObjectName(QStringLiteral("tenantIndicatorsDialog"));
    m_proxy->setSourceModel(m_model);
    m_proxy->setFilterKeyColumn(-1);
    m_proxy->setFilterCaseSensitivity(Qt::CaseInsensitive);
    m_proxy->setSortCaseSensitivity(Qt::CaseInsensitive);
    m_proxy->setSortRole(kSortRole);
    m_filter->setObjectName(QStringLiteral("tenantFilterLineEdit"));
    m_filter->setClearButtonEnabled(true);
    m_ownership->setObjectName(QStringLiteral("tenantOwnershipComboBox"));
    for (int kind : {static_cast<int>(Ownership::Kind::Ours), kAllCreators, static_cast<int>(Ownership::Kind::Portal),
                     static_cast<int>(Ownership::Kind::CloudApps), static_cast<int>(Ownership::Kind::OtherApp)})
        m_ownership->addItem(QString(), kind);
    m_view->setObjectName(QStringLiteral("tenantIndicatorTableView"));
    m_view->setModel(m_proxy);
    m_view->setSortingEnabled(true);
    m_view->setSelectionBehavior(QAbstractItemView::SelectRows);
    m_view->setEditTriggers(QAbstractItemView::NoEditTriggers);
    m_view->horizontalHeader()->setStretchLastSection(true);
    // Who made it is shown next to the id, where a mark cannot be missed; it stays the model's last column.
    m_view->horizontalHeader()->moveSection(kCreatorColumn, 1);
    m_status->setObjectName(QStringLiteral("tenantStatusLabel"));
    m_status->setWordWrap(true);
    m_refreshButton->setObjectName(QStringLiteral("tenantRefreshButton"));
    m_exportButton->setObjectName(QStringLiteral("tenantExportButton"));
    m_deleteButton->setObjectName(QStringLiteral("tenantDeleteButton"));
    m_closeButton->setObjectName(QStringLiteral("tenantCloseButton"));

    auto *buttons = new QDialogButtonBox(this);
    buttons->addButton(m_refreshButton, QDialogButtonBox::ActionRole);
    buttons->addButton(m_exportButton, QDialogButtonBox::ActionRole);
    buttons->addButton(m_deleteButton, QDialogButtonBox::DestructiveRole);
    buttons->addButton(m_closeButton, QDialogButtonBox::RejectRole);
    // Enter in the list must never start a deletion: only Close may be the default button.
    for (QPushButton *button : {m_refreshButton, m_exportButton, m_deleteButton})
        button->setAutoDefault(false);
    m_closeButton->setDefault(true);
    auto *layout = new QVBoxLayout(this);
    auto *filters = new QHBoxLayout;
    filters->addWidget(m_ownership);
    filters->addWidget(m_filter, 1);
    layout->addLayout(filters);
    layout->addWidget(m_view, 1);
    layout->addWidget(m_status);
    layout->addWidget(buttons);

    connect(m_filter, &QLineEdit::textChanged, m_proxy, &QSortFilterProxyModel::setFilterFixedString);
    connect(m_filter, &QLineEdit::textChanged, this, &TenantIndicatorsDialog::updateStatus);
    connect(m_ownership, &QComboBox::currentIndexChanged, this, [this] {
        fill();
        updateStatus();
    });
    connect(m_refreshButton, &QPushButton::clicked, this, &TenantIndicatorsDialog::refresh);
    connect(m_deleteButton, &QPushButton::clicked, this, &TenantIndicatorsDialog::deleteSelected);
    connect(m_exportButton, &QPushButton::clicked, this, [this] {
        const QString path = FileDialog::instance().saveFileName(this, tr("Export Tenant Indicators"), QDir::homePath(),
                                                                 tr("CSV files (*.csv)"));
        QString error;
        if (!path.isEmpty() && !exportCsv(path, &error)) {
            m_problem = error;
            updateStatus();
        }
    });
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    connect(m_indicators, &TenantIndicators::pageLoaded, this, &TenantIndicatorsDialog::updateStatus);
    connect(m_indicators, &TenantIndicators::loaded, this, [this](bool ok) {
        m_problem = ok ? QString() : m_indicators->lastError().message();
        if (ok)
            fill();
        updateStatus();
    });
    connect(m_indicators, &TenantIndicators::removed, this, [this](int count, bool ok) {
        m_problem = ok ? QString() : m_indicators->lastError().message();
        updateStatus();
        if (count > 0 || ok)
            refresh();
    });
    retranslateUi();
    ScreenFit::resizeWithin(this, QSize(1000, 600));
}

TenantIndicatorsDialog::~TenantIndicatorsDialog() = default;

QString TenantIndicatorsDialog::statusText() const
{
    return m_status->text();
}

void TenantIndicatorsDialog::changeEvent(QEvent *event)
{
    if (event->type() == QEvent::LanguageChange)
        retranslateUi();
    QDialog::changeEvent(event);
}

void TenantIndicatorsDialog::retranslateUi()
{
    setWindowTitle(tr("Tenant Indicators"));
    m_filter->setPlaceholderText(tr("Filter the tenant's indicators by any text..."));
    m_filter->setAccessibleName(tr("Filter the tenant's indicators"));
    m_view->setAccessibleName(tr("The tenant's indicators"));
    m_ownership->setItemText(0, tr("Ours"));
    m_ownership->setItemText(1, tr("All creators"));
    for (int i = 2; i < m_ownership->count(); ++i)
        m_ownership->setItemText(i, Ownership::label(static_cast<Ownership::Kind>(m_ownership->itemData(i).toInt())));
    m_ownership->setAccessibleName(tr("Show the indicators made by"));
    m_ownership->setToolTip(tr("Ours: made by this app registration or the signed-in user. The indicators of others "
                               "are deleted only when picked one by one."));
    m_model->setHeaderData(kCreatorColumn, Qt::Horizontal, tr("Creator"), Qt::DisplayRole);
    // The header shows each field's display label, the tool tip its API name (the CSV header).
    for (int c = 0; c < kColumnCount; ++c) {
        const QString apiName = QString::fromLatin1(kColumns[c]);
        m_model->setHeaderData(c, Qt::Horizontal, columnLabel(kColumns[c]), Qt::DisplayRole);
        m_model->setHeaderData(c, Qt::Horizontal, apiName, Qt::ToolTipRole);
    }
    m_refreshButton->setText(tr("&Refresh"));
    m_refreshButton->setAccessibleName(tr("Read the tenant's indicators again"));
    m_exportButton->setText(tr("Export CSV..."));
    m_exportButton->setAccessibleName(tr("Export the indicators shown as CSV"));
    m_deleteButton->setText(tr("&Delete Selected..."));
    m_deleteButton->setAccessibleName(tr("Delete the selected indicators from the tenant"));
    m_closeButton->setText(tr("Close"));
    m_closeButton->setAccessibleName(tr("Close"));
    updateStatus();
}

QString TenantIndicatorsDialog::columnLabel(const char *apiName)
{
    // The fields the table also has use the table's labels; the rest only the service sets.
    Field field{};
    if (fieldFromApiName(apiName, qsizetype(qstrlen(apiName)), &field))
        return IssueMessages::fieldLabel(field);
    const QLatin1String name(apiName);
    if (name == QLatin1String("id"))
        return tr("ID");
    if (name == QLatin1String("createdBy"))
        return tr("Created by");
    if (name == QLatin1String("creationTimeDateTimeUtc"))
        return tr("Created (UTC)");
    return QString::fromLatin1(apiName);
}

void TenantIndicatorsDialog::refresh()
{
    if (!m_indicators->refresh())
        m_problem = tr("Sign in to a tenant first (Sign in menu).");
    updateStatus();
}

void TenantIndicatorsDialog::fill()
{
    m_model->removeRows(0, m_model->rowCount());
    const QJsonArray &items = m_indicators->items();
    const Ownership ownership = m_client ? Ownership::of(*m_client) : Ownership();
    const int shown = m_ownership->currentData().toInt();
    for (const auto &v : items) {
        const QJsonObject o = v.toObject();
        const Ownership::Kind kind = ownership.classify(Creator::fromListItem(o));
        if (shown != kAllCreators && static_cast<int>(kind) != shown)
            continue;
        QList<QStandardItem *> row;
        for (const char *name : kColumns) {
            const QJsonValue cell = o.value(QLatin1String(name));
            auto *item =
                new QStandardItem(cell.isDouble() ? QString::number(cell.toDouble()) : cell.toVariant().toString());
            // Ids are numbers written as text: sort them as numbers (2 before 10), as the portal does.
            bool numeric = false;
            const qlonglong id = item->text().toLongLong(&numeric);
            item->setData(numeric && qstrcmp(name, "id") == 0 ? QVariant(id) : QVariant(item->text()), kSortRole);
            row.append(item);
        }
        auto *creator = new QStandardItem(Ownership::label(kind));
        creator->setData(creator->text(), kSortRole);
        row.first()->setData(kind == Ownership::Kind::Ours, kOursRole);
        if (kind != Ownership::Kind::Ours) {
            // Marked: not ours, so never part of a bulk delete.
            creator->setIcon(QIcon(QStringLiteral(":/icons/warning.svg")));
            creator->setToolTip(tr("Made by someone else: deleted only when you pick it yourself."));
            QFont font = creator->font();
            font.setBold(true);
            creator->setFont(font);
        }
        row.append(creator);
        m_model->appendRow(row);
    }
    m_view->resizeColumnsToContents();
}

void TenantIndicatorsDialog::updateStatus()
{
    QString text;
    if (m_indicators->isBusy())
        text = tr("Reading the tenant's indicators... %Ln so far", nullptr,
                  static_cast<int>(m_indicators->items().size()));
    else
        text = tr("%1 of %Ln indicator(s) shown", nullptr, m_model->rowCount())
                   .arg(QLocale().toString(m_proxy->rowCount()));
    if (!m_problem.isEmpty())
        text += u'\n' + m_problem;
    m_status->setText(text);
    m_deleteButton->setEnabled(!m_indicators->isBusy());
    m_refreshButton->setEnabled(!m_indicators->isBusy());
}

void TenantIndicatorsDialog::deleteSelected()
{
    QStringList ids;
    int others = 0;
    const QModelIndexList rows = m_view->selectionModel()->selectedRows(0);
    for (const QModelIndex &index : rows) {
        ids.append(index.data().toString());
        others += !index.data(kOursRole).toBool();
    }
    if (ids.isEmpty())
        return;
    MessageBox::Question question;
    question.icon = QMessageBox::Warning;
    question.title = tr("Delete Indicators");
    question.text =
        tr("Delete %n indicator(s) from the tenant? This cannot be undone.", nullptr, static_cast<int>(ids.size()));
    if (others > 0)
        question.text += QLatin1Char('\n')
                         + tr("%n of them were made by someone else (the portal, Defender for Cloud Apps or another "
                              "app).",
                              nullptr, others);
    question.objectName = QStringLiteral("tenantDeleteConfirmation");
    question.standardButtons = QMessageBox::Cancel;
    const QString remove = QStringLiteral("confirmDeleteButton");
    question.buttons = {{tr("&Delete"), QMessageBox::DestructiveRole, remove, false}};
    question.defaultButton = QMessageBox::Cancel;
    question.escapeButton = QMessageBox::Cancel;
    if (MessageBox::instance().ask(this, question) != remove)
        return;
    m_indicators->remove(ids);
    updateStatus();
}

bool TenantIndicatorsDialog::exportCsv(const QString &path, QString *error) const
{
    QSaveFile file(path);
    if (!file.open(QIODevice::WriteOnly)) {
        *error = tr("%1 cannot be written: %2").arg(QFileInfo(path).fileName(), file.errorString());
        return false;
    }
    CsvWriter writer(file, ',', CsvWriter::FormulaSafety::Neutralize);
    std::vector<QByteArray> cells(kColumnCount);
    std::vector<QByteArrayView> record(kColumnCount);
    for (int c = 0; c < kColumnCount; ++c)
        record[static_cast<size_t>(c)] = kColumns[c];
    writer.writeRecord(record);
    for (int r = 0; r < m_proxy->rowCount(); ++r) {
        for (int c = 0; c < kColumnCount; ++c) {
            cells[static_cast<size_t>(c)] = m_proxy->index(r, c).data().toString().toUtf8();
            record[static_cast<size_t>(c)] = cells[static_cast<size_t>(c)];
        }
        writer.writeRecord(record);
    }
    if (writer.hasError() || !file.commit()) {
        *error = tr("%1 cannot be written: %2").arg(QFileInfo(path).fileName(), file.errorString());
        return false;
    }
    return true;
}

} // namespace im
