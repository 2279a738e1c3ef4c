#include "AddUnitsDialog.h"

#include "Schedule.h"
#include "SteeringRepository.h"
#include "UnitPickerFilterModel.h"
#include "UnitPickerModel.h"
#include "UnitTree.h"
#include "Workspace.h"

#include <QComboBox>
#include <QDialogButtonBox>
#include <QFormLayout>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QTableView>
#include <QVBoxLayout>

#include <algorithm>

using namespace Qt::StringLiterals;

AddUnitsDialog::AddUnitsDialog(Workspace &workspace, qint64 groupId, QWidget *parent)
    : QDialog(parent)
    , m_model(new UnitPickerModel(this))
    , m_filter(new UnitPickerFilterModel(workspace.units(), this))
    , m_query(new QLineEdit(this))
    , m_under(new QComboBox(this))
    , m_view(new QTableView(this))
    , m_count(new QLabel(this))
{
    setObjectName(u"addUnitsDialog"_s);
    m_query->setObjectName(u"unitFilter"_s);
    m_under->setObjectName(u"unitUnder"_s);
    m_view->setObjectName(u"unitPickerView"_s);
    m_count->setObjectName(u"checkedCount"_s);
    setWindowTitle(tr("Add units to follow"));
    m_view->setAccessibleName(tr("Units of the campaign"));

    m_filter->setSourceModel(m_model);
    m_view->setModel(m_filter);
    m_view->setSelectionBehavior(QAbstractItemView::SelectRows);
    m_view->setEditTriggers(QAbstractItemView::NoEditTriggers);
    // Tab goes on to the next control; the arrows move inside the table.
    m_view->setTabKeyNavigation(false);
    m_view->verticalHeader()->hide();
    m_view->setWordWrap(false);
    m_view->horizontalHeader()->setSectionResizeMode(UnitPickerModel::Unit, QHeaderView::Stretch);
    m_view->horizontalHeader()->setSectionResizeMode(UnitPickerModel::Under,
                                                     QHeaderView::ResizeToContents);
    m_view->horizontalHeader()->setSectionResizeMode(UnitPickerModel::Group,
                                                     QHeaderView::ResizeToContents);

    m_query->setPlaceholderText(tr("name or code; accents may be left out"));
    m_query->setClearButtonEnabled(true);
    auto *form = new QFormLayout;
    form->setFieldGrowthPolicy(QFormLayout::ExpandingFieldsGrow);
    form->addRow(tr("&Find:"), m_query);
    form->addRow(tr("&In:"), m_under);

    auto *checkShownButton = new QPushButton(tr("&Check all shown"), this);
    checkShownButton->setObjectName(u"checkShownButton"_s);
    auto *uncheckShownButton = new QPushButton(tr("&Uncheck all shown"), this);
    uncheckShownButton->setObjectName(u"uncheckShownButton"_s);
    auto *checkRow = new QHBoxLayout;
    checkRow->addWidget(checkShownButton);
    checkRow->addWidget(uncheckShownButton);
    checkRow->addStretch();
    checkRow->addWidget(m_count);

    auto *buttons = new QDialogButtonBox(QDialogButtonBox::Ok | QDialogButtonBox::Cancel, this);
    m_okButton = buttons->button(QDialogButtonBox::Ok);

    auto *layout = new QVBoxLayout(this);
    layout->addLayout(form);
    layout->addWidget(m_view, 1);
    layout->addLayout(checkRow);
    layout->addWidget(buttons);

    connect(m_query, &QLineEdit::textChanged, m_filter, &UnitPickerFilterModel::setQuery);
    connect(m_under, &QComboBox::currentIndexChanged, this,
            [this] { m_filter->setUnder(m_under->currentData().toInt()); });
    connect(checkShownButton, &QPushButton::clicked, this, [this] { checkShown(true); });
    connect(uncheckShownButton, &QPushButton::clicked, this, [this] { checkShown(false); });
    connect(m_model, &UnitPickerModel::checkedChanged, this, &AddUnitsDialog::updateCount);
    connect(buttons, &QDialogButtonBox::accepted, this, &QDialog::accept);
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);

    load(workspace, groupId);
    m_query->setFocus();
    resize(600, 520);
}

void AddUnitsDialog::load(Workspace &workspace, qint64 groupId)
{
    const auto schedule = workspace.schedule();
    const auto units = workspace.units();
    QHash<qint64, QString> groupNames;
    QHash<qint64, qint64> assignments;
    if (schedule) {
        SteeringRepository steering(workspace.database());
        const auto groups = steering.groups(schedule->campaign().id);
        for (const SteeringGroup &group : groups ? *groups : QList<SteeringGroup>())
            groupNames.insert(group.id, group.name);
        const auto current = steering.assignments(schedule->campaign().id);
        if (current)
            assignments = *current;
    }

    m_under->addItem(tr("All the campaign's units"), -1);
    QList<UnitPickerModel::Entry> entries;
    qint64 topUnitId = 0;
    for (const ScheduleRow &row : schedule ? schedule->rows() : QList<ScheduleRow>()) {
        if (row.treeIndex < 0)
            continue;
        const qint64 unitId = row.conference.unitId;
        const qint64 group = assignments.value(unitId, 0);
        entries.append({unitId, row.treeIndex, units->label(row.treeIndex), row.parentName,
                        groupNames.value(group), group != 0 && group == groupId});
        if (row.conference.parentUnitId == 0)
            topUnitId = unitId;
    }
    std::sort(entries.begin(), entries.end(),
              [](const UnitPickerModel::Entry &a, const UnitPickerModel::Entry &b) {
                  return a.treeIndex < b.treeIndex;
              });
    // The units right below the top that have units of their own: the districts.
    for (const UnitPickerModel::Entry &entry : entries) {
        const int row = schedule->rowOfUnit(entry.unitId);
        const ScheduleRow &scheduleRow = schedule->rows().at(row);
        if (topUnitId != 0 && scheduleRow.conference.parentUnitId == topUnitId
            && scheduleRow.children > 0)
            m_under->addItem(entry.label, entry.treeIndex);
    }
    m_model->setEntries(entries);
    m_view->resizeColumnsToContents();
}

QList<qint64> AddUnitsDialog::checkedUnitIds() const
{
    return m_model->checkedUnitIds();
}

void AddUnitsDialog::checkShown(bool checked)
{
    for (int row = 0; row < m_filter->rowCount(); ++row)
        m_model->setChecked(m_filter->mapToSource(m_filter->index(row, 0)).row(), checked);
}

void AddUnitsDialog::updateCount()
{
    const int count = int(m_model->checkedUnitIds().size());
    m_count->setText(tr("%n unit(s) chosen", nullptr, count));
    if (m_okButton)
        m_okButton->setEnabled(count > 0);
}
