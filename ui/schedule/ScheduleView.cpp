#include "ScheduleView.h"

#include "AppSettings.h"
#include "Dates.h"
#include "GettingStarted.h"
#include "Schedule.h"
#include "ScheduleFilterModel.h"
#include "ScheduleModel.h"
#include "SteeringRepository.h"
#include "UnitTree.h"
#include "Workspace.h"

#include <QCheckBox>
#include <QComboBox>
#include <QEvent>
#include <QGridLayout>
#include <QHeaderView>
#include <QLabel>
#include <QStackedWidget>
#include <QTableView>
#include <QVBoxLayout>

#include <algorithm>

using namespace Qt::StringLiterals;

ScheduleView::ScheduleView(Workspace &workspace, QWidget *parent)
    : QWidget(parent)
    , m_workspace(workspace)
    , m_model(new ScheduleModel(this))
    , m_filter(new ScheduleFilterModel(this))
    , m_title(new QLabel(this))
    , m_levelLabel(new QLabel(this))
    , m_levelFilter(new QComboBox(this))
    , m_districtLabel(new QLabel(this))
    , m_districtFilter(new QComboBox(this))
    , m_statusLabel(new QLabel(this))
    , m_statusFilter(new QComboBox(this))
    , m_groupLabel(new QLabel(this))
    , m_groupFilter(new QComboBox(this))
    , m_pilotsOnly(new QCheckBox(this))
    , m_stack(new QStackedWidget(this))
    , m_view(new QTableView(this))
    , m_gettingStarted(new GettingStarted(workspace, this))
{
    setObjectName(u"schedulePage"_s);
    m_filter->setSourceModel(m_model);
    m_title->setObjectName(u"scheduleTitle"_s);
    m_title->setWordWrap(true);
    QFont font = m_title->font();
    font.setBold(true);
    m_title->setFont(font);

    m_levelFilter->setObjectName(u"levelFilter"_s);
    m_districtFilter->setObjectName(u"districtFilter"_s);
    m_statusFilter->setObjectName(u"statusFilter"_s);
    m_groupFilter->setObjectName(u"groupFilter"_s);
    m_pilotsOnly->setObjectName(u"pilotsOnly"_s);
    // Two rows of filters, so that the page stays narrow enough for both docks on a
    // 1366-pixel screen.
    auto *filters = new QGridLayout;
    int position = 0;
    for (auto [label, combo] :
         {std::pair{m_levelLabel, m_levelFilter}, std::pair{m_districtLabel, m_districtFilter},
          std::pair{m_statusLabel, m_statusFilter}, std::pair{m_groupLabel, m_groupFilter}}) {
        label->setBuddy(combo);
        // Narrow by default; the list that drops down is as wide as its longest entry.
        combo->setSizeAdjustPolicy(QComboBox::AdjustToMinimumContentsLengthWithIcon);
        combo->setMinimumContentsLength(12);
        filters->addWidget(label, position / 2, (position % 2) * 2);
        filters->addWidget(combo, position / 2, (position % 2) * 2 + 1);
        ++position;
        connect(combo, &QComboBox::currentIndexChanged, this, &ScheduleView::applyFilters);
    }
    filters->addWidget(m_pilotsOnly, 2, 0, 1, 4);
    filters->setColumnStretch(4, 1);
    connect(m_pilotsOnly, &QCheckBox::toggled, this, &ScheduleView::applyFilters);

    m_view->setObjectName(u"scheduleView"_s);
    m_view->setModel(m_filter);
    m_view->setSortingEnabled(true);
    m_view->sortByColumn(ScheduleModel::Unit, Qt::AscendingOrder);
    m_view->setSelectionBehavior(QAbstractItemView::SelectRows);
    // Several rows at once, to give them to a steering group.
    m_view->setSelectionMode(QAbstractItemView::ExtendedSelection);
    m_view->setContextMenuPolicy(Qt::ActionsContextMenu);
    m_view->setWordWrap(false);
    // Tab goes on to the next control; the arrows move inside the table.
    m_view->setTabKeyNavigation(false);
    m_view->verticalHeader()->hide();
    m_view->verticalHeader()->setDefaultSectionSize(m_view->fontMetrics().height() + 8);
    m_view->horizontalHeader()->setHighlightSections(false);
    m_view->horizontalHeader()->setSectionsMovable(true);
    // Columns fitted to their contents measure the rows in view and this many more, not all
    // of a national schedule's 11,501 (Qt's default is 1,000).
    m_view->horizontalHeader()->setResizeContentsPrecision(250);
    connect(m_view->selectionModel(), &QItemSelectionModel::currentRowChanged, this,
            [this](const QModelIndex &current) {
                if (!current.isValid())
                    return;
                m_unitId = current.data(ScheduleModel::UnitIdRole).toLongLong();
                emit currentUnitChanged(m_unitId);
            });
    connect(m_view, &QTableView::activated, this, [this](const QModelIndex &index) {
        emit unitActivated(index.data(ScheduleModel::UnitIdRole).toLongLong());
    });

    // A file without a campaign shows the way to one instead.
    connect(m_gettingStarted, &GettingStarted::importUnitsRequested, this,
            &ScheduleView::importUnitsRequested);
    connect(m_gettingStarted, &GettingStarted::newCampaignRequested, this,
            &ScheduleView::newCampaignRequested);
    connect(m_gettingStarted, &GettingStarted::exampleRequested, this,
            &ScheduleView::exampleRequested);
    m_stack->addWidget(m_view);
    m_stack->addWidget(m_gettingStarted);

    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(6, 6, 6, 6);
    layout->addWidget(m_title);
    layout->addLayout(filters);
    layout->addWidget(m_stack, 1);

    connect(&m_workspace, &Workspace::changed, this, [this](Workspace::Changes changes) {
        if (changes
            & (Workspace::Change::Schedule | Workspace::Change::Units | Workspace::Change::Campaigns
               | Workspace::Change::Steering)) {
            reload();
        } else if (changes & Workspace::Change::Settings) {
            m_model->statusesChanged();
            emit countsChanged();
        }
    });
    // Another file: no unit of it is in view yet.
    connect(&m_workspace, &Workspace::opened, this, [this] { m_unitId = 0; });
    connect(&m_workspace, &Workspace::asOfChanged, this, [this] {
        m_model->statusesChanged();
        emit countsChanged();
    });
    retranslate();
    // Until a file is open the page stays as it was made; opening one reads the schedule.
    if (m_workspace.isOpen())
        reload();
}

