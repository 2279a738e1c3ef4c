#include "DashboardView.h"

#include "CampaignProgress.h"
#include "Dates.h"
#include "DeferUntilShown.h"
#include "DistrictProgressModel.h"
#include "OverdueModel.h"
#include "Schedule.h"
#include "StatusTints.h"
#include "UpcomingModel.h"
#include "Workspace.h"

#include <QBarCategoryAxis>
#include <QBarSet>
#include <QChart>
#include <QChartView>
#include <QEvent>
#include <QHeaderView>
#include <QHorizontalStackedBarSeries>
#include <QLabel>
#include <QLegend>
#include <QScrollArea>
#include <QScrollBar>
#include <QSplitter>
#include <QStackedWidget>
#include <QTabWidget>
#include <QTableView>
#include <QVBoxLayout>
#include <QValueAxis>

#include <algorithm>

using namespace Qt::StringLiterals;

namespace {

const QColor heldColour(0x4C, 0x9A, 0x5F);
const QColor notHeldColour(0xC9, 0xCE, 0xD3);

// The rows a table shows at least before the page scrolls instead.
constexpr int minimumTableRows = 5;

QLabel *heading(QWidget *parent)
{
    auto *label = new QLabel(parent);
    QFont font = label->font();
    font.setBold(true);
    label->setFont(font);
    label->setWordWrap(true);
    return label;
}

// A tick every 1, 2 or 5 times a power of ten, so that about five ticks fit.
int tickInterval(int maximum)
{
    int step = 1;
    for (int power = 1;; power *= 10) {
        for (const int factor : {1, 2, 5}) {
            step = factor * power;
            if (maximum / step <= 5)
                return step;
        }
    }
}

} // namespace

DashboardView::DashboardView(Workspace &workspace, QWidget *parent)
    : QWidget(parent)
    , m_workspace(workspace)
    , m_districtModel(new DistrictProgressModel(this))
    , m_overdueModel(new OverdueModel(this))
    , m_upcomingModel(new UpcomingModel(this))
    , m_stack(new QStackedWidget(this))
    , m_empty(new QLabel(this))
    , m_summary(new QLabel(this))
    , m_warnings(new QLabel(this))
    , m_noDistricts(new QLabel(this))
    , m_splitter(new QSplitter(Qt::Vertical, this))
    , m_districtsPane(new QWidget(this))
    , m_districtsTitle(heading(m_districtsPane))
    , m_districtView(createTable(m_districtModel, u"districtProgressView"_s,
                                 DistrictProgressModel::UnitIdRole))
    , m_lists(new QTabWidget(this))
    , m_overdueView(createTable(m_overdueModel, u"overdueView"_s, OverdueModel::UnitIdRole))
    , m_upcomingView(createTable(m_upcomingModel, u"upcomingView"_s, UpcomingModel::UnitIdRole))
    , m_chartPane(new QWidget(this))
    , m_chartTitle(heading(m_chartPane))
    , m_chartView(new QChartView(m_chartPane))
{
    m_deferral = new DeferUntilShown(this, [this] { refresh(); });
    setObjectName(u"dashboardView"_s);
    m_empty->setObjectName(u"dashboardEmpty"_s);
    m_summary->setObjectName(u"dashboardSummary"_s);
    m_warnings->setObjectName(u"dashboardWarnings"_s);
    m_noDistricts->setObjectName(u"dashboardNoDistricts"_s);
    m_lists->setObjectName(u"dashboardLists"_s);
    m_chartView->setObjectName(u"progressChart"_s);

    m_empty->setAlignment(Qt::AlignCenter);
    for (QLabel *label : {m_empty, m_summary, m_warnings, m_noDistricts})
        label->setWordWrap(true);
    m_summary->setTextFormat(Qt::RichText);
    m_warnings->setTextFormat(Qt::RichText);
    QPalette warningPalette = m_warnings->palette();
    warningPalette.setColor(QPalette::WindowText, StatusTints::warningText());
    m_warnings->setPalette(warningPalette);
    connect(m_warnings, &QLabel::linkActivated, this,
            [this](const QString &link) { emit unitActivated(link.toLongLong()); });

    auto *districtsLayout = new QVBoxLayout(m_districtsPane);
    districtsLayout->setContentsMargins(0, 0, 0, 0);
    districtsLayout->addWidget(m_districtsTitle);
    districtsLayout->addWidget(m_districtView, 1);
    m_districtsTitle->setBuddy(m_districtView);

    m_lists->addTab(m_overdueView, QString());
    m_lists->addTab(m_upcomingView, QString());

    m_chartView->setRenderHint(QPainter::Antialiasing);
    // The bars answer the mouse; from the keyboard, the district table does the same.
    m_chartView->setFocusPolicy(Qt::NoFocus);
    // The chart is read, not worked in: its figures are in the table and its description.
    m_chartView->viewport()->setFocusPolicy(Qt::NoFocus);
    m_chartView->setFrameShape(QFrame::StyledPanel);
    QChart *chart = m_chartView->chart();
    chart->setAnimationOptions(QChart::NoAnimation);
    chart->setMargins(QMargins(4, 4, 4, 4));
    chart->setBackgroundRoundness(0);
    chart->legend()->setAlignment(Qt::AlignTop);
    auto *chartLayout = new QVBoxLayout(m_chartPane);
    chartLayout->setContentsMargins(0, 0, 0, 0);
    chartLayout->addWidget(m_chartTitle);
    chartLayout->addWidget(m_chartView, 1);

    m_splitter->setObjectName(u"dashboardSplitter"_s);
    m_splitter->setChildrenCollapsible(false);
    m_splitter->addWidget(m_districtsPane);
    m_splitter->addWidget(m_lists);
    m_splitter->addWidget(m_chartPane);
    m_splitter->setStretchFactor(0, 3);
    m_splitter->setStretchFactor(1, 3);
    m_splitter->setStretchFactor(2, 4);

    // When the page is smaller than what the tables and the chart need to be read, it
    // scrolls rather than squeezing them (1366×768 with two docks, large fonts).
    auto *content = new QWidget(this);
    auto *contentLayout = new QVBoxLayout(content);
    contentLayout->addWidget(m_summary);
    contentLayout->addWidget(m_warnings);
    contentLayout->addWidget(m_noDistricts);
    contentLayout->addWidget(m_splitter, 1);
    auto *scroll = new QScrollArea(this);
    scroll->setObjectName(u"dashboardScroll"_s);
    scroll->setWidget(content);
    scroll->setWidgetResizable(true);
    scroll->setFrameShape(QFrame::NoFrame);

    m_stack->addWidget(m_empty);
    m_stack->addWidget(scroll);
    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->addWidget(m_stack);

    connect(&m_workspace, &Workspace::changed, this, [this](Workspace::Changes changes) {
        if (changes
            & (Workspace::Change::Schedule | Workspace::Change::Units | Workspace::Change::Campaigns
               | Workspace::Change::Steering | Workspace::Change::Settings))
            refresh();
    });
    connect(&m_workspace, &Workspace::asOfChanged, this, &DashboardView::refresh);
    connect(&m_workspace, &Workspace::opened, this, &DashboardView::refresh);

    retranslate();
    refresh();
}

