#pragma once

#include <QWidget>

class QGroupBox;
class QLabel;
class Workspace;

/// The part of the unit panel about the units that went into this one (the 2025
/// reorganisation): their conferences, models and exemplars and rewards in every campaign,
/// each marked with the unit it belongs to, whose name leads to it. Hidden for a unit that
/// came from none.
class UnitHistorySection : public QWidget
{
    Q_OBJECT

public:
    explicit UnitHistorySection(Workspace &workspace, QWidget *parent = nullptr);

    void setUnit(qint64 unitId);

signals:
    /// The clerk asked to go to one of the units before this one.
    void unitActivated(qint64 unitId);

protected:
    void changeEvent(QEvent *event) override;

private:
    void reload();

    Workspace &m_workspace;
    qint64 m_unitId = 0;
    QGroupBox *m_box;
    QLabel *m_text;
};