void ScheduleView::changeEvent(QEvent *event)
{
    if (event->type() == QEvent::LanguageChange)
        retranslate();
    QWidget::changeEvent(event);
}

void ScheduleView::retranslate()
{
    // The tab's name.
    setWindowTitle(tr("Schedule"));
    // A name for a screen reader, where no label names the table.
    m_view->setAccessibleName(tr("Schedule of the conferences"));
    m_levelLabel->setText(tr("Level:"));
    m_districtLabel->setText(tr("&District:"));
    m_statusLabel->setText(tr("&Status:"));
    m_groupLabel->setText(tr("&Group:"));
    m_pilotsOnly->setText(tr("Pilots &only"));
    m_model->retranslate();
    fillFilters();
    updateTitle();
    emit countsChanged();
}

void ScheduleView::reload()
{
    const auto schedule = m_workspace.schedule();
    m_model->setSchedule(schedule);
    if (schedule) {
        const auto groups =
            SteeringRepository(m_workspace.database()).groups(schedule->campaign().id);
        QHash<qint64, qint64> groupOfUnit;
        QHash<qint64, QString> names;
        for (const SteeringGroup &group : groups ? *groups : QList<SteeringGroup>()) {
            names.insert(group.id, group.name);
            for (qint64 unit : group.unitIds)
                groupOfUnit.insert(unit, group.id);
        }
        m_model->setGroups(groupOfUnit, names);
    }
    m_stack->setCurrentWidget(schedule ? static_cast<QWidget *>(m_view) : m_gettingStarted);
    if (schedule && !m_sized) {
        m_sized = true;
        restoreLayout();
    }
    fillFilters();
    if (m_unitId != 0) {
        const int row = m_model->rowOfUnit(m_unitId);
        const QModelIndex index = m_filter->mapFromSource(m_model->index(row, 0));
        if (index.isValid()) {
            const QSignalBlocker blocker(m_view->selectionModel());
            m_view->setCurrentIndex(index);
        }
    }
    emit countsChanged();
    updateTitle();
}