DashboardView::~DashboardView() = default;

QTableView *DashboardView::createTable(QAbstractItemModel *model, const QString &objectName,
                                       int unitIdRole)
{
    auto *view = new QTableView(this);
    view->setObjectName(objectName);
    view->setModel(model);
    view->setEditTriggers(QAbstractItemView::NoEditTriggers);
    view->setSelectionBehavior(QAbstractItemView::SelectRows);
    view->setSelectionMode(QAbstractItemView::SingleSelection);
    view->setWordWrap(false);
    view->setTabKeyNavigation(false);
    view->verticalHeader()->hide();
    view->horizontalHeader()->setHighlightSections(false);
    view->horizontalHeader()->setStretchLastSection(true);
    view->horizontalHeader()->setSectionResizeMode(QHeaderView::ResizeToContents);
    connect(view, &QAbstractItemView::activated, this,
            [this, unitIdRole](const QModelIndex &index) {
                if (const qint64 unitId = index.data(unitIdRole).toLongLong(); unitId != 0)
                    emit unitActivated(unitId);
            });
    return view;
}

void DashboardView::changeEvent(QEvent *event)
{
    if (event->type() == QEvent::LanguageChange) {
        retranslate();
        refresh();
    } else if (event->type() == QEvent::FontChange) {
        updateChart();
        updateSizes();
    }
    QWidget::changeEvent(event);
}

