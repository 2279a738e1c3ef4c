#pragma once

#include <QWidget>

#include <memory>

class DeferUntilShown;
class ExemplarModel;
class ExemplarRegister;
class NominationModel;
class QComboBox;
class QGroupBox;
class QLabel;
class QPushButton;
class QTableView;
class RegisterFilterModel;
class Workspace;

/// The part of the unit panel about models and exemplars: those the unit's conference
/// commended (add one preset to the unit, edit, put forward), the nominations it sent up
/// with what the level above decided, and the nominations it received from the units
/// below, whose status the clerk sets here (selected, commended, not selected) and which it
/// may put further forward once taken up. A nomination made at a commune shows up at its
/// district as received.
class UnitExemplarsSection : public QWidget
{
    Q_OBJECT

public:
    explicit UnitExemplarsSection(Workspace &workspace, QWidget *parent = nullptr);

    void setUnit(qint64 unitId);
    qint64 unitId() const { return m_unitId; }

signals:
    /// The clerk asked to go to another unit (where a nomination came from or went).
    void unitActivated(qint64 unitId);

protected:
    void changeEvent(QEvent *event) override;

private:
    void retranslate();
    /// Reads and shows the unit's part of the register now, or when next shown.
    void reload();
    void updateButtons();
    void showMessage(const QString &message);
    void addExemplar();
    void editExemplar();
    void putForward(qint64 exemplarId);
    void withdraw();
    void setStatus(int comboIndex);
    qint64 currentId(const QTableView *table, int role) const;
    void select(QTableView *table, int role, qint64 id);

    Workspace &m_workspace;
    qint64 m_unitId = 0;
    std::shared_ptr<const ExemplarRegister> m_register;
    DeferUntilShown *m_deferral = nullptr;
    ExemplarModel *m_exemplars;
    NominationModel *m_nominations;
    RegisterFilterModel *m_commended;
    RegisterFilterModel *m_sent;
    RegisterFilterModel *m_received;

    QGroupBox *m_box;
    QLabel *m_commendedLabel;
    QTableView *m_commendedTable;
    QPushButton *m_addButton;
    QPushButton *m_editButton;
    QPushButton *m_putForwardButton;
    QLabel *m_sentLabel;
    QTableView *m_sentTable;
    QPushButton *m_withdrawButton;
    QLabel *m_receivedLabel;
    QTableView *m_receivedTable;
    QLabel *m_statusLabel;
    QComboBox *m_statusCombo;
    QPushButton *m_receivedPutForwardButton;
    QLabel *m_message;
};
