#include "ColumnMappingPanel.h"

#include "Workbook.h"

#include <QComboBox>
#include <QFormLayout>
#include <QLabel>
#include <QVBoxLayout>

using namespace Qt::StringLiterals;

ColumnMappingPanel::ColumnMappingPanel(QWidget *parent)
    : QWidget(parent)
    , m_title(new QLabel(this))
    , m_form(new QFormLayout)
{
    setObjectName(u"columnMapping"_s);
    m_title->setWordWrap(true);
    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->addWidget(m_title);
    layout->addLayout(m_form);
    layout->addStretch();
    for (const Field field : fields()) {
        auto *box = new QComboBox(this);
        box->setObjectName(u"mapping-"_s + ResultsColumns::key(field));
        box->setSizeAdjustPolicy(QComboBox::AdjustToMinimumContentsLengthWithIcon);
        box->setMinimumContentsLength(14);
        m_boxes.insert(field, box);
        m_form->addRow(ResultsColumns::header(field) + u':', box);
        connect(box, &QComboBox::currentIndexChanged, this, [this] {
            if (!m_filling)
                emit mappingChanged(mapping());
        });
    }
    clear();
}

QList<ColumnMappingPanel::Field> ColumnMappingPanel::fields()
{
    QList<Field> list{Field::Code, Field::Unit};
    list.append(ResultsColumns::reported());
    return list;
}

void ColumnMappingPanel::clear()
{
    m_filling = true;
    m_title->setText(tr("Choose a sheet in the preview to see which column holds which field."));
    for (QComboBox *box : std::as_const(m_boxes)) {
        box->clear();
        box->setEnabled(false);
    }
    m_filling = false;
}

void ColumnMappingPanel::setSheet(const ResultsPreview::Sheet &sheet, int columnCount)
{
    m_filling = true;
    m_title->setText(
        sheet.headerRow < 0
            ? tr("Sheet “%1”: no header row was found.").arg(sheet.name)
            : tr("Sheet “%1”, header in row %2%3:")
                  .arg(sheet.name)
                  .arg(sheet.headerRow + 1)
                  .arg(sheet.rememberedMapping ? tr(", as remembered for the sender") : QString()));
    const int columns = std::max<int>(columnCount, int(sheet.headers.size()));
    for (auto it = m_boxes.begin(); it != m_boxes.end(); ++it) {
        QComboBox *box = it.value();
        box->clear();
        box->addItem(tr("(none)"), -1);
        for (int c = 0; c < columns; ++c) {
            const QString header = sheet.headers.value(c);
            box->addItem(header.isEmpty() ? Workbook::columnName(c)
                                          : tr("%1: %2").arg(Workbook::columnName(c), header),
                         c);
        }
        box->setCurrentIndex(std::max(0, box->findData(sheet.columns.value(it.key(), -1))));
        box->setEnabled(sheet.headerRow >= 0);
    }
    m_filling = false;
}

QHash<ColumnMappingPanel::Field, int> ColumnMappingPanel::mapping() const
{
    QHash<Field, int> result;
    for (auto it = m_boxes.cbegin(); it != m_boxes.cend(); ++it) {
        const int column = it.value()->currentData().toInt();
        if (column >= 0)
            result.insert(it.key(), column);
    }
    return result;
}