void DashboardView::retranslate()
{
    setWindowTitle(tr("Overview"));
    m_empty->setText(tr("This file has no campaign yet. Once it has one, this page shows how "
                        "its conferences are getting on: per unit, what is overdue and what "
                        "falls due soon."));
    m_noDistricts->setText(tr("This campaign has one level only, so there is no table or chart "
                              "of the units below others: see the totals above and the lists "
                              "below."));
    // The units of the level above the campaign's lowest: districts, the province, ...
    const std::shared_ptr<const Schedule> schedule = m_workspace.schedule();
    const QString noun = (m_report && schedule ? schedule->level(m_report->districtLevel())
                                               : Level{u"district"_s, 0, {}, {}})
                             .unitNoun()
                             .toLower();
    m_districtsTitle->setText(
        tr("Progress per %1: the units below it and its own conference").arg(noun));
    m_chartTitle->setText(tr("Units below each %1: held and not held").arg(noun));
    m_districtView->setAccessibleName(tr("Progress per %1").arg(noun));
    m_overdueView->setAccessibleName(tr("Overdue conferences"));
    m_upcomingView->setAccessibleName(tr("Conferences falling due soon"));
    m_chartView->setAccessibleName(tr("Units below each %1: held and not held").arg(noun));
    m_lists->setAccessibleName(tr("Overdue and falling due soon"));
    if (auto *scroll = findChild<QScrollArea *>(u"dashboardScroll"_s))
        scroll->setAccessibleName(tr("Overview"));
    m_districtModel->retranslate();
    m_overdueModel->retranslate();
    m_upcomingModel->retranslate();
    updateListTitles();
}

void DashboardView::refresh()
{
    if (m_deferral->defer())
        return;
    const std::shared_ptr<const Schedule> schedule = m_workspace.schedule();
    m_report = schedule ? std::make_shared<const CampaignProgress>(*schedule) : nullptr;
    m_districtModel->setReport(m_report, schedule);
    m_overdueModel->setReport(m_report, schedule);
    m_upcomingModel->setReport(m_report, schedule);
    m_stack->setCurrentIndex(m_report ? 1 : 0);

    const bool districts = m_report && !m_report->districts().isEmpty();
    m_districtsPane->setVisible(districts);
    m_chartPane->setVisible(districts);
    m_noDistricts->setVisible(m_report && !districts);
    retranslate();
    updateSummary();
    updateChart();
    updateListTitles();
    updateSizes();
}

void DashboardView::updateSummary()
{
    if (!m_report) {
        m_summary->clear();
        m_warnings->clear();
        m_warnings->hide();
        return;
    }
    QStringList lines{
        u"<b>%1</b>"_s.arg(tr("As of %1:").arg(Dates::text(m_report->asOf())).toHtmlEscaped())};
    for (const CampaignProgress::LevelTotals &totals : m_report->levelTotals()) {
        QStringList parts{tr("%1 of %2 held").arg(totals.held).arg(totals.total)};
        if (totals.reportReceived > 0)
            parts.append(tr("%n report(s) received", nullptr, totals.reportReceived));
        if (totals.dueSoon > 0)
            parts.append(tr("%n due soon", nullptr, totals.dueSoon));
        if (totals.overdue > 0)
            parts.append(tr("%n overdue", nullptr, totals.overdue));
        lines.append(
            tr("%1: %2").arg(u"<b>%1</b>"_s.arg(totals.level.displayName().toHtmlEscaped()),
                             parts.join(u", "_s).toHtmlEscaped()));
    }
    m_summary->setText(lines.join(u"<br>"_s));

    QStringList warnings;
    for (const CampaignProgress::OrderWarning &warning : m_report->orderWarnings()) {
        warnings.append(tr("%1 (held on %2, when %3 of the %4 units below it had held theirs)")
                            .arg(u"<a href=\"%1\">%2</a>"_s.arg(warning.unitId)
                                     .arg(warning.label.toHtmlEscaped()),
                                 Dates::text(warning.heldOn))
                            .arg(warning.belowHeldBefore)
                            .arg(warning.below));
    }
    m_warnings->setText(
        warnings.isEmpty()
            ? QString()
            : tr("Held before the units below them: %1").arg(warnings.join(u"; "_s)));
    m_warnings->setVisible(!warnings.isEmpty());
}