void ScheduleView::restoreLayout()
{
    const QByteArray header = AppSettings::value(AppSettings::ScheduleHeader);
    if (!header.isEmpty() && m_view->horizontalHeader()->restoreState(header))
        return;
    // Fit the contents, but let no long text (a warning, a long name) push the other
    // columns out of sight; the full text is in the tooltip.
    m_view->resizeColumnsToContents();
    const int widest = m_view->fontMetrics().averageCharWidth() * 30;
    for (int column = 0; column < ScheduleModel::ColumnCount; ++column)
        m_view->setColumnWidth(column, std::min(m_view->columnWidth(column), widest));
}

void ScheduleView::saveLayout() const
{
    AppSettings::setValue(AppSettings::ScheduleHeader, m_view->horizontalHeader()->saveState());
}

void ScheduleView::fillFilters()
{
    const auto keep = [](QComboBox *combo) {
        return combo->currentData();
    };
    const auto restore = [](QComboBox *combo, const QVariant &value) {
        const int index = combo->findData(value);
        combo->setCurrentIndex(index >= 0 ? index : 0);
    };
    const QVariant level = keep(m_levelFilter), district = keep(m_districtFilter),
                   status = keep(m_statusFilter), group = keep(m_groupFilter);
    const QSignalBlocker blockLevel(m_levelFilter), blockDistrict(m_districtFilter),
        blockStatus(m_statusFilter), blockGroup(m_groupFilter);

    m_levelFilter->clear();
    m_levelFilter->addItem(tr("All levels"), QString());
    if (const Campaign *campaign = m_workspace.campaign()) {
        for (const CampaignLevel &entry : campaign->levels)
            m_levelFilter->addItem(m_workspace.level(entry.level).displayName(), entry.level);
    }
    restore(m_levelFilter, level);

    // The units of the campaign's second level, which have units below them.
    m_districtFilter->clear();
    m_districtFilter->addItem(tr("All"), qint64(0));
    if (const auto schedule = m_workspace.schedule()) {
        for (const ScheduleRow &row : schedule->rows()) {
            if (row.children > 0 && row.conference.parentUnitId != 0)
                m_districtFilter->addItem(row.unitLabel, row.conference.unitId);
        }
    }
    restore(m_districtFilter, district);
    m_districtFilter->setVisible(m_districtFilter->count() > 1);
    m_districtLabel->setVisible(m_districtFilter->count() > 1);

    m_statusFilter->clear();
    using Status = ScheduleFilterModel::Status;
    const QList<std::pair<Status, QString>> statuses{
        {Status::Any, tr("Any")},
        {Status::NotScheduled, Conference::stageName(Conference::Stage::NotScheduled)},
        {Status::Scheduled, Conference::stageName(Conference::Stage::Scheduled)},
        {Status::Held, Conference::stageName(Conference::Stage::Held)},
        {Status::ReportReceived, Conference::stageName(Conference::Stage::ReportReceived)},
        {Status::DueSoon, tr("Due soon")},
        {Status::Overdue, tr("Overdue")},
    };
    for (const auto &[value, text] : statuses)
        m_statusFilter->addItem(text, int(value));
    restore(m_statusFilter, status);

    m_groupFilter->clear();
    m_groupFilter->addItem(tr("Any"), qint64(0));
    if (m_workspace.isOpen() && m_workspace.campaignId() != 0) {
        const auto groups =
            SteeringRepository(m_workspace.database()).groups(m_workspace.campaignId());
        for (const SteeringGroup &entry : groups ? *groups : QList<SteeringGroup>())
            m_groupFilter->addItem(entry.name, entry.id);
    }
    m_groupFilter->addItem(tr("Followed by no group"), qint64(-1));
    restore(m_groupFilter, group);
    applyFilters();
}

