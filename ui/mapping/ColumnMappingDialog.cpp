// SPDX-License-Identifier: GPL-3.0-or-later
#include "ui/mapping/ColumnMappingDialog.h"

#include "core/indicator/IndicatorEnums.h"
#include "core/model/IndicatorColumns.h"
#include "core/validation/IssueMessages.h"
#include "ui/common/ScreenFit.h"
#include "ui/mapping/CsvPreviewModel.h"

#include <QCheckBox>
#include <QComboBox>
#include <QDialogButtonBox>
#include <QEvent>
#include <QFileInfo>
#include <QFormLayout>
#include <QGridLayout>
#include <QGroupBox>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QLabel>
#include <QPushButton>
#include <QScrollArea>
#include <QScrollBar>
#include <QTableView>
#include <QVBoxLayout>

namespace im {
namespace {

constexpr int kNotImported = -1;

// The fields in the grid's reading order.
std::vector<Field> fieldsInOrder()
{
    std::vector<Field> fields;
    for (int c = 1; c < ColumnCount; ++c)
        fields.push_back(*fieldOfColumn(c));
    return fields;
}

} // namespace

ColumnMappingDialog::ColumnMappingDialog(const QString &path, const CsvPreview &preview,
                                         const std::optional<RememberedMapping> &initial, QWidget *parent)
    : QDialog(parent)
    , m_path(path)
    , m_preview(preview)
    , m_model(new CsvPreviewModel(this))
    , m_delimiterCombo(new QComboBox(this))
    , m_encodingCombo(new QComboBox(this))
    , m_headerCheck(new QCheckBox(this))
    , m_previewView(new QTableView(this))
    , m_rolesWidget(new QWidget(this))
    , m_rolesLayout(new QGridLayout(m_rolesWidget))
    , m_typeCombo(new QComboBox(this))
    , m_problemLabel(new QLabel(this))
    , m_rememberCheck(new QCheckBox(this))
    , m_buttons(new QDialogButtonBox(QDialogButtonBox::Ok | QDialogButtonBox::Cancel, this))
    , m_intro(new QLabel(this))
    , m_delimiterLabel(new QLabel(this))
    , m_encodingLabel(new QLabel(this))
    , m_rolesBox(new QGroupBox(this))
    , m_typeLabel(new QLabel(this))
{
    setObjectName(QStringLiteral("columnMappingDialog"));
    QLabel *intro = m_intro;
    intro->setObjectName(QStringLiteral("mappingIntroLabel"));
    intro->setWordWrap(true);

    m_delimiterCombo->setObjectName(QStringLiteral("delimiterComboBox"));
    for (const char *delimiter : {",", ";", "\t", "|"})
        m_delimiterCombo->addItem(QString(), QString::fromLatin1(delimiter));
    m_encodingCombo->setObjectName(QStringLiteral("encodingComboBox"));
    for (TextEncoding e : {TextEncoding::Utf8, TextEncoding::Utf8Bom, TextEncoding::Utf16LE, TextEncoding::Utf16BE,
                           TextEncoding::Gb18030, TextEncoding::Windows1252})
        m_encodingCombo->addItem(encodingName(e), static_cast<int>(e));
    m_headerCheck->setObjectName(QStringLiteral("headerCheckBox"));

    // One line of reading options above the preview they change.
    auto *options = new QHBoxLayout;
    QLabel *delimiterLabel = m_delimiterLabel;
    delimiterLabel->setBuddy(m_delimiterCombo);
    QLabel *encodingLabel = m_encodingLabel;
    encodingLabel->setBuddy(m_encodingCombo);
    options->addWidget(delimiterLabel);
    options->addWidget(m_delimiterCombo);
    options->addSpacing(12);
    options->addWidget(encodingLabel);
    options->addWidget(m_encodingCombo);
    options->addSpacing(12);
    options->addWidget(m_headerCheck);
    options->addStretch();

    m_previewView->setObjectName(QStringLiteral("previewTableView"));
    m_previewView->setModel(m_model);
    m_previewView->setEditTriggers(QAbstractItemView::NoEditTriggers);
    m_previewView->setWordWrap(false);
    m_previewView->horizontalHeader()->setDefaultSectionSize(160);
    m_previewView->horizontalHeader()->setStretchLastSection(true);
    m_previewView->verticalHeader()->setDefaultSectionSize(m_previewView->fontMetrics().height() + 8);
    m_previewView->setMinimumHeight(4 * (m_previewView->fontMetrics().height() + 8));

    QGroupBox *rolesBox = m_rolesBox;
    rolesBox->setObjectName(QStringLiteral("columnsGroupBox"));
    auto *scroll = new QScrollArea(rolesBox);
    scroll->setObjectName(QStringLiteral("columnsScrollArea"));
    scroll->setWidgetResizable(true);
    scroll->setFrameShape(QFrame::NoFrame);
    scroll->setWidget(m_rolesWidget);
    m_rolesLayout->setColumnStretch(1, 1);
    m_rolesLayout->setColumnStretch(3, 1);
    m_typeCombo->setObjectName(QStringLiteral("impliedTypeComboBox"));
    m_typeCombo->addItem(QString(), static_cast<int>(IndicatorType::Unknown));
    for (int t = 1; t < IndicatorTypeCount; ++t)
        m_typeCombo->addItem(QString::fromLatin1(apiName(static_cast<IndicatorType>(t))), t);
    auto *typeRow = new QFormLayout;
    m_typeLabel->setBuddy(m_typeCombo);
    typeRow->addRow(m_typeLabel, m_typeCombo);
    auto *rolesLayout = new QVBoxLayout(rolesBox);
    rolesLayout->addWidget(scroll, 1);
    rolesLayout->addLayout(typeRow);

    m_problemLabel->setObjectName(QStringLiteral("mappingProblemLabel"));
    m_problemLabel->setWordWrap(true);
    m_rememberCheck->setObjectName(QStringLiteral("rememberMappingCheckBox"));
    m_rememberCheck->setChecked(true);
    m_buttons->setObjectName(QStringLiteral("mappingButtonBox"));

    auto *layout = new QVBoxLayout(this);
    layout->addWidget(intro);
    layout->addLayout(options);
    layout->addWidget(m_previewView, 1);
    layout->addWidget(rolesBox);
    layout->addWidget(m_problemLabel);
    layout->addWidget(m_rememberCheck);
    layout->addWidget(m_buttons);

    // Start from what was remembered, else from what was detected.
    const CsvDialect dialect = initial ? initial->dialect : preview.dialect;
    m_delimiterCombo->setCurrentIndex(std::max(0, m_delimiterCombo->findData(QString(QLatin1Char(dialect.delimiter)))));
    const TextEncoding encoding =
        initial && initial->encoding != TextEncoding::Auto ? initial->encoding : preview.encoding;
    m_encodingCombo->setCurrentIndex(std::max(0, m_encodingCombo->findData(static_cast<int>(encoding))));
    m_headerCheck->setChecked(initial ? initial->mapping.hasHeader : true);
    m_model->setRecords(m_preview.records, m_headerCheck->isChecked());
    if (initial) {
        rebuildRoles(initial->mapping);
    } else {
        rebuildRoles(ColumnMapping::guess(m_preview.firstRecord()));
    }

    connect(m_delimiterCombo, &QComboBox::currentIndexChanged, this, &ColumnMappingDialog::reload);
    connect(m_encodingCombo, &QComboBox::currentIndexChanged, this, &ColumnMappingDialog::reload);
    connect(m_headerCheck, &QCheckBox::toggled, this, &ColumnMappingDialog::reload);
    connect(m_buttons, &QDialogButtonBox::accepted, this, &QDialog::accept);
    connect(m_buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    fitPreview();
    ScreenFit::resizeWithin(this, QSize(900, sizeHint().height()));
    retranslateUi();
}

// After the base class: it passes LanguageChange on to the button box, which resets the standard
// buttons' texts, and the Ok button reads "Open" here.
bool ColumnMappingDialog::event(QEvent *event)
{
    const bool handled = QDialog::event(event);
    if (event->type() == QEvent::LanguageChange)
        retranslateUi();
    return handled;
}

void ColumnMappingDialog::retranslateUi()
{
    setWindowTitle(tr("Column Mapping"));
    setAccessibleName(windowTitle());
    m_intro->setText(tr("\"%1\" is not in the Defender portal template. Choose how to read it and which "
                        "column holds what; the preview shows the first rows.")
                         .arg(QFileInfo(m_path).fileName()));
    m_delimiterCombo->setAccessibleName(tr("Delimiter"));
    m_delimiterCombo->setItemText(0, tr("Comma (,)"));
    m_delimiterCombo->setItemText(1, tr("Semicolon (;)"));
    m_delimiterCombo->setItemText(2, tr("Tab"));
    m_delimiterCombo->setItemText(3, tr("Vertical bar (|)"));
    m_encodingCombo->setAccessibleName(tr("Encoding"));
    m_delimiterLabel->setText(tr("&Delimiter:"));
    m_encodingLabel->setText(tr("&Encoding:"));
    m_headerCheck->setText(tr("First row holds the column &names"));
    m_previewView->setAccessibleName(tr("Preview of the first rows"));
    m_rolesBox->setTitle(tr("Columns"));
    m_typeCombo->setAccessibleName(tr("Indicator type when no column holds it"));
    m_typeCombo->setItemText(0, tr("Work out from each value"));
    m_typeLabel->setText(tr("Indicator &type when no column holds it:"));
    m_rememberCheck->setText(tr("&Remember this for files with the same columns"));
    m_buttons->button(QDialogButtonBox::Ok)->setText(tr("&Open"));
    for (size_t c = 0; c < m_roleCombos.size(); ++c) {
        QComboBox *combo = m_roleCombos[c];
        //: %1 is a column name from the file being opened
        combo->setAccessibleName(tr("Field for column %1").arg(m_model->columnName(static_cast<int>(c))));
        combo->setItemText(0, tr("Not imported"));
        for (int i = 1; i < combo->count(); ++i)
            combo->setItemText(i, IssueMessages::fieldLabel(static_cast<Field>(combo->itemData(i).toInt())));
    }
    if (m_model->columnCount() > 0)
        Q_EMIT m_model->headerDataChanged(Qt::Horizontal, 0, m_model->columnCount() - 1);
    updateState();
}

void ColumnMappingDialog::fitPreview()
{
    // As tall as the rows it shows (up to a dozen), so a short file leaves no empty box.
    const int rows = std::clamp(m_model->rowCount(), 3, 12);
    const int height = m_previewView->horizontalHeader()->sizeHint().height()
                       + rows * m_previewView->verticalHeader()->defaultSectionSize()
                       + m_previewView->horizontalScrollBar()->sizeHint().height() + 2 * m_previewView->frameWidth();
    m_previewView->setMaximumHeight(std::max(height, m_previewView->minimumHeight()));
}

void ColumnMappingDialog::reload()
{
    CsvDialect dialect;
    dialect.delimiter = m_delimiterCombo->currentData().toString().at(0).toLatin1();
    const auto encoding = static_cast<TextEncoding>(m_encodingCombo->currentData().toInt());
    m_preview = CsvPreview::read(m_path, encoding, dialect);
    m_model->setRecords(m_preview.records, m_headerCheck->isChecked());
    fitPreview();
    if (m_headerCheck->isChecked()) {
        rebuildRoles(ColumnMapping::guess(m_preview.firstRecord()));
    } else {
        std::vector<std::vector<QByteArray>> sample;
        for (const QStringList &record : m_preview.records) {
            std::vector<QByteArray> row;
            for (const QString &field : record)
                row.push_back(field.toUtf8());
            sample.push_back(std::move(row));
        }
        rebuildRoles(ColumnMapping::guessHeaderless(sample));
    }
}

void ColumnMappingDialog::rebuildRoles(const ColumnMapping &mapping)
{
    m_roleCombos.clear(); // the layout owns them; they go with it below
    while (QLayoutItem *item = m_rolesLayout->takeAt(0)) {
        delete item->widget();
        delete item;
    }
    const int columns = m_model->sourceColumnCount();
    const int perColumn = 2; // label + combo, two source columns per line
    for (int c = 0; c < columns; ++c) {
        auto *label = new QLabel(m_model->columnName(c), m_rolesWidget);
        label->setObjectName(QStringLiteral("columnNameLabel"));
        auto *combo = new QComboBox(m_rolesWidget);
        combo->setObjectName(QStringLiteral("column%1RoleComboBox").arg(c));
        //: %1 is a column name from the file being opened
        combo->setAccessibleName(tr("Field for column %1").arg(m_model->columnName(c)));
        combo->addItem(tr("Not imported"), kNotImported);
        for (Field f : fieldsInOrder())
            combo->addItem(IssueMessages::fieldLabel(f), fieldIndex(f));
        const auto role =
            static_cast<size_t>(c) < mapping.columns.size() ? mapping.columns[static_cast<size_t>(c)] : std::nullopt;
        combo->setCurrentIndex(role ? combo->findData(fieldIndex(*role)) : 0);
        label->setBuddy(combo);
        const int line = c / perColumn;
        const int slot = (c % perColumn) * 2;
        m_rolesLayout->addWidget(label, line, slot);
        m_rolesLayout->addWidget(combo, line, slot + 1);
        connect(combo, &QComboBox::currentIndexChanged, this, [this, c] { roleChanged(c); });
        m_roleCombos.push_back(combo);
    }
    m_typeCombo->setCurrentIndex(std::max(0, m_typeCombo->findData(static_cast<int>(mapping.impliedType))));
    updateState();
}

void ColumnMappingDialog::roleChanged(int column)
{
    // A field comes from one column only: taking it elsewhere frees the other column. Indicator values
    // are the exception: each further value column gives its own rows.
    const int field = m_roleCombos[static_cast<size_t>(column)]->currentData().toInt();
    if (field != kNotImported && field != static_cast<int>(Field::IndicatorValue)) {
        for (size_t c = 0; c < m_roleCombos.size(); ++c) {
            if (static_cast<int>(c) != column && m_roleCombos[c]->currentData().toInt() == field) {
                const QSignalBlocker block(m_roleCombos[c]);
                m_roleCombos[c]->setCurrentIndex(0);
            }
        }
    }
    updateState();
}

std::vector<std::optional<Field>> ColumnMappingDialog::roles() const
{
    std::vector<std::optional<Field>> result;
    for (QComboBox *combo : m_roleCombos) {
        const int field = combo->currentData().toInt();
        result.push_back(field == kNotImported ? std::nullopt : std::optional<Field>(static_cast<Field>(field)));
    }
    return result;
}

void ColumnMappingDialog::updateState()
{
    const auto current = roles();
    m_model->setRoles(current);
    const bool hasValue =
        std::find(current.begin(), current.end(), std::optional<Field>(Field::IndicatorValue)) != current.end();
    const bool hasType =
        std::find(current.begin(), current.end(), std::optional<Field>(Field::IndicatorType)) != current.end();
    m_typeCombo->setEnabled(!hasType);
    QString problem;
    if (!m_preview.error.isEmpty())
        problem = m_preview.error;
    else if (!hasValue)
        problem = tr("Choose the column that holds the indicator values.");
    m_problemLabel->setText(problem);
    m_problemLabel->setVisible(!problem.isEmpty());
    m_rememberCheck->setEnabled(m_headerCheck->isChecked());
    m_buttons->button(QDialogButtonBox::Ok)->setEnabled(problem.isEmpty());
}

RememberedMapping ColumnMappingDialog::choice() const
{
    RememberedMapping result;
    result.dialect.delimiter = m_delimiterCombo->currentData().toString().at(0).toLatin1();
    result.encoding = static_cast<TextEncoding>(m_encodingCombo->currentData().toInt());
    result.mapping.columns = roles();
    result.mapping.hasHeader = m_headerCheck->isChecked();
    if (!m_typeCombo->isEnabled())
        result.mapping.impliedType = IndicatorType::Unknown;
    else
        result.mapping.impliedType = static_cast<IndicatorType>(m_typeCombo->currentData().toInt());
    return result;
}

QStringList ColumnMappingDialog::headers() const
{
    return m_headerCheck->isChecked() ? m_preview.firstRecord() : QStringList();
}

bool ColumnMappingDialog::rememberChoice() const
{
    return m_rememberCheck->isChecked() && m_headerCheck->isChecked();
}

QComboBox *ColumnMappingDialog::roleComboBox(int column) const
{
    return column >= 0 && static_cast<size_t>(column) < m_roleCombos.size() ? m_roleCombos[static_cast<size_t>(column)]
                                                                            : nullptr;
}

} // namespace im
