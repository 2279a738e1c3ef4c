#pragma once

#include <QObject>

#include <functional>

class QWidget;

/// Lets a view put off re-reading its data while it is out of sight (a page not chosen, a
/// closed dock): at national scale a register holds 100,000 rows, and every page reloading
/// after every change would make each change wait for all of them.
///
///     void RewardsView::reload()
///     {
///         if (m_deferral->defer())
///             return; // reload() runs again when the view is shown
///         ...
///     }
class DeferUntilShown : public QObject
{
public:
    /// `run` is called when `view` is shown after a defer(); the object belongs to `view`.
    DeferUntilShown(QWidget *view, std::function<void()> run);

    /// True, and `run` is due when the view is next shown, if the view is out of sight;
    /// false if it is visible and the work should be done now.
    bool defer();

protected:
    bool eventFilter(QObject *watched, QEvent *event) override;

private:
    QWidget *m_view;
    std::function<void()> m_run;
    bool m_pending = false;
};