void ScheduleView::applyFilters()
{
    m_filter->setLevel(m_levelFilter->currentData().toString());
    m_filter->setDistrict(m_districtFilter->currentData().toLongLong());
    m_filter->setStatus(ScheduleFilterModel::Status(m_statusFilter->currentData().toInt()));
    m_filter->setGroup(m_groupFilter->currentData().toLongLong());
    m_filter->setPilotsOnly(m_pilotsOnly->isChecked());
    emit countsChanged();
}

void ScheduleView::setSearchText(const QString &text)
{
    m_filter->setSearchText(text);
    emit countsChanged();
}

void ScheduleView::updateTitle()
{
    const Schedule *schedule = m_model->schedule();
    if (!schedule) {
        m_title->setText(tr("Conference schedule"));
        return;
    }
    QStringList levels;
    for (const CampaignLevel &level : schedule->campaign().levels) {
        const QString name = schedule->level(level.level).displayName();
        if (level.deadline.isValid())
            levels.append(tr("%1: %2").arg(name, Dates::text(level.deadline.last())));
    }
    m_title->setText(levels.isEmpty()
                         ? tr("Conference schedule")
                         : tr("Conference schedule · deadlines: %1").arg(levels.join(u" · "_s)));
}

QString ScheduleView::counts() const
{
    const Schedule *schedule = m_model->schedule();
    if (!schedule) {
        return m_workspace.isOpen() ? tr("%n unit(s)", nullptr, m_workspace.units()->size())
                                    : QString();
    }
    // Counts of what is shown, after the filters.
    int held = 0, scheduled = 0, dueSoon = 0, overdue = 0;
    const int shown = m_filter->rowCount();
    for (int row = 0; row < shown; ++row) {
        const QModelIndex index = m_filter->index(row, 0);
        const auto stage = Conference::Stage(index.data(ScheduleModel::StageRole).toInt());
        held += stage == Conference::Stage::Held || stage == Conference::Stage::ReportReceived;
        scheduled += stage == Conference::Stage::Scheduled;
        const auto timeliness = Timeliness(index.data(ScheduleModel::TimelinessRole).toInt());
        dueSoon += timeliness == Timeliness::DueSoon;
        overdue += timeliness == Timeliness::Overdue;
    }
    const int total = int(schedule->rows().size());
    QString text = shown == total
        ? tr("As of %1: %n unit(s) taking part", nullptr, total).arg(Dates::text(schedule->asOf()))
        : tr("As of %1: %2 of %n unit(s) shown", nullptr, total)
              .arg(Dates::text(schedule->asOf()))
              .arg(shown);
    text += u" · "_s + tr("%n held", nullptr, held);
    text += u" · "_s + tr("%n scheduled", nullptr, scheduled);
    text += u" · "_s + tr("%n due soon", nullptr, dueSoon);
    text += u" · "_s + tr("%n overdue", nullptr, overdue);
    if (const int warnings = schedule->counts().orderWarnings; warnings > 0)
        text += u" · "_s + tr("%n held before the units below", nullptr, warnings);
    return text;
}

void ScheduleView::selectUnit(qint64 unitId)
{
    m_unitId = unitId;
    const int row = m_model->rowOfUnit(unitId);
    const QModelIndex index = m_filter->mapFromSource(m_model->index(row, 0));
    if (index.isValid() && m_view->currentIndex().row() != index.row()) {
        const QSignalBlocker blocker(m_view->selectionModel());
        m_view->setCurrentIndex(index);
        m_view->scrollTo(index);
    }
}

QList<qint64> ScheduleView::selectedUnitIds() const
{
    QList<qint64> units;
    for (const QModelIndex &index : m_view->selectionModel()->selectedRows())
        units.append(index.data(ScheduleModel::UnitIdRole).toLongLong());
    return units;
}

void ScheduleView::addRowAction(QAction *action)
{
    m_view->addAction(action);
}