void DashboardView::updateChart()
{
    QChart *chart = m_chartView->chart();
    chart->removeAllSeries();
    const QList<QAbstractAxis *> axes = chart->axes();
    for (QAbstractAxis *axis : axes) {
        chart->removeAxis(axis);
        delete axis;
    }
    chart->legend()->setFont(font());
    m_chartView->setAccessibleDescription(QString());
    if (!m_report || m_report->districts().isEmpty())
        return;

    auto *held = new QBarSet(tr("Held"));
    auto *notHeld = new QBarSet(tr("Not held"));
    held->setColor(heldColour);
    held->setBorderColor(heldColour);
    notHeld->setColor(notHeldColour);
    notHeld->setBorderColor(notHeldColour);
    // Horizontal bars run from the bottom up: the districts go in backwards, so that the
    // first is at the top, as in the table.
    const QList<CampaignProgress::District> &districts = m_report->districts();
    QStringList categories;
    int most = 1;
    for (auto district = districts.crbegin(); district != districts.crend(); ++district) {
        // A category axis drops a name it already has.
        QString name = district->label;
        if (categories.contains(name))
            name = tr("%1 (%2)").arg(name, district->code);
        categories.append(name);
        held->append(district->belowHeld);
        notHeld->append(district->below - district->belowHeld);
        most = std::max(most, district->below);
    }
    // The chart's figures in words, for a screen reader (the table beside it has them too).
    QStringList figures;
    for (const CampaignProgress::District &district : districts) {
        figures.append(tr("%1: %2 of %3 held")
                           .arg(district.label)
                           .arg(district.belowHeld)
                           .arg(district.below));
    }
    m_chartView->setAccessibleDescription(figures.join(u"; "_s));
    auto *series = new QHorizontalStackedBarSeries;
    series->setBarWidth(0.7);
    series->append(held);
    series->append(notHeld);
    chart->addSeries(series);

    auto *districtAxis = new QBarCategoryAxis;
    districtAxis->append(categories);
    districtAxis->setLabelsFont(font());
    districtAxis->setGridLineVisible(false);
    chart->addAxis(districtAxis, Qt::AlignLeft);
    series->attachAxis(districtAxis);

    auto *countAxis = new QValueAxis;
    const int step = tickInterval(most);
    countAxis->setRange(0, (most + step - 1) / step * step);
    countAxis->setLabelFormat(u"%d"_s);
    countAxis->setTickType(QValueAxis::TicksDynamic);
    countAxis->setTickAnchor(0);
    countAxis->setTickInterval(step);
    countAxis->setLabelsFont(font());
    chart->addAxis(countAxis, Qt::AlignBottom);
    series->attachAxis(countAxis);

    connect(series, &QAbstractBarSeries::doubleClicked, this, [this](int index, QBarSet *) {
        if (const int district = districtOfBar(index); district >= 0)
            emit unitActivated(m_report->districts().at(district).unitId);
    });
    connect(series, &QAbstractBarSeries::hovered, this, [this](bool status, int index, QBarSet *) {
        const int row = districtOfBar(index);
        if (!status || row < 0) {
            m_chartView->setToolTip(QString());
            return;
        }
        const CampaignProgress::District &district = m_report->districts().at(row);
        m_chartView->setToolTip(tr("%1: %2 of %3 communes held")
                                    .arg(district.label)
                                    .arg(district.belowHeld)
                                    .arg(district.below));
    });
}

int DashboardView::districtOfBar(int bar) const
{
    if (!m_report || bar < 0 || bar >= m_report->districts().size())
        return -1;
    return int(m_report->districts().size()) - 1 - bar;
}

void DashboardView::updateListTitles()
{
    const int overdue = m_report ? int(m_report->overdue().size()) : 0;
    const int upcoming = m_report ? int(m_report->upcoming().size()) : 0;
    const int days = m_report ? m_report->upcomingDays() : CampaignProgress::DefaultUpcomingDays;
    m_lists->setTabText(m_lists->indexOf(m_overdueView), tr("&Overdue (%1)").arg(overdue));
    m_lists->setTabText(m_lists->indexOf(m_upcomingView),
                        tr("Due in the ne&xt %n day(s) (%1)", nullptr, days).arg(upcoming));
}

void DashboardView::updateSizes()
{
    // Heights follow the font, so that larger fonts get larger tables, not cut rows.
    const int rowHeight = fontMetrics().height() + 8;
    for (QTableView *view : {m_districtView, m_overdueView, m_upcomingView}) {
        view->verticalHeader()->setDefaultSectionSize(rowHeight);
        // The horizontal scroll bar, there when Vietnamese names are wide, takes a row's room.
        view->setMinimumHeight(
            view->horizontalHeader()->sizeHint().height() + minimumTableRows * rowHeight
            + view->horizontalScrollBar()->sizeHint().height() + 2 * view->frameWidth());
    }
    const int districts = m_report ? int(m_report->districts().size()) : 0;
    // A bar's band must hold its district's name with the room Qt Charts keeps around a
    // label; with less, every name is cut to "...".
    const int barHeight = fontMetrics().height() + 10;
    // The bars, plus the legend above and the value axis below.
    m_chartView->setMinimumHeight(districts * barHeight + 6 * fontMetrics().height() + 24);
    m_chartView->setMinimumWidth(fontMetrics().averageCharWidth() * 40);
}
