#pragma once

#include <QWidget>

#include <memory>

class DeferUntilShown;
class DistrictProgressModel;
class OverdueModel;
class CampaignProgress;
class QAbstractItemModel;
class QChartView;
class QLabel;
class QSplitter;
class QStackedWidget;
class QTabWidget;
class QTableView;
class UpcomingModel;
class Workspace;

/// The "Overview" page: how the chosen campaign is getting on as of the chosen day. The
/// totals per level; per district, its communes held and overdue and its own conference; the
/// conferences overdue and those falling due in the next 14 days; and a chart of communes
/// held and not held per district. Built on a CampaignProgress of the workspace's schedule and
/// refreshed whenever the schedule, the day or the file changes. Activating a row (double
/// click or Enter) or a bar asks for the unit to be opened.
class DashboardView : public QWidget
{
    Q_OBJECT

public:
    explicit DashboardView(Workspace &workspace, QWidget *parent = nullptr);
    ~DashboardView() override;

    /// The report shown, or nullptr when there is no campaign.
    const CampaignProgress *report() const { return m_report.get(); }

signals:
    /// The clerk asked to open a unit.
    void unitActivated(qint64 unitId);

protected:
    void changeEvent(QEvent *event) override;

private:
    QTableView *createTable(QAbstractItemModel *model, const QString &objectName, int unitIdRole);
    void retranslate();
    void refresh();
    void updateSummary();
    void updateChart();
    /// The district of a bar of the chart (the bars go bottom up), or -1.
    int districtOfBar(int bar) const;
    void updateListTitles();
    void updateSizes();

    Workspace &m_workspace;
    std::shared_ptr<const CampaignProgress> m_report;

    DistrictProgressModel *m_districtModel;
    OverdueModel *m_overdueModel;
    UpcomingModel *m_upcomingModel;

    QStackedWidget *m_stack;
    QLabel *m_empty;
    QLabel *m_summary;
    QLabel *m_warnings;
    QLabel *m_noDistricts;
    QSplitter *m_splitter;
    QWidget *m_districtsPane;
    QLabel *m_districtsTitle;
    QTableView *m_districtView;
    QTabWidget *m_lists;
    QTableView *m_overdueView;
    QTableView *m_upcomingView;
    QWidget *m_chartPane;
    QLabel *m_chartTitle;
    QChartView *m_chartView;
    DeferUntilShown *m_deferral = nullptr;
};
