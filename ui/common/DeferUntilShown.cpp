#include "DeferUntilShown.h"

#include <QEvent>
#include <QWidget>

DeferUntilShown::DeferUntilShown(QWidget *view, std::function<void()> run)
    : QObject(view)
    , m_view(view)
    , m_run(std::move(run))
{
    view->installEventFilter(this);
}

bool DeferUntilShown::defer()
{
    m_pending = !m_view->isVisible();
    return m_pending;
}

bool DeferUntilShown::eventFilter(QObject *watched, QEvent *event)
{
    if (watched == m_view && event->type() == QEvent::Show && m_pending) {
        m_pending = false;
        m_run();
    }
    return false;
}
