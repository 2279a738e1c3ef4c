#pragma once

#include <QList>
#include <QWidget>

class GettingStarted;
class QAction;
class QCheckBox;
class QComboBox;
class QLabel;
class QStackedWidget;
class QTableView;
class ScheduleFilterModel;
class ScheduleModel;
class Workspace;

/// The "Schedule" page: the chosen campaign's conferences, one row per unit taking part,
/// with their deadlines and statuses as of the workspace's day, narrowed by level, district,
/// status, steering group and pilots. A file without a campaign shows the way to one
/// (GettingStarted) instead. It follows the workspace; the window tells it which unit is in
/// view and what the search box holds.
class ScheduleView : public QWidget
{
    Q_OBJECT

public:
    explicit ScheduleView(Workspace &workspace, QWidget *parent = nullptr);

    /// Selects the unit's row, when the filters show it, without saying so by
    /// currentUnitChanged(); a unit that does not take part leaves the selection as it is.
    void selectUnit(qint64 unitId);
    /// The units of the rows selected.
    QList<qint64> selectedUnitIds() const;
    /// Shows only the units whose name or code matches (accents not needed).
    void setSearchText(const QString &text);
    /// Offers an action in the table's context menu, on the rows selected.
    void addRowAction(QAction *action);

    /// What the page shows, counted, for the status bar: "As of 25/03/2020: 40 of 147 units
    /// shown · 3 held · …", or the units of a file without a campaign.
    QString counts() const;

    /// Keeps the columns' order and widths for the next start.
    void saveLayout() const;

signals:
    /// The clerk moved to another unit's row.
    void currentUnitChanged(qint64 unitId);
    /// The clerk opened a row (Enter or a double click): its conference is wanted.
    void unitActivated(qint64 unitId);
    /// counts() says something else.
    void countsChanged();
    /// The steps of a file without a campaign (GettingStarted).
    void importUnitsRequested();
    void newCampaignRequested();
    void exampleRequested();

protected:
    void changeEvent(QEvent *event) override;

private:
    void retranslate();
    void reload();
    void fillFilters();
    void applyFilters();
    void updateTitle();
    void restoreLayout();

    Workspace &m_workspace;
    ScheduleModel *m_model;
    ScheduleFilterModel *m_filter;
    /// The unit in view, selected again after the schedule is read anew.
    qint64 m_unitId = 0;
    bool m_sized = false; ///< the columns were restored or fitted once

    QLabel *m_title;
    QLabel *m_levelLabel;
    QComboBox *m_levelFilter;
    QLabel *m_districtLabel;
    QComboBox *m_districtFilter;
    QLabel *m_statusLabel;
    QComboBox *m_statusFilter;
    QLabel *m_groupLabel;
    QComboBox *m_groupFilter;
    QCheckBox *m_pilotsOnly;
    QStackedWidget *m_stack;
    QTableView *m_view;
    GettingStarted *m_gettingStarted;
};
